"""Finding people by name, document or NIK as an officer types.

Earlier records of repeat deportees are in services/earlier_records.py.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from enum import StrEnum
from functools import partial
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import ColumnElement, and_, literal_column, text
from sqlmodel import Session, col, select

from intake_app.domain.clock import local_date
from intake_app.domain.enums import Sex
from intake_app.domain.matching import PART_WEIGHT, document_key, fuzzy_name_score, name_words
from intake_app.domain.names import name_key
from intake_app.services.name_queries import (
    MAX_WORDS,
    MIN_QUERY,
    index_words,
    one_slip_keys,
    phrase,
    quick_fuzzy_query,
    strict_name_query,
)
from intake_app.storage.database import Database
from intake_app.storage.models import Convoy, Person

CANDIDATE_CAP = 500  # rows re-ranked in Python per index query
CONVOY_SCAN_CAP = 2000  # a convoy holds 40-400 people; beyond this use the index instead
SEARCH_MIN_SCORE = 70.0  # weaker names are noise in a list the officer reads
# A word start scores this; only a whole name a slip away scores above it, so a search
# stops looking for typo variants once a page has these.
WORD_START = PART_WEIGHT * 100
NUMBER_START = 95.0  # a document number or NIK that starts with the query

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
        # Cheapest first: the name itself and every name a slip away, by the B-tree index
        # (a whole name typed with one typo; the short names that read almost like a
        # fragment, "liman" for "iman", the only ones to score above a word start).
        rows = self._key_rows(session, key, convoy_id)
        scored = _score_names(key, rows)
        found = _best_keys(rows, scored) if len(index_words(key)) >= 2 else []
        as_typed: partial[str] | None = None  # the key's own query, the first stage
        if found:
            # A name of two words or more on file give or take a slip is what the officer
            # meant. Next come its own slips, spellings of it on other lists ("Rini
            # Simanjuntak" for "Rina Simmanjuntak"), and the names holding its words
            # ("Nabila Riyanti Putri" for "Nabila Riiyanti"), instead of the typo evidence
            # of every word, the trigram index's costliest query (0.1 s at a million).
            if found[0] != key:
                scored = _score_names(key, self._key_rows(session, found[0], convoy_id)) | scored
            # (Of the name meant only, for three words or more: their trigrams cost most.)
            meant = found if len(index_words(key)) == 2 else found[:1]
            builds = [partial(strict_name_query, name) for name in meant]
        else:
            # The one-typo spellings of a word are names a slip away: when the key lookup
            # found some, the rest of the word's evidence will do.
            as_typed = partial(strict_name_query, key)
            builds = [as_typed, partial(quick_fuzzy_query, key, thorough=not scored)]

        # Each reads only the newest CANDIDATE_CAP matches of the index. The page is full
        # once it holds `limit` word starts (WORD_START): only a whole name a slip
        # away scores higher, and the key lookup found those. A fragment that matched the
        # cap as typed is common enough for its typo variants to wait for more letters.
        for build in builds:
            if sum(score >= WORD_START for score, _ in scored.values()) >= limit:
                break
            candidates = self._fts_names(session, build(), convoy_id)
            scored = _score_names(key, candidates) | scored
            if build is as_typed and len(candidates) >= CANDIDATE_CAP:
                break
        return scored

    @staticmethod
    def _key_rows(session: Session, key: str, convoy_id: uuid.UUID | None) -> list[tuple[int, str]]:
        """The people whose name key is the key or one slip away from it, newest first.

        Which of the spellings are stored is one index seek each; the rows of the stored
        ones that score at all are read next, so a common name costs one sort, not a scan.
        """
        connection = session.connection()
        # Scores leave bin/binti/anak out, so "min b" reads like "emin" as well.
        core = " ".join(name_words(key))
        spellings = json.dumps(sorted({*one_slip_keys(key), *one_slip_keys(core)}))
        stored = connection.execute(
            text(
                "SELECT value FROM json_each(:keys) WHERE EXISTS"
                " (SELECT 1 FROM person WHERE person.name_key = json_each.value)"
            ),
            {"keys": spellings},
        ).all()
        kept = [row[0] for row in stored if fuzzy_name_score(key, row[0]) >= SEARCH_MIN_SCORE]
        if not kept:
            return []
        sql = (
            "SELECT rowid, name_key FROM person"
            " WHERE name_key IN (SELECT value FROM json_each(:keys))"
        )
        params: dict[str, Any] = {"keys": json.dumps(kept), "cap": CANDIDATE_CAP}
        if convoy_id is not None:
            sql += " AND convoy_id = :convoy"
            params["convoy"] = convoy_id.hex
        rows = connection.execute(text(sql + " ORDER BY rowid DESC LIMIT :cap"), params).all()
        return [(row[0], row[1]) for row in rows]

    @staticmethod
    def _fts_names(
        session: Session, expression: str, convoy_id: uuid.UUID | None
    ) -> list[tuple[int, str]]:
        """The newest CANDIDATE_CAP matches of the expression.

        FTS5 walks its posting lists newest first and stops at the cap, so a common
        fragment costs no more than a rare one (ranking every match by bm25 read all of
        them: 0.3 s for "bin" at a million people).
        """
        rows = _matching(session, "p.rowid, p.name_key", expression, convoy_id, newest=True)
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
        if convoy_id is not None:
            rows = self._convoy_rows(session, convoy_id)
            if rows is not None:
                return _score_numbers(rows, upper, digits_only)
        scored = _score_numbers(
            _number_starts(session, raw, upper, digits_only, convoy_id), upper, digits_only
        )
        # A number containing the query scores below every one starting with it: when
        # those fill the page, the (slower) look inside the numbers cannot change it.
        if sum(1 for score, _on in scored.values() if score >= NUMBER_START) < limit:
            contains = _number_contains(session, raw, digits_only, convoy_id)
            for rowid, found in _score_numbers(contains, upper, digits_only).items():
                scored[rowid] = max(found, scored.get(rowid, found))
        return scored

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
                scored[rowid] = (100.0 if candidate == key else WORD_START, MatchedOn.NAME)
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


def _best_keys(
    rows: list[tuple[int, str]], scored: dict[int, tuple[float, MatchedOn]], count: int = 2
) -> list[str]:
    """The best-scoring distinct name keys among the rows (the newest first among equals)."""
    ranked = sorted(
        (row for row in rows if row[0] in scored), key=lambda row: (-scored[row[0]][0], -row[0])
    )
    return list(dict.fromkeys(found for _rowid, found in ranked))[:count]


def _score_numbers(
    rows: Sequence[Any], upper: str, digits_only: bool
) -> dict[int, tuple[float, MatchedOn]]:
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


_NUMBER_COLUMNS = (_ROWID, Person.name_key, Person.nik, Person.document_number)


def _number_starts(
    session: Session, raw: str, upper: str, digits_only: bool, convoy_id: uuid.UUID | None
) -> list[Any]:
    """Numbers that start with the query, as typed or compacted (B-tree ranges)."""
    ranges: list[ColumnElement[bool]] = [
        and_(col(Person.document_number) >= start, col(Person.document_number) < _prefix_end(start))
        for start in {upper, raw.upper(), raw}
    ]
    if digits_only:
        ranges.append(and_(col(Person.nik) >= upper, col(Person.nik) < _prefix_end(upper)))
    rows: list[Any] = []
    for condition in ranges:
        statement = select(*_NUMBER_COLUMNS).where(condition)
        if convoy_id is not None:
            statement = statement.where(Person.convoy_id == convoy_id)
        rows.extend(session.exec(statement.limit(CANDIDATE_CAP)).all())
    return rows


def _number_contains(
    session: Session, raw: str, digits_only: bool, convoy_id: uuid.UUID | None
) -> list[Any]:
    """Numbers that hold the query's fragments anywhere (the trigram index)."""
    fragments = _number_fragments(raw)
    if not fragments:
        return []
    target = "{nik document_number}" if digits_only else "document_number"
    expression = f"{target} : (" + " AND ".join(phrase(f) for f in fragments) + ")"
    # No ranking: bm25 says nothing about digits, and stopping at the cap keeps a
    # three-digit query cheap however many numbers contain it.
    columns = "p.rowid, p.name_key, p.nik, p.document_number"
    return _matching(session, columns, expression, convoy_id)


def _matching(
    session: Session, columns: str, expr: str, convoy: uuid.UUID | None, newest: bool = False
) -> list[Any]:
    """`columns` of at most CANDIDATE_CAP people `p` whose indexed text matches `expr`
    (FTS5): with `newest` the newest matches, else the first the index yields."""
    sql = (
        f"SELECT {columns} FROM person_search JOIN person AS p"
        " ON p.rowid = person_search.rowid WHERE person_search MATCH :expr"
    )
    params: dict[str, Any] = {"expr": expr, "cap": CANDIDATE_CAP}
    if convoy is not None:
        sql += " AND p.convoy_id = :convoy"
        params["convoy"] = convoy.hex
    if newest:
        sql += " ORDER BY person_search.rowid DESC"
    return list(session.connection().execute(text(sql + " LIMIT :cap"), params).all())


def _number_score(query: str, value: str) -> float:
    if value == query:
        return 100.0
    return NUMBER_START if value.startswith(query) else 85.0
