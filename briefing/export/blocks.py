"""The structured blocks of a note: visit, programme, participants, documents, background, sources."""

from __future__ import annotations

from briefing.export.context import Context
from briefing.export.hyperlinks import hyperlink
from briefing.export.tables import Cell, data_table, label_table
from briefing.export.wml import paragraph, run
from briefing.model.countries import country_name
from briefing.model.note import Note, Role, Side


def visit_block(note: Note, ctx: Context) -> str:
    """The visit at a glance: guest, host, dates, places, occasion, aims, sectors."""
    visit, language = note.visit, ctx.language
    rows = []
    if visit.guest_country:
        rows.append((ctx.label("guest_country"), _with_head(country_name(visit.guest_country, language), note, Side.GUEST)))
    if visit.host_country:
        rows.append((ctx.label("host_country"), _with_head(country_name(visit.host_country, language), note, Side.HOST)))
    if visit.start or visit.end:
        rows.append((ctx.label("period"), ctx.text_range(visit.start, visit.end)))
    if visit.places:
        rows.append((ctx.label("places"), ", ".join(visit.places)))
    if visit.occasion.strip():
        rows.append((ctx.label("occasion"), visit.occasion.strip()))
    if visit.purpose:
        rows.append((ctx.label("visit_purpose"), "\n".join(f"\u2013 {aim}" for aim in visit.purpose)))
    if visit.sectors:
        rows.append((ctx.label("sectors"), ", ".join(visit.sectors)))
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
    columns = [
        (ctx.label("date"), 0.16, lambda item: ctx.table_date(item.date)),
        (ctx.label("time"), 0.1, lambda item: item.time),
        (ctx.label("place"), 0.16, lambda item: item.place),
        (ctx.label("event"), 0.4, lambda item: item.event),
        (ctx.label("press"), 0.18, lambda item: ctx.choice(item.press)),
    ]
    columns = [column for column in columns if any(column[2](item) for item in items)]
    if not columns:
        return ""
    rows = [[Cell(column[2](item)) for column in columns] for item in items]
    return data_table(ctx, [c[0] for c in columns], [c[1] for c in columns], rows)


def participants_block(note: Note, ctx: Context) -> str:
    """Participants grouped guest / host / others, each group in the note's order."""
    if not note.participants:
        return ""
    language = ctx.language
    countries = {Side.GUEST: note.visit.guest_country, Side.HOST: note.visit.host_country, Side.OTHER: ""}
    rows: list = []
    for side in (Side.GUEST, Side.HOST, Side.OTHER):
        people = [p for p in note.participants if p.side == side]
        if not people:
            continue
        group = ctx.label(f"side_{side.value}")
        if countries[side]:
            group += f" ({country_name(countries[side], language)})"
        rows.append(group)
        for person in people:
            rows.append([
                Cell(person.name, bold=person.role in (Role.HEAD_OF_DELEGATION, Role.CO_CHAIR)),
                Cell(person.function, note=person.notes),
                Cell(person.organisation),
                Cell(ctx.choice(person.role)),
            ])
    headers = [ctx.label("name"), ctx.label("function"), ctx.label("organisation"), ctx.label("role")]
    return data_table(ctx, headers, (0.22, 0.3, 0.28, 0.2), rows)


def documents_block(note: Note, ctx: Context) -> str:
    """Expected documents: title (with notes), kind, parties, status, date."""
    if not note.documents:
        return ""
    rows = [
        [
            Cell(document.title, note=document.notes),
            Cell(ctx.choice(document.kind)),
            Cell("\n".join(document.parties)),
            Cell(ctx.choice(document.status)),
            Cell(ctx.table_date(document.date)),
        ]
        for document in note.documents
    ]
    headers = [ctx.label("document"), ctx.label("kind"), ctx.label("parties"), ctx.label("status"),
               ctx.label("date")]
    return data_table(ctx, headers, (0.31, 0.14, 0.18, 0.21, 0.16), rows)


def chronology_block(note: Note, ctx: Context) -> str:
    """The background as a dated list, oldest first; undated entries last."""
    entries = [entry for entry in note.chronology if entry.text.strip()]
    if not entries:
        return ""
    entries.sort(key=lambda entry: (entry.date is None, entry.date.first_day() if entry.date else None))
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
        described = [part for part in (source.agency, source.place, ctx.text_date(source.published)) if part]
        text = ", ".join(described)
        if source.title:
            quoted = f"{ctx.label('quote_open')}{source.title}{ctx.label('quote_close')}"
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
