"""Fuzzy name scores and the rules that say two records may be the same deportee."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rapidfuzz import fuzz

# Spelled one way by names.name_key. They say little about who someone is, and depot lists
# drop or add them at will ("Siti binti Ahmad" / "Siti Ahmad"), so scoring ignores them.
PATRONYMICS = frozenset({"bin", "binti", "anak", "a/l", "a/p"})

# A name alone never links two records; this score plus the same birth date does.
SAME_PERSON_MIN_SCORE = 85.0
# A name that is only part of the other ("Siti" in "Siti Rahayu") ranks just below a whole
# match, so an exact name always comes first in a search.
PART_WEIGHT = 0.9

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")
# Spelling before the 1972 reform (EYD), still in many older people's documents:
# Soekarno / Sukarno, Djoko / Joko, Tjahjadi / Cahyadi. Old "j" for "y" is left alone,
# since after "dj" it cannot be told apart from a modern "j".
_OLD_SPELLING = re.compile(r"oe|dj|tj|nj|sj|ch")
_MODERN = {"oe": "u", "dj": "j", "tj": "c", "nj": "ny", "sj": "sy", "ch": "kh"}


class MatchReason(StrEnum):
    """Why an earlier record may be the same person (stored on PersonLink.reasons)."""

    SAME_NIK = "same_nik"
    SAME_DOCUMENT = "same_document"
    SIMILAR_NAME_SAME_BIRTH_DATE = "similar_name_same_birth_date"


def is_patronymic(word: str) -> bool:
    """A particle, or "binti" mistyped ("biinti", "bniti"): the long one gets mistyped."""
    return word in PATRONYMICS or (len(word) >= 4 and fuzz.ratio(word, "binti") >= 80)


def name_words(key: str) -> list[str]:
    """The words of a name key that identify someone (patronymic particles left out)."""
    words = key.split()
    kept = [word for word in words if not is_patronymic(word)]
    return kept or words


def fuzzy_name_score(query_key: str, candidate_key: str) -> float:
    """0-100: how alike two name keys (names.name_key) are, forgiving how people write names.

    Tolerates a missing or extra space ("nuraini" / "nur aini"), typos and swapped letters,
    bin/binti/bt, old spelling, another word order, and a query that is only part of the
    name.
    """
    query_words = name_words(_modern(query_key))
    candidate_words = name_words(_modern(candidate_key))
    if not query_words or not candidate_words:
        return 0.0
    query_joined = "".join(query_words)
    candidate_joined = "".join(candidate_words)
    # Joined without spaces, so where the spaces fall does not count as a difference.
    whole = max(
        fuzz.ratio(query_joined, candidate_joined),
        fuzz.token_sort_ratio(" ".join(query_words), " ".join(candidate_words)),
    )
    if whole == 100.0:
        return whole
    part = max(
        _word_start(query_joined, candidate_words),
        _word_cover(query_words, candidate_words),
    )
    return max(whole, PART_WEIGHT * part)


def _modern(key: str) -> str:
    return _OLD_SPELLING.sub(lambda found: _MODERN[found.group()], key)


def _word_start(query_joined: str, candidate_words: list[str]) -> float:
    """The query against the candidate read from the start of one of its words.

    People type the beginning of a name ("sit" for Siti Rahayu) or one of its later words;
    a match inside a word ("agus" in "bagus") is chance, so only word starts count. Lengths
    one shorter and longer than the query allow for a missed or doubled letter.
    """
    size = len(query_joined)
    best = 0.0
    for start in range(len(candidate_words)):
        tail = "".join(candidate_words[start:])
        for length in (size - 1, size, size + 1):
            if 0 < length <= len(tail):
                best = max(best, fuzz.ratio(query_joined, tail[:length]))
    return best


def _word_cover(query_words: list[str], candidate_words: list[str]) -> float:
    """How well each query word is found among the candidate's words, in any order."""
    total = 0.0
    for word in query_words:
        total += len(word) * max(fuzz.ratio(word, other) for other in candidate_words)
    return total / sum(len(word) for word in query_words)


def document_key(number: str | None) -> str:
    """A travel document number compared without case, spaces or dashes ("kch 2025-1")."""
    return _NOT_ALNUM.sub("", number or "").upper()


@dataclass(frozen=True)
class Identity:
    """What a record says about who someone is, as far as matching needs it."""

    name_key: str
    nik: str | None = None
    document_number: str | None = None
    birth_date: date | None = None
    birth_year: int | None = None


@dataclass(frozen=True)
class PersonMatch:
    """The rules that fired for two records; empty `reasons` means not the same person."""

    reasons: tuple[MatchReason, ...]
    name_score: float

    def __bool__(self) -> bool:
        return bool(self.reasons)


def same_birth(new: Identity, earlier: Identity) -> bool:
    """Same birth date; or the same year when one of them knows only the year."""
    if new.birth_date is not None and earlier.birth_date is not None:
        return new.birth_date == earlier.birth_date
    new_year = new.birth_date.year if new.birth_date else new.birth_year
    earlier_year = earlier.birth_date.year if earlier.birth_date else earlier.birth_year
    return new_year is not None and new_year == earlier_year


def same_person_likelihood(
    new: Identity, earlier: Identity, *, min_score: float = SAME_PERSON_MIN_SCORE
) -> PersonMatch:
    """Which repeat-deportee rules say `earlier` may be the same person as `new`.

    Only a suggestion for the officer, who decides whether to link the records.
    """
    reasons: list[MatchReason] = []
    if new.nik and new.nik == earlier.nik:
        reasons.append(MatchReason.SAME_NIK)
    new_document = document_key(new.document_number)
    # Very short "numbers" are placeholders typed into the field ("-", "0", "none").
    if len(new_document) >= 5 and new_document == document_key(earlier.document_number):
        reasons.append(MatchReason.SAME_DOCUMENT)
    # Both ways round: either list may have dropped a word of the name.
    score = max(
        fuzzy_name_score(new.name_key, earlier.name_key),
        fuzzy_name_score(earlier.name_key, new.name_key),
    )
    if score >= min_score and same_birth(new, earlier):
        reasons.append(MatchReason.SIMILAR_NAME_SAME_BIRTH_DATE)
    return PersonMatch(tuple(reasons), score)
