"""Validation of decrypted batch content against the published JSON Schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import fastjsonschema

# A copy of docs/batch-content.schema.json shipped as package data (a test keeps the two equal).
SCHEMA_FILE = "batch-content.schema.json"


def published_schema() -> dict[str, Any]:
    text = resources.files("intake_app.headoffice").joinpath(SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@cache
def _validator() -> Callable[[Any], Any]:
    # Compiled to Python once: 100,000 changes validate in about a second, where an
    # interpreting validator takes over ten (DESIGN.md §9 wants 10,000 changes/s in all).
    # The schema only uses keywords whose meaning is the same in draft 7, which
    # fastjsonschema implements, and in 2020-12, which it names; a test checks that both
    # validators agree on real and broken batches.
    schema = {key: value for key, value in published_schema().items() if key != "$schema"}
    return fastjsonschema.compile(schema)


def schema_problem(document: Any) -> str | None:
    """None when the content matches the schema, else the first problem in words."""
    try:
        _validator()(document)
    except fastjsonschema.JsonSchemaValueException as error:
        return error.message[:300]
    return None
