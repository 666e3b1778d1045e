"""Which sentences of a source no field of the note uses yet, so nothing important is missed."""

from __future__ import annotations

import bisect
import re

from briefing.model.note import Note

# A sentence ends at . ! ? … (and closing quotes or brackets) before white space and a capital,
# a digit or an opening quote; a line break always ends one.
_END = re.compile(r"[.!?…]+[\"'»«“”’)\]]*(?=\s+[\"'«»„“(\[]?[^\W\d_]|\s+\d)|\n+")
# Where a full stop does not end a sentence: ordinals and dates ("17. November"), initials,
# and the common abbreviations of the three languages.
_NO_END = re.compile(
    r"(?:\b\d{1,2}|\b[^\W\d_]|\b(?:Dr|Prof|Nr|Mr|Mrs|Ms|St|bzw|ca|vgl|Abs|Art|Jan|Feb|Aug|Sept?|Okt|Oct|Nov|Dez|"
    r"Dec|z\.B|u\.a|d\.h|г|гг|ул|им|т\.д|т\.е|e\.g|i\.e|etc|vs))\.$",
    re.IGNORECASE,
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as code-point ranges, without surrounding white space."""
    spans, start = [], 0
    for match in _END.finditer(text):
        if match.group().startswith(".") and _NO_END.search(text, max(0, match.start() - 12), match.start() + 1):
            continue
        _add(spans, text, start, match.end())
        start = match.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def used_ranges(note: Note, source_id: str) -> list[tuple[int, int]]:
    """The stretches of a source that some field's evidence points at."""
    return sorted(
        (span.start, span.end)
        for _, provenance in note.evidence_items()
        for span in provenance.spans
        if span.source_id == source_id
    )


def uncovered(note: Note, source_id: str) -> list[tuple[int, int]]:
    """The sentences of a source that no field's evidence touches, clutter left out."""
    source = note.source(source_id)
    if source is None:
        return []
    used = _merged(used_ranges(note, source_id))
    starts = [a for a, _ in used]
    ignored = sorted((r.start, r.end) for r in source.ignored)
    shaded: list[tuple[int, int]] = []
    for start, end in sentence_spans(source.text):
        at = bisect.bisect_right(starts, end - 1) - 1  # the last used range starting inside or before
        if at >= 0 and used[at][1] > start:
            continue
        for a, b in _minus(start, end, ignored):
            _add(shaded, source.text, a, b)
    return shaded


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ranges joined where they overlap, so one look-up finds any overlap."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((a, max(b, a + 1)) for a, b in ranges):  # an empty span marks its place
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _minus(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    parts, position = [], start
    for a, b in holes:
        if b <= position or a >= end:
            continue
        if a > position:
            parts.append((position, a))
        position = max(position, b)
    if position < end:
        parts.append((position, end))
    return parts
