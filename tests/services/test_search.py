"""Person search as the officer types, earlier records of repeat deportees, and linking."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple

import pytest
from sqlalchemy import event
from sqlmodel import select

from intake_app.domain.enums import Depot, Sex, TravelDocType
from intake_app.domain.matching import MatchReason
from intake_app.services import search as search_module
from intake_app.services.bundle import AppServices
from intake_app.services.convoys import ConvoyDraft
from intake_app.services.demo import DEMO_POST
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.people import PersonDraft
from intake_app.services.posts import create_post
from intake_app.services.search import MatchedOn, PersonSearch, SearchHit, one_typo_spellings
from intake_app.storage.journal import first_broken_link
from intake_app.storage.models import AuditEntry, OutboxEntry, PersonLink

TODAY = datetime(2026, 2, 5, 3, 30, tzinfo=UTC)  # 10:30 WIB
LAST_YEAR = datetime(2025, 6, 10, 3, 0, tzinfo=UTC)
TWO_YEARS_AGO = datetime(2024, 3, 1, 3, 0, tzinfo=UTC)
NIK = "6103015705900001"
BORN = date(1990, 5, 17)


class Desk(NamedTuple):
    """A post with three convoys: two years ago, last year and today."""

    services: AppServices
    search: PersonSearch
    old: uuid.UUID
    last: uuid.UUID
    today: uuid.UUID


@pytest.fixture
def desk(services: AppServices, fixed_now: datetime) -> Desk:
    with services.db.write() as session:
        create_post(session, DEMO_POST, now=fixed_now)

    def convoy(at: datetime, depot: Depot = Depot.SEMUJA) -> uuid.UUID:
        return services.convoys.create(ConvoyDraft(arrival_at=at, depot=depot), officer_id=None)

    return Desk(
        services,
        PersonSearch(services.db),
        convoy(TWO_YEARS_AGO, Depot.BEKENU),
        convoy(LAST_YEAR),
        convoy(TODAY),
    )


def register(
    services: AppServices, convoy_id: uuid.UUID, full_name: str, **values: Any
) -> uuid.UUID:
    draft = PersonDraft(convoy_id=convoy_id, full_name=full_name, **{"sex": Sex.FEMALE, **values})
    return services.people.register(draft, officer_id=None).id


@pytest.fixture
def people(desk: Desk) -> dict[str, uuid.UUID]:
    services, _search, old, last, today = desk
    ids = {
        name: register(services, last, name, **values)
        for name, values in {
            "Nur Aini": {"birth_date": BORN},
            "Muhammad Rizki": {"sex": Sex.MALE},
            "Siti binti Ahmad": {},
            "Siti Rahayu": {},
            "Siti": {},
            "Budi Santoso": {"sex": Sex.MALE},
            "Yohanes Lawing anak Jalong": {"sex": Sex.MALE},
            "Dewi Lestari": {
                "nik": NIK,
                "document_type": TravelDocType.SPLP,
                "document_number": "KCH-2025-00042",
            },
            "Rina Situmorang": {
                "document_type": TravelDocType.PASSPORT,
                "document_number": "C1234567",
            },
        }.items()
    }
    ids["Siti Rahayu (today)"] = register(services, today, "SITI RAHAYU")
    ids["Sri Wahyuni (old)"] = register(services, old, "Sri Wahyuni")
    return ids


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
    _services, search, _old, last, today = desk
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
    _services, search, old, last, today = desk
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
    _services, search, _old, last, today = desk
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


def _plans(services: AppServices, action: Callable[[], object]) -> list[str]:
    """EXPLAIN QUERY PLAN of every statement `action` sends to the database."""
    statements: list[tuple[str, object]] = []

    def grab(*args: Any) -> None:
        statement, parameters = args[2], args[3]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", grab)
    try:
        action()
    finally:
        event.remove(services.db.engine, "before_cursor_execute", grab)
    raw = services.db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        return [
            row[3]
            for statement, parameters in statements
            for row in cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
        ]
    finally:
        raw.close()


def _assert_indexed(plan: list[str]) -> None:
    assert plan
    scans = [line for line in plan if line.startswith("SCAN")]
    assert all("VIRTUAL TABLE" in line for line in scans), plan
    assert not any("TEMP B-TREE" in line and "ORDER BY" not in line for line in plan), plan


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
    plan = _plans(services, lambda: search.search(typed))
    _assert_indexed(plan)
    assert any(uses in line for line in plan), plan


def test_ranked_and_convoy_searches_use_an_index(
    people: dict[str, uuid.UUID], desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, search, _old, last, _today = desk
    monkeypatch.setattr(search_module, "CANDIDATE_CAP", 1)
    _assert_indexed(_plans(services, lambda: search.search("Siti Rahauy")))
    plan = _plans(services, lambda: search.search("si", convoy_id=last))
    _assert_indexed(plan)
    assert any("ix_person_convoy_id_full_name (convoy_id=? AND full_name>?" in p for p in plan)
    plan = _plans(services, lambda: search.search("Siti", convoy_id=last))
    _assert_indexed(plan)
    assert any("ix_person_convoy_id_full_name (convoy_id=?)" in line for line in plan)
    monkeypatch.setattr(search_module, "CONVOY_SCAN_CAP", 1)
    for typed in ("Siti Rahauy", "0042"):
        _assert_indexed(_plans(services, lambda typed=typed: search.search(typed, convoy_id=last)))


def test_earlier_record_lookups_use_indexes(people: dict[str, uuid.UUID], desk: Desk) -> None:
    services, search, _old, _last, today = desk
    plan = _plans(
        services,
        lambda: search.find_earlier_records(
            nik=NIK,
            document_number="KCH-2025-00042",
            name="Nuraini",
            birth_date=BORN,
            exclude_convoy_id=today,
        ),
    )
    _assert_indexed(plan)
    for index in ("ix_person_nik (nik=?)", "ix_person_document_number (document_number=?)"):
        assert any(index in line for line in plan), plan
    assert any("ix_person_name_key_birth_date (name_key=?" in line for line in plan), plan
    assert any("person_search VIRTUAL TABLE" in line for line in plan), plan


# -- earlier records --------------------------------------------------------------------


def test_same_nik_in_an_older_convoy(people: dict[str, uuid.UUID], desk: Desk) -> None:
    _services, search, *_, today = desk
    found = search.find_earlier_records(nik=NIK, name="Dewi Kartika", exclude_convoy_id=today)
    assert [(r.full_name, r.reasons) for r in found] == [("Dewi Lestari", (MatchReason.SAME_NIK,))]
    assert found[0].arrival_date == date(2025, 6, 10)


def test_same_document_written_another_way(people: dict[str, uuid.UUID], desk: Desk) -> None:
    _services, search, *_, today = desk
    for typed in ("KCH-2025-00042", "kch-2025-00042", " KCH-2025-00042 "):
        found = search.find_earlier_records(document_number=typed, exclude_convoy_id=today)
        assert [(r.full_name, r.reasons) for r in found] == [
            ("Dewi Lestari", (MatchReason.SAME_DOCUMENT,))
        ], typed


def test_similar_name_with_the_same_birth_date(people: dict[str, uuid.UUID], desk: Desk) -> None:
    _services, search, *_, today = desk
    for typed in ("Nuraini", "Nur Aini", "NUR AINIE"):
        found = search.find_earlier_records(name=typed, birth_date=BORN, exclude_convoy_id=today)
        assert [(r.full_name, r.reasons) for r in found] == [
            ("Nur Aini", (MatchReason.SIMILAR_NAME_SAME_BIRTH_DATE,))
        ], typed
    other_day = BORN + timedelta(days=1)
    assert search.find_earlier_records(name="Nur Aini", birth_date=other_day) == []
    assert search.find_earlier_records(name="Nur Aini") == []  # no birth, no guess
    assert search.find_earlier_records(name="Nur Aini", birth_year=1990)
    assert search.find_earlier_records(name="Nur Aini", birth_year=1991) == []


def test_a_birth_year_only_record_matches_a_full_date(desk: Desk) -> None:
    services, search, old, _last, today = desk
    register(services, old, "Hasanah binti Umar", birth_year=1985)
    found = search.find_earlier_records(
        name="Hasanah bt Umar", birth_date=date(1985, 3, 2), exclude_convoy_id=today
    )
    assert [r.full_name for r in found] == ["Hasanah binti Umar"]
    assert found[0].birth_year == 1985 and found[0].birth_date is None


def test_only_other_and_earlier_convoys_count(people: dict[str, uuid.UUID], desk: Desk) -> None:
    services, search, old, last, today = desk
    # Registered in today's convoy: not an earlier record of someone arriving today...
    register(services, today, "Dewi Lestari", nik=NIK)
    found = search.find_earlier_records(nik=NIK, exclude_convoy_id=today)
    assert [r.convoy_id for r in found] == [last]
    # ...and for a convoy two years ago (entered late), last year's record is not earlier.
    assert search.find_earlier_records(nik=NIK, exclude_convoy_id=old) == []
    assert len(search.find_earlier_records(nik=NIK)) == 2  # no convoy: every record


def test_every_reason_is_listed_and_strongest_first(
    people: dict[str, uuid.UUID], desk: Desk
) -> None:
    services, search, old, _last, today = desk
    register(services, old, "Dewi Lestary", birth_date=BORN)
    found = search.find_earlier_records(
        nik=NIK,
        document_number="KCH-2025-00042",
        name="Dewi Lestari",
        birth_date=BORN,
        exclude_convoy_id=today,
    )
    assert [(r.full_name, r.reasons) for r in found] == [
        ("Dewi Lestari", (MatchReason.SAME_NIK, MatchReason.SAME_DOCUMENT)),
        ("Dewi Lestary", (MatchReason.SIMILAR_NAME_SAME_BIRTH_DATE,)),
    ]
    assert search.find_earlier_records() == []


# -- linking ----------------------------------------------------------------------------


def test_link_counts_journals_and_audits(
    people: dict[str, uuid.UUID], desk: Desk, fixed_now: datetime
) -> None:
    services, search, *_, today = desk
    officer = None
    newcomer = register(services, today, "Dewi Lestari", nik=NIK)
    earlier = people["Dewi Lestari"]
    linked = search.link_earlier_record(newcomer, earlier, officer_id=officer, now=fixed_now)
    assert linked.earlier_deportations == 1 and linked.version == 2
    with services.db.read() as session:
        link = session.exec(select(PersonLink)).one()
        outbox = session.exec(
            select(OutboxEntry).where(OutboxEntry.record_id == newcomer).order_by(OutboxEntry.seq)
        ).all()
        audit = session.exec(
            select(AuditEntry).where(AuditEntry.record_id == newcomer).order_by(AuditEntry.seq)
        ).all()
        assert first_broken_link(session) is None
    assert (link.person_id, link.earlier_person_id) == (newcomer, earlier)
    assert link.reasons == [MatchReason.SAME_NIK.value]
    assert [entry.record_version for entry in outbox] == [1, 2]
    assert outbox[-1].payload["earlier_deportations"] == 1
    assert [entry.action for entry in audit] == [
        "person.create",
        "person.link_earlier",
        "person.link_earlier.detail",
    ]
    assert audit[1].detail["changed"] == {"earlier_deportations": [0, 1]}
    assert audit[2].detail == {
        "earlier_person_id": str(earlier),
        "reasons": ["same_nik"],
        "version": 2,
    }
    # Linking the same pair again is a no-op.
    again = search.link_earlier_record(newcomer, earlier, officer_id=officer, now=fixed_now)
    assert again.version == 2
    with services.db.read() as session:
        assert len(session.exec(select(PersonLink)).all()) == 1


def test_count_follows_the_chain_of_earlier_records(desk: Desk, fixed_now: datetime) -> None:
    services, search, old, last, today = desk
    first = register(services, old, "Ani")
    second = register(services, last, "Ani")
    third = register(services, today, "Ani")
    link = search.link_earlier_record
    assert link(second, first, officer_id=None, now=fixed_now).earlier_deportations == 1
    assert link(third, second, officer_id=None, now=fixed_now).earlier_deportations == 2
    # The oldest record is already counted through the middle one.
    assert link(third, first, officer_id=None, now=fixed_now).earlier_deportations == 2


def test_two_unrelated_earlier_records_count_twice(desk: Desk, fixed_now: datetime) -> None:
    services, search, old, last, today = desk
    person = register(services, today, "Ani")
    search.link_earlier_record(
        person, register(services, old, "Ani"), officer_id=None, now=fixed_now
    )
    twice = search.link_earlier_record(
        person, register(services, last, "Ani"), officer_id=None, now=fixed_now
    )
    assert twice.earlier_deportations == 2


def test_links_that_make_no_sense_are_refused(
    people: dict[str, uuid.UUID], desk: Desk, fixed_now: datetime
) -> None:
    services, search, old, last, today = desk
    person = register(services, last, "Ani")
    same_convoy = register(services, last, "Ani")
    later = register(services, today, "Ani")
    cases = [
        (person, person, ErrorCode.INVALID_INPUT),
        (person, same_convoy, ErrorCode.INVALID_INPUT),
        (person, later, ErrorCode.INVALID_INPUT),
        (person, uuid.uuid4(), ErrorCode.NOT_FOUND),
        (uuid.uuid4(), person, ErrorCode.NOT_FOUND),
    ]
    for person_id, earlier_id, code in cases:
        with pytest.raises(ServiceError) as failed:
            search.link_earlier_record(person_id, earlier_id, officer_id=None, now=fixed_now)
        assert failed.value.code == code
    with services.db.read() as session:
        assert session.exec(select(PersonLink)).all() == []
    assert services.people.get(person).version == 1
