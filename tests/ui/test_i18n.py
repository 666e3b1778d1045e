"""The German translation loads and the window speaks German; English needs no file."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from briefing.ui.i18n import TRANSLATIONS, choose_language, install_translators, ui_locale


@pytest.fixture
def german(qapp):
    before = QLocale()
    yield install_translators(qapp, "de")
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_language_follows_the_preference_else_the_system():
    assert choose_language("de") == "de" and choose_language("en") == "en"
    assert choose_language("system", QLocale(QLocale.Language.German, QLocale.Country.Austria)) == "de"
    assert choose_language("system", QLocale(QLocale.Language.French, QLocale.Country.France)) == "en"


def test_compiled_translation_is_committed_beside_its_source():
    assert (TRANSLATIONS / "briefing_de.ts").is_file()
    qm = TRANSLATIONS / "briefing_de.qm"
    assert qm.is_file() and qm.stat().st_mtime >= (TRANSLATIONS / "briefing_de.ts").stat().st_mtime - 5


def test_german_translates_menus_and_qt_own_words(german):
    assert german == "de"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert QCoreApplication.translate("MetaForm", "&Classification") == "E&instufung"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own qtbase_de
    assert ui_locale() == "de"


def test_the_window_menu_bar_speaks_german(qtbot, german, session, settings, tmp_path):
    from briefing.ui.main_window import MainWindow
    from briefing.ui.tasks import SyncTaskRunner

    window = MainWindow(session, settings, tmp_path / "recovery", runner=SyncTaskRunner())
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&Datei", "&Bearbeiten"]
    assert window.form_tabs.tabText(0) == "Ver&merk"
    session.set("visit.host_country", "DE")
    assert window.visit_form.host_country.currentText() == "Deutschland"  # country names in German too
    window.session.reset(window.session.note, window.session.path)  # clean: closing asks nothing


def test_english_removes_the_translators(qapp):
    install_translators(qapp, "de")
    install_translators(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QApplication.instance() is qapp


def test_problems_are_worded_in_german(qtbot, german, sample_note):
    from briefing.model import PartialDate
    from briefing.ui.problems_panel import ProblemsPanel

    visit = sample_note.visit.model_copy(update={"end": PartialDate(2025, 11, 1)})
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.showNote(sample_note.model_copy(update={"visit": visit}))
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "Der Besuch endet (01.11.2025), bevor er beginnt (17.11.2025)" in texts
    assert any(text.startswith("Der Vermerk wird etwa 2,") for text in texts)


def _messages(ts_path):
    """(context, source, translation element, message element) for every entry of a .ts file."""
    import xml.etree.ElementTree as ET

    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation"), message


def test_every_german_entry_is_translated():
    import re

    for context, source, translation, message in _messages(TRANSLATIONS / "briefing_de.ts"):
        where = f"{context}: {source!r}"
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), where
        forms = [form.text for form in translation.iter("numerusform")] if message.get("numerus") else [translation.text]
        for text in forms:
            assert text and text.strip(), where
            assert sorted(re.findall(r"%\d", text)) == sorted(set(re.findall(r"%\d", source))), where


def test_the_translation_holds_every_string_of_the_interface(tmp_path):
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    ui = Path(__file__).resolve().parents[2] / "briefing" / "ui"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sorted(map(str, ui.rglob("*.py"))), "-ts", str(fresh)], check=True,
                   capture_output=True)
    wanted = {(context, source) for context, source, _, _ in _messages(fresh)}
    have = {(context, source) for context, source, _, _ in _messages(TRANSLATIONS / "briefing_de.ts")}
    assert wanted - have == set(), "run pyside6-lupdate and translate the new strings (README, Languages)"
    assert have - wanted == set(), "run pyside6-lupdate with -no-obsolete"
