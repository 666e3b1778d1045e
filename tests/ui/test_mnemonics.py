"""Keyboard mnemonics (Alt+letter) never clash, in English and in German.

Qt gives an Alt+letter that two visible items share to neither: it only cycles focus
between them. The menu bar, the form tabs and the labels of the form on show share one
window, so their letters must differ; the items of one menu must differ too.
"""

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget

from briefing.ui.i18n import install_translators

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.fixture(params=["en", "de"])
def window(request, qapp, qtbot, session, settings, tmp_path):
    from briefing.ui.main_window import MainWindow
    from briefing.ui.tasks import SyncTaskRunner
    from briefing.ui.suggestion_actions import install_suggestions
    from briefing.ui.window_panels import install_panels

    before = QLocale()
    install_translators(qapp, request.param)
    window = MainWindow(session, settings, tmp_path / "recovery", runner=SyncTaskRunner())
    qtbot.addWidget(window)
    install_panels(window, folder=tmp_path / "config")
    install_suggestions(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.session.reset(window.session.note, window.session.path)  # clean: closing asks nothing
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    by_letter = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


def _menus(menu: QMenu):
    yield menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menus(action.menu())


def test_no_two_items_of_a_menu_share_a_letter(window):
    bar = window.menuBar()
    assert _clashes([action.text() for action in bar.actions()]) == {}
    for top in bar.actions():
        for menu in _menus(top.menu()):
            texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
            assert _clashes(texts) == {}, menu.title()


def test_each_form_shares_no_letter_with_menus_tabs_or_another_label(window, qtbot):
    tabs = window.form_tabs
    window_wide = [a.text() for a in window.menuBar().actions()]
    window_wide += [tabs.tabText(i) for i in range(tabs.count())]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(1)
        shown = []
        for widget in window.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, (QLabel, QAbstractButton)):
                shown.append(widget.text())
            elif isinstance(widget, QGroupBox):
                shown.append(widget.title())
        assert _clashes(window_wide + shown) == {}, tabs.tabText(index)
