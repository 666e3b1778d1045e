"""Exporting a note with a template: the template's layout and its letterhead base."""

from __future__ import annotations

from pathlib import Path

from briefing.model.note import Note
from briefing.templates.apply import switch_note
from briefing.templates.library import TemplateEntry, TemplateLibrary


def prepare_export(
    note: Note, template: str | Path | TemplateEntry | None = None, *, library: TemplateLibrary | None = None
) -> tuple[Note, Path | None]:
    """The note to export and the letterhead base to export it over.

    With ``template`` (a name, a template file or an entry) the note is switched to it
    and its letterhead is used; without, the letterhead of the template the note was
    made from, when the library still has it. A broken template is refused (BriefingError).
    """
    library = library if library is not None else TemplateLibrary()
    if template is None:
        current = library.for_note(note)
        return note, current.letterhead_base() if current is not None else None
    entry = template if isinstance(template, TemplateEntry) else library.resolve(template)
    return switch_note(note, entry, library=library), entry.letterhead_base()


def export_note(
    note: Note,
    target: str | Path,
    template: str | Path | TemplateEntry | None = None,
    *,
    library: TemplateLibrary | None = None,
) -> Path:
    """Export ``note`` to ``target`` (.docx) laid out by ``template`` over its letterhead."""
    from briefing.export import export_docx

    prepared, base = prepare_export(note, template, library=library)
    export_docx(prepared, target, base=base)
    return Path(target)
