"""Property-based tests: every parser and validator answers any input with a result or
its own typed error, never another exception, and valid input round-trips."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.domain import accounts as account_rules
from intake_app.domain.letter_numbers import (
    format_number,
    parse_number,
    roman_month,
    validate_pattern,
)
from intake_app.domain.manifest import ManifestField, parse_rows
from intake_app.domain.manifest_cells import read_age, read_birth, read_document, tidy_name
from intake_app.domain.mrz import check_digit, parse_td3
from intake_app.domain.names import name_key
from intake_app.domain.nik import parse_nik
from intake_app.domain.typed_dates import TypedDateProblem, format_date, parse_typed_date

TODAY = date(2026, 2, 5)
any_text = st.text(max_size=120)
mrz_chars = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<\n ", max_size=100)
cells = st.one_of(st.none(), any_text, st.dates(min_value=date(1, 1, 1)))


@given(any_text)
def test_names_never_crash_and_are_stable(text: str) -> None:
    key = name_key(text)
    assert isinstance(key, str) and name_key(text) == key
    tidy = tidy_name(text)
    assert tidy == tidy.strip()


@given(any_text)
def test_typed_dates_give_a_date_a_year_or_a_problem(text: str) -> None:
    parsed = parse_typed_date(text)
    assert (
        parsed.empty
        or (parsed.exact is not None) + (parsed.year is not None) + (parsed.problem is not None)
        == 1
    )


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_a_formatted_date_reads_back(value: date) -> None:
    assert parse_typed_date(format_date(value)).exact == value


@given(st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2100))
def test_impossible_days_are_a_problem_not_an_error(day: int, month: int, year: int) -> None:
    parsed = parse_typed_date(f"{day:02d}-{month:02d}-{year}")
    try:
        expected = date(year, month, day)
    except ValueError:
        assert parsed.problem == TypedDateProblem.NOT_A_DATE
    else:
        assert parsed.exact == expected


@given(st.one_of(any_text, st.text(alphabet="0123456789 .-", max_size=24)))
def test_nik_parse_is_ok_exactly_when_info_is_set(text: str) -> None:
    parsed = parse_nik(text, today=TODAY)
    assert parsed.ok == (parsed.info is not None)


@given(st.one_of(any_text, mrz_chars))
def test_mrz_parse_never_raises(text: str) -> None:
    parsed = parse_td3(text, today=TODAY)
    assert isinstance(parsed.problems, tuple)


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<", max_size=40))
def test_check_digit_is_a_digit(text: str) -> None:
    assert 0 <= check_digit(text) <= 9


@given(cells)
def test_manifest_cells_never_raise(cell) -> None:  # type: ignore[no-untyped-def]
    read_birth(cell, TODAY)
    if isinstance(cell, str):
        try:  # read_age's contract: ValueError for what is not an age
            age = read_age(cell)
        except ValueError:
            age = None
        assert age is None or age >= 0
        read_document(cell)


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(st.lists(st.lists(cells, max_size=6), max_size=8))
def test_manifest_rows_become_rows_or_problems(table) -> None:  # type: ignore[no-untyped-def]
    mapping = {0: ManifestField.FULL_NAME, 1: ManifestField.SEX, 2: ManifestField.BIRTH_DATE}
    parsed = parse_rows(table, list(range(1, len(table) + 1)), mapping, today=TODAY)
    assert len(parsed.rows) + len({p.row_number for p in parsed.problems}) <= len(table)
    for row in parsed.rows:
        assert row.full_name.strip()


PATTERN = "B/{seq}/BP3MI.KB/PB.05.03/{month_roman}/{year}"


@given(st.integers(1, 99999), st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_letter_numbers_round_trip(seq: int, issued: date) -> None:
    number = format_number(PATTERN, seq=seq, issued_on=issued)
    parsed = parse_number(PATTERN, number)
    assert parsed is not None and parsed.seq == seq
    assert roman_month(issued.month) in number


@given(any_text, any_text)
def test_letter_number_patterns_and_numbers_never_raise(pattern: str, number: str) -> None:
    problems = validate_pattern(pattern)
    if not problems:
        parse_number(pattern, number)


@given(any_text, any_text)
def test_account_rules_accept_or_raise_their_own_error(username: str, nip: str) -> None:
    for check in (
        lambda: account_rules.normalize_username(username),
        lambda: account_rules.normalize_nip(nip),
        lambda: account_rules.check_password(nip, username=username),
    ):
        try:
            check()
        except account_rules.AccountRuleError:
            pass
