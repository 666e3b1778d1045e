"""The structured blocks of a note: visit, programme, participants, documents, background, sources."""

from __future__ import annotations

from briefing.export.context import Context
from briefing.export.hyperlinks import hyperlink
from briefing.export.tables import Cell, content_shares, data_table, label_table
from briefing.export.wml import paragraph, run, text_paragraph
from briefing.model.agreements import split_documents
from briefing.model.countries import country_name
from briefing.model.note import Note, Role, Side
from briefing.model.reading import source_title


def visit_block(note: Note, ctx: Context) -> str:
    """The visit at a glance: guest, host, dates, places, occasion, aims, sectors."""
    visit, labels, language = note.visit, ctx.labels, ctx.labels.language
    rows = []
    if visit.guest_country:
        rows.append((labels["guest"], _with_head(country_name(visit.guest_country, language), note, Side.GUEST)))
    if visit.host_country:
        rows.append((labels["host"], _with_head(country_name(visit.host_country, language), note, Side.HOST)))
    if visit.start or visit.end:
        rows.append((labels["dates"], ctx.dates.range_text(visit.start, visit.end)))
    if visit.places:
        rows.append((labels["places"], ", ".join(visit.places)))
    if visit.occasion.strip():
        rows.append((labels["occasion"], visit.occasion.strip()))
    if visit.purpose:
        rows.append((labels["aims"], "\n".join(f"\u2013 {aim}" for aim in visit.purpose)))
    if visit.sectors:
        rows.append((labels["sectors"], ", ".join(visit.sectors)))
    return label_table(ctx, rows) if rows else ""


def _with_head(country: str, note: Note, side: Side) -> str:
    lead = (Role.HEAD_OF_DELEGATION,) if side == Side.GUEST else (Role.HEAD_OF_DELEGATION, Role.HOST)
    head = next((p for p in note.participants if p.side == side and p.role in lead and p.name.strip()), None)
    if head is None:
        return country
    who = ", ".join(part for part in (head.name.strip(), head.function.strip()) if part)
    return f"{country} \u2013 {who}"


def programme_block(note: Note, ctx: Context) -> str:
    """The programme as a table; columns with nothing in them are left out."""
    items = note.visit.programme
    if not items:
        return ""
    labels = ctx.labels
    columns = [
        (labels["col_date"], 0.16, lambda item: ctx.dates.table(item.date)),
        (labels["col_time"], 0.1, lambda item: item.time),
        (labels["col_place"], 0.16, lambda item: item.place),
        (labels["col_event"], 0.4, lambda item: item.event),
        (labels["col_press"], 0.18, lambda item: labels.choice(item.press)),
    ]
    columns = [column for column in columns if any(column[2](item) for item in items)]
    if not columns:
        return ""
    rows = [[Cell(column[2](item)) for column in columns] for item in items]
    grow = [i for i, column in enumerate(columns) if column[0] == labels["col_event"]]
    return data_table(ctx, [c[0] for c in columns], None, rows, grow=grow or (0,))


def participants_block(note: Note, ctx: Context) -> str:
    """Participants grouped guest / host / others, each group in the note's order."""
    if not note.participants:
        return ""
    labels, language = ctx.labels, ctx.labels.language
    countries = {Side.GUEST: note.visit.guest_country, Side.HOST: note.visit.host_country, Side.OTHER: ""}
    rows: list = []
    for side in (Side.GUEST, Side.HOST, Side.OTHER):
        people = [p for p in note.participants if p.side == side]
        if not people:
            continue
        group = labels[f"side_{side.value}"]
        if countries[side]:
            group += f" ({country_name(countries[side], language)})"
        rows.append(group)
        for person in people:
            rows.append([
                Cell(person.name, bold=person.role in (Role.HEAD_OF_DELEGATION, Role.CO_CHAIR)),
                Cell(person.function, note=person.notes),
                Cell(person.organisation),
                Cell(labels.choice(person.role)),
            ])
    headers = [labels["col_name"], labels["col_function"], labels["col_organisation"], labels["col_role"]]
    return data_table(ctx, headers, None, rows, grow=(0, 1))


def documents_block(note: Note, ctx: Context) -> str:
    """Expected documents: title (with notes), kind, parties, status, date; existing agreements below."""
    expected, existing = split_documents(note)
    labels = ctx.labels
    headers = [labels["col_title"], labels["col_kind"], labels["col_parties"], labels["col_status"],
               labels["col_date"]]
    # Both tables share their columns, sized over every document, so that they read as one list.
    shares = content_shares(ctx, headers, _document_cells(expected + existing, ctx)) if note.documents else None
    parts = [data_table(ctx, headers, shares, _document_cells(expected, ctx))] if expected else []
    if existing:
        parts.append(text_paragraph(labels["existing"], style=ctx.style("heading 2")))
        parts.append(data_table(ctx, headers, shares, _document_cells(existing, ctx)))
    return "".join(parts)


def _document_cells(documents, ctx: Context) -> list[list[Cell]]:
    labels = ctx.labels
    return [
        [
            Cell(document.title, note=document.notes),
            Cell(labels.choice(document.kind)),
            Cell("\n".join(document.parties)),
            Cell(labels.choice(document.status)),
            Cell(ctx.dates.table(document.date)),
        ]
        for document in documents
    ]


def chronology_block(note: Note, ctx: Context) -> str:
    """The background as a dated list, oldest first; undated entries last."""
    entries = [entry for entry in note.chronology if entry.text.strip()]
    if not entries:
        return ""
    entries.sort(key=lambda entry: (entry.date is None, entry.date.first_day() if entry.date else None))
    style = ctx.style("Briefing Chronology")
    return "".join(
        paragraph(run(ctx.dates.table(entry.date) if entry.date else ctx.labels["undated"], bold=True)
                  + run("\t" + entry.text.strip()), style=style)
        for entry in entries
    )


def sources_block(note: Note, ctx: Context) -> str:
    """Sources: agency, place, date, title in quotes, and the URL as a hyperlink."""
    labels, parts = ctx.labels, []
    for source in note.sources:
        described = [part for part in (source.agency, source.place, ctx.dates.text(source.published)) if part]
        text = ", ".join(described)
        if source_title(source):
            quoted = f"{labels['quote_open']}{source_title(source)}{labels['quote_close']}"
            text = f"{text}: {quoted}" if text else quoted
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
