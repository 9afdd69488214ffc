"""Finding people by name, document or NIK as an officer types.

Earlier records of repeat deportees are in services/earlier_records.py.
"""

from __future__ import annotations

import itertools
import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import ColumnElement, and_, literal_column, text
from sqlmodel import Session, col, select

from intake_app.domain.clock import local_date
from intake_app.domain.enums import Sex
from intake_app.domain.matching import (
    document_key,
    fuzzy_name_score,
    name_words,
)
from intake_app.domain.names import name_key
from intake_app.storage.database import Database
from intake_app.storage.models import Convoy, Person

MIN_QUERY = 3  # the trigram index cannot look up anything shorter
CANDIDATE_CAP = 500  # rows re-ranked in Python per index query
CONVOY_SCAN_CAP = 2000  # a convoy holds 40-400 people; beyond this use the index instead
SEARCH_MIN_SCORE = 70.0  # weaker names are noise in a list the officer reads
NEAR_EXACT = 95.0  # a search stops looking for typo variants once a page has these
# Bound the size of the index query that a pasted text can build.
MAX_WORDS = 6
MAX_WORD = 32

_ROWID = literal_column("person.rowid")


class MatchedOn(StrEnum):
    NAME = "name"
    DOCUMENT = "document"
    NIK = "nik"


class SearchHit(BaseModel):
    """One line of the search results; the NIK shows only its last four digits."""

    model_config = ConfigDict(frozen=True)

    id: uuid.UUID
    full_name: str
    sex: Sex
    birth_date: date | None
    document_number: str | None
    nik_masked: str | None
    convoy_id: uuid.UUID
    arrival_date: date
    score: float
    matched_on: MatchedOn


def mask_nik(nik: str | None) -> str | None:
    if not nik:
        return None
    return "*" * max(len(nik) - 4, 0) + nik[-4:]


def _phrase(fragment: str) -> str:
    # A quoted FTS5 string is taken literally, so AND, NOT, *, ( and : in what the
    # officer typed are text, never query syntax.
    return '"' + fragment.replace('"', '""') + '"'


def _trigrams(word: str) -> list[str]:
    return list(dict.fromkeys(word[i : i + 3] for i in range(len(word) - 2)))


def _index_words(key: str) -> list[str]:
    words = [word[:MAX_WORD] for word in name_words(key) if len(word) >= MIN_QUERY]
    return list(dict.fromkeys(words))[:MAX_WORDS]


def strict_name_query(key: str) -> str:
    """Every word of the name somewhere in the name key (exact spelling)."""
    words = _index_words(key) or [key]
    return "name_key : (" + " AND ".join(_phrase(word) for word in words) + ")"


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
    clauses = [_phrase(word[i : i + 4]) for i in range(len(word) - 3)]
    grams = _trigrams(word)
    clauses += [
        f"{_phrase(grams[i])} AND {_phrase(grams[j])}"
        for i, j in itertools.combinations(range(len(grams)), 2)
        if j - i >= 4
    ]
    if thorough and len(word) <= SHORT_WORD:
        clauses += [_phrase(item) for item in one_typo_spellings(word)]
    else:
        clauses += [_phrase(item) for item in [word, *_transpositions(word)]]
    return "(" + " OR ".join(clauses) + ")"


def fuzzy_name_query(key: str) -> str:
    """Typo-tolerant: every word shows evidence; with three words or more, all but one.

    Each extra word multiplies the work of the index, and with three words one of them
    may fail anyway, so their evidence is the cheaper kind.
    """
    words = _index_words(key)
    if not words:
        return strict_name_query(key)
    if len(words) < 3:
        groups: Iterable[Sequence[str]] = [words]
    else:
        groups = itertools.combinations(words, len(words) - 1)
    thorough = len(words) < 3
    clauses = [
        "(" + " AND ".join(_evidence(word, thorough=thorough) for word in group) + ")"
        for group in groups
    ]
    return "name_key : (" + " OR ".join(clauses) + ")"


_LETTERS_OR_DIGITS = re.compile(r"[A-Z]+|[0-9]+")


def _number_fragments(raw: str) -> list[str]:
    """Runs of letters or digits, each looked up on its own.

    Numbers are written with and without separators ("KCH-2025-00042", "KCH2025"), so
    the run is the unit both spellings share; the whole is checked afterwards in Python.
    """
    pieces = _LETTERS_OR_DIGITS.findall(raw.upper())
    return [piece for piece in pieces if len(piece) >= MIN_QUERY][:MAX_WORDS]


def _prefix_end(prefix: str) -> str:
    """An upper bound for `column >= prefix AND column < end`, a prefix range an index serves.

    The largest code point sorts after every other in SQLite's byte-wise comparison.
    """
    return prefix + "\U0010ffff"


