"""The editing session: the current note, its file, the dirty flag and undo/redo history."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.editing import file_guard
from briefing.editing.file_guard import DiskStamp, NoteChangedOnDiskError
from briefing.editing.paths import field_ref, get_provenance, set_provenance, set_value
from briefing.editing.steps import EDIT, SET_EVIDENCE, USE_PASSAGE, FieldStep, StepLabel
from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.model.notefile import load_note, save_note
from briefing.model.provenance import Provenance

MAX_HISTORY = 500


@dataclass(frozen=True)
class Change:
    """What subscribers are told: the new note, the step's label and who made it."""

    note: Note
    step: StepLabel  # str(step) is the English label
    origin: Any = None
    kind: str = "edit"  # "edit", "undo", "redo", "reset"

    @property
    def label(self) -> str:
        return str(self.step)


Listener = Callable[[Change], None]


class EditingSession:
    """One note being edited: every change goes through ``apply`` so it can be undone."""

    def __init__(self, note: Note | None = None, path: Path | None = None) -> None:
        self._note = note if note is not None else Note.blank()
        self._path = Path(path) if path is not None else None
        self._saved = self._note if path is not None else None
        self._undo: list[tuple[StepLabel, Note]] = []
        self._redo: list[tuple[StepLabel, Note]] = []
        self._listeners: list[Listener] = []
        self._stamp = _stamp_of(self._path)
        self.template_library: Callable[[], Any] | None = None  # gives the library a language change may use

    @classmethod
    def open(cls, path: str | Path) -> "EditingSession":
        """A session on a note file (BriefingError when it cannot be read)."""
        # Stamped before reading: a change while reading shows as a change, never goes unseen.
        stamp = DiskStamp.of(path)
        session = cls(load_note(path), Path(path))
        session._stamp = stamp
        return session

    @property
    def note(self) -> Note:
        return self._note

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def dirty(self) -> bool:
        """True when the note differs from what was last saved (or was never saved)."""
        if self._saved is None:
            return self._note != Note.blank(self._note.meta.language) or bool(self._undo)
        return self._note != self._saved

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` on every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def apply(self, label: StepLabel, note: Note, origin: Any = None) -> bool:
        """Make ``note`` current as one undoable step named ``label``; False when nothing changed."""
        if note == self._note:
            return False
        self._undo.append((label, self._note))
        del self._undo[:-MAX_HISTORY]
        self._redo.clear()
        self._note = note
        self._notify(Change(note, label, origin, "edit"))
        return True

    def set(self, path: str, value: Any, origin: Any = None, label: StepLabel | None = None) -> bool:
        """Set one field by path as one step ("Edit function of Andrej Kusnezow")."""
        if path == "meta.language" and value != self._note.meta.language:
            from briefing.templates.language import change_language

            set_value(self._note, path, value)  # refuses a language the note cannot have
            library = self.template_library() if self.template_library is not None else None
            return self.apply(label or "Change note language", change_language(self._note, value, library), origin)
        new = set_value(self._note, path, value)
        provenance = get_provenance(new, path)
        if provenance is not None and not provenance.confirmed:  # a suggested value edited by hand
            new = set_provenance(new, path, provenance.model_copy(update={"confirmed": True}))
        return self.apply(label or FieldStep(EDIT, field_ref(self._note, path)), new, origin)

    def set_evidence(self, path: str, provenance: Provenance | None, origin: Any = None) -> bool:
        """Record (or clear) the evidence of one field as one step."""
        new = set_provenance(self._note, path, provenance)
        return self.apply(FieldStep(SET_EVIDENCE, field_ref(self._note, path)), new, origin)

    def use_passage(
        self, path: str, source_id: str, start: int, end: int, *, fill: bool = True, origin: Any = None
    ) -> bool:
        """Fill the field at ``path`` from a source passage and record it as evidence, as one step."""
        from briefing.editing.source_edits import passage_provenance, value_from_passage

        note = self._note
        provenance = passage_provenance(note, path, source_id, start, end)
        new = note
        if fill:
            passage = note.source(source_id).text[start:end]  # type: ignore[union-attr]
            new = set_value(note, path, value_from_passage(note, path, passage))
        new = set_provenance(new, path, provenance)
        action = USE_PASSAGE if fill else SET_EVIDENCE
        return self.apply(FieldStep(action, field_ref(note, path)), new, origin)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_label(self) -> str:
        """The English name of the step undo would take back ("" when none)."""
        return str(self.undo_step)

    @property
    def redo_label(self) -> str:
        return str(self.redo_step)

    @property
    def undo_step(self) -> StepLabel:
        """The step undo would take back, for a user interface to word ("" when none)."""
        return self._undo[-1][0] if self._undo else ""

    @property
    def redo_step(self) -> StepLabel:
        return self._redo[-1][0] if self._redo else ""

    def undo(self) -> str:
        """Go back one step; returns its label ("" when there was nothing to undo)."""
        return self._travel(self._undo, self._redo, "undo")

    def redo(self) -> str:
        """Repeat the last undone step; returns its label."""
        return self._travel(self._redo, self._undo, "redo")

    def _travel(self, source: list, target: list, kind: str) -> str:
        """Take the newest step off ``source`` onto ``target`` and tell the listeners."""
        if not source:
            return ""
        label, note = source.pop()
        target.append((label, self._note))
        self._note = note
        self._notify(Change(note, label, None, kind))
        return str(label)

    @property
    def disk_stamp(self) -> DiskStamp | None:
        """The note file as it was when opened or last saved (None: no file then)."""
        return self._stamp

    def changed_on_disk(self) -> bool:
        """True when another program changed (or removed) the file since it was opened or saved."""
        return self._path is not None and file_guard.changed_on_disk(self._path, self._stamp)

    def save(self, path: str | Path | None = None, *, force: bool = False) -> Path:
        """Save atomically (keeping one backup); the session then is clean.

        Saving over its own file after another program changed it raises NoteChangedOnDiskError
        (the note stays as it is) unless ``force``.
        """
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("no file name yet: save with a path")
        if not force and self._path is not None and _same_file(target, self._path):
            if self.changed_on_disk():
                raise NoteChangedOnDiskError(target, deleted=not target.exists())
        save_note(self._note, target, backup=True)
        self._path = target
        self._stamp = _stamp_of(target)
        self._saved = self._note
        self._notify(Change(self._note, "Save", None, "saved"))
        return target

    def reset(self, note: Note, path: Path | None = None, *, dirty: bool = False) -> None:
        """Replace the whole note (open, new, restore) and clear the history."""
        self._note = note
        self._path = Path(path) if path is not None else None
        self._stamp = _stamp_of(self._path)
        self._saved = None if dirty else note
        self._undo.clear()
        self._redo.clear()
        self._notify(Change(note, "Reset", None, "reset"))

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)


def _stamp_of(path: Path | None) -> DiskStamp | None:
    if path is None:
        return None
    try:
        return DiskStamp.of(path)
    except BriefingError:
        return None  # unreadable now: the next save asks before overwriting


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()
