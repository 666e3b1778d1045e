"""The template library the editor shows, kept current: folder watcher, periodic check, off the GUI thread."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from shiboken6 import isValid

from briefing.templates import TemplateLibrary
from briefing.ui.tasks import SyncTaskRunner, TaskRunner

SHARED_ENV = "BRIEFING_SHARED_TEMPLATES"
POLL_MS = 5000


def shared_folder_setting(preference: str) -> str:
    """The shared folder to use: the preference, else $BRIEFING_SHARED_TEMPLATES, else none."""
    return preference.strip() or os.environ.get(SHARED_ENV, "").strip()


class LibraryWatch(QObject):
    """Holds a scanned TemplateLibrary and replaces it when a folder changes.

    Folders are read on a worker thread: a shared folder on a network drive that hangs or
    is gone never blocks the editor. The watcher catches local changes at once; the timer
    catches changes on network drives, which do not notify.
    """

    changed = Signal()
    """A new library is in place (templates added, changed or removed, or another shared folder)."""

    def __init__(
        self,
        shared_folder: str = "",
        *,
        user_folder: Path | None = None,
        builtin_folder: Path | None = None,
        runner: TaskRunner | SyncTaskRunner | None = None,
        interval_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._user, self._builtin = user_folder, builtin_folder
        self._shared = shared_folder or ""
        self._runner = runner if runner is not None else TaskRunner(self)
        self._library: TemplateLibrary | None = None
        self._signature: tuple | None = None
        self._busy = self._again = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self.poll())
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.poll()

    @property
    def shared_folder(self) -> str:
        return self._shared

    def set_shared_folder(self, folder: str) -> None:
        """Use another shared folder from now on (the preference changed)."""
        folder = folder or ""
        if folder != self._shared:
            self._shared = folder
            self.poll(force=True)

    def fresh_library(self) -> TemplateLibrary:
        """A new, unread library over the current folders (safe to use on any thread)."""
        return TemplateLibrary(user_folder=self._user, shared_folder=self._shared or None,
                               builtin_folder=self._builtin)

    def peek(self) -> TemplateLibrary | None:
        """The library as last read, or None while the first reading runs (never reads)."""
        return self._library

    @property
    def library(self) -> TemplateLibrary:
        """The library as last read (read now, once, if no scan has finished yet)."""
        if self._library is None or self._library.shared_folder != self._shared_path():
            library = self.fresh_library()
            self._signature = library.signature()
            library.all_entries()
            self._library = library
        return self._library

    def poll(self, force: bool = False) -> None:
        """Read the folders again on a worker if anything in them changed (or ``force``)."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        known = None if force or self._library is None else self._signature
        library = self.fresh_library()

        def scan() -> tuple[TemplateLibrary, bool, tuple, list[str]]:
            signature = library.signature()
            read = signature != known
            if read:
                library.all_entries()
            existing = [str(folder) for _origin, folder in library.folders() if folder.is_dir()]
            return library, read, signature, existing

        self._runner.run("", scan, self._scanned, self._failed)

    def _scanned(self, result: tuple[TemplateLibrary, bool, tuple, list[str]]) -> None:
        if not isValid(self):
            return  # the window closed while the folders were read
        library, read, signature, existing = result
        self._busy = False
        if library.shared_folder != self._shared_path():
            self.poll(force=True)  # the preference changed while the folders were read
            return
        self._watch(existing)
        if read:
            self._library, self._signature = library, signature
            self.changed.emit()
        if self._again:
            self._again = False
            self.poll()

    def _failed(self, _error: BaseException) -> None:
        if isValid(self):
            self._busy = False  # the next tick tries again

    def _watch(self, folders: list[str]) -> None:
        watched = set(self._watcher.directories())
        gone = sorted(watched - set(folders))
        if gone:
            self._watcher.removePaths(gone)
        new = [folder for folder in folders if folder not in watched]
        if new:
            self._watcher.addPaths(new)

    def _shared_path(self) -> Path | None:
        return Path(self._shared) if self._shared else None

    def stop(self) -> None:
        self._timer.stop()
