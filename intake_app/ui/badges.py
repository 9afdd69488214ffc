"""The protection badge (anak, anak tanpa pendamping) shown wherever a person appears."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

# Colour is never the only signal: every badge also has text and an icon.
UNACCOMPANIED_COLOUR = QColor("#F8D7DA")  # red tint
MINOR_COLOUR = QColor("#FFF3CD")  # amber tint


def badge_text(is_minor: bool, unaccompanied: bool) -> str:
    if unaccompanied:
        return QCoreApplication.translate("Badge", "ANAK TANPA PENDAMPING")
    if is_minor:
        return QCoreApplication.translate("Badge", "Anak")
    return ""


def badge_colour(is_minor: bool, unaccompanied: bool) -> QColor | None:
    if unaccompanied:
        return UNACCOMPANIED_COLOUR
    if is_minor:
        return MINOR_COLOUR
    return None


def badge_icon(is_minor: bool, unaccompanied: bool) -> QIcon | None:
    style = QApplication.style()
    if unaccompanied:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    if is_minor:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return None
