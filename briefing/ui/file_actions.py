"""New, Open, Open recent, Save, Save as, load a source, and the unsaved-changes prompt."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefing.editing.file_guard import NoteChangedOnDiskError
from briefing.editing.opening import Opened, open_document
from briefing.editing.session import EditingSession
from briefing.errors import BriefingError
from briefing.model.note import Note, Source
from briefing.model.notefile import NOTE_SUFFIX

MAX_RECENT = 8
RECENT_KEY = "recentFiles"


class FileActions(QObject):
    """The file commands of one window; dialogs are Qt's static ones (tests patch them)."""

    recentChanged = Signal()
    sourceLoaded = Signal(object)
    """A source read from a file, to be added to the note."""

    messageRaised = Signal(str)

    def __init__(self, window: QWidget, session: EditingSession, settings: QSettings, runner) -> None:
        super().__init__(window)
        self.window, self.session, self.settings, self.runner = window, session, settings, runner
        self.new_note_defaults: Callable[[Note], Note] = lambda note: note  # preferences fill it in
        self.guard = None  # the FileGuardController (lock, changes on disk) when one is installed

    # -- the unsaved-changes prompt
    def maybe_save(self) -> bool:
        """True when the window may drop the current note (saved, discarded or clean)."""
        if not self.session.dirty:
            return True
        name = self.session.path.name if self.session.path else self.tr("Untitled note")
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1” before closing it?").replace("%1", name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- commands
    def new_note(self) -> bool:
        if not self.maybe_save():
            return False
        language = self.session.note.meta.language
        self.session.reset(self.new_note_defaults(Note.blank(language)))
        return True

    def open_file(self, path: str | Path | None = None) -> bool:
        """Open a note, a Word note made by Briefing, or a source text (off the GUI thread)."""
        if not self.maybe_save():
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Open"), self._folder(),
                self.tr("Notes and sources (*.briefing.json *.json *.docx *.txt *.html *.htm *.eml);;"
                        "All files (*)"),
            )
            if not path:
                return False
        language = self.session.note.meta.language
        target = Path(path)
        self.runner.run(
            self.tr("Opening %1 …").replace("%1", target.name),
            lambda: open_document(target, language),
            lambda opened: self._on_opened(target, opened),
            self._on_error,
        )
        return True

    def _on_opened(self, target: Path, opened: Opened) -> None:
        if self.guard is not None and not self.guard.claim(opened.path):
            return  # the note is locked by another window and the officer cancelled
        self.session.reset(opened.note, opened.path, dirty=opened.path is None)
        self.add_recent(target)
        if opened.kind == "docx":
            self.messageRaised.emit(self.tr("Opened the note in %1; Save as keeps it as a note file.")
                                    .replace("%1", target.name))

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        suggested = self.session.path or Path(self._folder()) / (self._suggested_name() + NOTE_SUFFIX)
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save as"), str(suggested), self.tr("Briefing notes (*.briefing.json)")
        )
        if not path:
            return False
        if not path.endswith(NOTE_SUFFIX):
            path = str(Path(path).with_suffix("")) + NOTE_SUFFIX if path.endswith(".json") else path + NOTE_SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path, force: bool = False) -> bool:
        verdict = self.guard.before_save(path) if self.guard is not None else None
        if verdict is not None:
            return verdict  # saved elsewhere (a read-only note) or cancelled
        try:
            self.session.save(path, force=force)
        except NoteChangedOnDiskError as exc:
            if self.guard is not None:
                return self.guard.changed_on_disk(path, exc)
            QMessageBox.critical(self.window, self.tr("Cannot save"), str(exc))
            return False
        except BriefingError as exc:
            if self.guard is not None:
                return self.guard.save_failed(path, exc)
            QMessageBox.critical(self.window, self.tr("Cannot save"), str(exc))
            return False
        self.add_recent(path)
        self.messageRaised.emit(self.tr("Saved %1").replace("%1", path.name))
        return True

    def load_source(self, path: str | Path | None = None) -> bool:
        """Read a source file off the GUI thread; ``sourceLoaded`` delivers it."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Load source"), self._folder(),
                self.tr("Source texts (*.txt *.docx *.html *.htm *.eml);;All files (*)"),
            )
            if not path:
                return False
        from briefing.sources.loader import load_source

        target = Path(path)
        self.runner.run(
            self.tr("Loading %1 …").replace("%1", target.name),
            lambda: load_source(target),
            self._on_source_loaded,
            self._on_error,
        )
        return True

    def _on_source_loaded(self, source: Source) -> None:
        self.sourceLoaded.emit(source)

    def _on_error(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, BriefingError) else f"{type(error).__name__}: {error}"
        QMessageBox.warning(self.window, self.tr("Cannot open"), message)

    # -- recent files
    def recent_files(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(item) for item in value or [] if Path(str(item)).exists()]

    def add_recent(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        files = [entry] + [item for item in self.recent_files() if item != entry]
        self.settings.setValue(RECENT_KEY, files[:MAX_RECENT])
        self.recentChanged.emit()

    def clear_recent(self) -> None:
        self.settings.setValue(RECENT_KEY, [])
        self.recentChanged.emit()

    def _folder(self) -> str:
        if self.session.path is not None:
            return str(self.session.path.parent)
        recent = self.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def _suggested_name(self) -> str:
        title = self.session.note.meta.title.strip() or self.tr("note")
        keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
        return "-".join(keep.split())[:60] or "note"
