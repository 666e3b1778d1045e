"""Applying a template: a new note from it, or an existing note switched over to it."""

from __future__ import annotations

from pathlib import Path

from briefing.model.note import Meta, Note
from briefing.model.sections import STRUCTURED_KINDS, Section, SectionKind
from briefing.templates.library import TemplateEntry, TemplateLibrary
from briefing.templates.template import META_DEFAULT_FIELDS, Template, TemplateSection

_TEXT_KINDS = frozenset({SectionKind.TEXT, SectionKind.BULLETS})


def new_note(template: Template) -> Note:
    """A blank note with the template's outline, boilerplate, language and metadata defaults."""
    defaults = template.defaults.model_dump()
    meta = Meta(language=template.language, template=template.name, **defaults)
    return Note(meta=meta, sections=tuple(template.outline()))


def switch_template(note: Note, target: Template, *, current: Template | None = None) -> Note:
    """The note laid out by ``target``: content kept, headings and boilerplate follow ``target``.

    ``current`` is the template the note was made from; with it, text and headings the
    officer left as the template gave them are replaced by the target's, and everything
    the officer wrote or renamed is kept, so that switching there and back returns the
    same note. Sections the target lacks are kept when they hold anything.
    """
    mine = {section.key: section for section in note.sections}
    outline: list[Section] = []
    for wanted in target.sections:
        have = mine.get(wanted.key)
        if have is None:
            outline.append(wanted.to_section())
        elif not _compatible(have.kind, wanted.kind):
            outline.append(have)
        else:
            outline.append(_relabel(have, wanted, current))
    outline = _insert_leftovers(note, outline, {section.key for section in target.sections}, current)
    meta = _switch_meta(note.meta, target, current)
    return note.model_copy(update={"meta": meta, "sections": tuple(outline)})


def switch_note(note: Note, template: str | Path | TemplateEntry, *, library: TemplateLibrary) -> Note:
    """Switch ``note`` to a template given by name, file or entry, knowing the one it came from."""
    entry = template if isinstance(template, TemplateEntry) else library.resolve(template)
    current = library.for_note(note)
    return switch_template(note, entry.require(), current=current.template if current is not None else None)


def _compatible(have: SectionKind, wanted: SectionKind) -> bool:
    return have == wanted or (have in _TEXT_KINDS and wanted in _TEXT_KINDS)


def _relabel(have: Section, wanted: TemplateSection, current: Template | None) -> Section:
    before = current.section(have.key) if current else None
    if current is None:
        heading = wanted.heading
        text = have.text or wanted.text
    else:
        heading = wanted.heading if before is None or have.heading == before.heading else have.heading
        text = wanted.text if before is not None and have.text == before.text else have.text
    return have.model_copy(update={"heading": heading, "kind": wanted.kind, "text": text})


def _insert_leftovers(
    note: Note, outline: list[Section], target_keys: set[str], current: Template | None
) -> list[Section]:
    """Put each kept section the target lacks right after the section it followed."""
    result = list(outline)
    placed = {section.key for section in result}
    anchor: str | None = None
    for section in note.sections:
        if section.key in target_keys:
            anchor = section.key
            continue
        if section.key in placed or not _holds_content(note, section, current):
            continue
        at = next((i + 1 for i, s in enumerate(result) if s.key == anchor), 0) if anchor else 0
        result.insert(at, section)
        placed.add(section.key)
        anchor = section.key
    return result


def _holds_content(note: Note, section: Section, current: Template | None) -> bool:
    if section.kind in STRUCTURED_KINDS:
        return block_has_data(note, section.kind)
    before = current.section(section.key) if current else None
    if before is not None and section.text == before.text and section.heading == before.heading:
        return False
    return bool(section.text.strip())


def block_has_data(note: Note, kind: SectionKind) -> bool:
    """Whether the note holds anything a structured block of ``kind`` would show."""
    visit = note.visit
    if kind == SectionKind.VISIT:
        return any((visit.guest_country, visit.host_country, visit.start, visit.end, visit.places,
                    visit.occasion, visit.purpose, visit.sectors))
    if kind == SectionKind.PROGRAMME:
        return bool(visit.programme)
    if kind == SectionKind.PARTICIPANTS:
        return bool(note.participants)
    if kind == SectionKind.DOCUMENTS:
        return bool(note.documents)
    if kind == SectionKind.CHRONOLOGY:
        return bool(note.chronology)
    if kind == SectionKind.SOURCES:
        return bool(note.sources)
    return False


def _switch_meta(meta: Meta, target: Template, current: Template | None) -> Meta:
    update: dict[str, object] = {"language": target.language, "template": target.name}
    for name in META_DEFAULT_FIELDS:
        value = getattr(meta, name)
        preset = getattr(target.defaults, name)
        if current is not None:
            if value == getattr(current.defaults, name):
                update[name] = preset
        elif name != "purpose" and not value:
            update[name] = preset
    return meta.model_copy(update=update)
