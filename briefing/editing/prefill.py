"""Pre-filling a note from an extraction: only empty fields, each marked unconfirmed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefing.editing.paths import get_provenance, get_value, set_provenance, set_value
from briefing.errors import BriefingError
from briefing.model.note import ChronologyEntry, ExpectedDocument, Note, Participant, Visit
from briefing.model.provenance import Provenance, Span

if TYPE_CHECKING:  # briefing.extract loads on the first analysis, never with the editor
    from briefing.extract import Extraction, Suggestion

PREFILL_LABEL = "Pre-fill from source"
_INDEXED = re.compile(r"^(participants|documents|chronology)\[(\d+)\]\.(\w+)$")
ROW_MODELS = {"participants": Participant, "documents": ExpectedDocument, "chronology": ChronologyEntry}
ROW_KEYS = {"participants": "name", "documents": "title", "chronology": "date"}


def default_threshold() -> float:
    from briefing.extract import PREFILL_THRESHOLD

    return PREFILL_THRESHOLD


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == ()


def suggested_provenance(suggestion: "Suggestion", source_id: str, confirmed: bool = False) -> Provenance:
    """The evidence of a suggestion, its spans addressed to ``source_id``."""
    return Provenance(
        spans=tuple(Span(source_id=source_id, start=s.start, end=s.end) for s in suggestion.spans),
        confirmed=confirmed,
        rule=suggestion.rule,
        confidence=round(min(1.0, max(0.0, suggestion.confidence)), 3),
    )


@dataclass(frozen=True)
class RowGroup:
    """The suggestions the extractor made for one participant, document or chronology entry."""

    collection: str
    index: int
    fields: dict[str, list["Suggestion"]]  # field name -> suggestions, best first

    def key(self) -> "Suggestion | None":
        found = self.fields.get(ROW_KEYS[self.collection])
        return found[0] if found else None


def row_groups(extraction: "Extraction") -> list[RowGroup]:
    """The extraction's row suggestions, grouped by the row they describe."""
    groups: dict[tuple[str, int], dict[str, list]] = {}
    for suggestion in extraction.suggestions:
        match = _INDEXED.match(suggestion.field)
        if match:
            key = (match.group(1), int(match.group(2)))
            groups.setdefault(key, {}).setdefault(match.group(3), []).append(suggestion)
    return [
        RowGroup(kind, index, {name: sorted(found, key=lambda s: -s.confidence) for name, found in fields.items()})
        for (kind, index), fields in sorted(groups.items())
    ]


def plain_suggestions(extraction: "Extraction") -> dict[str, list["Suggestion"]]:
    """The extraction's visit suggestions by field path, best first."""
    found: dict[str, list] = {}
    for suggestion in extraction.suggestions:
        owner, _, name = suggestion.field.partition(".")
        if owner == "visit" and name in Visit.model_fields and name != "programme":
            found.setdefault(suggestion.field, []).append(suggestion)
    return {path: sorted(items, key=lambda s: -s.confidence) for path, items in found.items()}


def _surname(name: str) -> str:
    words = name.replace(",", " ").split()
    return words[-1].casefold() if words else ""


def matching_row(note: Note, collection: str, key: Any, kind: Any = None) -> int | None:
    """The row of ``collection`` that describes the same thing as a suggested key value."""
    for index, item in enumerate(getattr(note, collection)):
        if collection == "participants":
            if _surname(item.name) and _surname(item.name) == _surname(str(key)):
                return index
        elif collection == "documents":
            same_title = " ".join(item.title.split()).casefold() == " ".join(str(key).split()).casefold()
            if same_title and (kind is None or item.kind is None or item.kind == kind):
                return index
        elif item.date is not None and item.date == key:
            return index
    return None


def fillable(note: Note, path: str) -> bool:
    """True when the field at ``path`` holds nothing the officer typed or confirmed."""
    try:
        value = get_value(note, path)
        provenance = get_provenance(note, path)
    except BriefingError:
        return False
    return is_empty(value) and not (provenance is not None and provenance.confirmed)


