"""The words shown for the note's choices (purpose, side, role, kind, status, press)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing.model.note import DocumentKind, DocumentStatus, Press, Purpose, Role, Side


def _tr(text: str) -> str:
    return QCoreApplication.translate("Choices", text)


def purposes() -> list[tuple[object, str]]:
    return [
        (Purpose.INFORMATION, _tr("For information")),
        (Purpose.DECISION, _tr("For decision")),
        (Purpose.MEETING_BRIEF, _tr("Meeting brief")),
    ]


def sides() -> list[tuple[object, str]]:
    return [(Side.GUEST, _tr("Guest")), (Side.HOST, _tr("Host")), (Side.OTHER, _tr("Other"))]


def roles() -> list[tuple[object, str]]:
    return [
        (None, "–"),
        (Role.HEAD_OF_DELEGATION, _tr("Head of delegation")),
        (Role.CO_CHAIR, _tr("Co-chair")),
        (Role.MEMBER, _tr("Member")),
        (Role.HOST, _tr("Host")),
        (Role.ACCOMPANYING, _tr("Accompanying")),
        (Role.EXPERT, _tr("Expert")),
        (Role.INTERPRETER, _tr("Interpreter")),
        (Role.OTHER, _tr("Other")),
    ]


def document_kinds() -> list[tuple[object, str]]:
    return [
        (None, "–"),
        (DocumentKind.AGREEMENT, _tr("Agreement")),
        (DocumentKind.MEMORANDUM, _tr("Memorandum")),
        (DocumentKind.PROTOCOL, _tr("Protocol")),
        (DocumentKind.DECLARATION, _tr("Declaration")),
        (DocumentKind.PROGRAMME_OR_PLAN, _tr("Programme or plan")),
        (DocumentKind.CONTRACT, _tr("Contract")),
        (DocumentKind.EXCHANGE_OF_NOTES, _tr("Exchange of notes")),
        (DocumentKind.OTHER, _tr("Other")),
    ]


def document_statuses() -> list[tuple[object, str]]:
    return [
        (DocumentStatus.PLANNED, _tr("Planned")),
        (DocumentStatus.TO_BE_SIGNED, _tr("To be signed")),
        (DocumentStatus.SIGNED, _tr("Signed")),
        (DocumentStatus.IN_NEGOTIATION, _tr("In negotiation")),
        (DocumentStatus.MENTIONED, _tr("Mentioned")),
    ]


def press() -> list[tuple[object, str]]:
    return [(None, "–"), (Press.OPEN, _tr("Open to press")), (Press.CLOSED, _tr("Closed"))]


def languages() -> list[tuple[object, str]]:
    return [("de", _tr("German")), ("en", _tr("English"))]


CLASSIFICATIONS = (
    "VS – NUR FÜR DEN DIENSTGEBRAUCH",
    "OFFEN",
    "OFFICIAL",
    "OFFICIAL-SENSITIVE",
    "UNCLASSIFIED",
)


def label_of(choices: list[tuple[object, str]], value: object) -> str:
    return next((label for item, label in choices if item == value), str(value or ""))
