"""Which documents a visit is expected to bring, and which agreements already exist."""

from __future__ import annotations

from briefing.model.note import DocumentStatus, ExpectedDocument, Note

_EXPECTED = (DocumentStatus.PLANNED, DocumentStatus.TO_BE_SIGNED, DocumentStatus.IN_NEGOTIATION)


def split_documents(note: Note) -> tuple[tuple[ExpectedDocument, ...], tuple[ExpectedDocument, ...]]:
    """(expected, existing): open documents and those signed during the visit; the rest already exist."""
    expected, existing = [], []
    for document in note.documents:
        (expected if _expected(document, note) else existing).append(document)
    return tuple(expected), tuple(existing)


def _expected(document: ExpectedDocument, note: Note) -> bool:
    if document.status in _EXPECTED:
        return True
    if document.status != DocumentStatus.SIGNED or document.date is None:
        return False
    start, end = note.visit.start or note.visit.end, note.visit.end or note.visit.start
    if start is None:
        return False
    # A document signed "in November 2025" during a visit of 17-20 November counts as signed there.
    return document.date.first_day() <= end.last_day() and document.date.last_day() >= start.first_day()
