"""The outline of a note: free-text sections and structured blocks, in template order."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from briefing.model.provenance import Traced


class SectionKind(StrEnum):
    """What a section holds: free text, a bullet list, or one of the structured blocks."""

    TEXT = "text"
    BULLETS = "bullets"
    VISIT = "visit"
    PROGRAMME = "programme"
    PARTICIPANTS = "participants"
    DOCUMENTS = "documents"
    CHRONOLOGY = "chronology"
    SOURCES = "sources"


STRUCTURED_KINDS = frozenset(
    {
        SectionKind.VISIT,
        SectionKind.PROGRAMME,
        SectionKind.PARTICIPANTS,
        SectionKind.DOCUMENTS,
        SectionKind.CHRONOLOGY,
        SectionKind.SOURCES,
    }
)


class Section(Traced):
    """One part of the note's body: a heading and, for text kinds, its text.

    Bullet sections hold one point per line. Structured blocks take their content
    from the note's visit, participants, documents, chronology and sources.
    """

    key: str
    heading: str
    kind: SectionKind = SectionKind.TEXT
    text: str = ""

    @property
    def structured(self) -> bool:
        return self.kind in STRUCTURED_KINDS

    def bullet_points(self) -> list[str]:
        return [line.strip().lstrip("-•* ").strip() for line in self.text.splitlines() if line.strip()]


# key, kind, German heading, English heading
_DEFAULT_OUTLINE: tuple[tuple[str, SectionKind, str, str], ...] = (
    ("summary", SectionKind.TEXT, "Zusammenfassung", "Summary"),
    ("visit", SectionKind.VISIT, "Der Besuch im Überblick", "The visit at a glance"),
    ("objectives", SectionKind.BULLETS, "Gesprächsziele", "Objectives"),
    ("programme", SectionKind.PROGRAMME, "Programm", "Programme"),
    ("participants", SectionKind.PARTICIPANTS, "Teilnehmer", "Participants"),
    ("documents", SectionKind.DOCUMENTS, "Erwartete Dokumente", "Expected documents"),
    ("talking_points", SectionKind.BULLETS, "Gesprächsführung (aktiv)", "Talking points"),
    ("reactive_lines", SectionKind.BULLETS, "Reaktive Gesprächsführung", "Reactive lines (if raised)"),
    ("press_line", SectionKind.TEXT, "Sprachregelung Presse", "Press line"),
    ("chronology", SectionKind.CHRONOLOGY, "Hintergrund", "Background"),
    ("assessment", SectionKind.TEXT, "Bewertung", "Assessment"),
    ("recommendation", SectionKind.TEXT, "Empfehlung", "Recommendation"),
    ("sources", SectionKind.SOURCES, "Quellen", "Sources"),
)


def default_sections(language: str = "de") -> list[Section]:
    """The standard outline of a visit brief, with headings in ``language``."""
    german = language == "de"
    return [
        Section(key=key, kind=kind, heading=de if german else en)
        for key, kind, de, en in _DEFAULT_OUTLINE
    ]


def default_headings(language: str) -> dict[str, str]:
    """The standard heading of each outline key in ``language``."""
    german = language == "de"
    return {key: de if german else en for key, _, de, en in _DEFAULT_OUTLINE}


def refuse_repeats(values: Iterable[object], what: str) -> None:
    """Raise ValueError naming the ``values`` that occur more than once ("section key used twice: …")."""
    texts = [str(value) for value in values]
    twice = sorted({text for text in texts if texts.count(text) > 1})
    if twice:
        raise ValueError(f"{what} used twice: {', '.join(twice)}")
