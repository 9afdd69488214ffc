"""Reading manifest files as they arrive: CSV from any Excel, XLSX, title rows, bad files."""

from __future__ import annotations

import importlib.util
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from intake_app.domain.enums import DeportationReason as R
from intake_app.domain.enums import Sex, TravelDocType
from intake_app.domain.manifest import (
    ManifestField,
    ManifestParse,
    RowProblemCode,
    parse_rows,
    recognise_headers,
)
from intake_app.paths import resource
from intake_app.services.manifest_files import (
    ManifestFileError,
    ManifestFileErrorCode,
    RawTable,
    read_manifest_file,
)

TODAY = date(2026, 2, 5)
SAMPLES = resource("samples")
Code = ManifestFileErrorCode


def parse(table: RawTable) -> ManifestParse:
    mapping = recognise_headers(table.headers)
    return parse_rows(table.rows, table.source_row_numbers, mapping, today=TODAY)


def write(tmp_path: Path, name: str, content: bytes | str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def workbook(tmp_path: Path, *sheets: list[list[object]], name: str = "list.xlsx") -> Path:
    book = Workbook()
    book.remove(book.active)
    for index, rows in enumerate(sheets):
        sheet = book.create_sheet(f"Sheet{index + 1}")
        for row in rows:
            sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_semuja_sample_skips_its_title_and_keeps_spreadsheet_row_numbers() -> None:
    table = read_manifest_file(SAMPLES / "manifest_semuja_malay.csv")
    assert table.headers[:5] == ("Bil", "Nama", "No. Pasport", "Jantina", "Tarikh Lahir")
    # Header on row 4; row 17 is empty; row 32 is the "Disediakan oleh" footer.
    assert table.source_row_numbers == (*range(5, 17), *range(18, 31), 32)
    result = parse(table)
    assert result.ok and result.unmapped_columns == ()
    assert len(result.rows) == 25
    assert [row.seq_no for row in result.rows] == [str(n) for n in range(1, 26)]
    by_seq = {row.seq_no: row for row in result.rows}

    mother = by_seq["2"]
    assert mother.full_name == "Siti Nur'aini binti Ahmad"
    assert (mother.birth_date, mother.birth_year, mother.estimated_age) == (None, 1990, None)
    assert mother.document_type is TravelDocType.NONE
    assert mother.reasons == (R.NO_PASSPORT, R.ILLEGAL_ENTRY)
    children = [by_seq["3"], by_seq["4"]]
    assert [child.birth_date for child in children] == [date(2019, 7, 4), date(2022, 11, 15)]
    assert all(child.remarks == "Anak kepada Bil 2" for child in children)
    alone = by_seq["16"]
    assert (alone.birth_date, alone.remarks) == (date(2010, 10, 10), "Bawah umur, tiada penjaga")
    assert by_seq["7"].full_name == "Yohanes anak Jubang"
    assert by_seq["9"].estimated_age == 45
    assert by_seq["10"].birth_date == date(1995, 4, 3)  # "03/04/95"
    assert by_seq["13"].reasons == (R.GAMBLING,)
    assert by_seq["18"].reasons == (R.DRUGS,)
    assert Counter(row.document_type for row in result.rows) == {
        TravelDocType.PASSPORT: 14,
        TravelDocType.SPLP: 3,
        TravelDocType.NONE: 8,
    }
    assert Counter(row.sex for row in result.rows) == {Sex.MALE: 16, Sex.FEMALE: 9}


def test_bekenu_sample_is_read_from_its_list_sheet_with_excel_date_cells() -> None:
    table = read_manifest_file(SAMPLES / "manifest_bekenu_indonesian.xlsx")
    assert table.headers[2] == "No. Paspor/ SPLP"  # wrapped in its cell
    assert table.source_row_numbers == (*range(5, 15), *range(16, 21))
    assert isinstance(table.rows[0][5], date) and table.rows[0][0] == "1"
    assert table.rows[0][6] == "32"  # a number cell, as text
    result = parse(table)
    assert result.ok and len(result.rows) == 15
    first, yusuf, daeng = result.rows[0], result.rows[2], result.rows[4]
    assert (first.full_name, first.sex, first.birth_place) == (
        "Sahrul Ramadhan",
        Sex.MALE,
        "Sambas",
    )
    assert first.birth_date == date(1994, 1, 12)
    assert (yusuf.full_name, yusuf.birth_year) == ("Yusuf bin Hamzah", 1985)
    assert daeng.birth_date == date(1990, 5, 17)
    assert result.rows[7].reasons == (R.NO_PASSPORT, R.BORN_IN_MALAYSIA_UNDOCUMENTED)
    assert result.rows[-1].reasons == (R.NO_WORK_PERMIT, R.OVERSTAY)
    assert Counter(row.sex for row in result.rows) == {Sex.MALE: 9, Sex.FEMALE: 6}


def test_bad_rows_sample_reports_exactly_its_bad_rows_by_spreadsheet_row() -> None:
    result = parse(read_manifest_file(SAMPLES / "manifest_bad_rows.csv"))
    assert [(p.row_number, p.code, p.value) for p in result.problems] == [
        (4, RowProblemCode.MISSING_NAME, ""),
        (6, RowProblemCode.BAD_SEX, "X"),
        (8, RowProblemCode.BAD_DATE, "31/02/1990"),
    ]
    assert [row.row_number for row in result.rows] == [2, 3, 5, 9]


def test_the_script_regenerates_the_bekenu_sample(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = read_manifest_file(module.build(tmp_path / "fresh.xlsx"))
    assert fresh == read_manifest_file(SAMPLES / "manifest_bekenu_indonesian.xlsx")


HEADER = ["Bil", "Nama", "Jantina", "Alamat"]
PEOPLE = [["1", "Ahmad", "L", "Dusun Sajingan, Kab. Sambas"], ["2", "Sri", "P", "Ponorogo"]]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiter_is_found_even_with_commas_in_addresses(
    tmp_path: Path, delimiter: str
) -> None:
    lines = [delimiter.join(f'"{cell}"' if "," in cell else cell for cell in row) for row in
             [HEADER, *PEOPLE]]  # fmt: skip
    table = read_manifest_file(write(tmp_path, "list.csv", "\r\n".join(lines) + "\r\n"))
    assert table.headers == tuple(HEADER)
    assert table.rows == tuple(tuple(row) for row in PEOPLE)
    assert table.source_row_numbers == (2, 3)


def test_csv_from_a_windows_excel_falls_back_to_cp1252(tmp_path: Path) -> None:
    text = "Nama;Jantina\r\nSITI NUR\u2019AINI;P\r\n"
    table = read_manifest_file(write(tmp_path, "list.csv", text, "cp1252"))
    assert table.rows == (("SITI NUR\u2019AINI", "P"),)


def test_csv_with_a_utf8_bom_and_utf16_unicode_text_are_read(tmp_path: Path) -> None:
    text = "Nama,Jantina\nNur'aini,P\n"
    assert read_manifest_file(write(tmp_path, "a.csv", text, "utf-8-sig")).headers[0] == "Nama"
    utf16 = "Nama\tJantina\r\nNur'aini\tP\r\n"
    table = read_manifest_file(write(tmp_path, "b.txt", utf16, "utf-16"))
    assert table.rows == (("Nur'aini", "P"),)


def test_a_quoted_line_break_stays_in_one_spreadsheet_row(tmp_path: Path) -> None:
    text = 'Nama,Jantina,Catatan\nAhmad,L,"baris satu\nbaris dua"\nBudi,L,\n'
    table = read_manifest_file(write(tmp_path, "list.csv", text))
    assert table.source_row_numbers == (2, 3)
    assert table.rows[1] == ("Budi", "L", None)


def test_rows_are_padded_to_the_widest_and_empty_rows_keep_their_number(tmp_path: Path) -> None:
    text = "Judul senarai\n\nNama,Jantina\nAhmad\n,,,\nBudi,L,lebih\n"
    table = read_manifest_file(write(tmp_path, "list.csv", text))
    assert table.headers == ("Nama", "Jantina", "")
    assert table.rows == (("Ahmad", None, None), ("Budi", "L", "lebih"))
    assert table.source_row_numbers == (4, 6)


def test_xlsx_cells_become_text_or_dates(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [
            ["Bil", "Nama", "Jantina", "Tarikh Lahir", "Umur", None, None],
            [1, " AHMAD ", "L", datetime(1990, 5, 17), 34.0, None, None],
            [],
            [2.0, "Budi", "L", "00/00/1985", 40.5],
        ],
    )
    table = read_manifest_file(path)
    assert table.headers == ("Bil", "Nama", "Jantina", "Tarikh Lahir", "Umur")
    assert table.rows == (
        ("1", "AHMAD", "L", date(1990, 5, 17), "34"),
        ("2", "Budi", "L", "00/00/1985", "40.5"),
    )
    assert table.source_row_numbers == (2, 4)


def test_xlsx_uses_the_first_sheet_with_a_header(tmp_path: Path) -> None:
    path = workbook(
        tmp_path,
        [],
        [["Jumlah", 2]],
        [["Nama", "Jantina"], ["Ahmad", "L"]],
        [["Nama", "Jantina"], ["Other", "P"]],
    )
    assert read_manifest_file(path).rows == (("Ahmad", "L"),)


def test_a_header_far_down_is_found_when_the_officer_names_its_row(tmp_path: Path) -> None:
    text = "\n".join(["Surat KJRI Kuching"] * 20 + ["Nama,Jantina", "Ahmad,L"]) + "\n"
    path = write(tmp_path, "list.csv", text)
    with pytest.raises(ManifestFileError) as caught:
        read_manifest_file(path)
    assert caught.value.code is Code.NO_HEADER
    table = read_manifest_file(path, header_row=21)
    assert (table.rows, table.source_row_numbers) == ((("Ahmad", "L"),), (22,))


def test_unknown_headers_can_be_taken_from_a_named_row(tmp_path: Path) -> None:
    path = workbook(tmp_path, [["Penumpang", "Kategori"], ["Ahmad", "Lelaki"]])
    with pytest.raises(ManifestFileError) as caught:
        read_manifest_file(path)
    assert caught.value.code is Code.NO_HEADER
    table = read_manifest_file(path, header_row=1)
    assert table.headers == ("Penumpang", "Kategori")
    assert recognise_headers(table.headers) == {}
    mapping = {0: ManifestField.FULL_NAME, 1: ManifestField.SEX}
    result = parse_rows(table.rows, table.source_row_numbers, mapping, today=TODAY)
    assert [(row.full_name, row.sex) for row in result.rows] == [("Ahmad", Sex.MALE)]


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("list.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, Code.UNSUPPORTED_FORMAT),
        ("list.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, Code.UNSUPPORTED_FORMAT),
        ("list.pdf", b"%PDF-1.7\n", Code.UNSUPPORTED_FORMAT),
        ("list.xlsx", b"PK\x03\x04 not really a zip", Code.UNREADABLE),
        ("list.csv", b"Nama,Jantina\n\x81\x8d\x8f,L\n", Code.UNREADABLE),
        ("list.csv", b"Nama\x00,Jantina\n", Code.UNREADABLE),
        ("list.csv", b'Nama,Jantina\n"' + b"x" * 200_000 + b'",L\n', Code.UNREADABLE),
        ("list.csv", b"", Code.EMPTY),
        ("list.csv", b",,,\n\n ,\t,\n", Code.EMPTY),
        ("list.csv", b"Bil,Nama,Jantina\n,,\n", Code.EMPTY),
        ("list.csv", b"Bil,Penumpang,Kategori\n1,Ahmad,M\n", Code.NO_HEADER),
    ],
)
def test_bad_files_raise_a_code(tmp_path: Path, name: str, content: bytes, code: Code) -> None:
    with pytest.raises(ManifestFileError) as caught:
        read_manifest_file(write(tmp_path, name, content))
    assert caught.value.code is code


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(ManifestFileError) as caught:
        read_manifest_file(tmp_path / "gone.csv")
    assert caught.value.code is Code.UNREADABLE


def test_an_empty_workbook_is_empty(tmp_path: Path) -> None:
    with pytest.raises(ManifestFileError) as caught:
        read_manifest_file(workbook(tmp_path, [], []))
    assert caught.value.code is Code.EMPTY