class PersonSearch:
    """Search as the officer types.

    Every query goes through an index (the FTS5 trigram table or a B-tree), never a scan
    of the person table, so a key press stays quick at a million people.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- search ---------------------------------------------------------------------

    def search(
        self, text: str, *, limit: int = 50, convoy_id: uuid.UUID | None = None
    ) -> list[SearchHit]:
        raw = text.strip()
        compact = "".join(ch for ch in raw if ch.isalnum())
        key = name_key(raw)
        with self._db.read() as session:
            if any(ch.isdigit() for ch in compact) and len(compact) >= MIN_QUERY:
                scored = self._numbers(session, raw, compact, limit, convoy_id)
            elif len(key.replace(" ", "")) >= MIN_QUERY:
                scored = self._names(session, key, limit, convoy_id)
            elif convoy_id is not None and raw:
                scored = self._name_prefix(session, raw, key, limit, convoy_id)
            else:
                return []
            # Among equal scores the newer registration (higher rowid) goes first.
            best = sorted(scored.items(), key=lambda item: (-item[1][0], -item[0]))[:limit]
            hits = self._hits(session, dict(best))
        hits.sort(
            key=lambda hit: (-hit.score, -hit.arrival_date.toordinal(), hit.full_name.casefold())
        )
        return hits[:limit]

    def _names(
        self, session: Session, key: str, limit: int, convoy_id: uuid.UUID | None
    ) -> dict[int, tuple[float, MatchedOn]]:
        if convoy_id is not None:
            rows = self._convoy_rows(session, convoy_id)
            if rows is not None:
                return _score_names(key, ((row[0], row[1]) for row in rows))
        # Cheapest first; stop once the page is full of (nearly) exact names, since typo
        # variants would only rank below them.
        exact = select(_ROWID, Person.name_key).where(Person.name_key == key)
        if convoy_id is not None:
            exact = exact.where(Person.convoy_id == convoy_id)
        rows = session.exec(exact.limit(CANDIDATE_CAP)).all()
        scored = _score_names(key, ((rowid, found) for rowid, found in rows))
        for build in (strict_name_query, fuzzy_name_query):
            if sum(score >= NEAR_EXACT for score, _ in scored.values()) >= limit:
                break
            candidates = self._fts_names(session, build(key), convoy_id)
            scored = _score_names(key, candidates) | scored
        return scored

    @staticmethod
    def _fts_names(
        session: Session, expression: str, convoy_id: uuid.UUID | None
    ) -> list[tuple[int, str]]:
        """All candidates when they are few, else the best by bm25 (more, rarer trigrams).

        Ranking costs FTS5 a second pass over the matches, so it is paid only when the
        cap would otherwise cut the candidates at random.
        """
        params: dict[str, Any] = {"expr": expression, "cap": CANDIDATE_CAP + 1}
        where = "person_search MATCH :expr"
        if convoy_id is not None:
            params["convoy"] = convoy_id.hex
            where += " AND p.convoy_id = :convoy"
        source = (
            "SELECT p.rowid, p.name_key FROM person_search"
            f" JOIN person AS p ON p.rowid = person_search.rowid WHERE {where}"
        )
        connection = session.connection()
        rows = connection.execute(text(source + " LIMIT :cap"), params).all()
        if len(rows) > CANDIDATE_CAP:
            params["cap"] = CANDIDATE_CAP
            rows = connection.execute(
                text(source + " ORDER BY person_search.rank LIMIT :cap"), params
            ).all()
        return [(row[0], row[1]) for row in rows]

    @staticmethod
    def _convoy_rows(session: Session, convoy_id: uuid.UUID) -> list[Any] | None:
        """All of a convoy's people, scored in Python for the best typo tolerance.

        None when the convoy is too big to read whole on a key press.
        """
        rows = session.exec(
            select(_ROWID, Person.name_key, Person.nik, Person.document_number)
            .where(Person.convoy_id == convoy_id)
            .limit(CONVOY_SCAN_CAP + 1)
        ).all()
        return None if len(rows) > CONVOY_SCAN_CAP else list(rows)

    def _numbers(
        self, session: Session, raw: str, compact: str, limit: int, convoy_id: uuid.UUID | None
    ) -> dict[int, tuple[float, MatchedOn]]:
        upper = compact.upper()
        digits_only = compact.isdigit()
        rows: list[Any] | None = None
        if convoy_id is not None:
            rows = self._convoy_rows(session, convoy_id)
        if rows is None:
            rows = self._number_candidates(session, raw, upper, digits_only, convoy_id)
        scored: dict[int, tuple[float, MatchedOn]] = {}
        for rowid, _key, nik, document in rows:
            found = []
            if digits_only and nik and upper in nik:
                found.append((_number_score(upper, nik), MatchedOn.NIK))
            document_compact = document_key(document)
            if document_compact and upper in document_compact:
                found.append((_number_score(upper, document_compact), MatchedOn.DOCUMENT))
            if found:
                scored[rowid] = max(found)
        return scored

    @staticmethod
    def _number_candidates(
        session: Session, raw: str, upper: str, digits_only: bool, convoy_id: uuid.UUID | None
    ) -> list[Any]:
        """Numbers that start with the query (B-tree ranges), then ones that contain it."""
        columns = (_ROWID, Person.name_key, Person.nik, Person.document_number)
        ranges: list[ColumnElement[bool]] = []
        starts = {upper, raw.upper(), raw}
        for start in starts:
            ranges.append(
                and_(
                    col(Person.document_number) >= start,
                    col(Person.document_number) < _prefix_end(start),
                )
            )
        if digits_only:
            ranges.append(and_(col(Person.nik) >= upper, col(Person.nik) < _prefix_end(upper)))
        rows: list[Any] = []
        for condition in ranges:
            statement = select(*columns).where(condition)
            if convoy_id is not None:
                statement = statement.where(Person.convoy_id == convoy_id)
            rows.extend(session.exec(statement.limit(CANDIDATE_CAP)).all())
        fragments = _number_fragments(raw)
        if fragments:
            target = "{nik document_number}" if digits_only else "document_number"
            expression = f"{target} : (" + " AND ".join(_phrase(f) for f in fragments) + ")"
            sql = (
                "SELECT p.rowid, p.name_key, p.nik, p.document_number FROM person_search"
                " JOIN person AS p ON p.rowid = person_search.rowid"
                " WHERE person_search MATCH :expr"
            )
            params: dict[str, Any] = {"expr": expression, "cap": CANDIDATE_CAP}
            if convoy_id is not None:
                sql += " AND p.convoy_id = :convoy"
                params["convoy"] = convoy_id.hex
            # No ranking: bm25 says nothing about digits, and stopping at the cap keeps a
            # three-digit query cheap however many numbers contain it.
            sql += " LIMIT :cap"
            rows.extend(session.connection().execute(text(sql), params).all())
        return rows

    @staticmethod
    def _name_prefix(
        session: Session, raw: str, key: str, limit: int, convoy_id: uuid.UUID
    ) -> dict[int, tuple[float, MatchedOn]]:
        """One or two letters: names of the convoy that start with them, by the index."""
        scored: dict[int, tuple[float, MatchedOn]] = {}
        # Depot lists are often in capitals and the index compares exactly, so the usual
        # spellings of the start are looked up one by one.
        for start in {raw, raw.lower(), raw.upper(), raw.capitalize()}:
            rows = session.exec(
                select(_ROWID, Person.name_key)
                .where(
                    Person.convoy_id == convoy_id,
                    col(Person.full_name) >= start,
                    col(Person.full_name) < _prefix_end(start),
                )
                .order_by(col(Person.full_name))
                .limit(limit)
            ).all()
            for rowid, candidate in rows:
                scored[rowid] = (100.0 if candidate == key else 90.0, MatchedOn.NAME)
        return scored

    @staticmethod
    def _hits(session: Session, scored: dict[int, tuple[float, MatchedOn]]) -> list[SearchHit]:
        if not scored:
            return []
        rows = session.exec(
            select(
                _ROWID,
                Person.id,
                Person.full_name,
                Person.sex,
                Person.birth_date,
                Person.document_number,
                Person.nik,
                Person.convoy_id,
                Convoy.arrival_at,
            )
            .join(Convoy, col(Convoy.id) == Person.convoy_id)
            .where(_ROWID.in_(list(scored)))
        ).all()
        return [
            SearchHit(
                id=row[1],
                full_name=row[2],
                sex=Sex(row[3]),
                birth_date=row[4],
                document_number=row[5],
                nik_masked=mask_nik(row[6]),
                convoy_id=row[7],
                arrival_date=local_date(row[8]),
                score=round(scored[row[0]][0], 1),
                matched_on=scored[row[0]][1],
            )
            for row in rows
        ]


def _score_names(
    key: str, candidates: Iterable[tuple[int, str]]
) -> dict[int, tuple[float, MatchedOn]]:
    """Fuzzy scores of the candidates, computed once per distinct name key."""
    by_key: dict[str, float] = {}
    scored: dict[int, tuple[float, MatchedOn]] = {}
    for rowid, candidate in candidates:
        score = by_key.get(candidate)
        if score is None:
            score = by_key[candidate] = fuzzy_name_score(key, candidate)
        if score >= SEARCH_MIN_SCORE:
            scored[rowid] = (score, MatchedOn.NAME)
    return scored


def _number_score(query: str, value: str) -> float:
    if value == query:
        return 100.0
    return 95.0 if value.startswith(query) else 85.0
