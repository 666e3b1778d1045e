"""A note as it will read: title block and sections as plain blocks, wording and dates final."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.model.agreements import split_documents
from briefing.model.column_widths import column_percentages
from briefing.model.countries import country_name
from briefing.model.date_format import format_date, format_range
from briefing.model.note import ChronologyEntry, Note, Participant, Role, Side, Source
from briefing.model.sections import Section, SectionKind
from briefing.model.wording import choice, label

_ROUTING_WORD = re.compile(r"^\s*(über|ueber|via|through)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Paragraph:
    """Running text (one paragraph, no line breaks)."""

    text: str


@dataclass(frozen=True)
class Subheading(Paragraph):
    """A heading inside a section, above the block it names."""


@dataclass(frozen=True)
class Bullets:
    """A bullet list."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Fields:
    """Label-value pairs, shown as a two-column table without a head row."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table with a head row; ``widths`` are the columns' shares of the line in percent."""

    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()


Block = Paragraph | Subheading | Bullets | Fields | Table


@dataclass(frozen=True)
class ReadSection:
    """One section of the note's body: its heading and blocks; ``key`` names its section."""

    key: str
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Reading:
    """The whole note as it will read."""

    classification: str
    title: str
    header: tuple[tuple[str, str], ...]
    sections: tuple[ReadSection, ...] = field(default_factory=tuple)


def read_note(note: Note) -> Reading:
    """The note's title block and non-empty sections, in ``note.sections`` order."""
    language = note.meta.language
    sections = []
    for section in note.sections:
        blocks = tuple(block for block in _blocks(note, section, language) if _filled(block))
        if blocks:
            sections.append(ReadSection(section.key, section.heading.strip(), blocks))
    return Reading(
        classification=note.meta.classification.strip(),
        title=note.meta.title.strip(),
        header=header_rows(note, language),
        sections=tuple(sections),
    )


def header_rows(note: Note, lang: str) -> tuple[tuple[str, str], ...]:
    """The title block's (label, value) rows: to, via, from, date, file reference, purpose, ..."""
    meta = note.meta
    contact = ", ".join(
        part for part in (meta.author.strip(), f"{label('phone', lang)} {meta.phone.strip()}" if meta.phone.strip()
                          else "") if part
    )
    sender = "\n".join(part for part in (meta.unit.strip(), contact) if part)
    rows = [
        ("addressee", meta.addressee.strip()),
        # "über Herrn AL 2" under the label "Über" would read "Über: über Herrn AL 2"
        ("routing", _ROUTING_WORD.sub("", meta.routing.strip())),
        ("from", sender),
        ("date", format_date(meta.date, lang, "block")),
        ("as_of", format_date(meta.as_of, lang, "block") if meta.as_of != meta.date else ""),
        ("file_reference", meta.file_reference.strip()),
        ("purpose", choice(meta.purpose, lang)),
        ("deadline", format_date(meta.deadline, lang, "block")),
        ("clearances", "\n".join(c.strip() for c in meta.clearances if c.strip())),
    ]
    return tuple((label(key, lang), value) for key, value in rows if value)


def _blocks(note: Note, section: Section, lang: str) -> list[Block]:
    kind = section.kind
    if kind == SectionKind.TEXT:
        return [Paragraph(line.strip()) for line in section.text.splitlines() if line.strip()]
    if kind == SectionKind.BULLETS:
        return [Bullets(tuple(section.bullet_points()))]
    if kind == SectionKind.VISIT:
        return _visit(note, lang)
    if kind == SectionKind.PROGRAMME:
        return [_programme(note, lang)]
    if kind == SectionKind.PARTICIPANTS:
        return _participants(note, lang)
    if kind == SectionKind.DOCUMENTS:
        return _documents(note, lang)
    if kind == SectionKind.CHRONOLOGY:
        return [_chronology(note, lang)]
    if kind == SectionKind.SOURCES:
        return [Bullets(tuple(_source_line(source, lang) for source in note.sources))]
    return []


def _visit(note: Note, lang: str) -> list[Block]:
    return [Fields(visit_rows(note, lang))]


def visit_rows(note: Note, lang: str) -> tuple[tuple[str, str], ...]:
    """The visit at a glance as (label, value) rows, empty ones left out: guest, host, dates, ..."""
    visit = note.visit
    rows = [
        (label("guest_country", lang), _country_with_head(note, visit.guest_country, Side.GUEST, lang)),
        (label("host_country", lang), _country_with_head(note, visit.host_country, Side.HOST, lang)),
        (label("period", lang), format_range(visit.start, visit.end, lang)),
        (label("places", lang), ", ".join(p.strip() for p in visit.places if p.strip())),
        (label("occasion", lang), visit.occasion.strip()),
        (label("visit_purpose", lang), "\n".join(f"– {p.strip()}" for p in visit.purpose if p.strip())),
        (label("sectors", lang), ", ".join(s.strip() for s in visit.sectors if s.strip())),
    ]
    return tuple((k, v) for k, v in rows if v)


def _country_with_head(note: Note, code: str, side: Side, lang: str) -> str:
    """ "Belarus – Andrej Kusnezow, Minister für Industrie": the country and who leads its side."""
    if not code:
        return ""
    lead = (Role.HEAD_OF_DELEGATION,) if side == Side.GUEST else (Role.HEAD_OF_DELEGATION, Role.HOST)
    head = next((p for p in note.participants if p.side == side and p.role in lead and p.name.strip()), None)
    name = country_name(code, "de" if lang == "de" else "en")
    if head is None:
        return name
    who = ", ".join(part for part in (head.name.strip(), head.function.strip()) if part)
    return f"{name} – {who}"


