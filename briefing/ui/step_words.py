"""Undo steps and field names in the interface language, worded from the core's FieldRef/FieldStep."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing.editing.paths import FieldRef
from briefing.editing.steps import EDIT, SET_EVIDENCE, USE_PASSAGE, FieldStep

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

_PEOPLE = ("participants",)


def _field_names() -> dict[str, str]:
    """Field key -> name, for any part of the note."""
    return {
        "title": translate("Fields", "title"),
        "classification": translate("Fields", "classification"),
        "file_reference": translate("Fields", "file reference"),
        "unit": translate("Fields", "unit"),
        "author": translate("Fields", "author"),
        "phone": translate("Fields", "phone"),
        "addressee": translate("Fields", "addressee"),
        "routing": translate("Fields", "routing"),
        "purpose": translate("Fields", "purpose"),
        "date": translate("Fields", "date"),
        "as_of": translate("Fields", "as of"),
        "deadline": translate("Fields", "deadline"),
        "clearances": translate("Fields", "clearances"),
        "language": translate("Fields", "language"),
        "template": translate("Fields", "template"),
        "guest_country": translate("Fields", "guest country"),
        "host_country": translate("Fields", "host country"),
        "start": translate("Fields", "start"),
        "end": translate("Fields", "end"),
        "places": translate("Fields", "places"),
        "occasion": translate("Fields", "occasion"),
        "sectors": translate("Fields", "sectors"),
        "programme": translate("Fields", "programme"),
        "name": translate("Fields", "name"),
        "function": translate("Fields", "function"),
        "organisation": translate("Fields", "organisation"),
        "country": translate("Fields", "country"),
        "side": translate("Fields", "side"),
        "role": translate("Fields", "role"),
        "notes": translate("Fields", "notes"),
        "kind": translate("Fields", "kind"),
        "parties": translate("Fields", "parties"),
        "status": translate("Fields", "status"),
        "text": translate("Fields", "text"),
        "time": translate("Fields", "time"),
        "place": translate("Fields", "place"),
        "event": translate("Fields", "event"),
        "press": translate("Fields", "press"),
        "heading": translate("Fields", "heading"),
    }


def field_words(ref: FieldRef) -> str:
    """"function of Andrej Kusnezow" / "Funktion von Andrej Kusnezow"."""
    if ref.part == "meta" and ref.field == "title":
        name = translate("Fields", "title", "the subject line of the note")
    elif ref.part == "visit" and ref.field == "purpose":
        name = translate("Fields", "aims of the visit")
    elif ref.part == "chronology" and ref.field == "text":
        name = translate("Fields", "background entry")
    else:
        name = _field_names().get(ref.field, ref.field.replace("_", " "))
    if not ref.owner:
        return name
    if ref.part in _PEOPLE:
        return translate("Fields", "%1 of %2").replace("%1", name).replace("%2", ref.owner)
    return translate("Fields", "%1 of “%2”").replace("%1", name).replace("%2", ref.owner)


def step_words(step: object) -> str:
    """An undo step's name in the interface language; a label the UI wrote stays as it is."""
    if not isinstance(step, FieldStep):
        return str(step)
    words = field_words(step.field)
    templates = {
        EDIT: translate("Steps", "Edit %1"),
        SET_EVIDENCE: translate("Steps", "Set evidence of %1"),
        USE_PASSAGE: translate("Steps", "Use source text for %1"),
    }
    return templates.get(step.action, str(step)).replace("%1", words)
