"""Passport MRZ (TD3): the ICAO specimen, an Indonesian passport, check digits, messy input."""

from __future__ import annotations

from datetime import date

import pytest

from intake_app.domain.enums import Sex
from intake_app.domain.mrz import MrzParse, MrzProblem, check_digit, parse_td3

TODAY = date(2026, 2, 5)

# The specimen of ICAO Doc 9303 part 4 (Utopia, Anna Maria Eriksson).
SPECIMEN_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
SPECIMEN_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"

# An Indonesian passport, check digits worked out by hand (weights 7 3 1, C = 12, '<' = 0):
#   number   C4729163<  12*7+4*3+7*1+2*7+9*3+1*1+6*7+3*3+0*1 = 196 -> 6
#   birth    981123     9*7+8*3+1*1+1*7+2*3+3*1             = 104 -> 4
#   expiry   290315     2*7+9*3+0*1+3*7+1*3+5*1             =  70 -> 0
#   optional all '<'    -> '<' (ICAO allows '<' or 0 for an unused personal number)
#   composite C4729163<6 9811234 2903150 <...<  196+6*7 + 80 + 90 = 408 -> 8
INDONESIAN_1 = "P<IDNRAHMAWATI<<SITI<<<<<<<<<<<<<<<<<<<<<<<<"
INDONESIAN_2 = "C4729163<6IDN9811234F2903150<<<<<<<<<<<<<<<8"


def _parse(line1: str, line2: str) -> MrzParse:
    return parse_td3(f"{line1}\n{line2}", today=TODAY)


def _with(line: str, index: int, char: str) -> str:
    return line[:index] + char + line[index + 1 :]


def _line2(number: str, birth: str, sex: str, expiry: str, optional: str = "") -> str:
    """A line 2 with correct check digits, for tests about other things."""
    number = number.ljust(9, "<")
    optional = optional.ljust(14, "<")
    head = number + str(check_digit(number))
    middle = birth + str(check_digit(birth))
    tail = expiry + str(check_digit(expiry)) + optional + str(check_digit(optional))
    composite = str(check_digit(head + middle + tail))
    return head + "IDN" + middle + sex + tail + composite


def test_check_digit_of_the_specimen_fields() -> None:
    assert check_digit("L898902C3") == 6
    assert check_digit("740812") == 2
    assert check_digit("120415") == 9
    assert check_digit("ZE184226B<<<<<") == 1
    assert check_digit("L898902C36" + "7408122" + "1204159ZE184226B<<<<<1") == 0
    assert check_digit("") == 0


def test_check_digit_rejects_other_characters() -> None:
    with pytest.raises(ValueError):
        check_digit("l898902c3")


def test_icao_specimen_passes_every_check() -> None:
    parsed = _parse(SPECIMEN_1, SPECIMEN_2)
    assert parsed.ok
    assert parsed == MrzParse(
        problems=(),
        document_type="P",
        issuing_state="UTO",
        surname="ERIKSSON",
        given_names="ANNA MARIA",
        document_number="L898902C3",
        nationality="UTO",
        birth_date=date(1974, 8, 12),
        sex=Sex.FEMALE,
        expiry_date=date(2012, 4, 15),
        optional_data="ZE184226B",
    )
    assert parsed.full_name == "ANNA MARIA ERIKSSON"


def test_indonesian_passport() -> None:
    parsed = _parse(INDONESIAN_1, INDONESIAN_2)
    assert parsed.problems == ()
    assert parsed.issuing_state == parsed.nationality == "IDN"
    assert (parsed.surname, parsed.given_names) == ("RAHMAWATI", "SITI")
    assert parsed.document_number == "C4729163"
    assert parsed.birth_date == date(1998, 11, 23)
    assert parsed.sex is Sex.FEMALE
    assert parsed.expiry_date == date(2029, 3, 15)
    assert parsed.optional_data == ""


def test_test_helper_matches_the_hand_computed_line() -> None:
    assert _line2("C4729163", "981123", "F", "290315") == _with(INDONESIAN_2, 42, "0")


def test_unused_optional_data_may_have_zero_as_check_digit() -> None:
    assert _parse(INDONESIAN_1, _with(INDONESIAN_2, 42, "0")).ok


def test_mononym_is_the_surname() -> None:
    parsed = _parse("P<IDNSUPARDI" + "<" * 32, INDONESIAN_2)
    assert (parsed.surname, parsed.given_names, parsed.full_name) == ("SUPARDI", "", "SUPARDI")


