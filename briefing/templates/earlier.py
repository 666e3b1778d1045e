"""A new note from an earlier one ("next year's commission"): what recurs stays, the rest goes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from briefing.model.note import ChronologyEntry, DocumentStatus, Note, Role
from briefing.model.partial_date import PartialDate

# Roles that come back at the next meeting of the same commission or relationship.
RECURRING_ROLES = frozenset({Role.HEAD_OF_DELEGATION, Role.CO_CHAIR, Role.HOST})


# Sections whose text reports on one meeting; the next meeting's note needs them new.
DATED_SECTIONS = frozenset({"summary", "assessment", "recommendation"})


def recurring_participants(note: Note) -> list[int]:
    """Indexes of the participants who are likely to recur (heads of delegation, co-chairs, hosts)."""
    return [index for index, person in enumerate(note.participants) if person.role in RECURRING_ROLES]


def note_from_earlier(earlier: Note, *, participants: Iterable[int] | None = None) -> Note:
    """A new note that starts where ``earlier`` ended.

    Kept: metadata defaults, outline and the standing section texts (talking points,
    lines, boilerplate), countries, places, occasion, purpose, sectors, programme events,
    expected documents, chronology, and the participants chosen (``participants``:
    indexes; None: those who recur). Cleared: title, dates, document statuses, the texts
    that speak of the earlier meeting itself (summary, assessment, recommendation),
    sources, recorded decisions and all evidence (it pointed into the old source). The
    earlier visit is added to the chronology.
    """
    chosen = set(recurring_participants(earlier) if participants is None else participants)
    data = _without_evidence(earlier.model_dump(mode="python"))
    meta = data["meta"]
    meta.update(title="", date=None, as_of=None, deadline=None)
    visit = data["visit"]
    visit.update(start=None, end=None)
    visit["programme"] = [dict(item, date=None, time="") for item in visit["programme"]]
    data["participants"] = [person for index, person in enumerate(data["participants"]) if index in chosen]
    data["documents"] = [dict(doc, status=DocumentStatus.PLANNED, date=None) for doc in data["documents"]]
    data["sections"] = [
        dict(section, text="") if section["key"] in DATED_SECTIONS else section for section in data["sections"]
    ]
    data["sources"] = []
    data["decisions"] = []
    note = Note.model_validate(data)
    entry = earlier_visit_entry(earlier)
    if entry is not None and entry not in note.chronology:
        note = note.model_copy(update={"chronology": _insert_by_date(note.chronology, entry)})
    return note


def earlier_visit_entry(earlier: Note) -> ChronologyEntry | None:
    """The earlier visit as one line of background, or None when it holds nothing to say."""
    visit = earlier.visit
    when = visit.start or (PartialDate.from_date(earlier.meta.date) if earlier.meta.date else None)
    text = earlier.meta.title.strip()
    if not text and visit.occasion.strip():
        text = visit.occasion.strip()
        if visit.places:
            text += f" ({', '.join(visit.places)})"
    if not text:
        return None
    return ChronologyEntry(date=when, text=text)


def _insert_by_date(entries: tuple[ChronologyEntry, ...], new: ChronologyEntry) -> tuple[ChronologyEntry, ...]:
    if new.date is None:
        return (*entries, new)
    at = next(
        (index for index, entry in enumerate(entries) if entry.date is not None and entry.date.first_day() > new.date.first_day()),
        len(entries),
    )
    return (*entries[:at], new, *entries[at:])


def _without_evidence(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: ({} if key == "evidence" else _without_evidence(item)) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_without_evidence(item) for item in value]
    return value
