"""Manifest headers and rows as KJRI Kuching and the depots write them (Malay and Indonesian)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from intake_app.domain.enums import DeportationReason as R
from intake_app.domain.enums import Sex, TravelDocType
from intake_app.domain.manifest import (
    Cell,
    ManifestField,
    ManifestParse,
    ManifestRow,
    RowProblem,
    RowProblemCode,
    is_header_row,
    normalise_name,
    parse_rows,
    recognise_headers,
    tidy_name,
)

F = ManifestField
Code = RowProblemCode
TODAY = date(2026, 2, 5)
COLUMNS = (
    F.SEQ_NO,
    F.FULL_NAME,
    F.SEX,
    F.BIRTH_DATE,
    F.AGE,
    F.DOCUMENT_NUMBER,
    F.OFFENCE,
    F.BIRTH_PLACE,
    F.REMARKS,
)
MAPPING = dict(enumerate(COLUMNS))


def cells(**values: Cell) -> tuple[Cell, ...]:
    """One table row; name and sex default to a valid person."""
    values = {"full_name": "Budi Santoso", "sex": "L", **values}
    return tuple(values.get(field.value) for field in COLUMNS)


def parse(*rows: tuple[Cell, ...], first_row: int = 2) -> ManifestParse:
    numbers = range(first_row, first_row + len(rows))
    return parse_rows(rows, numbers, MAPPING, today=TODAY)


def one(**values: Cell) -> ManifestRow:
    result = parse(cells(**values))
    assert result.problems == ()
    (row,) = result.rows
    return row


def problems(**values: Cell) -> list[tuple[int, RowProblemCode, ManifestField | None, str]]:
    result = parse(cells(**values))
    return [(p.row_number, p.code, p.column, p.value) for p in result.problems]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Bil", F.SEQ_NO),
        ("BIL.", F.SEQ_NO),
        ("No", F.SEQ_NO),
        ("No.", F.SEQ_NO),
        ("Nama", F.FULL_NAME),
        ("NAMA  PENUH", F.FULL_NAME),
        ("Nama Lengkap", F.FULL_NAME),
        ("Nama (seperti dalam pasport)", F.FULL_NAME),
        ("No. Pasport", F.DOCUMENT_NUMBER),
        ("no pasport", F.DOCUMENT_NUMBER),
        ("No. Paspor/SPLP", F.DOCUMENT_NUMBER),
        ("No Paspor", F.DOCUMENT_NUMBER),
        ("No.\nPaspor / SPLP", F.DOCUMENT_NUMBER),
        ("Jantina", F.SEX),
        ("JANTINA (L/P)", F.SEX),
        ("Jenis Kelamin", F.SEX),
        ("L/P", F.SEX),
        ("Tarikh Lahir", F.BIRTH_DATE),
        ("Tanggal Lahir", F.BIRTH_DATE),
        ("Tgl. Lahir", F.BIRTH_DATE),
        ("Tempat/Tgl Lahir", F.BIRTH_DATE),
        ("Tempat Lahir", F.BIRTH_PLACE),
        ("Umur", F.AGE),
        ("UMUR (THN)", F.AGE),
        ("Usia", F.AGE),
        ("Kesalahan", F.OFFENCE),
        ("Pelanggaran", F.OFFENCE),
        ("Depot", F.DEPOT),
        ("Warganegara", F.NATIONALITY),
        ("Warga Negara", F.NATIONALITY),
        ("Alamat", F.ADDRESS),
        ("Alamat Asal di Indonesia", F.ADDRESS),
        ("Catatan", F.REMARKS),
        ("Keterangan", F.REMARKS),
        ("Ket.", F.REMARKS),
    ],
)
def test_headers_are_recognised_whatever_their_case_punctuation_and_spacing(
    header: str, field: ManifestField
) -> None:
    assert recognise_headers([header]) == {0: field}


@pytest.mark.parametrize(
    "header",
    ["", "Nama Ibu", "Nama Majikan", "Tarikh Tamat Pasport", "Jenis Dokumen", "No. HP", "Foto"],
)
def test_other_columns_are_not_taken_for_manifest_fields(header: str) -> None:
    assert recognise_headers([header]) == {}


def test_a_field_goes_to_its_first_column_only() -> None:
    headers = ["No", "Nama", "Nama Lengkap", "Jantina", "Kolom X"]
    assert recognise_headers(headers) == {0: F.SEQ_NO, 1: F.FULL_NAME, 3: F.SEX}


def test_a_header_row_has_a_name_and_another_field_but_a_title_does_not() -> None:
    assert is_header_row(["Bil", "Nama", "No. Pasport", "Jantina"])
    assert is_header_row([None, "NAMA", date(2026, 1, 1), "L/P"])
    assert not is_header_row(["SENARAI NAMA PATI WARGANEGARA INDONESIA", None, None])
    assert not is_header_row(["1", "AHMAD BIN ALI", "C1234567", "L"])


@pytest.mark.parametrize(
    ("written", "exact", "year"),
    [
        ("17/05/1990", date(1990, 5, 17), None),
        ("17.05.1990", date(1990, 5, 17), None),
        ("17-05-1990", date(1990, 5, 17), None),
        ("1990-05-17", date(1990, 5, 17), None),
        ("7/5/1990", date(1990, 5, 7), None),
        (" 17/05/1990 ", date(1990, 5, 17), None),
        ("17 Mei 1990", date(1990, 5, 17), None),
        ("17-Ogos-1990", date(1990, 8, 17), None),
        ("17051990", date(1990, 5, 17), None),
        (date(1990, 5, 17), date(1990, 5, 17), None),  # an Excel date cell
        (datetime(1990, 5, 17, 0, 0), date(1990, 5, 17), None),
        ("00/00/1990", None, 1990),
        ("0/0/1990", None, 1990),
        ("??/??/1990", None, 1990),
        ("XX/XX/1990", None, 1990),
        ("00/05/1990", None, 1990),
        ("1990", None, 1990),
        ("00/00/90", None, 1990),
        ("-", None, None),
        ("", None, None),
        (None, None, None),
        ("?", None, None),
        ("00/00/0000", None, None),
        ("Tidak diketahui", None, None),
    ],
)
def test_birth_dates_in_every_way_the_lists_write_them(
    written: Cell, exact: date | None, year: int | None
) -> None:
    row = one(birth_date=written)
    assert (row.birth_date, row.birth_year) == (exact, year)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("17/05/90", date(1990, 5, 17)),
        ("17/05/08", date(2008, 5, 17)),
        ("01/01/26", date(2026, 1, 1)),  # earlier this year: a baby
        ("01/03/26", date(1926, 3, 1)),  # later this year would be the future
        ("05/02/26", date(2026, 2, 5)),  # born today
    ],
)
def test_two_digit_years_take_the_century_that_keeps_the_date_out_of_the_future(
    written: str, expected: date
) -> None:
    assert one(birth_date=written).birth_date == expected


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("31/02/1990", Code.BAD_DATE),
        ("29/02/1990", Code.BAD_DATE),
        ("31/02/90", Code.BAD_DATE),
        ("17/13/1990", Code.BAD_DATE),
        ("sekitar 1990an", Code.BAD_DATE),
        ("06/02/2026", Code.FUTURE_DATE),
        (date(2030, 1, 1), Code.FUTURE_DATE),
        ("00/00/2027", Code.FUTURE_DATE),
        ("01/01/1900", Code.IMPLAUSIBLE_DATE),
        ("00/00/1852", Code.IMPLAUSIBLE_DATE),
    ],
)
def test_impossible_birth_dates_are_row_problems(written: Cell, code: RowProblemCode) -> None:
    shown = written.isoformat() if isinstance(written, date) else written
    assert problems(birth_date=written) == [(2, code, F.BIRTH_DATE, shown)]


def test_the_oldest_plausible_birth_date_is_accepted() -> None:
    assert one(birth_date="05/02/1916").birth_date == date(1916, 2, 5)  # exactly 110


@pytest.mark.parametrize(
    ("written", "age"),
    [("34", 34), ("34 tahun", 34), ("34 Thn.", 34), ("± 30", 30), ("8 bulan", 0), ("0", 0)],
)
def test_age_column_gives_an_estimate_when_there_is_no_date(written: str, age: int) -> None:
    row = one(birth_date="-", age=written)
    assert (row.birth_date, row.birth_year, row.estimated_age) == (None, None, age)


def test_age_column_is_not_used_when_the_birth_date_or_year_is_known() -> None:
    assert one(birth_date="17/05/1990", age="35").estimated_age is None
    assert one(birth_date="00/00/1990", age="lebih kurang 35").estimated_age is None


@pytest.mark.parametrize("written", ["tiga puluh", "200", "30-40"])
def test_unreadable_age_without_a_date_is_a_problem(written: str) -> None:
    assert problems(age=written) == [(2, Code.BAD_AGE, F.AGE, written)]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("SITI NUR'AINI BINTI AHMAD", "Siti Nur'aini binti Ahmad"),
        ("  AHMAD   FAUZI\tBIN ABDULLAH ", "Ahmad Fauzi bin Abdullah"),
        ("YOHANES ANAK JUBANG", "Yohanes anak Jubang"),
        ("ABDUL RAHMAN B. ISMAIL", "Abdul Rahman b. Ismail"),
        ("SITI AMINAH BT MOHD NOOR", "Siti Aminah bt Mohd Noor"),
        ("MUTHU A/L RAMASAMY", "Muthu a/l Ramasamy"),
        ("NUR-AIN BINTI ISMAIL", "Nur-Ain binti Ismail"),
        ("JUNAIDI", "Junaidi"),
        ("Dewi  lestari", "Dewi lestari"),  # mixed case is kept as written
        ("Muhammad bin Ali", "Muhammad bin Ali"),
    ],
)
def test_names_are_trimmed_and_all_caps_names_put_in_title_case(
    written: str, expected: str
) -> None:
    assert tidy_name(written) == expected
    assert one(full_name=written).full_name == expected


@pytest.mark.parametrize(
    ("written", "sex"),
    [("L", Sex.MALE), ("l", Sex.MALE), ("Lelaki", Sex.MALE), ("Laki-laki", Sex.MALE),
     ("LAKI LAKI", Sex.MALE), ("P", Sex.FEMALE), ("Perempuan", Sex.FEMALE), ("p.", Sex.FEMALE),
     ("Wanita", Sex.FEMALE)],
)  # fmt: skip
def test_sex_in_malay_and_indonesian(written: str, sex: Sex) -> None:
    assert one(sex=written).sex is sex


@pytest.mark.parametrize(
    ("written", "kind", "number"),
    [
        ("C1234567", TravelDocType.PASSPORT, "C1234567"),
        ("x 1234567", TravelDocType.PASSPORT, "X1234567"),
        ("E1234567", TravelDocType.PASSPORT, "E1234567"),
        ("AB123456", TravelDocType.PASSPORT, "AB123456"),
        ("SPLP-KCH-2025-00123", TravelDocType.SPLP, "SPLP-KCH-2025-00123"),
        ("splp 00123", TravelDocType.SPLP, "SPLP 00123"),
        ("0012345", TravelDocType.SPLP, "0012345"),
        ("-", TravelDocType.NONE, None),
        ("", TravelDocType.NONE, None),
        (None, TravelDocType.NONE, None),
        ("Tiada", TravelDocType.NONE, None),
        ("Pasport hilang", TravelDocType.NONE, None),
        ("K-98765-Z", TravelDocType.PASSPORT, "K-98765-Z"),  # unknown shape: kept
    ],
)
def test_document_type_is_inferred_from_the_number(
    written: str | None, kind: TravelDocType, number: str | None
) -> None:
    row = one(document_number=written)
    assert (row.document_type, row.document_number) == (kind, number)


@pytest.mark.parametrize(
    ("offence", "document", "reasons"),
    [
        ("Seksyen 6(1)(c) Akta Imigresen 1959/63", "C1234567", (R.ILLEGAL_ENTRY,)),
        ("Seksyen 6(1)(c)", "-", (R.NO_PASSPORT, R.ILLEGAL_ENTRY)),
        ("SEKSYEN 6 (1) (C)", "-", (R.NO_PASSPORT, R.ILLEGAL_ENTRY)),
        ("Seksyen 15(1)(c)", "C1234567", (R.OVERSTAY,)),
        ("Seksyen 16(1)(c)", "C1234567", (R.OTHER,)),  # not 6(1)(c)
        ("Peraturan 39(b)", "C1234567", (R.NO_WORK_PERMIT,)),
        ("Seksyen 6(1)(c) & 15(1)(c)", "C1234567", (R.OVERSTAY, R.ILLEGAL_ENTRY)),
        ("Overstay", "C1234567", (R.OVERSTAY,)),
        ("Tidak memiliki izin kerja", "C1234567", (R.NO_WORK_PERMIT,)),
        ("Akta Rumah Judi Terbuka 1953", "C1234567", (R.GAMBLING,)),
        ("Perjudian", "C1234567", (R.GAMBLING,)),
        ("Akta Dadah Berbahaya 1952", "C1234567", (R.DRUGS,)),
        ("Narkoba", "C1234567", (R.DRUGS,)),
        ("Kanun Keseksaan 379 (curi)", "C1234567", (R.OTHER_CRIME,)),
        ("Lahir di Malaysia tanpa dokumen", "-", (R.NO_PASSPORT, R.BORN_IN_MALAYSIA_UNDOCUMENTED)),
        ("Kes lain", "C1234567", (R.OTHER,)),
        ("-", "C1234567", ()),
    ],
)
def test_offence_text_maps_to_deportation_reasons(
    offence: str, document: str, reasons: tuple[R, ...]
) -> None:
    row = one(offence=offence, document_number=document)
    assert row.reasons == reasons
    assert row.offence == (None if offence == "-" else offence)


def test_dedup_key_is_the_same_for_one_person_written_differently() -> None:
    def key(name: str, born: Cell, document: str | None = None) -> str:
        return one(full_name=name, birth_date=born, document_number=document).dedup_key()

    first = key("SITI NUR'AINI BINTI AHMAD", "17/05/1990", "C1234567")
    assert key("siti  nuraini bt. ahmad", date(1990, 5, 17), "c 1234567") == first
    assert key("Siti Nur'aini binti Ahmad", "17/05/1991", "C1234567") != first
    assert key("Siti Nur'aini binti Ahmad", "17/05/1990") != first
    assert key("SITI NUR'AINI BINTI AHMAD", "00/00/1990") == key("Siti Nuraini Bt Ahmad", "1990")


def test_people_with_a_common_name_and_only_an_age_are_not_one_person() -> None:
    result = parse(cells(full_name="MUHAMMAD", age="25"), cells(full_name="Muhammad", age="40"))
    assert len(result.rows) == 2 and result.ok


def test_the_same_person_twice_in_one_file_is_a_duplicate_of_the_first_row() -> None:
    result = parse(
        cells(seq_no="1", full_name="AHMAD BIN ALI", birth_date="01/02/1980"),
        cells(seq_no="2", full_name="Rudi", birth_date="01/02/1981"),
        cells(seq_no="3", full_name="Ahmad b. Ali", birth_date=date(1980, 2, 1)),
    )
    assert [row.row_number for row in result.rows] == [2, 3]
    assert result.problems == (RowProblem(4, Code.DUPLICATE_ROW, None, "2"),)
    assert not result.ok


def test_every_problem_of_a_row_is_reported_and_the_row_is_left_out() -> None:
    result = parse(cells(full_name="-", sex="X", birth_date="31/02/1990"), cells(), first_row=7)
    assert [(p.row_number, p.code) for p in result.problems] == [
        (7, Code.MISSING_NAME),
        (7, Code.BAD_SEX),
        (7, Code.BAD_DATE),
    ]
    assert [row.row_number for row in result.rows] == [8]


def test_missing_sex_is_a_problem_with_the_empty_value() -> None:
    assert problems(sex=None) == [(2, Code.BAD_SEX, F.SEX, "")]


def test_rows_holding_only_a_number_are_blank_template_rows() -> None:
    result = parse(cells(), (None,) * 3, ("31", None, None, None, "", "-"))
    assert len(result.rows) == 1 and result.ok


def test_required_fields_must_be_mapped_before_anything_is_parsed() -> None:
    rows = [("1", "Ahmad", "L", "Catatan")]
    result = parse_rows(rows, [2], {0: F.SEQ_NO, 1: F.FULL_NAME}, today=TODAY)
    assert result.missing_required == (F.SEX,)
    assert result.rows == () and not result.ok
    assert result.unmapped_columns == (2, 3)


def test_unmapped_columns_are_those_holding_data() -> None:
    rows = [("Ahmad", "L", None, "x"), ("Budi", "L", "-", None, None)]
    result = parse_rows(rows, [2, 3], {0: F.FULL_NAME, 1: F.SEX}, today=TODAY)
    assert result.unmapped_columns == (3,)
    assert result.ok


def test_two_columns_for_one_field_read_the_first_filled_one() -> None:
    rows = [("", "Ahmad", "L"), ("Budi", "Budiman", "L")]
    mapping = {0: F.FULL_NAME, 1: F.FULL_NAME, 2: F.SEX}
    result = parse_rows(rows, [2, 3], mapping, today=TODAY)
    assert [row.full_name for row in result.rows] == ["Ahmad", "Budi"]


def test_place_and_date_of_birth_in_one_column_are_split() -> None:
    row = one(birth_date="SAMBAS, 17-05-1990")
    assert (row.birth_place, row.birth_date) == ("SAMBAS", date(1990, 5, 17))
    # A separate place column wins over the one in the combined cell.
    row = one(birth_date="Sambas, 17-05-1990", birth_place="Kab. Sambas")
    assert row.birth_place == "Kab. Sambas"


def test_other_text_fields_are_trimmed_and_dashes_mean_nothing() -> None:
    row = one(seq_no=" 12 ", remarks="  Anak   kepada Bil 2 ", birth_place="-")
    assert (row.seq_no, row.remarks, row.birth_place) == ("12", "Anak kepada Bil 2", None)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("SITI NUR'AINI BINTI AHMAD", "Siti Nuraini Bt Ahmad"),
        ("Ahmad  bin Ali", "AHMAD B. ALI"),
        ("Fitriani Bte Saleh", "fitriani binti saleh"),
        ("Muthu A/L Ramasamy", "muthu a/l ramasamy"),
        ("Yohanes anak Jubang", "YOHANES AK JUBANG"),
    ],
)
def test_normalise_name_matches_spellings_of_one_name(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)
    assert normalise_name(a) == normalise_name(a).casefold()


def test_normalise_name_spells_patronymics_one_way() -> None:
    assert normalise_name("ABDUL RAHMAN B. ISMAIL") == "abdul rahman bin ismail"
    assert normalise_name("Siti bte. Saleh") == "siti binti saleh"
    assert normalise_name("  Nur'aini  ") == "nuraini"
