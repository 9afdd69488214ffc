"""UI languages: the .ts files are complete, every visible string is translated, and the
language chosen in the Bahasa menu is remembered and installed at the next start."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
    QWizard,
)

from intake_app.translations import build_qm, ts_file
from intake_app.ui import language
from intake_app.ui.language import LanguageMenu, RestartNotice, chosen_language, install_language


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files built by pyside6-lrelease, as build.spec does for the bundle."""
    folder = tmp_path_factory.mktemp("i18n")
    build_qm(folder)
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _messages(language_code: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_file(language_code)).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = [form.text or "" for form in node.iter("numerusform")]
    return forms or [node.text or ""]


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&|nbsp;)", text.replace("&&", "")))


@pytest.mark.parametrize("language_code", ["en", "id"])
def test_every_string_is_translated_with_its_placeholders(language_code: str) -> None:
    messages = _messages(language_code)
    assert len(messages) > 500  # the whole UI, not a stub
    for context, message in messages:
        source = message.findtext("source") or ""
        where = f"{language_code} {context}: {source!r}"
        assert message.find("translation").get("type") is None, f"unfinished: {where}"  # type: ignore[union-attr]
        for text in _translations(message):
            assert text.strip(), f"empty: {where}"
            assert sorted(re.findall(r"%[0-9n]", text)) == sorted(re.findall(r"%[0-9n]", source)), (
                f"placeholders differ: {where} -> {text!r}"
            )
            assert _accelerators(text) == _accelerators(source), f"accelerator: {where}"
        if message.get("numerus") == "yes" and language_code == "en":
            assert len(_translations(message)) == 2, f"English needs one and many: {where}"


# -- the widgets, built once in Indonesian and once in English --------------------------


def _texts(root: QWidget) -> list[str]:
    """What an officer can read: titles, labels, buttons, items, headers, placeholders,
    tooltips, menu entries. Field contents (QLineEdit.text) are data, not UI text."""
    found = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            found.append(widget.specialValueText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            found += [widget.title(), *(action.text() for action in widget.actions())]
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            columns = range(model.columnCount(QModelIndex()))
            found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        if isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                page = widget.page(page_id)
                found += [page.title(), page.subTitle(), *_texts(page)]
        found.append(widget.toolTip())
    return [text for text in found if text]


def _tiny_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "BAST")
    canvas.save()
    return buffer.getvalue()


def _screens(services) -> dict[str, Callable[[], QWidget]]:  # type: ignore[no-untyped-def]
    """Every window and dialog, built from the demo post."""
    from intake_app.paths import resource
    from intake_app.services.accounts import list_officers
    from intake_app.services.manifest_import import ManifestImporter
    from intake_app.ui.account_forms import NewOfficerDialog, OwnPasswordDialog, ResetPasswordDialog
    from intake_app.ui.accounts_dialog import AccountsDialog
    from intake_app.ui.convoy_dialog import ConvoyDialog
    from intake_app.ui.handover_dialog import HandoverDialog
    from intake_app.ui.import_dialog import ImportDialog
    from intake_app.ui.login_dialog import LoginDialog
    from intake_app.ui.main_window import MainWindow
    from intake_app.ui.pdf_preview import PdfPreviewDialog
    from intake_app.ui.registration_dialog import RegistrationDialog
    from intake_app.ui.setup_wizard import SetupWizard
    from intake_app.ui.supervisor_gate import SupervisorAction, SupervisorDialog
    from intake_app.ui.void_dialog import VoidDialog

    convoy = services.convoys.overview()[0]
    officer = services.handovers.officers()[0].id
    importer = ManifestImporter(services.db, now=services.now)

    return {
        "main window": lambda: MainWindow(services),
        "registration": lambda: RegistrationDialog(services, convoy.id, officer_id=officer),
        "convoy": lambda: ConvoyDialog(None, services.now()),
        "import": lambda: ImportDialog(
            importer, convoy.id, resource("samples", "manifest_bad_rows.csv")
        ),
        "handover": lambda: HandoverDialog(services, convoy.id, officer_id=officer),
        "void": lambda: VoidDialog(SimpleNamespace(reference="001/BAST/2026")),  # type: ignore[arg-type]
        "login": lambda: LoginDialog(lambda user, password: None),  # type: ignore[arg-type, return-value]
        "setup wizard": lambda: SetupWizard(lambda post, supervisor: None),  # type: ignore[arg-type, return-value]
        "supervisor": lambda: SupervisorDialog(services.session, SupervisorAction.VOID_LETTER),
        "pdf preview": lambda: PdfPreviewDialog(
            _tiny_pdf(), title="Surat", suggested_name="surat.pdf"
        ),
        "accounts": lambda: AccountsDialog(services),
        "new officer": lambda: NewOfficerDialog(services),
        "own password": lambda: OwnPasswordDialog(services),
        "reset password": lambda: ResetPasswordDialog(services, list_officers(services.db)[0]),
    }


def _build_all(qtbot, services) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    texts = {}
    for name, build in _screens(services).items():
        widget = build()
        qtbot.addWidget(widget)
        texts[name] = _texts(widget)
    return texts


