"""The content parse pauses the cyclic garbage collector and always gives it back as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from intake_app.sync.batch_format import _parse


@pytest.fixture
def gc_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    (gc.enable if enabled else gc.disable)()


def test_the_parse_gives_json_loads_result_and_leaves_the_collector_on(gc_restored: None) -> None:
    gc.enable()
    text = '{"changes":[{"a":[1,2.5,"ü",null,true]}],"manifest":{}}'.encode()
    assert _parse(text) == {"changes": [{"a": [1, 2.5, "ü", None, True]}], "manifest": {}}
    assert gc.isenabled()


def test_a_broken_document_still_leaves_the_collector_on(gc_restored: None) -> None:
    gc.enable()
    with pytest.raises(ValueError):
        _parse(b'{"changes": [')
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off(gc_restored: None) -> None:
    gc.disable()
    assert _parse(b"[1]") == [1]
    assert not gc.isenabled()
