"""Ages on a given day, and who could be a child or elderly when the birth date is uncertain."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

# UU 35/2014 (Perlindungan Anak), Pasal 1: a child is anyone under 18.
ADULT_AGE = 18
# UU 13/1998 (Kesejahteraan Lanjut Usia), Pasal 1: elderly from 60.
ELDERLY_AGE = 60
# An age guessed by eye (no documents) is often a year off either way, so an estimated 18 may
# be a 17-year-old and an estimated 59 a 60-year-old; the protective reading is the one used.
ESTIMATE_MARGIN_YEARS = 1
# Past 110 a birth date is far likelier a typo (1852 for 1952) than a real person.
MAX_PLAUSIBLE_AGE = 110


class BirthDateProblem(StrEnum):
    IN_FUTURE = "in_future"
    TOO_OLD = "too_old"


def age_on(birth: date, on: date) -> int:
    """Completed years on `on`; negative when `on` is before the birth (check that first).

    Someone born on 29 February becomes a year older on 1 March in common years, as the
    comparison of (month, day) gives: (2, 28) is still before (2, 29). This is the usual reading
    in Indonesian and most civil-law practice (the anniversary has not passed until the day
    after 28 February), and it never makes a child an adult a day early.
    """
    had_birthday = (on.month, on.day) >= (birth.month, birth.day)
    return on.year - birth.year - (0 if had_birthday else 1)


def could_be_minor(
    *,
    on: date,
    birth_date: date | None = None,
    birth_year: int | None = None,
    estimated_age: int | None = None,
) -> bool:
    """Whether the person could be under 18 on `on` (benefit of the doubt, DESIGN.md §4).

    The most precise fact wins: exact date, then year only, then an estimate. With nothing
    known this is False; the form flags the missing age on its own.
    """
    if birth_date is not None:
        return age_on(birth_date, on) < ADULT_AGE
    if birth_year is not None:
        # Year only (manifest "00/00/1990"): the youngest such person was born on 31 December.
        return _age_if_born(birth_year, 12, 31, on) < ADULT_AGE
    if estimated_age is not None:
        return estimated_age - ESTIMATE_MARGIN_YEARS < ADULT_AGE
    return False


def is_elderly(
    *,
    on: date,
    birth_date: date | None = None,
    birth_year: int | None = None,
    estimated_age: int | None = None,
) -> bool:
    """Whether the person could be 60 or older on `on`; same precedence as `could_be_minor`.

    Elderly is a vulnerability flag, so uncertainty leans towards flagging: with a year only the
    person is taken as born on 1 January, with an estimate the margin is added.
    """
    if birth_date is not None:
        return age_on(birth_date, on) >= ELDERLY_AGE
    if birth_year is not None:
        return _age_if_born(birth_year, 1, 1, on) >= ELDERLY_AGE
    if estimated_age is not None:
        return estimated_age + ESTIMATE_MARGIN_YEARS >= ELDERLY_AGE
    return False


def plausible_birth_date(birth: date, on: date) -> BirthDateProblem | None:
    """Why `birth` cannot be a living person's birth date on `on`, or None when it can."""
    if birth > on:
        return BirthDateProblem.IN_FUTURE
    if age_on(birth, on) > MAX_PLAUSIBLE_AGE:
        return BirthDateProblem.TOO_OLD
    return None


def birth_date_from_yymmdd(yy: int, mm: int, dd: int, *, today: date) -> date | None:
    """The latest real date with these two-digit-year digits that is not after `today`.

    NIKs and passports write the year in two digits; a birth date cannot be in the future, so a
    day later than today in this century belongs to the previous one. None when neither
    century gives a real date (e.g. 29 February of '01).
    """
    century = today.year // 100 * 100
    for year in (century + yy, century - 100 + yy):
        try:
            candidate = date(year, mm, dd)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def _age_if_born(year: int, month: int, day: int, on: date) -> int:
    # Arithmetic instead of date(year, ...) so a mistyped year (0, 19900) cannot raise.
    had_birthday = (on.month, on.day) >= (month, day)
    return on.year - year - (0 if had_birthday else 1)
