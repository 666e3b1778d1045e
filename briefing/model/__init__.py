"""The note model and the note file format (no Qt, no python-docx)."""

from briefing.model.note import (
    ChronologyEntry,
    Decision,
    DocumentKind,
    DocumentStatus,
    ExpectedDocument,
    IgnoredRange,
    Meta,
    Note,
    Participant,
    Press,
    ProgrammeItem,
    Purpose,
    Role,
    Side,
    Source,
    SuggestionDecision,
    Visit,
)
from briefing.model.partial_date import PartialDate
from briefing.model.provenance import Provenance, Span
from briefing.model.sections import Section, SectionKind, default_sections

__all__ = [
    "ChronologyEntry", "Decision", "DocumentKind", "DocumentStatus", "ExpectedDocument",
    "IgnoredRange", "Meta", "Note", "PartialDate", "Participant", "Press", "ProgrammeItem",
    "Provenance", "Purpose", "Role", "Section", "SectionKind", "Side", "Source", "Span",
    "SuggestionDecision", "Visit", "default_sections",
]
