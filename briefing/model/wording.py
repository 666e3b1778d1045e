"""The fixed words of a note in its language: labels, column heads, choice names, page line."""

from __future__ import annotations

from enum import StrEnum

from briefing.model.note import DocumentKind, DocumentStatus, Press, Purpose, Role, Side

# key -> (German, English); the preview and the Word export both read their words from here.
_LABELS: dict[str, tuple[str, str]] = {
    "page": ("Seite {page} von {pages}", "Page {page} of {pages}"),
    "file_reference": ("Aktenzeichen", "File reference"),
    "from": ("Von", "From"),
    "phone": ("Tel.", "Tel."),
    "date": ("Datum", "Date"),
    "as_of": ("Stand", "As of"),
    "addressee": ("An", "To"),
    "routing": ("Über", "Via"),
    "purpose": ("Zweck", "Purpose"),
    "deadline": ("Frist", "Deadline"),
    "clearances": ("Mitzeichnung", "Cleared by"),
    "guest_country": ("Gast", "Guest"),
    "host_country": ("Gastgeber", "Host"),
    "period": ("Zeitraum", "Dates"),
    "places": ("Ort", "Place"),
    "occasion": ("Anlass", "Occasion"),
    "visit_purpose": ("Ziele des Besuchs", "Aims of the visit"),
    "sectors": ("Schwerpunkte", "Sectors"),
    "time": ("Uhrzeit", "Time"),
    "place": ("Ort", "Place"),
    "event": ("Programmpunkt", "Event"),
    "press": ("Presse", "Press"),
    "name": ("Name", "Name"),
    "function": ("Funktion", "Function"),
    "organisation": ("Organisation", "Organisation"),
    "role": ("Rolle", "Role"),
    "document": ("Dokument", "Document"),
    "kind": ("Art", "Kind"),
    "parties": ("Parteien", "Parties"),
    "status": ("Stand", "Status"),
    "text": ("Ereignis", "Event"),
    "undated": ("o. D.", "undated"),
    "existing_agreements": ("Bestehende Vereinbarungen", "Existing agreements"),
    "side_guest": ("Gastseite", "Guest side"),
    "side_host": ("Gastgeberseite", "Host side"),
    "side_other": ("Weitere Teilnehmer", "Others"),
    "quote_open": ("„", "“"),
    "quote_close": ("“", "”"),
}

_CHOICE_LIST: tuple[tuple[StrEnum, str, str], ...] = (
    (Purpose.INFORMATION, "Zur Kenntnisnahme", "For information"),
    (Purpose.DECISION, "Zur Entscheidung", "For decision"),
    (Purpose.MEETING_BRIEF, "Zur Vorbereitung des Gesprächs", "Meeting brief"),
    (Side.GUEST, "Gast", "Guest"),
    (Side.HOST, "Gastgeber", "Host"),
    (Side.OTHER, "Weitere", "Other"),
    (Role.HEAD_OF_DELEGATION, "Delegationsleitung", "Head of delegation"),
    (Role.CO_CHAIR, "Ko-Vorsitz", "Co-chair"),
    (Role.MEMBER, "Delegationsmitglied", "Member"),
    (Role.HOST, "Gastgeber", "Host"),
    (Role.ACCOMPANYING, "Begleitung", "Accompanying"),
    (Role.EXPERT, "Fachebene", "Expert"),
    (Role.INTERPRETER, "Dolmetscher", "Interpreter"),
    (Role.OTHER, "Sonstige", "Other"),
    (DocumentKind.AGREEMENT, "Abkommen", "Agreement"),
    (DocumentKind.MEMORANDUM, "Absichtserklärung", "Memorandum of understanding"),
    (DocumentKind.PROTOCOL, "Protokoll", "Protocol"),
    (DocumentKind.DECLARATION, "Erklärung", "Declaration"),
    (DocumentKind.PROGRAMME_OR_PLAN, "Programm/Plan", "Programme or plan"),
    (DocumentKind.CONTRACT, "Vertrag", "Contract"),
    (DocumentKind.EXCHANGE_OF_NOTES, "Notenwechsel", "Exchange of notes"),
    (DocumentKind.OTHER, "Sonstiges", "Other"),
    (DocumentStatus.PLANNED, "geplant", "planned"),
    (DocumentStatus.TO_BE_SIGNED, "zur Unterzeichnung", "to be signed"),
    (DocumentStatus.SIGNED, "unterzeichnet", "signed"),
    (DocumentStatus.IN_NEGOTIATION, "in Verhandlung", "under negotiation"),
    (DocumentStatus.MENTIONED, "erwähnt", "mentioned"),
    (Press.OPEN, "presseöffentlich", "open to press"),
    (Press.CLOSED, "nicht presseöffentlich", "closed to press"),
)
# Keyed by enum type too: Role.HOST and Side.HOST are both the string "host".
_CHOICES = {(type(value), value.value): (de, en) for value, de, en in _CHOICE_LIST}

_PROOFING = {"de": "de-DE", "en": "en-GB"}


def label(key: str, language: str = "de") -> str:
    """A field label or column head in ``language`` ("file_reference" -> "Aktenzeichen")."""
    german, english = _LABELS[key]
    return german if language == "de" else english


def choice(value: StrEnum | None, language: str = "de") -> str:
    """The name of a choice (role, side, kind, status, press, purpose) in ``language``."""
    if value is None:
        return ""
    german, english = _CHOICES[(type(value), value.value)]
    return german if language == "de" else english


def page_line(language: str = "de") -> tuple[str, str, str]:
    """The page line split around its two fields: ("Seite ", " von ", "")."""
    before, rest = label("page", language).split("{page}")
    middle, after = rest.split("{pages}")
    return before, middle, after


def proofing_language(language: str = "de") -> str:
    """The language tag Word checks spelling in ("de" -> "de-DE")."""
    return _PROOFING.get(language, "en-GB")