def test_single_fillers_inside_names_are_spaces() -> None:
    parsed = _parse("P<IDNANAK<AWING<<YOHANES<<<<<<<<<<<<<<<<<<<<", INDONESIAN_2)
    assert (parsed.surname, parsed.given_names) == ("ANAK AWING", "YOHANES")


@pytest.mark.parametrize(
    ("index", "char", "expected"),
    [
        (9, "7", {MrzProblem.DOCUMENT_NUMBER_CHECK, MrzProblem.COMPOSITE_CHECK}),
        (19, "3", {MrzProblem.BIRTH_DATE_CHECK, MrzProblem.COMPOSITE_CHECK}),
        (27, "8", {MrzProblem.EXPIRY_DATE_CHECK, MrzProblem.COMPOSITE_CHECK}),
        (42, "2", {MrzProblem.OPTIONAL_DATA_CHECK, MrzProblem.COMPOSITE_CHECK}),
        (43, "1", {MrzProblem.COMPOSITE_CHECK}),
        # '<' may stand for the check digit only of an unused field.
        (42, "<", {MrzProblem.OPTIONAL_DATA_CHECK, MrzProblem.COMPOSITE_CHECK}),
        # A wrong character in the data rather than in the check digit.
        (2, "0", {MrzProblem.DOCUMENT_NUMBER_CHECK, MrzProblem.COMPOSITE_CHECK}),
        (17, "2", {MrzProblem.BIRTH_DATE_CHECK, MrzProblem.COMPOSITE_CHECK}),
        (22, "3", {MrzProblem.EXPIRY_DATE_CHECK, MrzProblem.COMPOSITE_CHECK}),
        (30, "X", {MrzProblem.OPTIONAL_DATA_CHECK, MrzProblem.COMPOSITE_CHECK}),
    ],
)
def test_wrong_check_digit_in_each_field(index: int, char: str, expected: set[MrzProblem]) -> None:
    parsed = _parse(SPECIMEN_1, _with(SPECIMEN_2, index, char))
    assert set(parsed.problems) == expected
    assert not parsed.ok
    # Fields stay readable so the officer can compare them with the visual page.
    assert parsed.surname == "ERIKSSON"


@pytest.mark.parametrize(
    ("index", "char", "expected"),
    [
        (9, "0", {MrzProblem.DOCUMENT_NUMBER_CHECK, MrzProblem.COMPOSITE_CHECK}),
        (19, "5", {MrzProblem.BIRTH_DATE_CHECK, MrzProblem.COMPOSITE_CHECK}),
        (27, "1", {MrzProblem.EXPIRY_DATE_CHECK, MrzProblem.COMPOSITE_CHECK}),
        (42, "3", {MrzProblem.OPTIONAL_DATA_CHECK, MrzProblem.COMPOSITE_CHECK}),
        (43, "9", {MrzProblem.COMPOSITE_CHECK}),
    ],
)
def test_wrong_check_digit_in_the_indonesian_passport(
    index: int, char: str, expected: set[MrzProblem]
) -> None:
    assert set(_parse(INDONESIAN_1, _with(INDONESIAN_2, index, char)).problems) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"{SPECIMEN_1.lower()}\n{SPECIMEN_2.lower()}",
        f"\n\t  {SPECIMEN_1}\r\n{SPECIMEN_2}  \n\n",
        SPECIMEN_1 + SPECIMEN_2,  # one 88-character string
        f"{SPECIMEN_1} {SPECIMEN_2}",
        f"{SPECIMEN_1}\t{SPECIMEN_2}",
        # Spaces typed for fillers: the line is 44 long with them, so they are fillers.
        f"{SPECIMEN_1.replace('<', ' ')}\n{SPECIMEN_2}",
        # Spaces a scanner put between groups: too long with them, so they are dropped.
        f"{SPECIMEN_1}\nL898902C3 6 UTO 7408122 F 1204159 ZE184226B<<<<< 1 0",
        # Both at once, on one line.
        "P<UTO ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< "
        "L898902C36UTO 7408122F1204159ZE184226B<<<<<10",
    ],
)
def test_typed_and_scanned_input(text: str) -> None:
    parsed = parse_td3(text, today=TODAY)
    assert parsed.ok, parsed.problems
    assert parsed.document_number == "L898902C3"
    assert parsed.full_name == "ANNA MARIA ERIKSSON"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n ",
        SPECIMEN_1,
        f"{SPECIMEN_1}\n{SPECIMEN_2[:-1]}",
        f"{SPECIMEN_1}<\n{SPECIMEN_2}",
        (SPECIMEN_1 + SPECIMEN_2)[:-1],
        f"{SPECIMEN_1}\n{SPECIMEN_2}\n{SPECIMEN_2}",
        f"{SPECIMEN_1}\n{SPECIMEN_2[:20]}\n{SPECIMEN_2[20:]}",
    ],
)
def test_wrong_length(text: str) -> None:
    parsed = parse_td3(text, today=TODAY)
    assert parsed.problems == (MrzProblem.WRONG_LENGTH,)
    assert parsed.surname is None
    assert parsed.full_name is None


