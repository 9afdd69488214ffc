"""Finding a combo box entry by its data value (UUIDs compare by value, not identity)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox


def index_of(combo: QComboBox, value: Any) -> int:
    """`QComboBox.findData` matches Python objects by identity: a reloaded UUID is not found."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def select_data(combo: QComboBox, value: Any) -> bool:
    index = index_of(combo, value) if value is not None else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0
