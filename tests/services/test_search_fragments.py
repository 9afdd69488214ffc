"""Search at scale: short fragments by word start, whole names a slip away, capped reads."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from search_world import Desk, assert_indexed, plans, register
from sqlalchemy import event

from intake_app.services import search as search_module
from intake_app.services.bundle import AppServices
from intake_app.services.name_queries import one_slip_keys
from intake_app.services.search import SearchHit


def names(hits: list[SearchHit]) -> list[str]:
    return [hit.full_name for hit in hits]


def statements(services: AppServices, action: Any) -> list[str]:
    sent: list[str] = []

    def grab(*args: Any) -> None:
        sent.append(args[2])

    event.listen(services.db.engine, "before_cursor_execute", grab)
    try:
        action()
    finally:
        event.remove(services.db.engine, "before_cursor_execute", grab)
    return sent


def test_one_slip_keys() -> None:
    keys = set(one_slip_keys("siti rahayu"))
    assert "siti rahayu" in keys
    assert {"siti rahau", "sitti rahayu", "siti rahyau", "siti rahaya", "sitirahayu"} <= keys
    assert "siti ra hayu" in keys and "iti rahayu" in keys
    assert "sita rahaya" not in keys  # two slips
    assert all(key == " ".join(key.split()) and key for key in keys)
    assert one_slip_keys("a" * 60) == ["a" * 60]  # pasted text: the key alone


def test_a_short_fragment_lists_word_starts_newest_first(
    people: dict[str, uuid.UUID], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, search, _earlier, _old, _last, today = desk
    for name in ("Erika Sari", "Fredrik Lawing", "Patrika"):  # "rik" inside a word
        register(services, today, name)
    starts = [register(services, today, f"Rika {word}") for word in ("Ayu", "Dewi", "Sari")]
    starts.append(register(services, today, "Budi Rikardo"))
    hits = search.search("rik")
    assert {hit.id for hit in hits[:4]} == set(starts)
    assert all(hit.score == 90 for hit in hits[:4])
    assert all(hit.score < 90 for hit in hits[4:])
    # Only the newest matches are read when the index holds more than the cap: the
    # page still fills with word starts, newest first.
    monkeypatch.setattr(search_module, "CANDIDATE_CAP", 3)
    newest = search.search("rik", limit=2)
    assert [hit.id for hit in newest] == [starts[3], starts[2]]


def test_a_common_fragment_is_read_up_to_the_cap_without_ranking(
    people: dict[str, uuid.UUID], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, search, *_ = desk
    monkeypatch.setattr(search_module, "CANDIDATE_CAP", 2)
    sent = statements(services, lambda: search.search("siti"))
    fts = [sql for sql in sent if "person_search MATCH" in sql]
    assert fts and all("ORDER BY person_search.rowid DESC LIMIT" in sql for sql in fts)
    assert not any("rank" in sql for sql in sent)
    # The fragment filled the cap as typed, so its typo variants are not looked up.
    assert len(fts) == 1


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Siti Rahyau", "Siti Rahayu"),
        ("Budi Santosso", "Budi Santoso"),
        ("Dewi Lestri", "Dewi Lestari"),
        ("Yohanes Lawing anak Jalonng", "Yohanes Lawing anak Jalong"),
        ("Muhammad Rizk", "Muhammad Rizki"),
    ],
)
def test_a_whole_name_a_slip_away_is_found_by_its_key(
    people: dict[str, uuid.UUID],
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    expected: str,
) -> None:
    services, search, _earlier, _old, _last, today = desk
    # Many newer people share its words, more than the index is read for.
    for i in range(6):
        register(services, today, f"{expected.split()[0]} Anak{i}")
    monkeypatch.setattr(search_module, "CANDIDATE_CAP", 3)
    hits = search.search(typed)
    assert hits[0].full_name.casefold() == expected.casefold() and hits[0].score >= 90
    plan = plans(services, lambda: search.search(typed))
    assert_indexed(plan)
    assert any("ix_person_name_key_birth_date (name_key=?)" in line for line in plan), plan


def test_spellings_of_the_meant_name_come_with_it(people: dict[str, uuid.UUID], desk: Desk) -> None:
    services, search, _earlier, _old, _last, today = desk
    register(services, today, "Rini Simanjuntak")  # two slips from what is typed
    register(services, today, "Rina Simanjuntak Putri")
    register(services, today, "Rina Simanjuntak")
    found = names(search.search("Rina Simmanjuntak"))
    assert found[0] == "Rina Simanjuntak"
    assert {"Rini Simanjuntak", "Rina Simanjuntak Putri"} <= set(found)


def test_a_short_name_a_slip_from_a_fragment_ranks_first(
    people: dict[str, uuid.UUID], desk: Desk
) -> None:
    services, search, _earlier, _old, _last, today = desk
    register(services, today, "Liman")
    register(services, today, "Rahiman Saputra")
    hits = search.search("iman")
    assert names(hits)[0] == "Liman" and hits[0].score > 85


def test_the_meant_name_is_the_best_scored_key() -> None:
    name = search_module.MatchedOn.NAME
    rows = [(1, "siti rahayu"), (2, "siti rahayuu"), (3, "siti rahayu"), (4, "sita rahayu")]
    scored = {1: (90.0, name), 2: (95.0, name), 3: (90.0, name)}
    assert search_module._best_keys(rows, scored) == ["siti rahayuu", "siti rahayu"]
    assert search_module._best_keys(rows, scored, count=1) == ["siti rahayuu"]
    assert search_module._best_keys(rows, {}) == []