def _same_in_both() -> set[str]:
    """Sources whose English is the same (Depot, Status, SPLP, UPTD PPA / DP3A, ...)."""
    return {
        message.findtext("source") or ""
        for _context, message in _messages("en")
        if (message.findtext("source") or "") in _translations(message)
    }


# Data, not UI text: numbers and dates, the demo post's people ("Ami Latupono (P)") and
# officer, the sample manifest's own column headings, Malaysian states, the preview's
# title given by the caller, and QWizard's hidden Commit button (Qt's own string).
DATA = re.compile(r"^[\d\W_]*$|^https?://|/PK/|^Ctrl\+\d$|\([LP]\)$|^Petugas Demo|^Surat$|^Commit$")


def _data_texts() -> set[str]:
    from intake_app.paths import resource
    from intake_app.ui.person_form import MALAYSIAN_STATES

    headings = resource("samples", "manifest_bad_rows.csv").read_text().splitlines()[0]
    return {*MALAYSIAN_STATES, *headings.split(",")}


def _both_languages(qtbot, qapp, qm_dir, services):  # type: ignore[no-untyped-def]
    """Every screen's texts built in Indonesian, then again with the English translator."""
    indonesian = _build_all(qtbot, services)
    translator = QTranslator()
    assert translator.load(str(qm_dir / "intake_app_en.qm"))
    qapp.installTranslator(translator)
    try:
        english = _build_all(qtbot, services)
    finally:
        qapp.removeTranslator(translator)
    return indonesian, english


def test_every_visible_string_has_an_english_translation(
    qtbot, qapp, qm_dir, demo_services
) -> None:  # type: ignore[no-untyped-def]
    indonesian, english = _both_languages(qtbot, qapp, qm_dir, demo_services)
    same = _same_in_both() | _data_texts()
    untranslated = []
    for screen, texts in indonesian.items():
        assert len(texts) == len(english[screen]), f"{screen}: a different set of widgets"
        assert len(texts) > 3, f"{screen}: nothing collected"
        for before, after in zip(texts, english[screen], strict=True):
            if before == after and before not in same and not DATA.search(before):
                untranslated.append(f"{screen}: {before!r}")
    assert not untranslated, "shown in Indonesian in the English UI:\n" + "\n".join(untranslated)


def _mnemonics(texts: list[str]) -> int:
    """How many accelerator letters are used twice on one screen."""
    letters = Counter(
        match.lower()
        for text in texts
        for match in re.findall(r"&([^&\s])", text.replace("&&", ""))
        if not text.count("&nbsp;")
    )
    return sum(count - 1 for count in letters.values() if count > 1)


def test_english_accelerators_clash_no_more_than_the_indonesian_ones(
    qtbot, qapp, qm_dir, demo_services
) -> None:  # type: ignore[no-untyped-def]
    indonesian, english = _both_languages(qtbot, qapp, qm_dir, demo_services)
    for screen, texts in indonesian.items():
        assert _mnemonics(english[screen]) <= _mnemonics(texts), screen


# -- choosing the language ---------------------------------------------------------------


def test_the_choice_is_remembered_and_english_is_installed_at_the_next_start(
    qtbot, qapp, settings, tmp_path, demo_services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from intake_app.ui.main_window import MainWindow

    notices: list[object] = []
    monkeypatch.setattr(RestartNotice, "show_notice", classmethod(lambda cls, p: notices.append(p)))
    assert chosen_language(settings) == "id"
    assert install_language(qapp, settings) is None  # Indonesian: the source strings

    menu = LanguageMenu(None, settings)
    qtbot.addWidget(menu)
    assert menu.language_actions["id"].isChecked()
    menu.language_actions["en"].trigger()
    assert chosen_language(QSettings(settings.fileName(), QSettings.Format.IniFormat)) == "en"
    assert len(notices) == 1  # applies at the next start, and says so

    # The next start: the .qm is built on first need into the cache folder (a checkout).
    monkeypatch.setattr("intake_app.translations.resource", lambda *parts: _no_qm(parts))
    translator = install_language(qapp, settings, cache_dir=tmp_path / "cache")
    assert translator is not None
    assert (tmp_path / "cache" / "intake_app_en.qm").is_file()
    try:
        window = MainWindow(demo_services)
        qtbot.addWidget(window)
        navigation = [window.nav.item(row).text() for row in range(window.nav.count())]
        assert navigation == ["Arrivals", "Deportees", "Handover", "Send to Head Office", "Reports"]
        assert window.windowTitle().startswith("Entikong Intake - Deportee Registration")
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["Acco&unts", "Lan&guage"]
        assert "arrivals" in window.statusBar().currentMessage()
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Kedatangan") == "Kedatangan"


def _no_qm(parts: tuple[str, ...]) -> Path:
    """resources/ as in a fresh checkout: the .ts sources, no .qm built beside them."""
    from intake_app.paths import resource_root

    path = resource_root().joinpath(*parts)
    return path.with_name("absent.qm") if path.suffix == ".qm" else path


def test_an_unknown_stored_language_falls_back_to_indonesian(settings) -> None:  # type: ignore[no-untyped-def]
    settings.setValue(language.SETTINGS_KEY, "fr")
    assert chosen_language(settings) == "id"
