"""The language of a new note made from a source: the source's, else the officer's default."""

from __future__ import annotations

from briefing.model.note import Note, Visit
from briefing.model.sections import default_sections

NOTE_LANGUAGES = ("de", "en")


def language_for_source(detected: str, default: str = "de") -> str:
    """The note language for a source in ``detected``: itself when a note can be written in it."""
    return detected if detected in NOTE_LANGUAGES else (default if default in NOTE_LANGUAGES else "de")


def untouched(note: Note) -> bool:
    """True when the note holds nothing but its sources and metadata: no content, the standard outline."""
    return (
        note.visit == Visit() and not note.participants and not note.documents and not note.chronology
        and note.sections == tuple(default_sections(note.meta.language))
    )


def adopt_source_language(note: Note, detected: str, default: str = "de") -> Note:
    """A new note from a source, in the source's language (its outline re-headed); others unchanged."""
    language = language_for_source(detected, default)
    if language == note.meta.language or not untouched(note):
        return note
    meta = note.meta.model_copy(update={"language": language})
    return note.model_copy(update={"meta": meta, "sections": tuple(default_sections(language))})
