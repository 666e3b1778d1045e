"""Document properties and proofing language: the note's, never a library's or a letterhead's."""

from __future__ import annotations

import datetime as dt

from briefing.export.context import Context
from briefing.export.wml import W_NS, clean
from briefing.model import wording
from briefing.model.countries import country_name
from briefing.model.note import Note

_W = f"{{{W_NS}}}"


def set_properties(document, note: Note, ctx: Context, *, now: dt.datetime | None = None) -> None:
    """Title, subject, author, keywords, dates and language of the document."""
    meta, visit = note.meta, note.visit
    now = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    created = _midnight(meta.date) or now
    modified = _midnight(meta.as_of) or created
    countries = [country_name(code, ctx.language) for code in (visit.guest_country, visit.host_country) if code]
    keywords = [*countries, *visit.sectors, *visit.places]
    props = document.core_properties
    props.title = _plain(meta.title)
    props.subject = _plain(visit.occasion) or ctx.choice(meta.purpose)
    props.author = _plain(meta.author)
    props.last_modified_by = _plain(meta.author)
    props.keywords = _plain(", ".join(dict.fromkeys(k for k in keywords if k)))
    props.category = _plain(meta.classification)
    props.identifier = _plain(meta.file_reference)
    props.comments = _plain(meta.unit)
    props.content_status = ""
    props.language = wording.proofing_language(ctx.language)
    props.created = created
    props.modified = max(modified, created)
    props.revision = 1
    props.version = ""


def set_proofing_language(document, ctx: Context) -> None:
    """The spelling language of the document defaults (de-DE or en-GB)."""
    from lxml import etree

    styles = document.styles.element
    defaults = styles.find(f"{_W}docDefaults")
    if defaults is None:
        defaults = etree.SubElement(styles, f"{_W}docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(f"{_W}rPrDefault")
    if rpr_default is None:
        rpr_default = etree.Element(f"{_W}rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(f"{_W}rPr")
    if rpr is None:
        rpr = etree.SubElement(rpr_default, f"{_W}rPr")
    lang = rpr.find(f"{_W}lang")
    if lang is None:
        lang = etree.SubElement(rpr, f"{_W}lang")  # lang is among the last children of rPr
    lang.set(f"{_W}val", wording.proofing_language(ctx.language))


def _plain(text: str) -> str:
    """One line of XML-safe text, at most 255 characters (core properties are short)."""
    return " ".join(clean(text).split())[:255]


def _midnight(value: dt.date | None) -> dt.datetime | None:
    return dt.datetime(value.year, value.month, value.day) if value else None
