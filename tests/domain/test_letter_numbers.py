"""Letter number patterns: validation, formatting, reading back, yearly sequence."""

from __future__ import annotations

from datetime import date

import pytest

from intake_app.domain.letter_numbers import (
    ParsedNumber,
    PatternProblem,
    format_number,
    last_sequence,
    next_sequence,
    parse_number,
    roman_month,
    valid_desk_code,
    validate_pattern,
)

BP3MI = "B/{seq}/BP3MI.KB/PB.05.03/{month_roman}/{year}"
PADDED_DESK = "B/{seq:03}/{desk}/BP3MI.KB/PB.05.03/{month_roman}/{year}"
ISSUED = date(2026, 2, 5)


# Validation


@pytest.mark.parametrize(
    "pattern",
    [BP3MI, PADDED_DESK, "{seq}/{year}", "BAST-{year}-{month:02}-{seq:04}", "{seq}.{month}.{year}"],
)
def test_valid_patterns_have_no_problems(pattern: str) -> None:
    assert validate_pattern(pattern) == ()


@pytest.mark.parametrize(
    ("pattern", "problems"),
    [
        ("", ("empty", "missing_seq", "missing_year")),
        ("B/BP3MI/{year}", ("missing_seq",)),
        ("B/{seq}/BP3MI/{month_roman}", ("missing_year",)),
        ("B/{seq}/{bulan}/{year}", ("unknown_placeholder",)),
        ("B/{SEQ}/{year}", ("missing_seq", "unknown_placeholder")),
        ("B/{seq:3}/{year}", ("missing_seq", "bad_format_spec")),
        ("B/{seq:03}/{year:04}", ("missing_year", "bad_format_spec")),
        ("B/{seq:}/{year}", ("missing_seq", "bad_format_spec")),
        ("B/{seq}/{year}/{seq}", ("duplicate_placeholder",)),
        ("B/{seq}{month}/{year}", ("adjacent_placeholders",)),
        ("B/{seq}/{month_roman}{year}", ("adjacent_placeholders",)),
        ("B/{seq}/{year}}", ("unbalanced_brace",)),
        ("B/{seq}/{year}/{", ("unbalanced_brace",)),
    ],
)
def test_invalid_patterns_name_their_problems(pattern: str, problems: tuple[str, ...]) -> None:
    assert validate_pattern(pattern) == tuple(PatternProblem(p) for p in problems)


def test_several_desks_require_desk_code_in_pattern() -> None:
    assert validate_pattern(BP3MI, multi_desk=True) == (PatternProblem.MISSING_DESK,)
    assert validate_pattern(PADDED_DESK, multi_desk=True) == ()
    assert validate_pattern(BP3MI, multi_desk=False) == ()


@pytest.mark.parametrize(
    ("desk", "ok"),
    [
        ("A", True),
        ("M2", True),
        ("ABCDEFGH", True),
        ("", False),
        ("a", False),
        ("A/B", False),
        ("ABCDEFGHI", False),
        ("A B", False),
    ],
)
def test_desk_codes(desk: str, ok: bool) -> None:
    assert valid_desk_code(desk) is ok


# Roman months


@pytest.mark.parametrize(
    ("month", "roman"),
    [
        (1, "I"),
        (2, "II"),
        (3, "III"),
        (4, "IV"),
        (5, "V"),
        (6, "VI"),
        (7, "VII"),
        (8, "VIII"),
        (9, "IX"),
        (10, "X"),
        (11, "XI"),
        (12, "XII"),
    ],
)
def test_roman_month(month: int, roman: str) -> None:
    assert roman_month(month) == roman


@pytest.mark.parametrize("month", [0, 13, -1])
def test_roman_month_out_of_range(month: int) -> None:
    with pytest.raises(ValueError):
        roman_month(month)


# Formatting


def test_format_bp3mi_pattern() -> None:
    assert format_number(BP3MI, seq=12, issued_on=ISSUED) == "B/12/BP3MI.KB/PB.05.03/II/2026"


def test_format_padded_with_desk() -> None:
    number = format_number(PADDED_DESK, seq=7, issued_on=date(2026, 12, 31), desk="A")
    assert number == "B/007/A/BP3MI.KB/PB.05.03/XII/2026"


def test_padding_does_not_truncate_large_sequences() -> None:
    assert format_number("{seq:03}/{year}", seq=1234, issued_on=ISSUED) == "1234/2026"


def test_format_plain_and_padded_month() -> None:
    assert format_number("{seq}.{month}.{year}", seq=1, issued_on=ISSUED) == "1.2.2026"
    assert format_number("{seq}.{month:02}.{year}", seq=1, issued_on=ISSUED) == "1.02.2026"


def test_desk_ignored_when_pattern_has_none() -> None:
    assert format_number(BP3MI, seq=1, issued_on=ISSUED, desk="A") == format_number(
        BP3MI, seq=1, issued_on=ISSUED
    )


