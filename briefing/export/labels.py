"""The words of the exported note in German and English: labels and the names of choices."""

from __future__ import annotations

from briefing.model.note import DocumentKind, DocumentStatus, Press, Purpose, Role, Side

_LABELS: dict[str, dict[str, str]] = {
    "de": {
        "page": "Seite {page} von {pages}",
        "to": "An", "via": "Über", "from": "Von", "phone": "Tel.", "date": "Datum",
        "as_of": "Stand", "file_reference": "Aktenzeichen", "purpose": "Zweck",
        "deadline": "Frist", "clearances": "Mitzeichnung",
        "guest": "Gast", "host": "Gastgeber", "dates": "Zeitraum", "places": "Ort",
        "occasion": "Anlass", "aims": "Ziele des Besuchs", "sectors": "Schwerpunkte",
        "col_date": "Datum", "col_time": "Uhrzeit", "col_place": "Ort", "col_event": "Programmpunkt",
        "col_press": "Presse", "col_name": "Name", "col_function": "Funktion",
        "col_organisation": "Organisation", "col_role": "Rolle", "col_title": "Dokument",
        "col_kind": "Art", "col_parties": "Parteien", "col_status": "Stand",
        "side_guest": "Gastseite", "side_host": "Gastgeberseite", "side_other": "Weitere Teilnehmer",
        "undated": "o. D.", "existing": "Bestehende Vereinbarungen", "quote_open": "„", "quote_close": "“",
    },
    "en": {
        "page": "Page {page} of {pages}",
        "to": "To", "via": "Via", "from": "From", "phone": "Tel.", "date": "Date",
        "as_of": "As of", "file_reference": "File reference", "purpose": "Purpose",
        "deadline": "Deadline", "clearances": "Cleared by",
        "guest": "Guest", "host": "Host", "dates": "Dates", "places": "Place",
        "occasion": "Occasion", "aims": "Aims of the visit", "sectors": "Sectors",
        "col_date": "Date", "col_time": "Time", "col_place": "Place", "col_event": "Event",
        "col_press": "Press", "col_name": "Name", "col_function": "Function",
        "col_organisation": "Organisation", "col_role": "Role", "col_title": "Document",
        "col_kind": "Kind", "col_parties": "Parties", "col_status": "Status",
        "side_guest": "Guest side", "side_host": "Host side", "side_other": "Others",
        "undated": "undated", "existing": "Existing agreements", "quote_open": "“", "quote_close": "”",
    },
}

# Pairs, not a dict: StrEnum members of different enums are equal when their text is.
_CHOICES: dict[str, tuple[tuple[object, str], ...]] = {
    "de": (
        (Purpose.INFORMATION, "Zur Information"), (Purpose.DECISION, "Zur Entscheidung"),
        (Purpose.MEETING_BRIEF, "Gesprächsvorbereitung"),
        (Role.HEAD_OF_DELEGATION, "Delegationsleitung"), (Role.CO_CHAIR, "Ko-Vorsitz"),
        (Role.MEMBER, "Delegationsmitglied"), (Role.HOST, "Gastgeber"), (Role.ACCOMPANYING, "Begleitung"),
        (Role.EXPERT, "Fachebene"), (Role.INTERPRETER, "Dolmetscher"), (Role.OTHER, "Sonstige"),
        (DocumentKind.AGREEMENT, "Abkommen"), (DocumentKind.MEMORANDUM, "Absichtserklärung"),
        (DocumentKind.PROTOCOL, "Protokoll"), (DocumentKind.DECLARATION, "Erklärung"),
        (DocumentKind.PROGRAMME_OR_PLAN, "Programm/Plan"), (DocumentKind.CONTRACT, "Vertrag"),
        (DocumentKind.EXCHANGE_OF_NOTES, "Notenwechsel"), (DocumentKind.OTHER, "Sonstiges"),
        (DocumentStatus.PLANNED, "geplant"), (DocumentStatus.TO_BE_SIGNED, "zur Unterzeichnung"),
        (DocumentStatus.SIGNED, "unterzeichnet"), (DocumentStatus.IN_NEGOTIATION, "in Verhandlung"),
        (DocumentStatus.MENTIONED, "erwähnt"),
        (Press.OPEN, "presseöffentlich"), (Press.CLOSED, "nicht presseöffentlich"),
        (Side.GUEST, "Gast"), (Side.HOST, "Gastgeber"), (Side.OTHER, "Weitere"),
    ),
    "en": (
        (Purpose.INFORMATION, "For information"), (Purpose.DECISION, "For decision"),
        (Purpose.MEETING_BRIEF, "Meeting brief"),
        (Role.HEAD_OF_DELEGATION, "Head of delegation"), (Role.CO_CHAIR, "Co-chair"),
        (Role.MEMBER, "Member"), (Role.HOST, "Host"), (Role.ACCOMPANYING, "Accompanying"),
        (Role.EXPERT, "Expert"), (Role.INTERPRETER, "Interpreter"), (Role.OTHER, "Other"),
        (DocumentKind.AGREEMENT, "Agreement"), (DocumentKind.MEMORANDUM, "Memorandum of understanding"),
        (DocumentKind.PROTOCOL, "Protocol"), (DocumentKind.DECLARATION, "Declaration"),
        (DocumentKind.PROGRAMME_OR_PLAN, "Programme or plan"), (DocumentKind.CONTRACT, "Contract"),
        (DocumentKind.EXCHANGE_OF_NOTES, "Exchange of notes"), (DocumentKind.OTHER, "Other"),
        (DocumentStatus.PLANNED, "planned"), (DocumentStatus.TO_BE_SIGNED, "to be signed"),
        (DocumentStatus.SIGNED, "signed"), (DocumentStatus.IN_NEGOTIATION, "under negotiation"),
        (DocumentStatus.MENTIONED, "mentioned"),
        (Press.OPEN, "open to press"), (Press.CLOSED, "closed to press"),
        (Side.GUEST, "Guest"), (Side.HOST, "Host"), (Side.OTHER, "Other"),
    ),
}

PROOFING_LANGUAGE = {"de": "de-DE", "en": "en-GB"}


class Labels:
    """Labels and choice names for one note language (``de`` or ``en``)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in _LABELS else "en"
        self._labels = _LABELS[self.language]
        self._choices = {(type(k), k.value): v for k, v in _CHOICES[self.language]}

    def __getitem__(self, key: str) -> str:
        return self._labels[key]

    def choice(self, value: object) -> str:
        """The name of an enum value (role, kind, status, ...); empty for None."""
        if value is None:
            return ""
        return self._choices.get((type(value), getattr(value, "value", value)), str(value))

    def page_template(self) -> tuple[str, str, str]:
        """The page line split around its two fields: ("Seite ", " von ", "")."""
        text = self._labels["page"]
        before, rest = text.split("{page}")
        middle, after = rest.split("{pages}")
        return before, middle, after

    @property
    def proofing(self) -> str:
        return PROOFING_LANGUAGE[self.language]