def _programme(note: Note, lang: str) -> Table:
    """The programme; a column with nothing in it is left out, as in the export."""
    head = tuple(label(key, lang) for key in ("date", "time", "place", "event", "press"))
    rows = [
        (
            format_date(item.date, lang, "table"),
            item.time.strip(),
            item.place.strip(),
            item.event.strip(),
            choice(item.press, lang),
        )
        for item in note.visit.programme
    ]
    keep = [i for i in range(len(head)) if any(row[i] for row in rows)] or list(range(len(head)))
    kept_head = tuple(head[i] for i in keep)
    kept_rows = tuple(tuple(row[i] for i in keep) for row in rows)
    grow = [keep.index(3)] if 3 in keep else [0]
    return Table(kept_head, kept_rows, column_percentages(kept_head, kept_rows, grow))


def _participants(note: Note, lang: str) -> list[Block]:
    """One table per side (guest, host, others), as the export groups them."""
    head = tuple(label(key, lang) for key in ("name", "function", "organisation", "role"))
    blocks: list[Block] = []
    for title, people in participant_groups(note, lang):
        blocks.append(Paragraph(title))
        rows = tuple(
            (p.name.strip(), p.function.strip(), p.organisation.strip(), choice(p.role, lang)) for p in people
        )
        blocks.append(Table(head, rows, column_percentages(head, _all_people_rows(note, lang), (0, 1))))
    return blocks


def participant_groups(note: Note, lang: str) -> list[tuple[str, list[Participant]]]:
    """The participants by side, guest, host, others, each with its title ("Gastseite (Belarus)")."""
    country = {Side.GUEST: note.visit.guest_country, Side.HOST: note.visit.host_country, Side.OTHER: ""}
    groups = []
    for side in (Side.GUEST, Side.HOST, Side.OTHER):
        people = [p for p in note.participants if p.side == side]
        if people:
            code = country[side]
            name = f" ({country_name(code, 'de' if lang == 'de' else 'en')})" if code else ""
            groups.append((label(f"side_{side.value}", lang) + name, people))
    return groups


def _all_people_rows(note: Note, lang: str) -> tuple[tuple[str, ...], ...]:
    """Every participant's row: the export sizes one table over all sides, and so does the preview."""
    return tuple(
        (p.name.strip(), "\n".join(x for x in (p.function.strip(), p.notes.strip()) if x), p.organisation.strip(),
         choice(p.role, lang))
        for p in note.participants
    )


def _documents(note: Note, lang: str) -> list[Block]:
    """Expected documents; agreements signed before the visit or only mentioned in a table below."""
    head = tuple(label(key, lang) for key in ("document", "kind", "parties", "status", "date"))
    expected, existing = split_documents(note)
    # Both tables share their columns, sized over every document, so that they read as one list.
    widths = column_percentages(head, _document_rows(expected + existing, lang))
    blocks: list[Block] = []
    if expected:
        blocks.append(Table(head, _document_rows(expected, lang), widths))
    if existing:
        blocks.append(Subheading(label("existing_agreements", lang)))
        blocks.append(Table(head, _document_rows(existing, lang), widths))
    return blocks


def _document_rows(documents, lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            document.title.strip(),
            choice(document.kind, lang),
            ", ".join(p.strip() for p in document.parties if p.strip()),
            choice(document.status, lang),
            format_date(document.date, lang, "table"),
        )
        for document in documents
    )


def _chronology(note: Note, lang: str) -> Table:
    """The background oldest first, undated entries last."""
    rows = tuple(
        (format_date(entry.date, lang, "table") if entry.date else label("undated", lang), entry.text.strip())
        for entry in chronology_in_order(note)
    )
    head = (label("date", lang), label("text", lang))
    return Table(head, rows, column_percentages(head, rows, (1,)))


def source_title(source) -> str:
    """A source's title as a reader should see it: "" when it is only the file's name (older notes)."""
    title = source.title.strip()
    name = source.filename.strip()
    return "" if title and name and title in (name, name.rsplit(".", 1)[0]) else title


def chronology_in_order(note: Note) -> list[ChronologyEntry]:
    """The background entries with text, oldest first, undated ones last."""
    return sorted(
        (entry for entry in note.chronology if entry.text.strip()),
        key=lambda entry: (entry.date is None, entry.date.first_day() if entry.date else None),
    )


def source_description(source: Source, lang: str) -> str:
    """Agency, place, date and the title in quotes: 'BelTA, Minsk, 18. November 2025: „…“'."""
    parts = [source.agency.strip(), source.place.strip(), format_date(source.published, lang)]
    origin = ", ".join(part for part in parts if part)
    if source_title(source):
        quoted = f"{label('quote_open', lang)}{source_title(source)}{label('quote_close', lang)}"
        return f"{origin}: {quoted}" if origin else quoted
    return origin


def _source_line(source: Source, lang: str) -> str:
    return source_description(source, lang) or source.filename.strip() or source.id


def _filled(block: Block) -> bool:
    if isinstance(block, Paragraph):
        return bool(block.text)
    if isinstance(block, Bullets):
        return any(block.items)
    if isinstance(block, Fields):
        return bool(block.rows)
    return bool(block.rows)
