"""The structured blocks of a note: visit, programme, participants, documents, background, sources."""

from __future__ import annotations

from briefing.export.context import Context
from briefing.export.hyperlinks import hyperlink
from briefing.export.tables import Cell, content_shares, data_table, label_table
from briefing.export.wml import paragraph, run, text_paragraph
from briefing.model.agreements import split_documents
from briefing.model.note import Note, Role
from briefing.model.reading import chronology_in_order, participant_groups, source_description, visit_rows


def visit_block(note: Note, ctx: Context) -> str:
    """The visit at a glance: guest, host, dates, places, occasion, aims, sectors."""
    rows = visit_rows(note, ctx.language)
    return label_table(ctx, list(rows)) if rows else ""


def programme_block(note: Note, ctx: Context) -> str:
    """The programme as a table; columns with nothing in them are left out."""
    items = note.visit.programme
    if not items:
        return ""
    columns = [
        (ctx.label("date"), lambda item: ctx.table_date(item.date)),
        (ctx.label("time"), lambda item: item.time),
        (ctx.label("place"), lambda item: item.place),
        (ctx.label("event"), lambda item: item.event),
        (ctx.label("press"), lambda item: ctx.choice(item.press)),
    ]
    columns = [column for column in columns if any(column[1](item) for item in items)]
    if not columns:
        return ""
    rows = [[Cell(column[1](item)) for column in columns] for item in items]
    grow = [i for i, column in enumerate(columns) if column[0] == ctx.label("event")]
    return data_table(ctx, [c[0] for c in columns], None, rows, grow=grow or (0,))


def participants_block(note: Note, ctx: Context) -> str:
    """Participants grouped guest / host / others, each group in the note's order."""
    if not note.participants:
        return ""
    rows: list = []
    for title, people in participant_groups(note, ctx.language):
        rows.append(title)
        for person in people:
            rows.append([
                Cell(person.name, bold=person.role in (Role.HEAD_OF_DELEGATION, Role.CO_CHAIR)),
                Cell(person.function, note=person.notes),
                Cell(person.organisation),
                Cell(ctx.choice(person.role)),
            ])
    headers = [ctx.label("name"), ctx.label("function"), ctx.label("organisation"), ctx.label("role")]
    return data_table(ctx, headers, None, rows, grow=(0, 1))


def documents_block(note: Note, ctx: Context) -> str:
    """Expected documents: title (with notes), kind, parties, status, date; existing agreements below."""
    expected, existing = split_documents(note)
    headers = [ctx.label("document"), ctx.label("kind"), ctx.label("parties"), ctx.label("status"),
               ctx.label("date")]
    # Both tables share their columns, sized over every document, so that they read as one list.
    shares = content_shares(ctx, headers, _document_cells(expected + existing, ctx)) if note.documents else None
    parts = [data_table(ctx, headers, shares, _document_cells(expected, ctx))] if expected else []
    if existing:
        parts.append(text_paragraph(ctx.label("existing_agreements"), style=ctx.style("heading 2")))
        parts.append(data_table(ctx, headers, shares, _document_cells(existing, ctx)))
    return "".join(parts)


def _document_cells(documents, ctx: Context) -> list[list[Cell]]:
    return [
        [
            Cell(document.title, note=document.notes),
            Cell(ctx.choice(document.kind)),
            Cell("\n".join(document.parties)),
            Cell(ctx.choice(document.status)),
            Cell(ctx.table_date(document.date)),
        ]
        for document in documents
    ]


def chronology_block(note: Note, ctx: Context) -> str:
    """The background as a dated list, oldest first; undated entries last."""
    entries = chronology_in_order(note)
    if not entries:
        return ""
    style = ctx.style("Briefing Chronology")
    return "".join(
        paragraph(run(ctx.table_date(entry.date) if entry.date else ctx.label("undated"), bold=True)
                  + run("\t" + entry.text.strip()), style=style)
        for entry in entries
    )


def sources_block(note: Note, ctx: Context) -> str:
    """Sources: agency, place, date, title in quotes, and the URL as a hyperlink."""
    parts = []
    for source in note.sources:
        text = source_description(source, ctx.language)
        if not text and not source.url:
            text = source.filename or source.id
        content = run(text)
        if source.url:
            content += run(", " if text else "") + hyperlink(ctx, source.url)
        parts.append(paragraph(content))
    return "".join(parts)


STRUCTURED = {
    "visit": visit_block,
    "programme": programme_block,
    "participants": participants_block,
    "documents": documents_block,
    "chronology": chronology_block,
    "sources": sources_block,
}
