"""The Qt face of the editing session: its changes re-emitted as signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from briefing.editing.session import Change, EditingSession


class SessionBridge(QObject):
    """Re-emits every change of an EditingSession on the GUI thread."""

    noteChanged = Signal(object, object)
    """The note after a change, and who made it (a form, a model; None for undo/redo/reset)."""

    stateChanged = Signal()
    """Dirty flag, file name or undo/redo availability may have changed."""

    changed = Signal(object)
    """The full Change record (label and kind too)."""

    def __init__(self, session: EditingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._unsubscribe = session.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)
        if change.kind != "saved":
            self.noteChanged.emit(change.note, change.origin)
        self.stateChanged.emit()

    def detach(self) -> None:
        """Stop listening to the session."""
        self._unsubscribe()
