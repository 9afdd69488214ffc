"""The HTTP API: batch upload (POST /api/v1/batches) and the read API for head office."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from intake_app import __version__
from intake_app.headoffice.ingest import IngestError, ingest_batch
from intake_app.headoffice.keys import HeadOfficeIdentity
from intake_app.headoffice.queries import LISTED_KINDS, MAX_PAGE, list_records, post_known, summary

log = logging.getLogger("intake_app.headoffice.api")

# A batch of 100,000 changes is about 15 MB; anything far larger is not a batch we made.
MAX_UPLOAD_BYTES = 512 * 1024 * 1024


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status)


def create_app(
    engine: Engine, identity: HeadOfficeIdentity, *, now: Callable[[], datetime]
) -> FastAPI:
    """The receiver; `now` gives the receipt times (a fixed clock in tests)."""
    app = FastAPI(title="Entikong Intake head office", version=__version__)

    @app.post("/api/v1/batches")
    async def upload_batch(request: Request) -> JSONResponse:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES:
            return _error(413, "too_large", "the upload is larger than any batch")
        try:
            data = await request.body()
        except ClientDisconnect:
            # The post lost its connection mid-upload: nothing was read, nothing is stored.
            log.info("upload broken off by the client")
            return _error(400, "malformed", "the upload ended before the whole batch arrived")
        try:
            # The database and the crypto are blocking: off the event loop.
            result = await run_in_threadpool(ingest_batch, engine, identity, data, now=now())
        except IngestError as error:
            log.warning("batch refused: %s: %s", error.code, error)
            return JSONResponse(error.as_json(), status_code=error.http_status)
        except Exception:
            log.exception("ingest failed")
            return _error(500, "internal", "head office could not store the batch; try again")
        return JSONResponse(result.receipt)

    @app.get("/api/v1/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "key_id": identity.key_id}

    @app.get("/api/v1/summary")
    def read_summary() -> dict[str, Any]:
        return summary(engine)

    def page(what: str) -> Callable[..., Any]:
        def handler(
            code: str,
            offset: int = Query(0, ge=0),
            limit: int = Query(100, ge=1, le=MAX_PAGE),
        ) -> Any:
            if not post_known(engine, code):
                return _error(404, "unknown_post", f"no post {code} is registered")
            return list_records(engine, code, what, offset=offset, limit=limit)

        return handler

    @app.get("/api/v1/reports/period")
    def period_report(
        date_from: Annotated[date, Query(alias="from")],
        date_to: Annotated[date, Query(alias="to")],
        post: str | None = None,
        release: bool = False,
    ) -> Any:
        from intake_app.headoffice.report import headoffice_report, report_json
        from intake_app.services.errors import ErrorCode, ServiceError

        try:
            report = headoffice_report(
                engine, date_from, date_to, post_code=post, for_release=release, now=now()
            )
        except ServiceError as error:
            if error.code == ErrorCode.NOT_FOUND:
                return _error(404, "unknown_post", str(error))
            return _error(400, "invalid_input", str(error))
        return report_json(report, date_from, date_to)

    for what in LISTED_KINDS:
        app.add_api_route(f"/api/v1/posts/{{code}}/{what}", page(what), methods=["GET"])
    return app
