"""Period reports and convoy recaps: the breakdowns the agencies publish, counted in SQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import case, select

from intake_app.domain.clock import POST_TIMEZONE, local_date
from intake_app.domain.enums import (
    DeportationReason,
    Sex,
)
from intake_app.domain.report_tables import (
    CountTable,
    StatReport,
    suppress_small_cells,
    unsuppressed,
)
from intake_app.services import report_labels as labels
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.posts import ENTIKONG_POST
from intake_app.services.regions import region_name
from intake_app.services.report_queries import (
    ReportScope,
    ReportSource,
    convoys_arrived,
    flag_counts,
    grouped_counts,
    is_repeat,
    reason_flags,
    totals,
)
from intake_app.storage.database import Database
from intake_app.storage.models import Post

SEXES = (Sex.MALE.value, Sex.FEMALE.value)
SEX_AGE_KEYS = ("adult", "minor")
OVERLAP_NOTE = "Satu orang dapat termasuk lebih dari satu baris; baris tidak dijumlahkan."
REPEAT_NOTE = "Berulang: menyatakan pernah dideportasi, atau tertaut ke data deportasi sebelumnya."
Counts = dict[tuple[str, str], int]
REPORT_SUFFIXES = (".pdf", ".xlsx")


@dataclass(frozen=True)
class PostFacts:
    name: str
    code: str
    letterhead: tuple[str, ...]


def build_report(
    conn: Any,
    scope: ReportScope,
    *,
    for_release: bool,
    now: datetime,
    source: ReportSource | None = None,
    post: PostFacts | None = None,
    convoy_label: str | None = None,
) -> StatReport:
    """Every breakdown of the people in `scope`; `conn` is a Connection or Session."""
    if scope.date_from > scope.date_to:
        raise ServiceError(ErrorCode.INVALID_INPUT, "the start date is after the end date")
    src = source or ReportSource.local()
    tables = _tables(conn, src, scope)
    persons, _ = totals(conn, src, scope)
    facts = post or _post_facts(conn)
    release = suppress_small_cells if for_release else unsuppressed
    return StatReport(
        title=_title(convoy_label),
        period_label=_period_label(scope),
        post_name=facts.name,
        post_code=facts.code,
        letterhead=facts.letterhead,
        generated_label=_moment_label(now),
        for_release=for_release,
        persons=persons,
        convoys=convoys_arrived(conn, src, scope),
        tables=tuple(release(table) for table in tables),
        convoy_label=convoy_label,
    )


def _tables(conn: Any, src: ReportSource, scope: ReportScope) -> list[CountTable]:
    p, c = src.person, src.convoy
    minor = p.c.is_minor.is_(True)
    tables: list[CountTable] = []

    def add(
        key: str,
        title: str,
        counts: Counts,
        keys: Iterable[str],
        names: Callable[[str], str],
        *,
        exclusive: bool = True,
        note: str = "",
    ) -> None:
        tables.append(count_table(key, title, counts, keys, names, exclusive=exclusive, note=note))

    def count(key: Any, where: Any = None) -> Counts:
        return grouped_counts(conn, src, scope, key, where=where)

    def closed(vocabulary: Mapping[str, str], key: Any) -> tuple[Counts, list[str], Any]:
        counts = count(key)
        return counts, _closed_order(vocabulary, counts), _label(vocabulary)

    counts = count(case((minor, "minor"), else_="adult"))
    add(
        "sex_age",
        "Menurut jenis kelamin dan kelompok umur",
        counts,
        SEX_AGE_KEYS,
        _fixed(labels.SEX_AGE),
    )
    counts = count(p.c.province_code)
    add("province", "Menurut provinsi asal", counts, _by_size(counts), _region)
    counts = count(p.c.regency_code)
    add("regency", "Menurut kabupaten/kota asal", counts, _by_size(counts), _region)
    codes = [r.value for r in DeportationReason]
    counts = flag_counts(conn, src, scope, reason_flags(src, codes))
    add("reason", "Menurut alasan deportasi", counts, [*codes, ""], _label(labels.REASON),
        exclusive=False, note=OVERLAP_NOTE)  # fmt: skip
    add("sector", "Menurut sektor pekerjaan di Malaysia", *closed(labels.SECTOR, p.c.sector))
    add("depot", "Menurut depot asal (DTI)", *closed(labels.DEPOT, c.c.depot))
    add("travel_document", "Menurut dokumen perjalanan",
        *closed(labels.TRAVEL_DOCUMENT, p.c.document_type))  # fmt: skip
    add("disposition", "Menurut disposisi (tindak lanjut)",
        *closed(labels.DISPOSITION, p.c.disposition))  # fmt: skip
    add("repeat", "Deportan berulang", count(is_repeat(src)), list(labels.REPEAT),
        _fixed(labels.REPEAT), note=REPEAT_NOTE)  # fmt: skip
    flags = {name: p.c[name].is_(True) for name in labels.VULNERABLE}
    add("vulnerable", "Kelompok rentan", flag_counts(conn, src, scope, flags),
        list(labels.VULNERABLE), _fixed(labels.VULNERABLE), exclusive=False,
        note=OVERLAP_NOTE)  # fmt: skip
    alone = case((p.c.unaccompanied.is_(True), "unaccompanied"), else_="accompanied")
    add("children", "Anak menurut jenis kelamin dan pendampingan", count(alone, minor),
        list(labels.CHILDREN), _fixed(labels.CHILDREN))  # fmt: skip
    birth = case((p.c.needs_birth_registration.is_(True), "needed"), else_="not_needed")
    add("birth_registration", "Anak yang memerlukan pencatatan kelahiran", count(birth, minor),
        list(labels.BIRTH_REGISTRATION), _fixed(labels.BIRTH_REGISTRATION))  # fmt: skip
    return tables


def count_table(
    key: str,
    title: str,
    counts: Counts,
    keys: Iterable[str],
    names: Callable[[str], str],
    *,
    exclusive: bool = True,
    note: str = "",
) -> CountTable:
    """One breakdown: a row per key (in this order, zeros included), columns L and P."""
    keys = list(keys)
    cells = tuple(tuple(int(counts.get((k, s), 0)) for s in SEXES) for k in keys)
    return CountTable(key, title, tuple(names(k) for k in keys), cells, exclusive, note)


def _closed_order(vocabulary: Mapping[str, str], counts: Counts) -> list[str]:
    """Every code of a closed list (zeros too, so sheets line up period after period),
    then stray codes found in the data, "unknown" last when it occurs or is a category."""
    found = {k for k, _ in counts}
    known = [k for k in vocabulary if k]
    stray = sorted(found - set(vocabulary) - {""})
    unknown = [""] if "" in found or "" in vocabulary else []
    return [*known, *stray, *unknown]


def _by_size(counts: Counts) -> list[str]:
    size: dict[str, int] = {}
    for (k, _), n in counts.items():
        size[k] = size.get(k, 0) + n
    return sorted(size, key=lambda k: (k == "", -size[k], k))


def _fixed(vocabulary: Mapping[str, str]) -> Callable[[str], str]:
    return lambda code: vocabulary[code]


def _label(vocabulary: Mapping[str, str]) -> Callable[[str], str]:
    return lambda code: vocabulary.get(code) or (code if code else labels.UNKNOWN)


def _region(code: str) -> str:
    if not code:
        return labels.UNKNOWN
    name = region_name(code)
    return f"{name} ({code})" if name else code


def _title(convoy_label: str | None) -> str:
    if convoy_label is not None:
        return "Rekapitulasi Kedatangan Deportan"
    return "Laporan Statistik Deportan"


def _period_label(scope: ReportScope) -> str:
    if scope.date_from == scope.date_to:
        return f"{labels.long_date(scope.date_from)} (tanggal kedatangan, WIB)"
    return (
        f"{labels.long_date(scope.date_from)} s.d. {labels.long_date(scope.date_to)} "
        "(tanggal kedatangan, WIB)"
    )


def _moment_label(now: datetime) -> str:
    local = now.astimezone(POST_TIMEZONE)
    return f"{labels.long_date(local.date())} {local:%H.%M} WIB"


def _post_facts(conn: Any) -> PostFacts:
    row = conn.execute(select(Post.name, Post.code, Post.letterhead_lines)).first()
    if row is None:  # a fresh folder: the defaults a first convoy would set up
        return PostFacts(
            ENTIKONG_POST.name, ENTIKONG_POST.code, tuple(ENTIKONG_POST.letterhead_lines)
        )
    return PostFacts(row.name, row.code, tuple(row.letterhead_lines))


class ReportService:
    """Builds reports from this post's database and writes them as PDF or XLSX."""

    def __init__(self, db: Database, *, now: Callable[[], datetime]) -> None:
        self._db = db
        self._now = now

    def report(
        self,
        date_from: date,
        date_to: date,
        *,
        convoy_id: uuid.UUID | None = None,
        for_release: bool = False,
    ) -> StatReport:
        with self._db.read() as session:
            label = None
            if convoy_id is not None:
                label = _convoy_label(session, convoy_id)
                date_from = date_to = label[1]
            scope = ReportScope(date_from, date_to, convoy_id)
            return build_report(
                session,
                scope,
                for_release=for_release,
                now=self._now(),
                convoy_label=label[0] if label else None,
            )

    def write(self, report: StatReport, path: Path) -> Path:
        return write_report(report, path)


