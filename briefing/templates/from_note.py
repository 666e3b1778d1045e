"""Saving a note as a template: its structure, headings, boilerplate, defaults, letterhead."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.model.notefile import describe_validation_error
from briefing.model.sections import STRUCTURED_KINDS
from briefing.templates.store import write_template
from briefing.templates.template import (
    META_DEFAULT_FIELDS,
    Template,
    TemplateDefaults,
    TemplateSection,
)


@dataclass(frozen=True)
class KeepOptions:
    """What a note passes on to a template (the save-as-template dialog's check boxes).

    ``texts``: keys of the sections whose text is kept as boilerplate (None: every one);
    ``metadata``: which of META_DEFAULT_FIELDS become defaults. The visit's dates,
    participants, documents, chronology and sources never go into a template.
    """

    texts: frozenset[str] | None = None
    metadata: frozenset[str] = field(default_factory=lambda: frozenset(META_DEFAULT_FIELDS))
    letterhead: bool = True


def template_from_note(note: Note, *, name: str, description: str = "", keep: KeepOptions = KeepOptions()) -> Template:
    """A template with the note's outline and what ``keep`` selects (no letterhead yet)."""
    if not note.sections:
        raise BriefingError("the note has no sections to make a template from")
    try:
        return _build(note, name, description, keep)
    except ValidationError as exc:
        raise BriefingError(f"cannot make a template: {describe_validation_error(exc)}") from None


def _build(note: Note, name: str, description: str, keep: KeepOptions) -> Template:
    sections = tuple(
        TemplateSection(
            key=section.key,
            kind=section.kind,
            heading=section.heading,
            text="" if section.kind in STRUCTURED_KINDS or (keep.texts is not None and section.key not in keep.texts)
            else section.text,
        )
        for section in note.sections
    )
    defaults = TemplateDefaults(**{
        field_name: getattr(note.meta, field_name) for field_name in META_DEFAULT_FIELDS if field_name in keep.metadata
    })
    return Template(
        name=name, description=description, language=note.meta.language, defaults=defaults, sections=sections,
    )


def save_note_as_template(
    note: Note,
    *,
    name: str,
    description: str = "",
    keep: KeepOptions = KeepOptions(),
    letterhead: str | Path | None = None,
    folder: str | Path | None = None,
    replace: bool = False,
) -> Path:
    """Write the note as a template into ``folder`` (the user's own by default); returns its path.

    ``letterhead`` is the base to carry over (usually the letterhead of the note's current
    template); it is checked and copied beside the template file.
    """
    template = template_from_note(note, name=name, description=description, keep=keep)
    return write_template(template, folder=folder, letterhead=letterhead if keep.letterhead else None, replace=replace)
