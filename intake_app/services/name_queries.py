"""FTS5 queries for names: exact, give or take a typo, and the keys a slip away.

The person_search table indexes trigrams of the name key (migration 0002); these build
the MATCH expressions that services/search.py and services/earlier_records.py run.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from intake_app.domain.matching import name_words

MIN_QUERY = 3  # the trigram index cannot look up anything shorter
# Bound the size of the index query that a pasted text can build.
MAX_WORDS = 6
MAX_WORD = 32


def phrase(fragment: str) -> str:
    # A quoted FTS5 string is taken literally, so AND, NOT, *, ( and : in what the
    # officer typed are text, never query syntax.
    return '"' + fragment.replace('"', '""') + '"'


def _trigrams(word: str) -> list[str]:
    return list(dict.fromkeys(word[i : i + 3] for i in range(len(word) - 2)))


def index_words(key: str) -> list[str]:
    words = [word[:MAX_WORD] for word in name_words(key) if len(word) >= MIN_QUERY]
    return list(dict.fromkeys(words))[:MAX_WORDS]


def strict_name_query(key: str) -> str:
    """Every word of the name somewhere in the name key (exact spelling)."""
    words = index_words(key) or [key]
    return "name_key : (" + " AND ".join(phrase(word) for word in words) + ")"


_VOWELS = "aiueo"
# Letters Indonesian names are written with interchangeably or mistyped for each other
# (old and new spelling, Malay lists, sound-alike letters).
_CONFUSED = {
    "a": "eiou", "i": "eyau", "u": "oia", "e": "aio", "o": "ua", "y": "ij",
    "b": "p", "p": "bf", "f": "pv", "v": "fw", "w": "v", "d": "t", "t": "d",
    "k": "qcg", "q": "k", "c": "ks", "g": "k", "s": "zc", "z": "sj", "j": "yz",
    "m": "n", "n": "m", "l": "r", "r": "l",
}  # fmt: skip
SHORT_WORD = 6  # up to here a word is looked up by its one-typo spellings
LONG_WORD = 10  # from here a word is taken as two names typed without the space


def one_typo_spellings(word: str) -> list[str]:
    """The word and how it reads with one usual typo undone.

    Undone: a letter typed twice or once for a double ("Muhamad"), two letters swapped,
    a letter confused with a similar one, a vowel or "h" left out. Each is looked up as
    an exact fragment, so a short word stays selective where its few trigrams alone would
    match much of the table. (A missing space needs nothing: trigram pairs find it.)
    """
    found = {word}
    for i, letter in enumerate(word):
        found.add(word[:i] + word[i + 1 :])
        found.add(word[:i] + letter + word[i:])
        if i + 1 < len(word):
            found.add(word[:i] + word[i + 1] + letter + word[i + 2 :])
        for other in _CONFUSED.get(letter, ""):
            found.add(word[:i] + other + word[i + 1 :])
    for i in range(1, len(word)):
        for letter in _VOWELS + "h":
            found.add(word[:i] + letter + word[i:])
    # A three-letter fragment is a single trigram, as unselective as it gets.
    return sorted(item for item in found if len(item) >= min(len(word), 4))


_KEY_LETTERS = "abcdefghijklmnopqrstuvwxyz "
MAX_SLIP_KEY = 40  # longer keys are pasted text, looked up by the trigram index only


def one_slip_keys(key: str) -> list[str]:
    """The name key and every key one keystroke away from it.

    A letter or space left out, added or changed, or two letters swapped: the usual typo
    of a whole name, looked up exactly in the B-tree index of name keys.
    """
    if len(key) > MAX_SLIP_KEY:
        return [key]
    found = {key}
    for i in range(len(key) + 1):
        head, tail = key[:i], key[i:]
        for letter in _KEY_LETTERS:
            found.add(head + letter + tail)
            if tail:
                found.add(head + letter + tail[1:])
        if tail:
            found.add(head + tail[1:])
            if len(tail) > 1:
                found.add(head + tail[1] + tail[0] + tail[2:])
    return sorted({" ".join(item.split()) for item in found} - {""})


def _transpositions(word: str) -> list[str]:
    return [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]


def _evidence(word: str, *, thorough: bool = True) -> str:
    """An FTS5 condition that holds when the word is there, give or take one typo.

    Two of its trigrams: a typo breaks at most three trigrams in a row, so two survive in
    a word of seven letters, either next to each other (found as one four-letter phrase,
    the cheapest lookup) or one on each side of the typo (four or more apart). Or a
    swapped pair undone (a swap breaks four trigrams), or when `thorough` for a short
    word any of its one-typo spellings. Very long words are usually two names typed
    without the space, so each half must show evidence of its own, else two trigrams of
    fifteen letters match too much.
    """
    if len(word) >= LONG_WORD:
        middle = len(word) // 2
        # The halves overlap by two letters so that no trigram is lost between them.
        halves = (word[: middle + 1], word[middle - 1 :])
        return "(" + " AND ".join(_evidence(half, thorough=thorough) for half in halves) + ")"
    clauses = [phrase(word[i : i + 4]) for i in range(len(word) - 3)]
    grams = _trigrams(word)
    clauses += [
        f"{phrase(grams[i])} AND {phrase(grams[j])}"
        for i, j in itertools.combinations(range(len(grams)), 2)
        if j - i >= 4
    ]
    if thorough and len(word) <= SHORT_WORD:
        clauses += [phrase(item) for item in one_typo_spellings(word)]
    else:
        clauses += [phrase(item) for item in [word, *_transpositions(word)]]
    return "(" + " OR ".join(clauses) + ")"


def fuzzy_name_query(key: str, *, thorough: bool = True) -> str:
    """Typo-tolerant: every word shows evidence; with three words or more, all but one.

    Each extra word multiplies the work of the index, and with three words one of them
    may fail anyway, so their evidence is the cheaper kind.
    """
    words = index_words(key)
    if not words:
        return strict_name_query(key)
    if len(words) < 3:
        groups: Iterable[Sequence[str]] = [words]
    else:
        groups = itertools.combinations(words, len(words) - 1)
    thorough = thorough and len(words) < 3
    clauses = [
        "(" + " AND ".join(_evidence(word, thorough=thorough) for word in group) + ")"
        for group in groups
    ]
    return "name_key : (" + " OR ".join(clauses) + ")"


def quick_fuzzy_query(key: str, *, thorough: bool = True) -> str:
    """What a search as the officer types can afford at a million people.

    One word shows evidence, with `thorough` the one-typo spellings too unless it is long
    (those of both halves cost 0.1 s); two words show the cheaper kind each (the spellings
    of a short word beside a fragment cost up to 90 ms); three or more: all but one of
    them as typed, the other misspelt or missing. One typo in a whole name is found by its
    key anyway (one_slip_keys).
    """
    words = index_words(key)
    if not words:
        return strict_name_query(key)
    if len(words) < 3:
        thorough = thorough and len(words) == 1 and len(words[0]) < LONG_WORD
        evidence = [_evidence(word, thorough=thorough) for word in words]
        return "name_key : (" + " AND ".join(evidence) + ")"
    clauses = [
        "(" + " AND ".join(phrase(word) for word in group) + ")"
        for group in itertools.combinations(words, len(words) - 1)
    ]
    return "name_key : (" + " OR ".join(clauses) + ")"
