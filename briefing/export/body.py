"""The body of the note: title block, then the outline's sections in template order."""

from __future__ import annotations

import re

from briefing.export.blocks import STRUCTURED
from briefing.export.context import Context
from briefing.export.tables import label_table
from briefing.export.wml import paragraph, run, text_paragraph
from briefing.model.note import Note
from briefing.model.sections import Section, SectionKind

_ROUTING_WORD = re.compile(r"^\s*(über|ueber|via|through)\s+", re.IGNORECASE)


def body_xml(note: Note, ctx: Context) -> str:
    """Everything between the start of the body and its section properties."""
    parts = [title_block(note, ctx)]
    for section in note.sections:
        content = section_content(note, section, ctx)
        if content:
            heading = section.heading.strip() or section.key
            parts.append(text_paragraph(heading, style=ctx.style("heading 1")))
            parts.append(content)
    if not parts[-1].endswith("</w:p>"):
        parts.append(paragraph())  # Word wants a paragraph, not a table, last before sectPr
    return "".join(parts)


def title_block(note: Note, ctx: Context) -> str:
    """The title, then a compact table: to, via, from, date, file reference, purpose, deadline."""
    meta, labels, dates = note.meta, ctx.labels, ctx.dates
    rows = []
    if meta.addressee.strip():
        rows.append((labels["to"], meta.addressee.strip()))
    if meta.routing.strip():
        rows.append((labels["via"], _ROUTING_WORD.sub("", meta.routing.strip())))
    sender = [meta.unit.strip()]
    contact = ", ".join(p for p in (meta.author.strip(), f"{labels['phone']} {meta.phone.strip()}"
                                    if meta.phone.strip() else "") if p)
    sender.append(contact)
    if any(sender):
        rows.append((labels["from"], "\n".join(p for p in sender if p)))
    if meta.date:
        rows.append((labels["date"], dates.block(meta.date)))
    if meta.as_of and meta.as_of != meta.date:
        rows.append((labels["as_of"], dates.block(meta.as_of)))
    if meta.file_reference.strip():
        rows.append((labels["file_reference"], meta.file_reference.strip()))
    rows.append((labels["purpose"], labels.choice(meta.purpose)))
    if meta.deadline:
        rows.append((labels["deadline"], dates.block(meta.deadline)))
    if meta.clearances:
        rows.append((labels["clearances"], "\n".join(meta.clearances)))
    title = text_paragraph(meta.title.strip(), style=ctx.style("Title")) if meta.title.strip() else ""
    return title + label_table(ctx, rows)


def section_content(note: Note, section: Section, ctx: Context) -> str:
    """A section's body, or "" when it has nothing to show (no empty headings)."""
    if section.kind == SectionKind.TEXT:
        lines = [line.strip() for line in section.text.splitlines() if line.strip()]
        return "".join(paragraph(run(line)) for line in lines)
    if section.kind == SectionKind.BULLETS:
        points = section.bullet_points()
        if not points:
            return ""
        num_id = ctx.lists.new_list("number")
        style = ctx.style("List Number")
        return "".join(paragraph(run(point), style=style, num=(num_id, 0)) for point in points)
    block = STRUCTURED.get(section.kind.value)
    return block(note, ctx) if block else ""
