"""Dates as officers type them."""

from datetime import date

import pytest

from intake_app.domain.typed_dates import TypedDateProblem, format_date, parse_typed_date


@pytest.mark.parametrize(
    "text", ["17-05-1990", "17/05/1990", "17.05.1990", "1990-05-17", "17051990", " 17-5-1990 "]
)
def test_full_dates_in_every_usual_shape(text: str) -> None:
    assert parse_typed_date(text).exact == date(1990, 5, 17)


def test_year_only_is_kept_as_a_year() -> None:
    typed = parse_typed_date("1990")
    assert typed.exact is None and typed.year == 1990 and typed.problem is None


def test_impossible_and_unreadable_dates_are_problems() -> None:
    assert parse_typed_date("31-02-1990").problem == TypedDateProblem.NOT_A_DATE
    assert parse_typed_date("29-02-2001").problem == TypedDateProblem.NOT_A_DATE
    assert parse_typed_date("29-02-2004").exact == date(2004, 2, 29)
    assert parse_typed_date("kemarin").problem == TypedDateProblem.UNREADABLE


def test_empty_is_empty_and_format_round_trips() -> None:
    assert parse_typed_date("  ").empty
    assert parse_typed_date(format_date(date(2008, 2, 5))).exact == date(2008, 2, 5)
