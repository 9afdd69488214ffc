"""Reading the machine-readable zone of a passport (ICAO 9303 part 4, TD3: two lines of 44)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from intake_app.domain.ages import birth_date_from_yymmdd
from intake_app.domain.enums import Sex

LINE_LENGTH = 44
FILLER = "<"
_WEIGHTS = (7, 3, 1)
_WHITESPACE = re.compile(r"\s")
_MRZ_LINE = re.compile(r"[A-Z0-9<]{44}")
_SEXES = {"M": Sex.MALE, "F": Sex.FEMALE, "X": None, FILLER: None}


class MrzProblem(StrEnum):
    WRONG_LENGTH = "wrong_length"  # not two lines of 44 characters
    BAD_CHARACTERS = "bad_characters"  # anything but A-Z, 0-9 and '<'
    NOT_TD3 = "not_td3"  # two lines of 44, but not a passport ('P...')
    DOCUMENT_NUMBER_CHECK = "document_number_check"
    BIRTH_DATE_CHECK = "birth_date_check"
    EXPIRY_DATE_CHECK = "expiry_date_check"
    OPTIONAL_DATA_CHECK = "optional_data_check"
    COMPOSITE_CHECK = "composite_check"
    BAD_BIRTH_DATE = "bad_birth_date"  # not a real date (or unknown parts written as '<')
    BAD_EXPIRY_DATE = "bad_expiry_date"
    BAD_SEX = "bad_sex"  # not M, F, X or '<'; the sex is outside every check digit


@dataclass(frozen=True)
class MrzParse:
    """Fields read from a TD3 MRZ, and what is wrong with it.

    The fields are None only when the text does not have the TD3 shape (WRONG_LENGTH,
    BAD_CHARACTERS, NOT_TD3), or, for the dates and sex, when that field cannot be read. A
    failed check digit still leaves the fields filled: `ok` says whether to trust them.
    Strings have their fillers removed; an empty field is "".
    """

    problems: tuple[MrzProblem, ...]
    document_type: str | None = None  # "P", or "PD", "PS"... for other passport kinds
    issuing_state: str | None = None  # ICAO code: "IDN", "UTO", "D" (Germany)
    surname: str | None = None  # primary identifier; a mononym is here, given_names ""
    given_names: str | None = None
    document_number: str | None = None
    nationality: str | None = None
    birth_date: date | None = None
    sex: Sex | None = None  # None also for 'X' and '<' (unspecified)
    expiry_date: date | None = None
    optional_data: str | None = None  # personal number or other national data

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def full_name(self) -> str | None:
        """Given names then surname, as Indonesian forms write a name; None if unread.

        The MRZ truncates long names and drops apostrophes, so the visual page stays the
        authority for spelling.
        """
        if self.surname is None or self.given_names is None:
            return None
        return " ".join(part for part in (self.given_names, self.surname) if part)


def check_digit(s: str) -> int:
    """ICAO 9303 check digit: weights 7, 3, 1; 0-9 as digits, A-Z as 10-35, '<' as 0."""
    total = 0
    for index, char in enumerate(s):
        if "0" <= char <= "9":
            value = ord(char) - ord("0")
        elif "A" <= char <= "Z":
            value = ord(char) - ord("A") + 10
        elif char == FILLER:
            value = 0
        else:
            raise ValueError(f"not an MRZ character: {char!r}")
        total += value * _WEIGHTS[index % 3]
    return total % 10


def parse_td3(text: str, *, today: date) -> MrzParse:
    """Read a passport MRZ typed or pasted from a scanner.

    Accepted: any case, surrounding whitespace, the two lines on separate lines or run together
    (88 characters, or 89 with one space or tab between them). Whitespace inside a line is
    read as '<' when the line then has exactly 44 characters (spaces typed for fillers), and
    is otherwise dropped (spaces a scanner put between groups). The birth date takes the latest
    century that is not after `today`; the expiry date is taken in the 2000s.
    """
    lines = _two_lines(text.strip().upper())
    if lines is None:
        return MrzParse(problems=(MrzProblem.WRONG_LENGTH,))
    line1, line2 = lines
    if not (_MRZ_LINE.fullmatch(line1) and _MRZ_LINE.fullmatch(line2)):
        return MrzParse(problems=(MrzProblem.BAD_CHARACTERS,))
    if line1[0] != "P":
        return MrzParse(problems=(MrzProblem.NOT_TD3,))

    problems: list[MrzProblem] = []
    checks = (
        (line2[0:9], line2[9], MrzProblem.DOCUMENT_NUMBER_CHECK),
        (line2[13:19], line2[19], MrzProblem.BIRTH_DATE_CHECK),
        (line2[21:27], line2[27], MrzProblem.EXPIRY_DATE_CHECK),
        (line2[28:42], line2[42], MrzProblem.OPTIONAL_DATA_CHECK),
        (line2[0:10] + line2[13:20] + line2[21:43], line2[43], MrzProblem.COMPOSITE_CHECK),
    )
    for field, digit, problem in checks:
        if not _check_passes(field, digit, blank_allowed=problem is MrzProblem.OPTIONAL_DATA_CHECK):
            problems.append(problem)

    birth_date = _birth_date(line2[13:19], today=today)
    if birth_date is None:
        problems.append(MrzProblem.BAD_BIRTH_DATE)
    expiry_date = _expiry_date(line2[21:27])
    if expiry_date is None:
        problems.append(MrzProblem.BAD_EXPIRY_DATE)
    if line2[20] not in _SEXES:
        problems.append(MrzProblem.BAD_SEX)

    # '<<' ends the primary identifier; single '<' stands for a space or a hyphen in a name.
    surname, _, given_names = line1[5:44].partition(FILLER * 2)
    return MrzParse(
        problems=tuple(problems),
        document_type=_unfilled(line1[0:2]),
        issuing_state=_unfilled(line1[2:5]),
        surname=_words(surname),
        given_names=_words(given_names),
        document_number=_unfilled(line2[0:9]),
        nationality=_unfilled(line2[10:13]),
        birth_date=birth_date,
        sex=_SEXES.get(line2[20]),
        expiry_date=expiry_date,
        optional_data=_unfilled(line2[28:42]),
    )


def _two_lines(text: str) -> tuple[str, str] | None:
    rows = [row for row in text.splitlines() if row.strip()]
    if len(rows) == 1:
        row = rows[0]
        if len(row) == 2 * LINE_LENGTH + 1 and row[LINE_LENGTH].isspace():
            rows = [row[:LINE_LENGTH], row[LINE_LENGTH + 1 :]]
        else:
            joined = row if len(row) == 2 * LINE_LENGTH else _WHITESPACE.sub("", row)
            rows = [joined[:LINE_LENGTH], joined[LINE_LENGTH:]]
    if len(rows) != 2:
        return None
    first, second = _fit(rows[0]), _fit(rows[1])
    if first is None or second is None:
        return None
    return first, second


def _fit(row: str) -> str | None:
    # Spaces as fillers first, then without the edges, then without any whitespace at all.
    for candidate in (row, row.strip(), _WHITESPACE.sub("", row)):
        if len(candidate) == LINE_LENGTH:
            return _WHITESPACE.sub(FILLER, candidate)
    return None


def _check_passes(field: str, digit: str, *, blank_allowed: bool) -> bool:
    # ICAO 9303-4: an unused personal-number field may carry '<' instead of 0 as its check digit.
    if blank_allowed and field == FILLER * len(field) and digit in (FILLER, "0"):
        return True
    return digit.isdigit() and int(digit) == check_digit(field)


def _yymmdd(field: str) -> tuple[int, int, int] | None:
    if not field.isdigit():
        return None
    return int(field[0:2]), int(field[2:4]), int(field[4:6])


def _birth_date(field: str, *, today: date) -> date | None:
    parts = _yymmdd(field)
    return None if parts is None else birth_date_from_yymmdd(*parts, today=today)


def _expiry_date(field: str) -> date | None:
    parts = _yymmdd(field)
    if parts is None:
        return None
    yy, mm, dd = parts
    try:
        # Passports run 5-10 years from issue, so a two-digit expiry year is in the 2000s
        # until late this century.
        return date(2000 + yy, mm, dd)
    except ValueError:
        return None


def _unfilled(field: str) -> str:
    return field.replace(FILLER, "")


def _words(field: str) -> str:
    return " ".join(field.replace(FILLER, " ").split())
