"""PeopleQuery's keyset pages: the indexes SQLite takes, and the same rows as OFFSET."""

from __future__ import annotations

from intake_app.services.people_query import PersonFilter
from tests.services.search_world import Desk, assert_indexed, plans

EVERYONE = PersonFilter()


def no_sort(plan: list[str]) -> None:
    assert not any("TEMP B-TREE" in line for line in plan), plan


def test_pages_follow_the_created_at_index_both_ways(people, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    query = desk.services.people_query
    top = plans(desk.services, lambda: query.page(EVERYONE, offset=0, limit=3))
    no_sort(top)  # newest first, ties by id: both columns of the index, read backwards
    assert any("person USING INDEX ix_person_created_at_id" in line for line in top), top
    first = query.after(EVERYONE, None, limit=3)
    for action, seek in (
        (lambda: query.after(EVERYONE, first.last, limit=3), "(created_at<?)"),
        (lambda: query.before(EVERYONE, first.last, limit=3), "(created_at>?)"),
    ):
        plan = plans(desk.services, action)
        assert_indexed(plan)
        no_sort(plan)
        assert f"SEARCH person USING INDEX ix_person_created_at_id {seek}" in plan, plan


def test_a_long_flag_filter_reads_along_the_sort_index(people, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    query = desk.services.people_query
    minors = PersonFilter(minors_only=True, incomplete_only=True)
    along = plans(desk.services, lambda: query.after(minors, None, limit=3, many=True))
    no_sort(along)
    assert any("ix_person_created_at_id" in line for line in along), along
    few = plans(desk.services, lambda: query.after(minors, None, limit=3, many=False))
    assert_indexed(few)
    assert not any("ix_person_created_at_id" in line for line in few), few


def test_a_convoy_pages_by_name_in_its_index(people, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    query = desk.services.people_query
    in_convoy = PersonFilter(convoy_id=desk.last)
    first = query.after(in_convoy, None, limit=2)
    plan = plans(desk.services, lambda: query.after(in_convoy, first.last, limit=2))
    assert_indexed(plan)
    assert any("ix_person_convoy_id_full_name (convoy_id=? AND full_name>?)" in p for p in plan)


def test_a_jump_walks_only_the_key_index_from_the_nearer_end(people, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    query = desk.services.people_query
    total = query.count(EVERYONE)
    plan = plans(desk.services, lambda: query.at(EVERYONE, 2, limit=3, total=total))
    no_sort(plan)
    assert "SCAN person USING COVERING INDEX ix_person_created_at_id" in plan, plan
    by_offset = [row.id for row in query.page(EVERYONE, offset=0, limit=total)]
    assert len(by_offset) == total == 11
    for offset in range(total):
        page = query.at(EVERYONE, offset, limit=3, total=total)
        assert [row.id for row in page.rows] == by_offset[offset : offset + 3]
        if offset + 3 < total:
            after = query.after(EVERYONE, page.last, limit=3)
            assert [row.id for row in after.rows] == by_offset[offset + 3 : offset + 6]
        if offset >= 2:
            before = query.before(EVERYONE, page.first, limit=2)
            assert [row.id for row in before.rows] == by_offset[offset - 2 : offset]


def test_rows_carry_what_the_list_shows(people, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    query = desk.services.people_query
    rows = {row.full_name: row for row in query.page(EVERYONE, offset=0, limit=50)}
    dewi = rows["Dewi Lestari"]
    assert dewi.id == people["Dewi Lestari"] and dewi.convoy_id == desk.last
    assert dewi.document_number == "KCH-2025-00042" and dewi.guardian_name is None
    assert rows["Nur Aini"].age is not None and not rows["Nur Aini"].age_approximate
    assert query.at(EVERYONE, 20, limit=3, total=11).rows == []
