"""The window fits a 1280×800 screen in both languages (German words are longer)."""

import pytest
from PySide6.QtCore import QLocale

from briefing.ui.i18n import install_translators


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_window_fits_1280_by_800(language, qapp, qtbot, session, settings, tmp_path):
    from briefing.ui.main_window import MainWindow
    from briefing.ui.tasks import SyncTaskRunner
    from briefing.ui.suggestion_actions import install_suggestions
    from briefing.ui.window_panels import install_panels
    from briefing.ui.source_details import install_source_details

    before = QLocale()
    install_translators(qapp, language)
    try:
        window = MainWindow(session, settings, tmp_path / "recovery", runner=SyncTaskRunner())
        qtbot.addWidget(window)
        install_panels(window, folder=tmp_path / "config")
        install_suggestions(window)
        install_source_details(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        assert window.minimumSizeHint().width() <= 1280
        assert window.width() == 1280
        window.session.reset(window.session.note, window.session.path)
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(before)
