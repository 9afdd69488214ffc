"""Reading a manifest file (CSV or XLSX) into a table of cells, before its columns are mapped."""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import Any

from intake_app.domain.manifest import Cell, is_header_row

# Lists from KJRI and the depots often start with a letterhead or a title: look this far down.
HEADER_SEARCH_ROWS = 15
CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
_DELIMITERS = (",", ";", "\t")
_ZIP = b"PK\x03\x04"
# Old binary .xls, and also password-protected .xlsx: openpyxl reads neither.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ManifestFileErrorCode(StrEnum):
    UNSUPPORTED_FORMAT = "unsupported_format"  # not CSV/XLSX (e.g. .xls: save it as .xlsx)
    UNREADABLE = "unreadable"  # cannot be opened or decoded
    NO_HEADER = "no_header"  # no row of known headers near the top: ask which row it is
    EMPTY = "empty"  # no people listed


class ManifestFileError(Exception):
    """A manifest file that cannot be read. `str()` is an English one-liner for CLI and logs."""

    def __init__(self, code: ManifestFileErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class RawTable:
    """The header and the non-empty rows under it, all as wide as the widest of them.

    `source_row_numbers[i]` is the row number of `rows[i]` as the spreadsheet shows it.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    source_row_numbers: tuple[int, ...]


def read_manifest_file(path: Path, *, header_row: int | None = None) -> RawTable:
    """The first sheet (of an XLSX) with a recognisable header, as a table.

    `header_row` (1-based, as the spreadsheet shows it) skips the recognition: for a list whose
    headers we do not know, after the officer pointed at the header row.
    """
    try:
        with path.open("rb") as file:
            data = file.read()
    except OSError as error:
        raise ManifestFileError(ManifestFileErrorCode.UNREADABLE, f"cannot open: {error}") from None
    if data.startswith(_ZIP):
        return _read_xlsx(path, header_row)
    if data.startswith(_OLE) or path.suffix.casefold() not in CSV_SUFFIXES:
        raise ManifestFileError(
            ManifestFileErrorCode.UNSUPPORTED_FORMAT, f"not a CSV or XLSX file: {path.suffix}"
        )
    return _first_table([_csv_rows(data)], header_row)


def _first_table(sheets: Iterable[Iterator[Sequence[object]]], header_row: int | None) -> RawTable:
    failure: ManifestFileError | None = None
    for rows in sheets:
        try:
            return _table(_guarded(rows), header_row)
        except ManifestFileError as error:
            # An empty sheet says less than a sheet without a header: report the latter.
            if failure is None or failure.code is ManifestFileErrorCode.EMPTY:
                failure = error
    raise failure or ManifestFileError(ManifestFileErrorCode.EMPTY, "the file has no sheet")


def _guarded(rows: Iterator[Sequence[object]]) -> Iterator[Sequence[object]]:
    try:
        yield from rows
    except ManifestFileError:
        raise
    except Exception as error:  # XML, zip or csv errors alike: the file is damaged
        raise ManifestFileError(
            ManifestFileErrorCode.UNREADABLE, f"damaged file: {type(error).__name__}"
        ) from None


def _table(rows: Iterator[Sequence[object]], header_row: int | None) -> RawTable:
    numbered = enumerate((tuple(_cell(value) for value in row) for row in rows), start=1)
    header: tuple[Cell, ...] | None = None
    seen_data = False
    for number, cells in numbered:
        if number == header_row or (header_row is None and is_header_row(cells)):
            header = cells
            break
        seen_data = seen_data or any(cell is not None for cell in cells)
        if header_row is None and number >= HEADER_SEARCH_ROWS:
            break
    if header is None:
        if seen_data:
            raise ManifestFileError(ManifestFileErrorCode.NO_HEADER, "no header row found")
        raise ManifestFileError(ManifestFileErrorCode.EMPTY, "the file is empty")
    body = [(number, cells) for number, cells in numbered if any(c is not None for c in cells)]
    if not body:
        raise ManifestFileError(ManifestFileErrorCode.EMPTY, "no rows under the header")
    # Formatting alone can make a sheet report empty columns far to the right: drop them.
    width = max(_used_width(cells) for cells in [header, *(cells for _, cells in body)])
    return RawTable(
        headers=tuple(_header_text(cell) for cell in _fit(header, width)),
        rows=tuple(_fit(cells, width) for _, cells in body),
        source_row_numbers=tuple(number for number, _ in body),
    )


def _used_width(cells: Sequence[Cell]) -> int:
    return max((index + 1 for index, cell in enumerate(cells) if cell is not None), default=0)


def _fit(cells: tuple[Cell, ...], width: int) -> tuple[Cell, ...]:
    return cells[:width] + (None,) * (width - len(cells))


def _header_text(cell: Cell) -> str:
    # Excel headers often wrap ("No.\nPasport"): one line for the mapping dialog.
    text = cell.isoformat() if isinstance(cell, date) else cell or ""
    return " ".join(text.split())


def _cell(value: object) -> Cell:
    """A spreadsheet value as text or a date; None when empty."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # numbers typed in Excel (Bil, Umur) come back as 12.0
    text = str(value).strip()
    return text or None


def _csv_rows(data: bytes) -> Iterator[Sequence[object]]:
    text = _decode(data)
    if "\x00" in text:
        raise ManifestFileError(ManifestFileErrorCode.UNREADABLE, "binary data in a text file")
    try:
        delimiter = _delimiter(text)
    except csv.Error:  # e.g. a field longer than the csv module allows
        raise ManifestFileError(ManifestFileErrorCode.UNREADABLE, "not a valid CSV") from None
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _decode(data: bytes) -> str:
    # Excel's "Unicode Text" is UTF-16 with a BOM; its plain CSV is cp1252 on Windows.
    encodings = ("utf-16",) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ()
    for encoding in (*encodings, "utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ManifestFileError(ManifestFileErrorCode.UNREADABLE, "unknown text encoding")


def _delimiter(text: str) -> str:
    """The delimiter that gives a recognisable header, then the most rows of one width.

    Excel writes ";" where the decimal mark is a comma (Indonesian and Malay settings), and
    addresses are full of commas, so counting commas alone would pick the wrong one.
    """

    def score(delimiter: str) -> tuple[bool, int, int]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        records = list(islice(reader, HEADER_SEARCH_ROWS + 10))
        widths = Counter(len(record) for record in records if len(record) > 1)
        width, count = widths.most_common(1)[0] if widths else (0, 0)
        return any(is_header_row(record) for record in records), count, width

    return max(_DELIMITERS, key=score)


def _read_xlsx(path: Path, header_row: int | None) -> RawTable:
    # Imported here: only an XLSX import needs openpyxl, and it is slow to import.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # data_only: the value Excel last computed for a formula (an age), not the formula.
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise ManifestFileError(
            ManifestFileErrorCode.UNREADABLE, f"cannot open the workbook: {type(error).__name__}"
        ) from None
    try:
        return _first_table((_sheet_rows(sheet) for sheet in workbook.worksheets), header_row)
    finally:
        workbook.close()  # read-only keeps the file open (and locked on Windows) until closed


def _sheet_rows(sheet: Any) -> Iterator[Sequence[object]]:  # a read-only openpyxl worksheet
    # Some exporters write a wrong sheet size, which read-only mode would trust.
    sheet.reset_dimensions()
    return sheet.iter_rows(min_row=1, values_only=True)
