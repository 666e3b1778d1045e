"""The suggestions left after pre-fill, and the officer's accepts and rejects of them."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefing.editing.paths import describe_field, get_provenance, get_value, set_provenance, set_value
from briefing.editing.prefill import (
    ROW_KEYS, ROW_MODELS, RowGroup, default_threshold, matching_row, new_row, plain_suggestions, row_groups,
    suggested_provenance,
)
from briefing.errors import BriefingError
from briefing.model.note import Decision, Note, SuggestionDecision
from briefing.model.partial_date import PartialDate
from briefing.model.provenance import Provenance

if TYPE_CHECKING:
    from briefing.extract import Extraction, Suggestion


def value_text(value: Any) -> str:
    """A suggested value as words: "Peking, Minsk", "2025-11-17", "head_of_delegation"."""
    if isinstance(value, (tuple, list)):
        return ", ".join(value_text(item) for item in value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (PartialDate, dt.date)):
        return value.isoformat()
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Offer:
    """One suggestion the officer may accept or reject, and the field it would fill."""

    path: str  # for a new row: its key field in the row that accepting it adds
    suggestion: "Suggestion"
    source_id: str
    group: RowGroup | None = None  # set when accepting adds a row

    @property
    def new_row(self) -> bool:
        return self.group is not None

    @property
    def text(self) -> str:
        return value_text(self.suggestion.value)

    @property
    def confidence(self) -> float:
        return self.suggestion.confidence

    def field_pattern(self) -> str:
        """The path with its row index left out, for new rows: "participants[].name"."""
        head, _, rest = self.path.partition("[")
        return f"{head}[].{rest.partition('].')[2]}" if rest else self.path


def _decided(note: Note, offer: Offer) -> bool:
    for decision in note.decisions:
        if decision.value != offer.text:
            continue
        field = decision.field
        if field == offer.path or (offer.new_row and _without_index(field) == offer.field_pattern()):
            return True
    return False


def _without_index(path: str) -> str:
    head, _, rest = path.partition("[")
    return f"{head}[].{rest.partition('].')[2]}" if rest else path


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w]+", " ", text.casefold()).split()


def _holds(current: Any, suggested: str) -> bool:
    """True when the current value already says what is suggested (case, spacing, punctuation aside)."""
    have, wanted = _words(value_text(current)), _words(suggested)
    return bool(wanted) and (have == wanted or set(wanted) <= set(have))


def _overlaps(provenance: Provenance | None, suggestion: "Suggestion", source_id: str) -> bool:
    """True when confirmed evidence already covers part of the suggestion's passage."""
    if provenance is None or not provenance.confirmed:
        return False
    return any(span.source_id == source_id and span.start < theirs.end and theirs.start < span.end
               for span in provenance.spans for theirs in suggestion.spans)


def _field_offers(note: Note, path: str, items: Iterable["Suggestion"], source_id: str) -> list[Offer]:
    try:
        current = get_value(note, path)
        provenance = get_provenance(note, path)
    except BriefingError:
        return []
    offers, seen = [], {value_text(current)}
    for suggestion in items:
        offer = Offer(path, suggestion, source_id)
        if offer.text in seen or not offer.text or _decided(note, offer):
            continue
        if _holds(current, offer.text) or _overlaps(provenance, suggestion, source_id):
            continue
        seen.add(offer.text)
        offers.append(offer)
    return offers


def remaining(note: Note, extractions: Mapping[str, "Extraction"]) -> list[Offer]:
    """Suggestions not in the note yet and not decided on, by source id; best first per field."""
    offers: list[Offer] = []
    for source_id, extraction in extractions.items():
        if note.source(source_id) is None:
            continue
        for path, items in plain_suggestions(extraction).items():
            offers += _field_offers(note, path, items, source_id)
        added = {collection: len(getattr(note, collection)) for collection in ROW_MODELS}
        for group in row_groups(extraction):
            key = group.key()
            if key is None:
                continue
            kind = group.fields.get("kind", [None])[0]
            row = matching_row(note, group.collection, key.value, kind.value if kind else None)
            if row is None:
                path = f"{group.collection}[{added[group.collection]}].{ROW_KEYS[group.collection]}"
                offer = Offer(path, key, source_id, group)
                if not _decided(note, offer) and not _used(note, key, source_id):
                    added[group.collection] += 1
                    offers.append(offer)
                continue
            for name, items in group.fields.items():
                offers += _field_offers(note, f"{group.collection}[{row}].{name}", items, source_id)
    return offers


def _used(note: Note, suggestion: "Suggestion", source_id: str) -> bool:
    """True when confirmed evidence anywhere in the note covers part of the suggestion's passage."""
    return any(_overlaps(provenance, suggestion, source_id) for _, provenance in note.evidence_items())


def _record(note: Note, offer: Offer, path: str, decision: Decision, at: dt.datetime | None) -> Note:
    record = SuggestionDecision(
        field=path, value=offer.text, rule=offer.suggestion.rule,
        confidence=round(min(1.0, max(0.0, offer.confidence)), 3), decision=decision,
        at=at or dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
    )
    return note.model_copy(update={"decisions": note.decisions + (record,)})


def accept(note: Note, offer: Offer, at: dt.datetime | None = None) -> Note:
    """``note`` with the offer's value and evidence set, confirmed, and the accept recorded.

    Accepting a new participant, document or chronology entry adds its row; the row's
    other fields come from their best suggestions, marked unconfirmed.
    """
    provenance = suggested_provenance(offer.suggestion, offer.source_id, confirmed=True)
    if offer.group is not None:
        collection, key = offer.group.collection, ROW_KEYS[offer.group.collection]
        row = new_row(offer.group, offer.source_id, default_threshold())
        evidence = dict(row.evidence) | {key: provenance}
        row = row.model_copy(update={key: offer.suggestion.value, "evidence": evidence})
        items = getattr(note, collection)
        path = f"{collection}[{len(items)}].{key}"
        note = set_value(note, collection, items + (type(row).model_validate(row.model_dump()),))
    else:
        path = offer.path
        note = set_provenance(set_value(note, path, offer.suggestion.value), path, provenance)
    return _record(note, offer, path, Decision.ACCEPTED, at)


def reject(note: Note, offer: Offer, at: dt.datetime | None = None) -> Note:
    """``note`` with the reject of ``offer`` recorded (so it is offered no more)."""
    return _record(note, offer, offer.path, Decision.REJECTED, at)


def accept_all(note: Note, offers: Iterable[Offer], threshold: float, at: dt.datetime | None = None) -> Note:
    """``note`` with the best offer of every field at or above ``threshold`` accepted."""
    taken: set[str] = set()
    for offer in sorted(offers, key=lambda o: -o.confidence):
        if offer.confidence < threshold or offer.path in taken:
            continue
        taken.add(offer.path)
        try:
            note = accept(note, offer, at)
        except BriefingError:
            continue  # a value the model refuses stays offered
    return note


def accept_offer(session, offer: Offer) -> bool:
    """Accept one offer as one undoable step."""
    words = describe_field(session.note, offer.path) if not offer.new_row else offer.text
    return session.apply(f"Accept suggestion for {words}", accept(session.note, offer))


def reject_offer(session, offer: Offer) -> bool:
    """Reject one offer as one undoable step."""
    words = describe_field(session.note, offer.path) if not offer.new_row else offer.text
    return session.apply(f"Reject suggestion for {words}", reject(session.note, offer))
