"""The statistical report as an XLSX workbook: a cover sheet, then one sheet per breakdown.

Figures are numbers in the cells (head-office staff sum and chart them in Excel); only in
release mode does a hidden figure become the text "<3".
"""

from __future__ import annotations

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from intake_app.domain.report_tables import (
    MASKED_TEXT,
    SMALL_CELL_LIMIT,
    SUPPRESSED_TEXT,
    ReleasedTable,
    StatReport,
)

COVER_SHEET = "Keterangan"
HEADER = ("Uraian", "L", "P", "Jumlah")
SUPPRESSION_RULE = (
    f"Angka 1 sampai {SMALL_CELL_LIMIT - 1} ditulis \u201c{SUPPRESSED_TEXT}\u201d. Bila pada satu "
    "baris atau kolom hanya satu angka tersamar, satu angka lain (yang terkecil) ikut "
    f"disamarkan dan ditulis \u201c{MASKED_TEXT}\u201d agar angka kecil tidak dapat dihitung "
    "dari jumlahnya. Jumlah per jenis kelamin dan "
    "jumlah keseluruhan sama di setiap tabel dan hanya disamarkan bila bernilai 1 atau 2. "
    "Aturan berlaku per tabel; menggabungkan dua tabel berbeda tidak dicegah."
)
INTERNAL_RULE = "Tidak ada penyamaran: dokumen internal, tidak untuk disebarluaskan."
_BOLD = Font(bold=True)
_FILL = PatternFill("solid", fgColor="DDDDDD")


def workbook_bytes(report: StatReport) -> bytes:
    book = Workbook()
    _cover(book.active, report)
    for number, released in enumerate(report.tables, start=1):
        _breakdown(book.create_sheet(sheet_name(number, released)), released)
    book.active = 0
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


SHEET_NAMES = {
    "post": "Pos",
    "sex_age": "Jenis kelamin & umur",
    "province": "Provinsi asal",
    "regency": "Kabupaten-kota asal",
    "reason": "Alasan deportasi",
    "sector": "Sektor pekerjaan",
    "depot": "Depot asal",
    "travel_document": "Dokumen perjalanan",
    "disposition": "Disposisi",
    "repeat": "Deportan berulang",
    "vulnerable": "Kelompok rentan",
    "children": "Anak & pendampingan",
    "birth_registration": "Anak - pencatatan lahir",
}


def sheet_name(number: int, released: ReleasedTable) -> str:
    """ "01 Provinsi asal": numbered like the PDF's sections, within Excel's 31 characters."""
    key = released.table.key
    return f"{number:02d} {SHEET_NAMES.get(key, key)}"[:31]


def _cover(sheet: Worksheet, report: StatReport) -> None:
    sheet.title = COVER_SHEET
    rows: list[tuple[str, object]] = [
        ("Judul", report.title),
        ("Pos", report.post_name),
        ("Kode pos", report.post_code),
    ]
    if report.posts:  # head office: the posts counted
        rows.append(("Pos tercakup", "; ".join(report.posts)))
    rows.append(("Periode", report.period_label))
    if report.convoy_label:
        rows.append(("Kedatangan", report.convoy_label))
    shown_persons: object = report.persons
    if report.for_release and 0 < report.persons < SMALL_CELL_LIMIT:
        shown_persons = SUPPRESSED_TEXT
    rows += [
        ("Jumlah kedatangan", report.convoys),
        ("Jumlah deportan", shown_persons),
        ("Dibuat pada", report.generated_label),
        ("Untuk rilis", "Ya" if report.for_release else "Tidak (internal)"),
        ("Penyamaran angka kecil", SUPPRESSION_RULE if report.for_release else INTERNAL_RULE),
        ("Anak", "Anak: di bawah 18 tahun pada tanggal kedatangan (UU 35/2014)."),
    ]
    for label, value in rows:
        sheet.append([label, value])
        sheet.cell(sheet.max_row, 1).font = _BOLD
        sheet.cell(sheet.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 90


def _breakdown(sheet: Worksheet, released: ReleasedTable) -> None:
    table = released.table
    sheet.append([table.title])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append(list(HEADER))
    for cell in sheet[2]:
        cell.font = _BOLD
        cell.fill = _FILL
    labels = list(table.row_labels) + (["Jumlah"] if table.exclusive else [])
    for label, line in zip(labels, released.grid, strict=True):
        sheet.append([label, *line])
        for cell in sheet[sheet.max_row][1:]:
            cell.alignment = Alignment(horizontal="right")
    if table.exclusive:
        for cell in sheet[sheet.max_row]:
            cell.font = _BOLD
    if table.note:
        sheet.append([])
        sheet.append([table.note])
    sheet.column_dimensions["A"].width = 48
    for column in range(2, 5):
        sheet.column_dimensions[get_column_letter(column)].width = 10
    sheet.freeze_panes = "B3"
