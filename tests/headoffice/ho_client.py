"""A minimal HTTP client for the tests, standing in for the post's push client."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, Any]


def upload(url: str, data: bytes, *, timeout: float = 30) -> Answer:
    """POST a batch the way the post's client does (plain HTTP/1.1, the file as the body)."""
    request = urllib.request.Request(
        f"{url}/batches",
        data=data,
        method="POST",
        headers={"Content-Type": "application/octet-stream"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Answer(response.status, json.loads(response.read()))
    except urllib.error.HTTPError as error:
        return Answer(error.code, json.loads(error.read()))


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())
