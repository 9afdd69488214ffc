"""Derived protection flags of a person: minor, unaccompanied, elderly (DESIGN.md §4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from intake_app.domain import ages


@dataclass(frozen=True)
class AgeFacts:
    """What is known of a person's age; at most one of the three is normally set."""

    birth_date: date | None = None
    birth_year: int | None = None
    estimated_age: int | None = None


@dataclass(frozen=True)
class ProtectionFlags:
    is_minor: bool
    unaccompanied: bool
    elderly: bool


def derive_flags(facts: AgeFacts, *, arrival: date, has_guardian: bool) -> ProtectionFlags:
    """Flags on the convoy's arrival date; anyone who could be a child is treated as one."""
    minor = ages.could_be_minor(
        on=arrival,
        birth_date=facts.birth_date,
        birth_year=facts.birth_year,
        estimated_age=facts.estimated_age,
    )
    elderly = ages.is_elderly(
        on=arrival,
        birth_date=facts.birth_date,
        birth_year=facts.birth_year,
        estimated_age=facts.estimated_age,
    )
    return ProtectionFlags(
        is_minor=minor, unaccompanied=minor and not has_guardian, elderly=elderly and not minor
    )


def age_on_arrival(facts: AgeFacts, *, arrival: date) -> tuple[int | None, bool]:
    """(age in years, approximate?) for display; None when nothing is known."""
    if facts.birth_date is not None:
        return ages.age_on(facts.birth_date, arrival), False
    if facts.birth_year is not None:
        return arrival.year - facts.birth_year, True
    if facts.estimated_age is not None:
        return facts.estimated_age, True
    return None, False
