"""The body of the note: title block, then the outline's sections in template order."""

from __future__ import annotations

from briefing.export.blocks import STRUCTURED
from briefing.export.context import Context
from briefing.export.tables import label_table
from briefing.export.wml import paragraph, run, text_paragraph
from briefing.model.note import Note
from briefing.model.reading import header_rows
from briefing.model.sections import Section, SectionKind


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
    title = note.meta.title.strip()
    heading = text_paragraph(title, style=ctx.style("Title")) if title else ""
    return heading + label_table(ctx, list(header_rows(note, ctx.language)))


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
