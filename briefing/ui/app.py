"""Start the editor: the QApplication, the session on the given file, the window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

from briefing import __version__
from briefing.editing.opening import open_document
from briefing.editing.preferences import Preferences, load_preferences
from briefing.editing.session import EditingSession
from briefing.errors import BriefingError
from briefing.ui.edit_script import start_from_environment as start_edit_script
from briefing.ui.file_guard_controller import install_file_guard
from briefing.ui.i18n import install_translators
from briefing.ui.main_window import MainWindow
from briefing.ui.preferences_dialog import config_folder
from briefing.ui.source_details import install_source_details
from briefing.ui.suggestion_actions import install_suggestions
from briefing.ui.window_panels import install_panels

ORGANISATION = "Briefing"
APPLICATION = "Briefing"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings and QStandardPaths derive folders from."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("briefing")
    install_translators(app, user_preferences().ui_language)
    return app  # type: ignore[return-value]


def user_preferences() -> Preferences:
    """The saved preferences; the defaults when none are saved or the file is unreadable."""
    try:
        return load_preferences(config_folder())
    except BriefingError as exc:
        print(f"briefing: {exc} (using the default preferences)", file=sys.stderr)
        return Preferences()


def recovery_folder() -> Path:
    """Where autosaved notes wait for a restore: the platform's data folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def open_session(path: str | os.PathLike | None) -> EditingSession:
    """A session on ``path`` (a note, a Word note, a source text) or on a new note."""
    if not path:
        return EditingSession()
    opened = open_document(path)
    return EditingSession(opened.note, opened.path)


def build_window(path: str | os.PathLike | None, settings: QSettings | None = None,
                 folder: Path | None = None, session: EditingSession | None = None) -> MainWindow:
    """The window on ``path``, or on ``session`` when one is given, with preview and problems."""
    session = session or open_session(path)
    window = MainWindow(session, settings or QSettings(), folder or recovery_folder())
    install_panels(window, user_preferences())
    install_suggestions(window)
    install_source_details(window)
    return window


def run_editor(path: str | os.PathLike | None) -> int:
    """Open the editor and run until it is closed; BriefingError for a file that cannot be read."""
    session = open_session(path)  # a bad file is one line on stderr, before any window or display
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        raise BriefingError("cannot open the editor window: there is no display (DISPLAY is not set)")
    app = create_application()
    window = build_window(path, session=session)
    guard = install_file_guard(window)  # the note's lock, taken before the window shows it
    window.restore_window_state()
    window.show()
    window.meta_form.title_edit.setFocus()
    if os.environ.get("BRIEFING_STARTUP_PROBE"):
        QTimer.singleShot(0, lambda: _report_start_up(app))
    else:
        QTimer.singleShot(0, lambda: window.autosave.offer_restore(window))
    QTimer.singleShot(0, lambda: start_edit_script(window))  # kill tests only (an environment variable)
    try:
        return app.exec()
    finally:
        guard.release()


def _report_start_up(app: QApplication) -> None:
    """For benchmarks/bench_startup.py: the window is shown; report memory and quit."""
    rss_kb = 0
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            rss_kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    except (OSError, StopIteration, ValueError):
        pass
    print(f"briefing-shown {time.time():.6f} rss_kb={rss_kb}", flush=True)
    app.exit(0)  # exit, not quit: quit would ask about unsaved changes
