"""The UI language: chosen in the Bahasa menu, remembered in QSettings, installed at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from intake_app.translations import DEFAULT_LANGUAGE, LANGUAGES, find_qm

SETTINGS_KEY = "ui/language"


def language_settings() -> QSettings:
    """Per-user settings of this computer (an .ini in the platform's config folder): the
    language is needed before the login, so it cannot live in the encrypted database."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "EntikongIntake", "ui")


def chosen_language(settings: QSettings) -> str:
    value = str(settings.value(SETTINGS_KEY, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def install_language(
    app: QCoreApplication,
    settings: QSettings | None = None,
    *,
    language: str | None = None,
    cache_dir: Path | None = None,
) -> QTranslator | None:
    """Install the translator for the chosen language and return it.

    None means Indonesian: the source language needs no translator, and a missing .qm
    for English falls back to it (logged by find_qm).
    """
    language = language or chosen_language(settings or language_settings())
    if language == DEFAULT_LANGUAGE:
        return None
    qm = find_qm(language, cache_dir)
    translator = QTranslator(app)  # parented: lives as long as the application
    if qm is None or not translator.load(str(qm)):
        return None
    app.installTranslator(translator)
    return translator


class LanguageMenu(QMenu):
    """Bahasa → Indonesia / English; the choice applies from the next start."""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(self.tr("Ba&hasa"), parent)
        self.setObjectName("languageMenu")
        self._settings = settings or language_settings()
        current = chosen_language(self._settings)
        group = QActionGroup(self)
        names = {"id": self.tr("Bahasa Indonesia"), "en": self.tr("English")}
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(names[code], group, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self.addAction(action)
            self.language_actions[code] = action

    def choose(self, code: str) -> None:
        if code == chosen_language(self._settings):
            return
        self._settings.setValue(SETTINGS_KEY, code)
        self._settings.sync()
        RestartNotice.show_notice(self.parentWidget())


class RestartNotice:
    """Telling the officer the language changes at the next start (tests patch this)."""

    @classmethod
    def show_notice(cls, parent: QWidget | None) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("LanguageMenu", "Bahasa"),
            QCoreApplication.translate(
                "LanguageMenu",
                "Bahasa berganti saat program dibuka lagi. / "
                "The language changes when the program is opened again.",
            ),
        )