@pytest.mark.parametrize(
    ("pattern", "seq", "desk"),
    [("B/{seq}", 1, ""), (BP3MI, 0, ""), (PADDED_DESK, 1, ""), (PADDED_DESK, 1, "a/b")],
)
def test_format_refuses_bad_input(pattern: str, seq: int, desk: str) -> None:
    with pytest.raises(ValueError):
        format_number(pattern, seq=seq, issued_on=ISSUED, desk=desk)


# Parsing back


@pytest.mark.parametrize("pattern", [BP3MI, PADDED_DESK, "BAST-{year}-{month:02}-{seq:04}"])
@pytest.mark.parametrize("seq", [1, 9, 10, 99, 100, 999, 1000, 12345])
@pytest.mark.parametrize("issued_on", [date(2026, 1, 1), date(2026, 4, 9), date(2027, 12, 31)])
def test_round_trip(pattern: str, seq: int, issued_on: date) -> None:
    number = format_number(pattern, seq=seq, issued_on=issued_on, desk="M2")
    parsed = parse_number(pattern, number)
    desk = "M2" if "{desk}" in pattern else None
    assert parsed == ParsedNumber(seq=seq, year=issued_on.year, month=issued_on.month, desk=desk)


def test_parse_without_month_in_pattern() -> None:
    assert parse_number("{seq}/{year}", "15/2026") == ParsedNumber(seq=15, year=2026)


def test_parse_tolerates_surrounding_whitespace() -> None:
    assert parse_number(BP3MI, " B/3/BP3MI.KB/PB.05.03/XI/2026\n") == ParsedNumber(3, 2026, 11)


@pytest.mark.parametrize(
    "number",
    [
        "B/12/BP3MI.KB/PB.05.03/II/26",  # two-digit year
        "B/12/BP3MI.KB/PB.05.03/XIII/2026",  # no such month
        "B/12/BP3MI.KB/PB.05.03/ii/2026",
        "B/012/BP3MI.KB/PB.05.03/II/2026",  # not what format_number prints
        "B/0/BP3MI.KB/PB.05.03/II/2026",
        "B/12/BP3MI.KS/PB.05.03/II/2026",  # another office's code
        "B/12/BP3MI.KB/PB.05.03/II/2026/X",
        "B//BP3MI.KB/PB.05.03/II/2026",
        "",
    ],
)
def test_parse_refuses_numbers_not_from_pattern(number: str) -> None:
    assert parse_number(BP3MI, number) is None


@pytest.mark.parametrize(
    "number",
    [
        "B/01/A/BP3MI.KB/PB.05.03/II/2026",
        "B/0001/A/BP3MI.KB/PB.05.03/II/2026",
        "B/001/a/BP3MI.KB/PB.05.03/II/2026",
    ],
)
def test_parse_is_strict_about_padding_and_desk(number: str) -> None:
    assert parse_number(PADDED_DESK, number) is None


@pytest.mark.parametrize("month", ["00", "13", "2"])
def test_parse_refuses_bad_numeric_month(month: str) -> None:
    assert parse_number("{seq}.{month:02}.{year}", f"1.{month}.2026") is None


def test_parse_checks_roman_and_numeric_month_agree() -> None:
    pattern = "{seq}/{month}/{month_roman}/{year}"
    assert validate_pattern(pattern) == ()
    assert parse_number(pattern, "1/2/II/2026") == ParsedNumber(1, 2026, 2)
    assert parse_number(pattern, "1/2/III/2026") is None


def test_parse_refuses_invalid_pattern() -> None:
    with pytest.raises(ValueError):
        parse_number("{seq}", "1")


# Sequence


def test_sequence_starts_at_one_and_counts_up() -> None:
    assert next_sequence(None) == 1
    assert next_sequence(0) == 1
    assert next_sequence(41) == 42


def test_negative_last_sequence_is_a_bug() -> None:
    with pytest.raises(ValueError):
        next_sequence(-1)


def test_voided_numbers_are_not_reused() -> None:
    # 1..5 reserved, 5 voided: the caller passes 5, the highest ever reserved.
    reserved = [ParsedNumber(seq, 2026) for seq in range(1, 6)]
    assert next_sequence(last_sequence(reserved, year=2026)) == 6


def test_year_change_resets_sequence() -> None:
    numbers = [
        parse_number(BP3MI, n)
        for n in ("B/411/BP3MI.KB/PB.05.03/XII/2025", "B/412/BP3MI.KB/PB.05.03/XII/2025")
    ]
    known = [n for n in numbers if n is not None]
    assert last_sequence(known, year=2025) == 412
    assert last_sequence(known, year=2026) is None
    assert next_sequence(last_sequence(known, year=2026)) == 1
    first = format_number(BP3MI, seq=1, issued_on=date(2026, 1, 2))
    assert first == "B/1/BP3MI.KB/PB.05.03/I/2026"


def test_each_desk_counts_on_its_own() -> None:
    numbers = [ParsedNumber(3, 2026, 2, "A"), ParsedNumber(9, 2026, 2, "B")]
    assert last_sequence(numbers, year=2026, desk="A") == 3
    assert last_sequence(numbers, year=2026, desk="B") == 9
    assert last_sequence(numbers, year=2026, desk="C") is None