def write_report(report: StatReport, path: Path) -> Path:
    """Write the report as .pdf or .xlsx (by suffix) through a temporary file, so an
    existing file is replaced whole or not at all."""
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ServiceError(
            ErrorCode.INVALID_INPUT,
            f"unknown report format {suffix or '(none)'}: use .pdf or .xlsx",
        )
    if suffix == ".pdf":
        from intake_app.documents.report_pdf import render_report

        data = render_report(report)
    else:
        from intake_app.services.report_xlsx import workbook_bytes

        data = workbook_bytes(report)
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)  # a full disk must not leave a stray part file
        raise
    return path


def _convoy_label(session: Any, convoy_id: uuid.UUID) -> tuple[str, date]:
    from intake_app.storage.models import Convoy

    convoy = session.get(Convoy, convoy_id)
    if convoy is None:
        raise ServiceError(ErrorCode.NOT_FOUND, f"no convoy with id {convoy_id}")
    arrival = local_date(convoy.arrival_at)
    depot = labels.DEPOT.get(convoy.depot, convoy.depot_other or convoy.depot)
    letter = f", surat KJRI {convoy.kjri_letter_number}" if convoy.kjri_letter_number else ""
    local = convoy.arrival_at.astimezone(POST_TIMEZONE)
    return f"{labels.long_date(arrival)} {local:%H.%M} WIB dari {depot}{letter}", arrival
