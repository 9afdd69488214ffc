"""Ages on boundary dates, and the benefit of the doubt for uncertain birth dates."""

from __future__ import annotations

from datetime import date

import pytest

from intake_app.domain.ages import (
    BirthDateProblem,
    age_on,
    birth_date_from_yymmdd,
    could_be_minor,
    is_elderly,
    plausible_birth_date,
)

ARRIVAL = date(2026, 2, 5)


@pytest.mark.parametrize(
    ("birth", "on", "expected"),
    [
        (date(2008, 2, 5), date(2026, 2, 5), 18),  # the birthday itself counts
        (date(2008, 2, 6), date(2026, 2, 5), 17),
        (date(2008, 2, 4), date(2026, 2, 5), 18),
        (date(1990, 12, 31), date(2026, 1, 1), 35),
        (date(2026, 2, 5), date(2026, 2, 5), 0),
    ],
)
def test_age_on_counts_completed_years(birth: date, on: date, expected: int) -> None:
    assert age_on(birth, on) == expected


def test_leap_day_birthday_falls_on_first_of_march_in_common_years() -> None:
    birth = date(2008, 2, 29)
    assert age_on(birth, date(2026, 2, 28)) == 17
    assert age_on(birth, date(2026, 3, 1)) == 18
    # In a leap year the birthday is the day itself.
    assert age_on(birth, date(2028, 2, 28)) == 19
    assert age_on(birth, date(2028, 2, 29)) == 20


def test_age_before_birth_is_negative() -> None:
    assert age_on(date(2026, 2, 6), date(2026, 2, 5)) == -1


def test_minor_by_exact_date_turns_adult_on_18th_birthday() -> None:
    assert could_be_minor(on=ARRIVAL, birth_date=date(2008, 2, 6))
    assert not could_be_minor(on=ARRIVAL, birth_date=date(2008, 2, 5))


def test_leap_day_child_is_still_minor_on_28_february() -> None:
    assert could_be_minor(on=date(2026, 2, 28), birth_date=date(2008, 2, 29))
    assert not could_be_minor(on=date(2026, 3, 1), birth_date=date(2008, 2, 29))


def test_minor_by_year_only_assumes_born_on_31_december() -> None:
    # Born some day in 2008: could be 17 until 31 December 2026.
    assert could_be_minor(on=ARRIVAL, birth_year=2008)
    assert could_be_minor(on=date(2026, 12, 30), birth_year=2008)
    assert not could_be_minor(on=date(2026, 12, 31), birth_year=2008)
    assert not could_be_minor(on=ARRIVAL, birth_year=2007)


def test_minor_by_estimate_includes_an_estimated_18() -> None:
    assert could_be_minor(on=ARRIVAL, estimated_age=12)
    assert could_be_minor(on=ARRIVAL, estimated_age=18)
    assert not could_be_minor(on=ARRIVAL, estimated_age=19)


def test_nothing_known_is_not_minor() -> None:
    assert not could_be_minor(on=ARRIVAL)
    assert not is_elderly(on=ARRIVAL)


def test_exact_date_wins_over_year_and_estimate() -> None:
    adult = date(1990, 1, 1)
    assert not could_be_minor(on=ARRIVAL, birth_date=adult, birth_year=2010, estimated_age=10)
    assert could_be_minor(on=ARRIVAL, birth_date=date(2010, 1, 1), estimated_age=30)


def test_year_wins_over_estimate() -> None:
    assert not could_be_minor(on=ARRIVAL, birth_year=1990, estimated_age=15)
    assert could_be_minor(on=ARRIVAL, birth_year=2010, estimated_age=30)


def test_mistyped_year_does_not_raise() -> None:
    assert not could_be_minor(on=ARRIVAL, birth_year=0)
    assert could_be_minor(on=ARRIVAL, birth_year=19900)
    assert is_elderly(on=ARRIVAL, birth_year=0)


def test_elderly_by_exact_date_from_60th_birthday() -> None:
    assert is_elderly(on=ARRIVAL, birth_date=date(1966, 2, 5))
    assert not is_elderly(on=ARRIVAL, birth_date=date(1966, 2, 6))


def test_elderly_by_year_assumes_born_on_1_january() -> None:
    assert is_elderly(on=ARRIVAL, birth_year=1966)
    assert is_elderly(on=date(2026, 1, 1), birth_year=1966)
    assert not is_elderly(on=date(2026, 12, 31), birth_year=1967)


def test_elderly_by_estimate_includes_an_estimated_59() -> None:
    assert is_elderly(on=ARRIVAL, estimated_age=59)
    assert not is_elderly(on=ARRIVAL, estimated_age=58)


def test_plausible_birth_date() -> None:
    assert plausible_birth_date(date(1990, 5, 1), ARRIVAL) is None
    assert plausible_birth_date(ARRIVAL, ARRIVAL) is None
    assert plausible_birth_date(date(2026, 2, 6), ARRIVAL) is BirthDateProblem.IN_FUTURE


def test_too_old_is_past_110_completed_years() -> None:
    assert plausible_birth_date(date(1915, 2, 6), ARRIVAL) is None  # 110
    assert plausible_birth_date(date(1915, 2, 5), ARRIVAL) is BirthDateProblem.TOO_OLD  # 111


@pytest.mark.parametrize(
    ("yymmdd", "expected"),
    [
        ((26, 2, 5), date(2026, 2, 5)),  # today itself
        ((26, 2, 6), date(1926, 2, 6)),  # tomorrow cannot be a birth date
        ((99, 12, 31), date(1999, 12, 31)),
        ((0, 2, 29), date(2000, 2, 29)),  # 2000 is a leap year, 1900 is not
        ((1, 2, 29), None),  # neither 2001 nor 1901 had a 29 February
        ((90, 13, 1), None),
        ((90, 4, 31), None),
        ((90, 1, 0), None),
    ],
)
def test_birth_date_from_two_digit_year(yymmdd: tuple[int, int, int], expected: date) -> None:
    yy, mm, dd = yymmdd
    assert birth_date_from_yymmdd(yy, mm, dd, today=ARRIVAL) == expected
