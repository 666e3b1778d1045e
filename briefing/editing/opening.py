"""What the editor opens: a note file, a Word note made by Briefing, or a source text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing.editing.paths import set_value
from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.model.notefile import NOTE_SUFFIX, load_note


@dataclass(frozen=True)
class Opened:
    """A note read from a file, and the note file it will be saved to (None: ask)."""

    note: Note
    path: Path | None
    kind: str  # "note", "docx" or "source"


def open_document(path: str | Path, language: str = "de") -> Opened:
    """Read ``path`` by its kind; a source text becomes a new note holding that source."""
    path = Path(path)
    if not path.exists():
        raise BriefingError("no such file", path)
    name = path.name.lower()
    if name.endswith(NOTE_SUFFIX) or name.endswith(".json"):
        return Opened(load_note(path), path, "note")
    if name.endswith(".docx"):
        try:
            return Opened(read_word_note(path), None, "docx")
        except BriefingError as not_ours:
            try:
                return _as_source(path, language)  # a Word file from elsewhere is a source
            except BriefingError:
                raise not_ours from None
    return _as_source(path, language)


def _as_source(path: Path, language: str) -> Opened:
    from briefing.sources.loader import load_source

    source = load_source(path)
    return Opened(set_value(Note.blank(language), "sources", (source,)), None, "source")


def read_word_note(path: Path) -> Note:
    """The note embedded in a .docx exported by Briefing."""
    try:
        from briefing.export import read_docx_note  # python-docx stays off the start-up path
    except ImportError:
        raise BriefingError(
            "this version of Briefing cannot read notes back from Word documents", path
        ) from None
    return read_docx_note(path)
