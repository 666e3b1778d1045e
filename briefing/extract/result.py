"""What the extractor hands back: suggestions with evidence, and how they become a note."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefing.model.note import (
    ChronologyEntry,
    ExpectedDocument,
    IgnoredRange,
    Note,
    Participant,
    Source,
    Visit,
)
from briefing.model.provenance import Provenance, Span

PREFILL_THRESHOLD = 0.6

_INDEXED = re.compile(r"^(\w+)\[(\d+)\]\.(\w+)$")
_PLAIN = re.compile(r"^(\w+)\.(\w+)$")


@dataclass(frozen=True)
class Suggestion:
    """One value proposed for one field of the note, with its evidence in the source."""

    field: str
    value: object
    spans: tuple[Span, ...]
    rule: str
    confidence: float


@dataclass(frozen=True)
class Extraction:
    """Everything the extractor found in one source text."""

    language: str
    published: dt.date | None
    agency: str
    place: str
    ignored: tuple[IgnoredRange, ...] = ()
    suggestions: tuple[Suggestion, ...] = field(default_factory=tuple)

    def for_field(self, name: str) -> list[Suggestion]:
        """The suggestions for one field path, best first."""
        return sorted(
            (s for s in self.suggestions if s.field == name), key=lambda s: -s.confidence
        )

    def to_note(self, source: Source, threshold: float = PREFILL_THRESHOLD) -> Note:
        """A note holding ``source`` and every suggestion at or above ``threshold``, unconfirmed."""
        # Each value carries Provenance(spans, confirmed=False, rule, confidence); the spans
        # are re-addressed to ``source.id``.
        source = source.model_copy(
            update={
                "agency": source.agency or self.agency,
                "place": source.place or self.place,
                "published": source.published or self.published,
                "language": source.language or self.language,
                "ignored": source.ignored or self.ignored,
            }
        )
        language = "en" if self.language == "en" else "de"
        groups: dict[str, dict[int, dict[str, Suggestion]]] = {}
        visit: dict[str, Suggestion] = {}
        for suggestion in self.suggestions:
            if suggestion.confidence < threshold:
                continue
            indexed = _INDEXED.match(suggestion.field)
            if indexed:
                kind, index, name = indexed.group(1), int(indexed.group(2)), indexed.group(3)
                slot = groups.setdefault(kind, {}).setdefault(index, {})
                _keep_best(slot, name, suggestion)
                continue
            plain = _PLAIN.match(suggestion.field)
            if plain and plain.group(1) == "visit":
                _keep_best(visit, plain.group(2), suggestion)
        note = Note.blank(language)
        return note.model_copy(
            update={
                "sources": (source,),
                "visit": _build(Visit, visit, source.id),
                "participants": _built_list(Participant, groups.get("participants"), source.id, "name"),
                "documents": _built_list(ExpectedDocument, groups.get("documents"), source.id, "title"),
                "chronology": _built_list(ChronologyEntry, groups.get("chronology"), source.id, "date"),
            }
        )


def _keep_best(slot: dict[str, Suggestion], name: str, suggestion: Suggestion) -> None:
    current = slot.get(name)
    if current is None or suggestion.confidence > current.confidence:
        slot[name] = suggestion


def _build(model, values: dict[str, Suggestion], source_id: str):
    data, evidence = {}, {}
    for name, suggestion in values.items():
        if name not in model.model_fields:
            continue
        data[name] = suggestion.value
        evidence[name] = Provenance(
            spans=tuple(span.model_copy(update={"source_id": source_id}) for span in suggestion.spans),
            confirmed=False,
            rule=suggestion.rule,
            confidence=round(min(1.0, max(0.0, suggestion.confidence)), 3),
        )
    return model(evidence=evidence, **data)


def _built_list(model, slots: dict[int, dict[str, Suggestion]] | None, source_id: str, key: str):
    if not slots:
        return ()
    return tuple(
        _build(model, slots[index], source_id)
        for index in sorted(slots)
        if key in slots[index]
    )