def _fill(note: Note, path: str, suggestion: "Suggestion", source_id: str) -> Note:
    try:
        note = set_value(note, path, suggestion.value)
        return set_provenance(note, path, suggested_provenance(suggestion, source_id))
    except BriefingError:
        return note  # a value the model refuses is left to the suggestions panel


def _best(items: list["Suggestion"], threshold: float) -> "Suggestion | None":
    return next((s for s in items if s.confidence >= threshold), None)


def new_row(group: RowGroup, source_id: str, threshold: float, only: set[str] | None = None):
    """A participant, document or chronology entry built from a group's suggestions."""
    model = ROW_MODELS[group.collection]
    data: dict[str, Any] = {}
    evidence: dict[str, Provenance] = {}
    for name, items in group.fields.items():
        best = _best(items, threshold)
        if best is None or name not in model.model_fields or (only is not None and name not in only):
            continue
        try:
            model(**{name: best.value})
        except ValueError:
            continue
        data[name] = best.value
        evidence[name] = suggested_provenance(best, source_id)
    return model(evidence=evidence, **data)


def _fill_source(note: Note, extraction: "Extraction", source_id: str) -> Note:
    index = next((i for i, s in enumerate(note.sources) if s.id == source_id), None)
    if index is None:
        return note
    source = note.sources[index]
    update = {
        "agency": source.agency or extraction.agency,
        "place": source.place or extraction.place,
        "published": source.published or extraction.published,
        "ignored": source.ignored or extraction.ignored,
    }
    if not source.language and extraction.language in ("de", "en", "ru"):
        update["language"] = extraction.language
    sources = list(note.sources)
    sources[index] = source.model_copy(update=update)
    return note.model_copy(update={"sources": tuple(sources)})


def prefill(note: Note, extraction: "Extraction", source_id: str, threshold: float | None = None) -> Note:
    """``note`` with its empty fields filled from ``extraction`` at or above ``threshold``.

    A value the officer typed, or any confirmed evidence, is never overwritten. Rows are
    added when no existing one matches (participants by surname, documents by kind and
    title, chronology entries by date); a matching row only gains its empty fields.
    """
    threshold = default_threshold() if threshold is None else threshold
    note = _fill_source(note, extraction, source_id)
    for path, items in plain_suggestions(extraction).items():
        best = _best(items, threshold)
        if best is not None and fillable(note, path):
            note = _fill(note, path, best, source_id)
    for group in row_groups(extraction):
        key = group.key()
        if key is None or key.confidence < threshold:
            continue
        kind = _best(group.fields.get("kind", []), 0.0)
        row = matching_row(note, group.collection, key.value, kind.value if kind else None)
        if row is None:
            items = getattr(note, group.collection) + (new_row(group, source_id, threshold),)
            note = set_value(note, group.collection, items)
            continue
        for name, items in group.fields.items():
            best = _best(items, threshold)
            path = f"{group.collection}[{row}].{name}"
            if best is not None and fillable(note, path):
                note = _fill(note, path, best, source_id)
    return note


def prefill_session(session, extraction: "Extraction", source_id: str, threshold: float | None = None) -> bool:
    """Pre-fill the session's note as one undoable step; False when nothing was empty to fill."""
    return session.apply(PREFILL_LABEL, prefill(session.note, extraction, source_id, threshold))


def unconfirmed(note: Note) -> Iterator[tuple[str, Provenance]]:
    """Every field whose value was suggested and not yet confirmed by the officer."""
    for path, provenance in note.evidence_items():
        if not provenance.confirmed:
            yield path, provenance


def confirm(note: Note, path: str) -> Note:
    """``note`` with the value at ``path`` confirmed (its evidence kept)."""
    provenance = get_provenance(note, path)
    if provenance is None or provenance.confirmed:
        return note
    return set_provenance(note, path, provenance.model_copy(update={"confirmed": True}))


def confirm_all(note: Note) -> Note:
    """``note`` with every suggested value confirmed."""
    for path, _ in list(unconfirmed(note)):
        note = confirm(note, path)
    return note
