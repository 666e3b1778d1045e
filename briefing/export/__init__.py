"""Note -> Word document (python-docx over a base document), and reading the note back.

Importing this package is cheap: python-docx is imported only when a document is
written or read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from briefing.export.reader import ImportedNote
    from briefing.model.note import Note

__all__ = ["ImportedNote", "export_docx", "read_docx_note"]


def export_docx(note: "Note", target: "Path", *, base: "Path | None" = None) -> None:
    """Write ``note`` to ``target`` (.docx) over ``base`` (default: the shipped A4 base).

    Refuses a note with errors, an unusable base and an unwritable target with a
    BriefingError; writes atomically.
    """
    from briefing.export.writer import export_docx as _export

    _export(note, target, base=base)


def read_docx_note(path: "Path") -> "ImportedNote":
    """The note embedded in a .docx written by :func:`export_docx`."""
    from briefing.export.reader import read_docx_note as _read

    return _read(path)


def __getattr__(name: str):
    if name == "ImportedNote":
        from briefing.export.reader import ImportedNote

        return ImportedNote
    raise AttributeError(name)
