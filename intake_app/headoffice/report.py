"""The period report at head office: the post's breakdowns over all posts, or one post.

The figures come from services/reports.py (build_report) over headoffice_source(): the same
queries and the same PDF/XLSX writers as `intake-app report`. Head office adds the posts
counted to the cover and, when there are several, a breakdown by post.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, select

from intake_app.domain.report_tables import (
    SMALL_CELL_LIMIT,
    SUPPRESSED_TEXT,
    StatReport,
    suppress_small_cells,
    unsuppressed,
)
from intake_app.headoffice.models import RegisteredPost
from intake_app.headoffice.queries import CURRENT, NEWEST, RECORDS
from intake_app.headoffice.report_source import scoped_copy
from intake_app.services.errors import ErrorCode, ServiceError
from intake_app.services.report_queries import ReportScope, grouped_counts
from intake_app.services.reports import PostFacts, build_report, count_table

HEADOFFICE_LETTERHEAD = (
    "KEMENTERIAN PELINDUNGAN PEKERJA MIGRAN INDONESIA",
    "Rekapitulasi data pos pelayanan, dari basis data kantor pusat",
)
ALL_POSTS = "Semua pos"


def headoffice_report(
    engine: Engine,
    date_from: date,
    date_to: date,
    *,
    post_code: str | None = None,
    for_release: bool = False,
    now: datetime,
) -> StatReport:
    """The report over every registered post, or over `post_code` alone."""
    if date_from > date_to:
        raise ServiceError(ErrorCode.INVALID_INPUT, "the start date is after the end date")
    with engine.connect() as conn:
        posts = _posts(conn)
        if post_code is not None:
            if post_code not in posts:
                raise ServiceError(ErrorCode.NOT_FOUND, f"no post {post_code} is registered")
            posts = {post_code: posts[post_code]}
        if not posts:
            raise ServiceError(ErrorCode.NOT_FOUND, "no post is registered at head office")
        scope = ReportScope(date_from, date_to)
        with scoped_copy(conn, sorted(posts), scope) as source:
            report = build_report(
                conn, scope, for_release=for_release, now=now, source=source, post=_facts(posts)
            )
            counts = grouped_counts(conn, source, scope, source.person.c.post_code)
    named = {code: f"{facts.name} ({code})" for code, facts in sorted(posts.items())}
    report = replace(report, posts=tuple(named.values()))
    if len(posts) < 2:
        return report
    by_post = count_table("post", "Menurut pos", counts, list(named), named.__getitem__)
    release = suppress_small_cells if for_release else unsuppressed
    return replace(report, tables=(release(by_post), *report.tables))


def _posts(conn: Connection) -> dict[str, PostFacts]:
    """Registered posts, named as their newest "post" record says (else by their code)."""
    codes = conn.execute(select(RegisteredPost.code)).scalars().all()  # type: ignore[call-overload]
    posts = {code: PostFacts(code, code, HEADOFFICE_LETTERHEAD) for code in codes}
    rows = conn.execute(
        select(CURRENT.c.post_code, RECORDS.c.payload)
        .select_from(NEWEST)
        .where(CURRENT.c.kind == "post")
    )
    for code, payload in rows:
        if code in posts:
            lines = tuple(payload.get("letterhead_lines") or HEADOFFICE_LETTERHEAD)
            posts[code] = PostFacts(str(payload.get("name") or code), code, lines)
    return posts


def _facts(posts: dict[str, PostFacts]) -> PostFacts:
    if len(posts) == 1:
        return next(iter(posts.values()))
    return PostFacts(f"{ALL_POSTS} ({len(posts)})", ", ".join(sorted(posts)), HEADOFFICE_LETTERHEAD)


def report_json(report: StatReport, date_from: date, date_to: date) -> dict[str, Any]:
    """The figures of a report as JSON (the read API): hidden figures stay their marker text."""
    tables = []
    for released in report.tables:
        table = released.table
        lines = [list(line) for line in released.grid]
        total = lines.pop() if table.exclusive else None
        tables.append(
            {
                "key": table.key,
                "title": table.title,
                "columns": [*table.columns, "Jumlah"],
                "rows": [
                    {"label": label, "values": line}
                    for label, line in zip(table.row_labels, lines, strict=True)
                ],
                "total": total,
                "rows_add_up": table.exclusive,
                "note": table.note,
            }
        )
    return {
        "from": date_from.isoformat(),
        "to": date_to.isoformat(),
        "post_code": report.post_code,
        "posts": list(report.posts),
        "for_release": report.for_release,
        "persons": _headline(report),
        "convoys": report.convoys,
        "tables": tables,
    }


def _headline(report: StatReport) -> int | str:
    small = 0 < report.persons < SMALL_CELL_LIMIT
    return SUPPRESSED_TEXT if report.for_release and small else report.persons
