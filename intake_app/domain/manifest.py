"""Reading a manifest (the list of names sent ahead of a convoy): headers, cells and rows."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from intake_app.domain.enums import DeportationReason, Sex, TravelDocType
from intake_app.domain.manifest_cells import (
    SEXES,
    Cell,
    RowProblemCode,
    cell_text,
    offence_reasons,
    raw_text,
    read_age,
    read_birth,
    read_document,
    tidy_name,
)
from intake_app.domain.names import name_key


class ManifestField(StrEnum):
    SEQ_NO = "seq_no"
    FULL_NAME = "full_name"
    DOCUMENT_NUMBER = "document_number"
    SEX = "sex"
    BIRTH_DATE = "birth_date"
    BIRTH_PLACE = "birth_place"
    AGE = "age"
    OFFENCE = "offence"
    DEPOT = "depot"
    NATIONALITY = "nationality"
    ADDRESS = "address"
    REMARKS = "remarks"


REQUIRED_FIELDS = (ManifestField.FULL_NAME, ManifestField.SEX)

_F = ManifestField
_ALIASES: dict[str, ManifestField] = {
    **dict.fromkeys(("bil", "bilangan", "no", "nomor", "nombor", "no urut", "bil no"), _F.SEQ_NO),
    **dict.fromkeys(("ttl", "dob"), _F.BIRTH_DATE),
    **dict.fromkeys(("jk", "l p", "sex"), _F.SEX),
    **dict.fromkeys(("asal", "daerah asal", "kampung asal"), _F.ADDRESS),
    **dict.fromkeys(("ket", "ulasan"), _F.REMARKS),
    "warga negara": _F.NATIONALITY,
    "alasan deportasi": _F.OFFENCE,
}
_DATES = "tarikh tanggal tgl tkh date"
# (a word from `need`, a word from `also` if given, no word from `veto`) -> field. The first
# rule that matches wins, so "Nama Depot" is a depot before it is a name. Expiry dates and
# document kinds sit beside the passport number ("Nama (seperti dalam pasport)" is a name), and
# a parent's or employer's name beside the person's own, on some lists.
_RULES = tuple(
    (frozenset(need.split()), frozenset(also.split()), frozenset(veto.split()), field)
    for need, also, veto, field in (
        ("paspor pasport passport splp dokumen document", "",
         f"{_DATES} jenis type tamat expiry berlaku luput nama name", _F.DOCUMENT_NUMBER),
        ("lahir birth", _DATES, "", _F.BIRTH_DATE),
        ("lahir birth", "tempat place", "", _F.BIRTH_PLACE),
        ("umur usia age", "", "", _F.AGE),
        ("jantina kelamin gender", "", "", _F.SEX),
        ("kesalahan pelanggaran offence offense seksyen kes", "", "", _F.OFFENCE),
        ("depot dti", "", "", _F.DEPOT),
        ("warganegara kewarganegaraan nationality", "", "", _F.NATIONALITY),
        ("alamat address", "", "", _F.ADDRESS),
        ("catatan keterangan remarks remark notes", "", "", _F.REMARKS),
        ("nama name", "", "ibu bapa ayah suami isteri istri majikan waris wali penjaga "
         "keluarga employer father mother", _F.FULL_NAME),
    )
)  # fmt: skip


def _words(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def header_field(header: str) -> ManifestField | None:
    """The field a header names ("No. Paspor/SPLP", "TARIKH  LAHIR"), or None if unknown."""
    key = _words(header)
    if key in _ALIASES:
        return _ALIASES[key]
    words = set(key.split())
    for need, also, veto, field in _RULES:
        if words & need and (not also or words & also) and not words & veto:
            return field
    return None


def recognise_headers(headers: Sequence[str]) -> dict[int, ManifestField]:
    """Column index -> field for the headers we know; a field goes to its first column only."""
    found: dict[int, ManifestField] = {}
    for index, header in enumerate(headers):
        field = header_field(header)
        if field is not None and field not in found.values():
            found[index] = field
    return found


def is_header_row(cells: Sequence[Cell]) -> bool:
    """Whether a spreadsheet row looks like the manifest's header (a name and one more field)."""
    fields = set(recognise_headers([c if isinstance(c, str) else "" for c in cells]).values())
    return ManifestField.FULL_NAME in fields and len(fields) >= 2


@dataclass(frozen=True)
class ManifestRow:
    row_number: int
    seq_no: str | None
    full_name: str
    sex: Sex
    birth_date: date | None
    birth_year: int | None  # set when only the year is known ("00/00/1990")
    estimated_age: int | None  # from an age column, kept only when no birth date or year
    document_type: TravelDocType
    document_number: str | None
    birth_place: str | None
    offence: str | None
    reasons: tuple[DeportationReason, ...]
    depot: str | None
    address: str | None
    remarks: str | None
    nationality: str | None = None

    def dedup_key(self) -> str:
        """`name|birth|document`, equal for one person however the list spells them.

        Birth is the ISO date, else the year, else `~age`: without the age two people with a
        common name and no date ("Muhammad", "Nur") would be taken for one.
        """
        age = "" if self.estimated_age is None else f"~{self.estimated_age}"
        born = str(self.birth_date or self.birth_year or age)  # str(date) is ISO
        document = re.sub(r"[^0-9A-Z]", "", (self.document_number or "").upper())
        return f"{normalise_name(self.full_name)}|{born}|{document}"


