"""Upload one batch file to head office and check its signed receipt (docs/sync-format.md §11)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from intake_app.sync.batch import BatchError, read_envelope
from intake_app.sync.crypto import HeadOfficeKey
from intake_app.sync.receipts import Receipt, ReceiptError, check_receipt_matches, verify_receipt

if TYPE_CHECKING:
    import httpx  # imported when a batch is sent: the window's start does not wait for it

UPLOAD_PATH = "/api/v1/batches"
DEFAULT_TIMEOUT = 60.0  # seconds per phase (connect, each write, each read), not in total
MAX_MESSAGE = 300  # characters of a server's message kept for the officer


class UploadError(Exception):
    """An upload that did not end with a valid receipt. `transient`: worth trying again soon."""

    transient = False

    def __init__(self, code: str, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


class TransientUploadError(UploadError):
    """Network down, timeout, 5xx: the same upload may well work later."""

    transient = True


class PermanentUploadError(UploadError):
    """Head office refused the batch (4xx) or its answer cannot be trusted."""


def upload_url(base_url: str) -> str:
    base = base_url.strip().rstrip("/")
    if not base.lower().startswith(("http://", "https://")):
        raise PermanentUploadError("bad_url", f"not an http(s) address: {base_url!r}")
    return base + UPLOAD_PATH


def upload(
    batch_path: Path,
    base_url: str,
    timeout: float = DEFAULT_TIMEOUT,
    *,
    headoffice_keys: Iterable[HeadOfficeKey],
    transport: httpx.BaseTransport | None = None,
) -> Receipt:
    """POST the file's bytes; return head office's receipt once signature and batch match."""
    url = upload_url(base_url)
    data = Path(batch_path).read_bytes()
    try:
        batch_id = read_envelope(data).batch_id
    except BatchError as error:
        raise PermanentUploadError(str(error.code), f"not a sendable batch file: {error}") from None
    batch_sha256 = hashlib.sha256(data).hexdigest()
    response = _post(url, data, timeout, transport)
    if response.status_code != 200:
        raise _refusal(response)
    try:
        receipt = verify_receipt(response.content, headoffice_keys)
        check_receipt_matches(receipt, batch_id=batch_id, batch_sha256=batch_sha256)
    except ReceiptError as error:
        raise PermanentUploadError(str(error.code), str(error), status=200) from None
    return receipt


def _post(
    url: str, data: bytes, timeout: float, transport: httpx.BaseTransport | None
) -> httpx.Response:
    import httpx

    try:
        with httpx.Client(timeout=timeout, transport=transport, follow_redirects=False) as client:
            return client.post(
                url,
                content=data,
                headers={"Content-Type": "application/octet-stream", "Accept": "application/json"},
            )
    except httpx.TimeoutException as error:
        raise TransientUploadError(
            "timeout", f"head office did not answer in time: {error}"
        ) from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as error:
        raise PermanentUploadError("bad_url", str(error)) from None
    except httpx.TransportError as error:
        kind = type(error).__name__
        raise TransientUploadError(
            "connection_failed", f"cannot reach head office ({kind}): {error}"
        ) from None


def _refusal(response: httpx.Response) -> UploadError:
    status = response.status_code
    code, message = f"http_{status}", response.reason_phrase or "no reason given"
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        body = None
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        code = body["error"][:64]
        if isinstance(body.get("message"), str):
            message = body["message"][:MAX_MESSAGE]
    if status >= 500 or status in (408, 429):
        return TransientUploadError(code, message, status=status)
    return PermanentUploadError(code, message, status=status)
