"""Changing a note's language: the counterpart template when there is one, else default headings re-headed."""

from __future__ import annotations

from briefing.model.note import Note
from briefing.model.sections import default_headings
from briefing.templates.apply import switch_note
from briefing.templates.library import TemplateEntry, TemplateLibrary

_LANGUAGE_ENDINGS = ("-de", "-en")


def counterpart(note: Note, language: str, library: TemplateLibrary | None) -> TemplateEntry | None:
    """The note's template in ``language`` (``…-de.json`` ↔ ``…-en.json``), when the library has it."""
    current = library.for_note(note) if library is not None else None
    if current is None:
        return None
    stem = current.path.name.removesuffix(".json")
    for ending in _LANGUAGE_ENDINGS:
        if stem.endswith(ending):
            wanted = f"{stem[: -len(ending)]}-{language}.json"
            return next((e for e in library.entries()
                         if e.ok and e.path.name == wanted and e.language == language), None)
    return None


def change_language(note: Note, language: str, library: TemplateLibrary | None = None) -> Note:
    """``note`` in ``language``: its counterpart template, or default headings in the new language.

    Headings the officer wrote are kept; only a heading still equal to the old language's
    default for its section is replaced by the new language's default.
    """
    if language == note.meta.language:
        return note
    entry = counterpart(note, language, library)
    if entry is not None:
        switched = switch_note(note, entry, library=library)
        if switched.meta.language == language:
            return switched
    new = default_headings(language)
    old = {heading: key for key, heading in default_headings(note.meta.language).items()}
    sections = tuple(
        section.model_copy(update={"heading": new[old[section.heading]]}) if section.heading in old else section
        for section in note.sections
    )
    return note.model_copy(update={"meta": note.meta.model_copy(update={"language": language}),
                                   "sections": sections})
