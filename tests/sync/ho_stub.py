"""A tiny head-office stand-in on loopback: answers uploads as docs/sync-format.md §11 says.

`mode` picks the behaviour for the next uploads: "ok", "error" (status + JSON error),
"slow" (answers after `delay` s), "drop" (closes the connection mid-upload), "tamper"
(a receipt whose counts were changed after signing), "other_batch" (a genuine receipt
for another batch id).
"""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake_app.sync.batch import read_envelope
from intake_app.sync.receipts import sign_receipt


class HeadOfficeStub:
    def __init__(self, signing_key: Ed25519PrivateKey, key_id: str) -> None:
        self.signing_key = signing_key
        self.key_id = key_id
        self.mode = "ok"
        self.status = 500
        self.error_code = "internal"
        self.delay = 0.0
        self.received: list[bytes] = []  # bodies of uploads answered "ok"
        self.requests = 0
        self.receipts: dict[str, dict[str, Any]] = {}
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def receipt_for(self, data: bytes) -> dict[str, Any]:
        digest = hashlib.sha256(data).hexdigest()
        if digest not in self.receipts:  # the same batch again gets the identical receipt
            envelope = read_envelope(data)
            self.receipts[digest] = sign_receipt(
                {
                    "batch_id": str(envelope.batch_id),
                    "post_code": envelope.post_code,
                    "device_id": envelope.device_id,
                    "seq_from": envelope.seq_from,
                    "seq_to": envelope.seq_to,
                    "batch_sha256": digest,
                    "received_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                    "counts": {
                        "applied": envelope.change_count,
                        "already_held": 0,
                        "conflicts": 0,
                    },
                    "conflicts": [],
                },
                self.signing_key,
                self.key_id,
            )
        return self.receipts[digest]

    def handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:  # quiet test output
                pass

            def _json(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802  (http.server's naming)
                stub.requests += 1
                if self.path != "/api/v1/batches":
                    self._json(404, {"error": "not_found", "message": self.path})
                    return
                length = int(self.headers.get("Content-Length", "0"))
                if stub.mode == "drop":
                    self.rfile.read(min(length, 64))
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                data = self.rfile.read(length)
                if stub.mode == "slow":
                    time.sleep(stub.delay)
                if stub.mode == "error":
                    self._json(stub.status, {"error": stub.error_code, "message": "stub says no"})
                    return
                receipt = dict(stub.receipt_for(data))
                if stub.mode == "tamper":
                    receipt["counts"] = {"applied": 0, "already_held": 0, "conflicts": 0}
                elif stub.mode == "other_batch":
                    receipt = sign_receipt(
                        {**receipt, "batch_id": str(uuid.uuid4())}, stub.signing_key, stub.key_id
                    )
                else:
                    stub.received.append(data)
                self._json(200, receipt)

        return Handler

    @contextmanager
    def running(self) -> Iterator[HeadOfficeStub]:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler())
        self._server.daemon_threads = True
        thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._server.shutdown()
            self._server.server_close()
            thread.join(5)


def free_port_url() -> str:
    """An address on loopback where nothing listens (the port was just free)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