@pytest.mark.parametrize("bad", ["*", "\u00c9", "-", "\u00ab"])
def test_bad_characters(bad: str) -> None:
    parsed = _parse(_with(SPECIMEN_1, 20, bad), SPECIMEN_2)
    assert parsed.problems == (MrzProblem.BAD_CHARACTERS,)
    assert parsed.document_number is None


@pytest.mark.parametrize("first", ["V", "I", "A", "<"])
def test_not_td3(first: str) -> None:
    parsed = _parse(_with(SPECIMEN_1, 0, first), SPECIMEN_2)
    assert parsed.problems == (MrzProblem.NOT_TD3,)


def test_other_passport_kinds_and_short_state_codes() -> None:
    parsed = _parse("PDD<<MUSTERMANN<<ERIKA" + "<" * 22, SPECIMEN_2)
    assert parsed.ok
    assert (parsed.document_type, parsed.issuing_state) == ("PD", "D")


def test_birth_century_is_the_latest_not_after_today() -> None:
    born_today = _parse(INDONESIAN_1, _line2("C4729163", "260205", "M", "310101"))
    assert born_today.birth_date == date(2026, 2, 5)
    born_tomorrow = _parse(INDONESIAN_1, _line2("C4729163", "260206", "M", "310101"))
    assert born_tomorrow.birth_date == date(1926, 2, 6)
    assert born_tomorrow.ok


def test_expiry_is_in_the_2000s_even_when_past() -> None:
    parsed = _parse(INDONESIAN_1, _line2("C4729163", "800101", "M", "990101"))
    assert parsed.expiry_date == date(2099, 1, 1)
    parsed = _parse(INDONESIAN_1, _line2("C4729163", "800101", "M", "150101"))
    assert parsed.expiry_date == date(2015, 1, 1)
    assert parsed.ok  # an expired passport is a fact to record, not a reading error


@pytest.mark.parametrize(
    ("birth", "expiry", "expected"),
    [
        ("980230", "290315", (MrzProblem.BAD_BIRTH_DATE,)),
        ("9811<<", "290315", (MrzProblem.BAD_BIRTH_DATE,)),  # day unknown
        ("981123", "291315", (MrzProblem.BAD_EXPIRY_DATE,)),
        ("981100", "290300", (MrzProblem.BAD_BIRTH_DATE, MrzProblem.BAD_EXPIRY_DATE)),
    ],
)
def test_bad_dates(birth: str, expiry: str, expected: tuple[MrzProblem, ...]) -> None:
    parsed = _parse(INDONESIAN_1, _line2("C4729163", birth, "F", expiry))
    assert parsed.problems == expected
    if MrzProblem.BAD_BIRTH_DATE in expected:
        assert parsed.birth_date is None
    if MrzProblem.BAD_EXPIRY_DATE in expected:
        assert parsed.expiry_date is None


@pytest.mark.parametrize(
    ("char", "sex"), [("M", Sex.MALE), ("F", Sex.FEMALE), ("X", None), ("<", None)]
)
def test_sex(char: str, sex: Sex | None) -> None:
    parsed = _parse(SPECIMEN_1, _with(SPECIMEN_2, 20, char))
    assert parsed.ok  # the sex is outside every check digit
    assert parsed.sex is sex


def test_unknown_sex_letter_is_a_problem() -> None:
    parsed = _parse(SPECIMEN_1, _with(SPECIMEN_2, 20, "Q"))
    assert parsed.problems == (MrzProblem.BAD_SEX,)
    assert parsed.sex is None
