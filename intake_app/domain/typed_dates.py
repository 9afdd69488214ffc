"""Reading a birth date as officers type it: a full date, or only the year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

_DMY = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")  # 17051990, as typed without separators
_YEAR = re.compile(r"^(\d{4})$")


class TypedDateProblem(StrEnum):
    UNREADABLE = "unreadable"
    NOT_A_DATE = "not_a_date"  # 31-02-1990


@dataclass(frozen=True)
class TypedDate:
    exact: date | None = None
    year: int | None = None  # only the year was given
    problem: TypedDateProblem | None = None

    @property
    def empty(self) -> bool:
        return self.exact is None and self.year is None and self.problem is None


def parse_typed_date(text: str) -> TypedDate:
    """`17-05-1990`, `17/05/1990`, `17.05.1990`, `1990-05-17`, `17051990` or `1990`."""
    text = text.strip()
    if not text:
        return TypedDate()
    if match := _YEAR.match(text):
        return TypedDate(year=int(match.group(1)))
    for pattern, order in ((_DMY, (3, 2, 1)), (_COMPACT, (3, 2, 1)), (_ISO, (1, 2, 3))):
        if match := pattern.match(text):
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return TypedDate(exact=date(year, month, day))
            except ValueError:
                return TypedDate(problem=TypedDateProblem.NOT_A_DATE)
    return TypedDate(problem=TypedDateProblem.UNREADABLE)


def format_date(value: date) -> str:
    return value.strftime("%d-%m-%Y")
