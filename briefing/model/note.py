"""The briefing note: metadata, sources, the visit, participants, documents, background."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import Field, field_validator, model_validator

from briefing.model.partial_date import PartialDate
from briefing.model.provenance import Strict, Traced
from briefing.model.sections import Section, default_sections, refuse_repeats

FORMAT_MARKER = "briefing-note"
SCHEMA_VERSION = 1


class Purpose(StrEnum):
    """What the note is for."""

    INFORMATION = "information"
    DECISION = "decision"
    MEETING_BRIEF = "meeting_brief"


class Side(StrEnum):
    """Which delegation a participant belongs to."""

    GUEST = "guest"
    HOST = "host"
    OTHER = "other"


class Role(StrEnum):
    """A participant's role in the meeting."""

    HEAD_OF_DELEGATION = "head_of_delegation"
    CO_CHAIR = "co_chair"
    MEMBER = "member"
    HOST = "host"
    ACCOMPANYING = "accompanying"
    EXPERT = "expert"
    INTERPRETER = "interpreter"
    OTHER = "other"


class DocumentKind(StrEnum):
    """The kind of an expected document."""

    AGREEMENT = "agreement"
    MEMORANDUM = "memorandum"
    PROTOCOL = "protocol"
    DECLARATION = "declaration"
    PROGRAMME_OR_PLAN = "programme_or_plan"
    CONTRACT = "contract"
    EXCHANGE_OF_NOTES = "exchange_of_notes"
    OTHER = "other"


class DocumentStatus(StrEnum):
    """How far an expected document has come."""

    PLANNED = "planned"
    TO_BE_SIGNED = "to_be_signed"
    SIGNED = "signed"
    IN_NEGOTIATION = "in_negotiation"
    MENTIONED = "mentioned"


class Press(StrEnum):
    """Whether a programme item is open to the press."""

    OPEN = "open"
    CLOSED = "closed"


class Meta(Traced):
    """The note's metadata: what stands in its title block."""

    title: str = ""
    classification: str = ""
    file_reference: str = ""
    unit: str = ""
    author: str = ""
    phone: str = ""
    addressee: str = ""
    routing: str = ""
    purpose: Purpose = Purpose.INFORMATION
    date: dt.date | None = None
    as_of: dt.date | None = None
    deadline: dt.date | None = None
    clearances: tuple[str, ...] = ()
    language: Literal["de", "en"] = "de"
    template: str = ""


class IgnoredRange(Strict):
    """A stretch of a source that is web clutter (a photo credit, a navigation word)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    reason: str = ""


class Source(Strict):
    """A source text exactly as loaded, and what is known about it."""

    id: str = Field(min_length=1)
    text: str = ""
    title: str = ""
    agency: str = ""
    place: str = ""
    published: dt.date | None = None
    url: str = ""
    language: Literal["de", "en", "ru", ""] = ""
    filename: str = ""
    ignored: tuple[IgnoredRange, ...] = ()


class ProgrammeItem(Traced):
    """One entry of the visit programme."""

    date: PartialDate | None = None
    time: str = ""
    place: str = ""
    event: str = ""
    press: Press | None = None


class Visit(Traced):
    """Who visits whom, when, where and why."""

    guest_country: str = ""
    host_country: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    places: tuple[str, ...] = ()
    occasion: str = ""
    purpose: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    programme: tuple[ProgrammeItem, ...] = ()

    @field_validator("guest_country", "host_country", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value


class Participant(Traced):
    """A person taking part, on one side or the other."""

    name: str = ""
    function: str = ""
    organisation: str = ""
    country: str = ""
    side: Side = Side.GUEST
    role: Role | None = None
    notes: str = ""

    @field_validator("country", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value


class ExpectedDocument(Traced):
    """A document expected to be signed, negotiated or mentioned."""

    title: str = ""
    kind: DocumentKind | None = None
    parties: tuple[str, ...] = ()
    status: DocumentStatus = DocumentStatus.PLANNED
    date: PartialDate | None = None
    notes: str = ""


class ChronologyEntry(Traced):
    """A dated event of the bilateral background."""

    date: PartialDate | None = None
    text: str = ""


class Decision(StrEnum):
    """The officer's answer to a suggestion."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"


class SuggestionDecision(Strict):
    """A record of an accepted or rejected suggestion, kept for measuring quality."""

    field: str
    value: str
    rule: str = ""
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    decision: Decision
    at: dt.datetime | None = None


class Note(Strict):
    """A briefing note: everything that ends up in the Word document, with provenance."""

    format: Literal["briefing-note"] = FORMAT_MARKER
    schema_version: int = SCHEMA_VERSION
    meta: Meta = Field(default_factory=Meta)
    sources: tuple[Source, ...] = ()
    visit: Visit = Field(default_factory=Visit)
    participants: tuple[Participant, ...] = ()
    documents: tuple[ExpectedDocument, ...] = ()
    chronology: tuple[ChronologyEntry, ...] = ()
    sections: tuple[Section, ...] = Field(default_factory=lambda: tuple(default_sections("de")))
    decisions: tuple[SuggestionDecision, ...] = ()

    @model_validator(mode="after")
    def _unique_keys(self) -> "Note":
        refuse_repeats((section.key for section in self.sections), "section key")
        refuse_repeats((source.id for source in self.sources), "source id")
        return self

    @classmethod
    def blank(cls, language: str = "de") -> "Note":
        """An empty note with the standard outline in ``language``."""
        return cls(meta=Meta(language=language), sections=tuple(default_sections(language)))

    def section(self, key: str) -> Section | None:
        return next((section for section in self.sections if section.key == key), None)

    def source(self, source_id: str) -> Source | None:
        return next((source for source in self.sources if source.id == source_id), None)

    def evidence_items(self):
        """Every (field path, provenance) pair recorded in the note."""
        parts = [("meta", self.meta), ("visit", self.visit)]
        parts += [(f"participants[{i}]", p) for i, p in enumerate(self.participants)]
        parts += [(f"documents[{i}]", d) for i, d in enumerate(self.documents)]
        parts += [(f"chronology[{i}]", c) for i, c in enumerate(self.chronology)]
        parts += [(f"visit.programme[{i}]", p) for i, p in enumerate(self.visit.programme)]
        parts += [(f"sections.{s.key}", s) for s in self.sections]
        for prefix, part in parts:
            for field, provenance in part.evidence.items():
                yield f"{prefix}.{field}", provenance

    def with_section_text(self, key: str, text: str) -> "Note":
        """A copy with the text of section ``key`` replaced."""
        sections = tuple(
            section.model_copy(update={"text": text}) if section.key == key else section
            for section in self.sections
        )
        return self.model_copy(update={"sections": sections})
