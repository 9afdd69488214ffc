"""Person search as the officer types: misspellings, numbers, limits, and index use."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from search_world import (
    NIK,
    Desk,
    assert_indexed,
    plans,
)

from intake_app.domain.enums import PersonStatus
from intake_app.services import search as search_module
from intake_app.services.name_queries import one_typo_spellings
from intake_app.services.people_query import PersonFilter
from intake_app.services.search import MatchedOn, SearchHit


def names(hits: list[SearchHit]) -> list[str]:
    return [hit.full_name for hit in hits]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Nuraini", "Nur Aini"),
        ("nur aini", "Nur Aini"),
        ("Muhamad Rizki", "Muhammad Rizki"),
        ("Muhammad Rizky", "Muhammad Rizki"),
        ("Siti bt Ahmad", "Siti binti Ahmad"),
        ("Siti Rahauy", "Siti Rahayu"),  # swapped letters
        ("Sitti Rahayu", "Siti Rahayu"),
        ("Santoso Budi", "Budi Santoso"),  # word order
        ("BudiSantoso", "Budi Santoso"),
        ("Yohanes Lawing ak Jalong", "Yohanes Lawing anak Jalong"),
        ("Yohanes Lawing Jalonk", "Yohanes Lawing anak Jalong"),
        ("Sri Wahyni", "Sri Wahyuni"),  # a letter missing
    ],
)
def test_misspelled_names_are_found_first(
    people: dict[str, uuid.UUID], desk: Desk, typed: str, expected: str
) -> None:
    _services, search, *_ = desk
    hits = search.search(typed)
    assert hits and hits[0].full_name.casefold() == expected.casefold()
    assert hits[0].matched_on == MatchedOn.NAME


def test_weak_names_are_dropped_and_exact_ones_come_first(
    people: dict[str, uuid.UUID], desk: Desk
) -> None:
    _services, search, *_ = desk
    assert "Siti Rahayu" not in names(search.search("Budi Santoso"))
    hits = search.search("Siti")
    assert hits[0].full_name == "Siti" and hits[0].score == 100
    assert {"Siti Rahayu", "SITI RAHAYU", "Siti binti Ahmad"} <= set(names(hits))
    assert hits == sorted(hits, key=lambda hit: -hit.score)
    assert search.search("Zulkarnain") == []


def test_equal_names_list_the_latest_arrival_first(
    people: dict[str, uuid.UUID], desk: Desk
) -> None:
    _services, search, *_ = desk
    hits = search.search("Siti Rahayu")
    assert names(hits)[:2] == ["SITI RAHAYU", "Siti Rahayu"]
    assert hits[0].arrival_date == date(2026, 2, 5)


def test_document_number_fragments(people: dict[str, uuid.UUID], desk: Desk) -> None:
    _services, search, *_ = desk
    for typed in ("KCH-2025-00042", "kch 2025 00042", "2025-00042", "00042", "KCH2025"):
        hits = search.search(typed)
        assert names(hits) == ["Dewi Lestari"], typed
        assert hits[0].matched_on == MatchedOn.DOCUMENT
    assert search.search("KCH-2025-00042")[0].score == 100
    passport = search.search("c12345")
    assert names(passport) == ["Rina Situmorang"] and passport[0].score == 95
    assert search.search("C7654321") == []


def test_nik_whole_or_in_part_and_masked(people: dict[str, uuid.UUID], desk: Desk) -> None:
    _services, search, *_ = desk
    for typed, score in ((NIK, 100), ("610301", 95), ("5705900001", 85), ("6103 0157", 95)):
        hits = search.search(typed)
        assert names(hits) == ["Dewi Lestari"], typed
        assert hits[0].matched_on == MatchedOn.NIK and hits[0].score == score
        assert hits[0].nik_masked == "************0001"
    assert search.search("999999") == []


def test_numbers_starting_with_the_query_fill_the_page_before_any_look_inside(
    people: dict[str, uuid.UUID], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from search_world import register

    services, search, _earlier, _old, last, _today = desk
    # Two more women from the same regency (NIK starts 610301), and one whose NIK only
    # holds those digits further in.
    for n, nik in enumerate(("6103015705900002", "6103015705900003", "3201016103010001")):
        register(services, last, f"Perempuan {n}", nik=nik)
    looked_inside: list[str] = []
    inside = search_module._number_contains

    def spy(session, raw, digits_only, convoy_id):  # type: ignore[no-untyped-def]
        looked_inside.append(raw)
        return inside(session, raw, digits_only, convoy_id)

    monkeypatch.setattr(search_module, "_number_contains", spy)
    page = search.search("610301", limit=3)
    assert [hit.score for hit in page] == [95, 95, 95] and looked_inside == []
    page = search.search("610301", limit=10)
    assert looked_inside == ["610301"]  # the page was not full: numbers holding it too
    assert [hit.score for hit in page] == [95, 95, 95, 85]
    assert page[-1].full_name == "Perempuan 2"


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "'",
        "(",
        ")",
        "*",
        "AND",
        "OR NOT",
        "-",
        "^",
        "siti*",
        '"siti',
        "siti AND rahayu",
        "nur (aini)",
        "nur:aini",
        "NEAR(siti rahayu)",
        "{nik}: 6103",
        "%_\\",
        '""""""',
        "siti OR -rahayu",
        "Nur'aini",
        "\u00e9\u00e8\u00ea",
        "\U0001f600\U0001f600\U0001f600",
        "a" * 300,
        "siti " * 40,
        "1" * 100,
        "   ",
        "",
    ],
)
def test_query_syntax_in_the_text_never_raises(
    people: dict[str, uuid.UUID], desk: Desk, typed: str
) -> None:
    _services, search, *_, today = desk
    search.search(typed)
    search.search(typed, convoy_id=today)


def test_special_characters_are_read_as_text(people: dict[str, uuid.UUID], desk: Desk) -> None:
    _services, search, *_ = desk
    assert names(search.search("nur (aini)"))[0] == "Nur Aini"
    assert names(search.search('"Siti" AND Rahayu*'))[0].casefold() == "siti rahayu"


def test_short_queries_need_a_convoy(people: dict[str, uuid.UUID], desk: Desk) -> None:
    _services, search, _earlier, _old, last, today = desk
    assert search.search("si") == []
    assert search.search("s") == []
    assert names(search.search("si", convoy_id=last)) == [
        "Siti",
        "Siti binti Ahmad",
        "Siti Rahayu",
    ]
    assert names(search.search("si", convoy_id=today)) == ["SITI RAHAYU"]  # any case
    assert names(search.search("Si", convoy_id=today)) == ["SITI RAHAYU"]
    assert search.search("xq", convoy_id=last) == []


def test_convoy_filter(people: dict[str, uuid.UUID], desk: Desk) -> None:
    _services, search, _earlier, old, last, today = desk
    assert names(search.search("Siti Rahayu", convoy_id=today)) == ["SITI RAHAYU"]
    in_last = search.search("Siti Rahauy", convoy_id=last)
    assert names(in_last)[0] == "Siti Rahayu"
    assert {hit.convoy_id for hit in in_last} == {last}
    assert names(search.search("Sri Wahyuni", convoy_id=old)) == ["Sri Wahyuni"]
    assert search.search("Sri Wahyuni", convoy_id=today) == []
    assert search.search(NIK, convoy_id=today) == []
    assert names(search.search("0042", convoy_id=last)) == ["Dewi Lestari"]


def test_a_big_convoy_is_searched_through_the_index(
    people: dict[str, uuid.UUID], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    _services, search, _earlier, _old, last, today = desk
    monkeypatch.setattr(search_module, "CONVOY_SCAN_CAP", 1)
    assert names(search.search("Siti Rahauy", convoy_id=last))[0] == "Siti Rahayu"
    assert names(search.search("Siti Rahayu", convoy_id=today)) == ["SITI RAHAYU"]
    assert names(search.search("00042", convoy_id=last)) == ["Dewi Lestari"]
    assert search.search("00042", convoy_id=today) == []


def test_many_candidates_are_ranked_before_the_cap(
    people: dict[str, uuid.UUID], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    _services, search, *_ = desk
    monkeypatch.setattr(search_module, "CANDIDATE_CAP", 2)
    assert names(search.search("Siti Rahauy"))[0].casefold() == "siti rahayu"


def test_limit(people: dict[str, uuid.UUID], desk: Desk) -> None:
    _services, search, *_ = desk
    assert len(search.search("Siti", limit=2)) == 2


def test_one_typo_spellings_undo_usual_typos() -> None:
    spellings = one_typo_spellings("emnog")
    assert {"emong", "emnog", "emnok", "emnoog", "emnaog", "enmog", "mnog"} <= set(spellings)
    assert all(len(item) >= 4 for item in spellings)
    assert "dian" in one_typo_spellings("din")


# -- every query goes through an index ------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "uses"),
    [
        ("Siti Rahauy", "person_search VIRTUAL TABLE"),
        ("Nuraini binti Ahmad Yusuf", "person_search VIRTUAL TABLE"),
        ("6103", "ix_person_nik"),
        ("KCH-2025", "ix_person_document_number"),
        ("C1234", "person_search VIRTUAL TABLE"),
    ],
)
def test_searches_use_an_index(
    people: dict[str, uuid.UUID], desk: Desk, typed: str, uses: str
) -> None:
    services, search, *_ = desk
    plan = plans(services, lambda: search.search(typed))
    assert_indexed(plan)
    assert any(uses in line for line in plan), plan


def test_ranked_and_convoy_searches_use_an_index(
    people: dict[str, uuid.UUID], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, search, _earlier, _old, last, _today = desk
    monkeypatch.setattr(search_module, "CANDIDATE_CAP", 1)
    assert_indexed(plans(services, lambda: search.search("Siti Rahauy")))
    plan = plans(services, lambda: search.search("si", convoy_id=last))
    assert_indexed(plan)
    assert any("ix_person_convoy_id_full_name (convoy_id=? AND full_name>?" in p for p in plan)
    plan = plans(services, lambda: search.search("Siti", convoy_id=last))
    assert_indexed(plan)
    # Any index keyed by the convoy will do (migration 0007 added a second one).
    assert any("ix_person_convoy_id_" in line and "(convoy_id=?)" in line for line in plan)
    monkeypatch.setattr(search_module, "CONVOY_SCAN_CAP", 1)
    for typed in ("Siti Rahauy", "0042"):
        assert_indexed(plans(services, lambda typed=typed: search.search(typed, convoy_id=last)))


@pytest.mark.parametrize(
    "flt",
    [
        PersonFilter(),
        PersonFilter(minors_only=True, incomplete_only=True),
        PersonFilter(unaccompanied_only=True, status=PersonStatus.REGISTERED),
    ],
)
def test_list_rows_of_hits_are_looked_up_by_key(
    people: dict[str, uuid.UUID], desk: Desk, flt: PersonFilter
) -> None:
    """The people list shows search hits through the primary key, whatever the filter."""
    services, search, _earlier, _old, last, _today = desk
    ids = [hit.id for hit in search.search("Siti", convoy_id=last)]
    in_convoy = flt.model_copy(update={"convoy_id": last})
    plan = plans(services, lambda: services.people_query.rows_by_id(ids, in_convoy))
    assert_indexed(plan)
    assert any("sqlite_autoindex_person_1 (id=?)" in line for line in plan), plan


def test_list_rows_keep_the_search_order_and_apply_the_filter(
    people: dict[str, uuid.UUID], desk: Desk
) -> None:
    services, search, *_ = desk
    ids = [hit.id for hit in search.search("Siti")]
    rows = services.people_query.rows_by_id(ids, PersonFilter())
    assert [row.id for row in rows] == ids
    convoy = rows[-1].convoy_id
    only = services.people_query.rows_by_id(ids, PersonFilter(convoy_id=convoy))
    assert [row.id for row in only] == [i for i in ids if i in {r.id for r in only}]
    assert only and all(row.convoy_id == convoy for row in only) and len(only) < len(ids)
    assert services.people_query.rows_by_id([], PersonFilter()) == []
