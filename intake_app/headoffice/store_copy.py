"""PostgreSQL's fast path for a batch's records: COPY into a staging table, one statement on."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from typing import Any

from sqlalchemy import Connection, text

Key = tuple[str, str, int]  # kind, record id, version

# Records copied and moved at a time: while the server moves one chunk, Python builds the
# next (canonical JSON and hashes), so the two cores work at once instead of in turn.
MOVE_CHUNK = 20_000

_STAGING = (
    "CREATE TEMPORARY TABLE ho_incoming ("
    " kind varchar(32), record_id varchar(36), version integer, payload json,"
    " payload_sha256 varchar(64), change_id varchar(36), seq bigint"
    ") ON COMMIT DROP"
)
_COPY = (
    "COPY ho_incoming (kind, record_id, version, payload, payload_sha256, change_id, seq)"
    " FROM STDIN"
)
# One statement: move the new versions into ho_record, point ho_current at the newest
# version of each record moved (an older one arriving late changes nothing), and return
# the keys not moved (held already): usually none, where returning the keys moved had the
# mover thread take the GIL for every row. The staging table holds each version once
# (copy_records keeps the first copy in seq order, as one by one would), so no ORDER BY:
# sorting 100,000 payloads spilled to disk and took a tenth of the statement.
_MOVE = text(
    "WITH moved AS ("
    " INSERT INTO ho_record (post_code, kind, record_id, version, payload, payload_sha256,"
    " change_id, device_id, seq, batch_id)"
    " SELECT :post, kind, record_id, version, payload, payload_sha256, change_id, :device,"
    " seq, :batch FROM ho_incoming"
    " ON CONFLICT (post_code, kind, record_id, version) DO NOTHING"
    " RETURNING kind, record_id, version"
    "), current AS ("
    " INSERT INTO ho_current (post_code, kind, record_id, version)"
    " SELECT DISTINCT ON (kind, record_id) :post, kind, record_id, version"
    " FROM moved ORDER BY kind, record_id, version DESC"
    " ON CONFLICT (post_code, kind, record_id) DO UPDATE"
    " SET version = excluded.version"
    " WHERE ho_current.version < excluded.version"
    ") SELECT kind, record_id, version FROM ho_incoming"
    " EXCEPT SELECT kind, record_id, version FROM moved"
)


def copy_records(
    conn: Connection,
    rows: Iterable[dict[str, Any]],
    *,
    post: str,
    device_id: str,
    batch_id: str,
    meanwhile: Callable[[], None] = lambda: None,
) -> set[Key]:
    """Insert the versions not held yet and advance ho_current, in the caller's transaction.

    Returns the keys inserted. `rows` is consumed a chunk at a time (a generator's work
    overlaps the server's); `meanwhile` runs while the server stores the last chunk, and
    what it raises is raised once the server is done (the caller's transaction rolls back).

    A multi-row INSERT of 100,000 JSON payloads spends most of its time building and parsing
    SQL text; COPY streams them (DESIGN.md §9: at least 10,000 changes/s).
    """
    conn.exec_driver_sql(_STAGING)
    params = {"post": post, "device": device_id, "batch": batch_id}
    staged: set[Key] = set()
    held: set[Key] = set()
    # One connection, used by one thread at a time: the mover runs a chunk's statement
    # while this thread takes the next chunk from `rows`; it copies only once that is done.
    with ThreadPoolExecutor(1, thread_name_prefix="ho-move") as mover:
        moving: Future[set[Key]] | None = None
        for chunk in _chunks(rows, MOVE_CHUNK):
            fresh = []
            for row in chunk:
                key = (row["kind"], row["record_id"], row["version"])
                if key not in staged:  # a later copy in the batch is left out, as before
                    staged.add(key)
                    fresh.append(row)
            if moving is not None:
                held |= moving.result()
                conn.exec_driver_sql("TRUNCATE ho_incoming")
            _copy(conn, fresh)
            moving = mover.submit(_move, conn, params)
        meanwhile()
        if moving is not None:
            held |= moving.result()
    return staged - held


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _copy(conn: Connection, rows: list[dict[str, Any]]) -> None:
    driver = conn.connection.driver_connection  # the psycopg connection, same transaction
    assert driver is not None
    with driver.cursor() as cursor, cursor.copy(_COPY) as copy:
        for row in rows:
            copy.write_row(
                (
                    row["kind"],
                    row["record_id"],
                    row["version"],
                    row["payload_json"],
                    row["payload_sha256"],
                    row["change_id"],
                    row["seq"],
                )
            )


def _move(conn: Connection, params: dict[str, str]) -> set[Key]:
    result = conn.execute(_MOVE, params)
    return {(kind, record_id, version) for kind, record_id, version in result}
