"""The words shown for the note's choices (purpose, side, role, kind, status, press)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing.model.note import DocumentKind, DocumentStatus, Press, Purpose, Role, Side

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def purposes() -> list[tuple[object, str]]:
    return [
        (Purpose.INFORMATION, translate("Choices", "For information")),
        (Purpose.DECISION, translate("Choices", "For decision")),
        (Purpose.MEETING_BRIEF, translate("Choices", "Meeting brief")),
    ]


def sides() -> list[tuple[object, str]]:
    return [
        (Side.GUEST, translate("Choices", "Guest")),
        (Side.HOST, translate("Choices", "Host")),
        (Side.OTHER, translate("Choices", "Other", "side of a participant")),
    ]


def roles() -> list[tuple[object, str]]:
    return [
        (None, "–"),
        (Role.HEAD_OF_DELEGATION, translate("Choices", "Head of delegation")),
        (Role.CO_CHAIR, translate("Choices", "Co-chair")),
        (Role.MEMBER, translate("Choices", "Member")),
        (Role.HOST, translate("Choices", "Host")),
        (Role.ACCOMPANYING, translate("Choices", "Accompanying")),
        (Role.EXPERT, translate("Choices", "Expert")),
        (Role.INTERPRETER, translate("Choices", "Interpreter")),
        (Role.OTHER, translate("Choices", "Other")),
    ]


def document_kinds() -> list[tuple[object, str]]:
    return [
        (None, "–"),
        (DocumentKind.AGREEMENT, translate("Choices", "Agreement")),
        (DocumentKind.MEMORANDUM, translate("Choices", "Memorandum")),
        (DocumentKind.PROTOCOL, translate("Choices", "Protocol")),
        (DocumentKind.DECLARATION, translate("Choices", "Declaration")),
        (DocumentKind.PROGRAMME_OR_PLAN, translate("Choices", "Programme or plan")),
        (DocumentKind.CONTRACT, translate("Choices", "Contract")),
        (DocumentKind.EXCHANGE_OF_NOTES, translate("Choices", "Exchange of notes")),
        (DocumentKind.OTHER, translate("Choices", "Other", "kind of document")),
    ]


def document_statuses() -> list[tuple[object, str]]:
    return [
        (DocumentStatus.PLANNED, translate("Choices", "Planned")),
        (DocumentStatus.TO_BE_SIGNED, translate("Choices", "To be signed")),
        (DocumentStatus.SIGNED, translate("Choices", "Signed")),
        (DocumentStatus.IN_NEGOTIATION, translate("Choices", "In negotiation")),
        (DocumentStatus.MENTIONED, translate("Choices", "Mentioned")),
    ]


def press() -> list[tuple[object, str]]:
    return [
        (None, "–"),
        (Press.OPEN, translate("Choices", "Open to press")),
        (Press.CLOSED, translate("Choices", "Closed")),
    ]


def languages() -> list[tuple[object, str]]:
    return [("de", translate("Choices", "German")), ("en", translate("Choices", "English"))]


CLASSIFICATIONS = (
    "VS – NUR FÜR DEN DIENSTGEBRAUCH",
    "OFFEN",
    "OFFICIAL",
    "OFFICIAL-SENSITIVE",
    "UNCLASSIFIED",
)


def label_of(choices: list[tuple[object, str]], value: object) -> str:
    return next((label for item, label in choices if item == value), str(value or ""))