@dataclass(frozen=True)
class RowProblem:
    row_number: int
    code: RowProblemCode
    column: ManifestField | None
    value: str


@dataclass(frozen=True)
class ManifestParse:
    """Rows that can be imported as they are, and what to fix in the others.

    A row with any problem is left out of `rows`. When a required field is not mapped nothing
    is parsed: the mapping must be completed first.
    """

    rows: tuple[ManifestRow, ...]
    problems: tuple[RowProblem, ...]
    unmapped_columns: tuple[int, ...]  # columns holding data that no field takes
    missing_required: tuple[ManifestField, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.missing_required


def normalise_name(name: str) -> str:
    """The matching form of a name, shared with earlier records (`names.name_key`).

    Casefolded and accent-free; apostrophes and hyphens removed ("Nur'aini" = "Nuraini"), other
    punctuation becomes a space, spaces collapse; "b."/"bn" -> "bin", "bt"/"bte" -> "binti",
    "ak" -> "anak", "a/l" and "a/p" kept as one word.
    """
    return name_key(name)


def _parse_row(
    number: int, values: Mapping[ManifestField, Cell], today: date
) -> tuple[ManifestRow | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def problem(code: RowProblemCode, field: ManifestField) -> None:
        problems.append(RowProblem(number, code, field, raw_text(values.get(field))))

    name = tidy_name(cell_text(values.get(_F.FULL_NAME)) or "")
    if not name:
        problem(RowProblemCode.MISSING_NAME, _F.FULL_NAME)
    sex = SEXES.get(re.sub(r"[^a-z]", "", raw_text(values.get(_F.SEX)).casefold()))
    if sex is None:
        problem(RowProblemCode.BAD_SEX, _F.SEX)
    birth_cell, place = values.get(_F.BIRTH_DATE), cell_text(values.get(_F.BIRTH_PLACE))
    if isinstance(birth_cell, str) and "," in birth_cell:
        # "Tempat/Tgl Lahir" in one column: "Sambas, 17-05-1990".
        head, _, tail = birth_cell.rpartition(",")
        if any(ch.isdigit() for ch in tail):
            birth_cell, place = tail, place or cell_text(head)
    birth = read_birth(birth_cell, today)
    if birth.problem is not None:
        problem(birth.problem, _F.BIRTH_DATE)
    estimated_age = None
    age_text = cell_text(values.get(_F.AGE))
    if age_text and birth.exact is None and birth.year is None:
        try:
            estimated_age = read_age(age_text)
        except ValueError:
            problem(RowProblemCode.BAD_AGE, _F.AGE)
    if problems or sex is None:
        return None, problems
    document_type, document_number = read_document(cell_text(values.get(_F.DOCUMENT_NUMBER)))
    offence = cell_text(values.get(_F.OFFENCE))
    row = ManifestRow(
        row_number=number,
        seq_no=cell_text(values.get(_F.SEQ_NO)),
        full_name=name,
        sex=sex,
        birth_date=birth.exact,
        birth_year=birth.year,
        estimated_age=estimated_age,
        document_type=document_type,
        document_number=document_number,
        birth_place=place,
        offence=offence,
        reasons=offence_reasons(offence, document_type),
        depot=cell_text(values.get(_F.DEPOT)),
        address=cell_text(values.get(_F.ADDRESS)),
        remarks=cell_text(values.get(_F.REMARKS)),
        nationality=cell_text(values.get(_F.NATIONALITY)),
    )
    return row, []


def parse_rows(
    table_rows: Sequence[Sequence[Cell]],
    row_numbers: Sequence[int],
    mapping: Mapping[int, ManifestField],
    *,
    today: date,
) -> ManifestParse:
    """Rows of a manifest as officers see them, read with the confirmed column mapping.

    Two columns mapped to one field: the first non-empty one is read. Rows whose mapped cells
    are empty except the number (a numbered template left blank) are skipped silently.
    """
    # A mapping that went through a GUI may carry plain strings; compare enum members only.
    mapping = {index: ManifestField(field) for index, field in mapping.items()}
    width = max((len(cells) for cells in table_rows), default=0)
    unmapped = tuple(
        index
        for index in range(width)
        if index not in mapping and any(cell_text(_cell(cells, index)) for cells in table_rows)
    )
    missing = tuple(field for field in REQUIRED_FIELDS if field not in mapping.values())
    if missing:
        return ManifestParse((), (), unmapped, missing)
    rows: list[ManifestRow] = []
    problems: list[RowProblem] = []
    first_seen: dict[str, int] = {}
    for cells, number in zip(table_rows, row_numbers, strict=True):
        values: dict[ManifestField, Cell] = {}
        for index, field in sorted(mapping.items()):
            if cell_text(values.get(field)) is None:
                values[field] = _cell(cells, index)
        if all(cell_text(value) is None for f, value in values.items() if f is not _F.SEQ_NO):
            continue
        row, row_problems = _parse_row(number, values, today)
        problems.extend(row_problems)
        if row is None:
            continue
        key = row.dedup_key()
        if key in first_seen:
            problems.append(
                RowProblem(number, RowProblemCode.DUPLICATE_ROW, None, str(first_seen[key]))
            )
            continue
        first_seen[key] = number
        rows.append(row)
    return ManifestParse(tuple(rows), tuple(problems), unmapped, ())


def _cell(cells: Sequence[Cell], index: int) -> Cell:
    return cells[index] if index < len(cells) else None
