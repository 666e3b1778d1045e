"""The "Export to Word…" and "Export and open" actions: export off the GUI thread, then report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStyle, QWidget

from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.model.notefile import NOTE_SUFFIX
from briefing.model.problems import errors
from briefing.templates.library import TemplateLibrary
from briefing.ui.problem_words import problem_words
from briefing.ui.tasks import SyncTaskRunner, TaskRunner


def export_note(note: Note, target: Path, library: TemplateLibrary | None = None) -> Path:
    """Write ``note`` as a Word document over its template's letterhead; python-docx is imported only now."""
    from briefing.templates.exporting import export_note as export_with_template

    try:
        from briefing.export import export_docx  # noqa: F401 (only to say clearly when it is missing)
    except ImportError as exc:
        raise BriefingError(f"Word export is not available in this installation ({exc})") from None
    return export_with_template(note, target, library=library)


def ask_export_anyway(parent: QWidget, text: str) -> bool:
    """Ask whether to export a note that lacks something; True for Export (tests patch this)."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ExportActions", "Export to Word"),
                      text, QMessageBox.StandardButton.Cancel, parent)
    export = box.addButton(QCoreApplication.translate("ExportActions", "Export"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is export


class ExportActions(QObject):
    """Two actions over the current note; the file dialog and message boxes are patched in tests."""

    exported = Signal(str)
    """A Word file was written (its path)."""

    messageRaised = Signal(str)
    """A short line for the status bar."""

    def __init__(
        self,
        window: QWidget,
        note: Callable[[], Note],
        note_path: Callable[[], Path | None],
        runner: TaskRunner | SyncTaskRunner,
        exporter: Callable[[Note, Path], Path] = export_note,
    ) -> None:
        super().__init__(window)
        self._window, self._note, self._note_path = window, note, note_path
        self._runner, self._exporter = runner, exporter
        self._last_target: Path | None = None
        style = window.style()
        self.export_action = QAction(self.tr("E&xport to Word…"), window)
        self.export_action.setObjectName("action_export")
        self.export_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.export_action.setIconText(self.tr("Export"))
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(self.tr("Export the note as a Word document (Ctrl+E)"))
        self.export_action.setStatusTip(self.export_action.toolTip())
        self.export_action.triggered.connect(lambda _=False: self.export(open_after=False))
        self.open_action = QAction(self.tr("Export and o&pen"), window)
        self.open_action.setObjectName("action_export_open")
        self.open_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.open_action.setIconText(self.tr("Export and open"))
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.open_action.setToolTip(
            self.tr("Export the note as a Word document and open it in the word processor (Ctrl+Shift+E)")
        )
        self.open_action.setStatusTip(self.open_action.toolTip())
        self.open_action.triggered.connect(lambda _=False: self.export(open_after=True))
        window.addAction(self.export_action)
        window.addAction(self.open_action)

    def actions(self) -> list[QAction]:
        return [self.export_action, self.open_action]

    def suggested_target(self) -> Path:
        """Beside the note file with a .docx ending, or the last export, or in the home folder."""
        if self._last_target is not None:
            return self._last_target
        path = self._note_path()
        if path is not None:
            name = path.name[: -len(NOTE_SUFFIX)] if path.name.endswith(NOTE_SUFFIX) else path.stem
            return path.with_name(name + ".docx")
        title = "".join(c if c.isalnum() or c in " -_" else " " for c in self._note().meta.title)
        stem = "-".join(title.split())[:60] or self.tr("briefing-note")
        return Path.home() / f"{stem}.docx"

    def export(self, open_after: bool = False, target: Path | None = None) -> bool:
        """Ask for a file name (unless given) and export there; False when the officer cancelled."""
        if self._refused(self._note()) or not self._complete_enough(self._note()):
            return False
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self._window, self.tr("Export to Word"), str(self.suggested_target()),
                self.tr("Word documents (*.docx)"),
            )
            if not chosen:
                return False
            target = Path(chosen)
        if target.suffix.lower() != ".docx":
            target = target.with_name(target.name + ".docx")
        self._last_target = target
        note = self._note()
        self._set_enabled(False)
        self._runner.run(
            self.tr("Exporting to %1…").replace("%1", target.name),
            lambda: self._exporter(note, target),
            lambda written: self._on_done(Path(written or target), open_after),
            self._on_failed,
        )
        return True

    def _complete_enough(self, note: Note) -> bool:
        """True when the note has a marking and a title, or the officer exports it anyway."""
        no_marking, no_title = not note.meta.classification.strip(), not note.meta.title.strip()
        if no_marking and no_title:
            text = self.tr("The note has no classification marking and no title. Export anyway?")
        elif no_marking:
            text = self.tr("The note has no classification marking. Export anyway?")
        elif no_title:
            text = self.tr("The note has no title. Export anyway?")
        else:
            return True
        return ask_export_anyway(self._window, text)

    def _on_done(self, written: Path, open_after: bool) -> None:
        self._set_enabled(True)
        self.exported.emit(str(written))
        self.messageRaised.emit(self.tr("Exported to %1").replace("%1", str(written)))
        if open_after and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(written))):
            QMessageBox.warning(
                self._window, self.tr("Export and open"),
                self.tr("The note was exported to %1, but no program to open it was found.")
                .replace("%1", str(written)),
            )

    def _on_failed(self, error: BaseException) -> None:
        self._set_enabled(True)
        if isinstance(error, BriefingError):
            text = str(error)
        elif isinstance(error, OSError):
            text = f"{error.filename or ''}: {error.strerror or error}".lstrip(": ")
        else:
            text = self.tr("Unexpected error: %1").replace("%1", f"{type(error).__name__}: {error}")
        QMessageBox.critical(
            self._window, self.tr("Export to Word"),
            self.tr("The note could not be exported.") + "\n\n" + text,
        )

    def _refused(self, note: Note) -> bool:
        """A note with errors is not exported: say why in the interface language."""
        found = errors(note)
        if not found:
            return False
        listed = "\n".join(f"• {problem_words(problem)}" for problem in found[:5])
        if len(found) > 5:
            listed += "\n" + self.tr("… and %1 more (see the problems list)").replace("%1", str(len(found) - 5))
        QMessageBox.warning(
            self._window, self.tr("Export to Word"),
            self.tr("The note cannot be exported until these errors are corrected:") + "\n\n" + listed,
        )
        return True

    def _set_enabled(self, enabled: bool) -> None:
        for action in self.actions():
            action.setEnabled(enabled)
