"""Edits that concern source texts: adding one, changing its text, using a passage for a field."""

from __future__ import annotations

import datetime as dt
import difflib
import typing

from briefing.editing.paths import describe_field, get_value, owner_and_field, set_provenance, set_value
from briefing.errors import BriefingError
from briefing.model.note import Note, Source
from briefing.model.partial_date import PartialDate
from briefing.model.provenance import Provenance, Span


def add_source(note: Note, source: Source) -> Note:
    """A note with ``source`` added; a text already held is refused by name."""
    for held in note.sources:
        if held.text == source.text:
            raise BriefingError(f"this text is already loaded as '{held.title or held.id}'")
    taken = {held.id for held in note.sources}
    unique, counter = source.id, 2
    while unique in taken:
        unique, counter = f"{source.id}-{counter}", counter + 1
    return set_value(note, "sources", note.sources + (source.model_copy(update={"id": unique}),))


def replace_source_text(note: Note, source_id: str, text: str) -> Note:
    """A note whose source ``source_id`` holds ``text``; evidence spans follow the edit."""
    index = next((i for i, s in enumerate(note.sources) if s.id == source_id), None)
    if index is None:
        raise BriefingError(f"the note holds no source '{source_id}'")
    old = note.sources[index].text
    mapper = _OffsetMapper(old, text)
    note = set_value(note, f"sources[{index}].text", text)
    note = set_value(note, f"sources[{index}].ignored", tuple(
        r.model_copy(update={"start": mapper.map(r.start), "end": mapper.map(r.end)})
        for r in note.sources[index].ignored
    ))
    for path, provenance in list(note.evidence_items()):
        if not any(span.source_id == source_id for span in provenance.spans):
            continue
        spans, stale = [], provenance.stale
        for span in provenance.spans:
            if span.source_id != source_id:
                spans.append(span)
                continue
            start, end = mapper.map(span.start), mapper.map(span.end)
            stale = stale or text[start:end] != old[span.start:span.end]
            spans.append(Span(source_id=source_id, start=start, end=max(start, end)))
        note = set_provenance(note, path, provenance.model_copy(update={"spans": tuple(spans), "stale": stale}))
    return note


class _OffsetMapper:
    """Maps code-point offsets of an old text to the new text through their differences."""

    def __init__(self, old: str, new: str) -> None:
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        self._opcodes = matcher.get_opcodes()

    def map(self, offset: int) -> int:
        for tag, i1, i2, j1, j2 in self._opcodes:
            if offset < i2 or (offset == i2 and tag == "equal"):
                if tag == "equal":
                    return j1 + (offset - i1)
                return j1 if offset == i1 else j2
        return self._opcodes[-1][4] if self._opcodes else offset



def value_from_passage(note: Note, path: str, passage: str) -> typing.Any:
    """The value a passage gives the field at ``path``: a list gains an item, text is replaced."""
    passage = " ".join(passage.split())
    if not passage:
        raise BriefingError("the selection holds no text")
    current = get_value(note, path)
    owner_path, field = owner_and_field(path)
    owner = get_value(note, owner_path) if owner_path else note
    annotation = type(owner).model_fields[field].annotation if hasattr(type(owner), "model_fields") else None
    if isinstance(current, tuple):
        return current if passage in current else current + (passage,)
    if _accepts(annotation, PartialDate) or _accepts(annotation, dt.date):
        try:
            parsed = PartialDate.parse(passage)
        except ValueError:
            raise BriefingError(
                f"'{passage}' is not a date Briefing can read here; type the date and use "
                "'Use as evidence' for the passage"
            ) from None
        return parsed if _accepts(annotation, PartialDate) else parsed.first_day()
    if isinstance(current, str) or current is None:
        return passage
    raise BriefingError(f"a passage cannot fill the {describe_field(note, path)} field; use it as evidence")


def _accepts(annotation: typing.Any, kind: type) -> bool:
    return annotation is kind or kind in typing.get_args(annotation)


def passage_provenance(note: Note, path: str, source_id: str, start: int, end: int) -> Provenance:
    """Evidence for ``path`` pointing at one passage, confirmed by the officer."""
    source = note.source(source_id)
    if source is None:
        raise BriefingError(f"the note holds no source '{source_id}'")
    if not 0 <= start <= end <= len(source.text):
        raise BriefingError(f"the passage {start}-{end} lies outside the source text")
    return Provenance(spans=(Span(source_id=source_id, start=start, end=end),), confirmed=True)
