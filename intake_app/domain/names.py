"""Name normalisation for matching the same person across lists and earlier records."""

from __future__ import annotations

import re
import unicodedata

# Malay patronymics are written many ways on depot lists ("BT", "Bte.", "binti"); Iban
# names use "anak"; Indian-Malaysian ones "a/l" and "a/p". They are part of the name,
# so they are kept, but spelled one way so that the same person matches.
_PATRONYMICS = {
    "bin": "bin",
    "b": "bin",
    "bn": "bin",
    "binti": "binti",
    "bt": "binti",
    "bte": "binti",
    "binte": "binti",
    "bnt": "binti",
    "anak": "anak",
    "ak": "anak",
    "a/l": "a/l",
    "al": "a/l",
    "a/p": "a/p",
    "ap": "a/p",
}
_KEEP = re.compile(r"[^\w/ ]+")


def name_key(name: str) -> str:
    """Casefolded, accent-free, punctuation-free, one space between words.

    Apostrophes and hyphens are removed rather than turned into spaces ("Nur'aini" and
    "Nuraini" are the same name on two lists).
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("'", "").replace("\u2019", "").replace("-", "").replace(".", " ")
    text = _KEEP.sub(" ", text)
    words = [_PATRONYMICS.get(word, word) for word in text.split()]
    return " ".join(words)
