"""A note as it will read: title block and sections as plain blocks, wording and dates final."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.model.countries import country_name
from briefing.model.date_format import format_date, format_range
from briefing.model.note import Note, Side
from briefing.model.sections import Section, SectionKind
from briefing.model.wording import choice, label


@dataclass(frozen=True)
class Paragraph:
    """Running text (one paragraph, no line breaks)."""

    text: str


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


Block = Paragraph | Bullets | Fields | Table


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
        header=_header(note, language),
        sections=tuple(sections),
    )


def _header(note: Note, lang: str) -> tuple[tuple[str, str], ...]:
    meta = note.meta
    author = meta.author.strip()
    if meta.phone.strip():
        author = f"{author}, {label('phone', lang)} {meta.phone.strip()}".lstrip(", ")
    rows = [
        ("file_reference", meta.file_reference.strip()),
        ("unit", meta.unit.strip()),
        ("author", author),
        ("date", format_date(meta.date, lang)),
        ("as_of", format_date(meta.as_of, lang)),
        ("addressee", meta.addressee.strip()),
        ("routing", _without_word(meta.routing.strip(), label("routing", lang))),
        ("purpose", choice(meta.purpose, lang)),
        ("deadline", format_date(meta.deadline, lang)),
        ("clearances", "; ".join(c.strip() for c in meta.clearances if c.strip())),
    ]
    return tuple((label(key, lang), value) for key, value in rows if value)


def _without_word(text: str, word: str) -> str:
    # "über Herrn AL 2" under the label "Über" would read "Über: über Herrn AL 2"
    if text.lower().startswith(word.lower() + " "):
        return text[len(word) + 1 :].lstrip()
    return text


def _blocks(note: Note, section: Section, lang: str) -> list[Block]:
    kind = section.kind
    if kind == SectionKind.TEXT:
        return [Paragraph(" ".join(p.split())) for p in section.text.split("\n\n") if p.strip()]
    if kind == SectionKind.BULLETS:
        return [Bullets(tuple(section.bullet_points()))]
    if kind == SectionKind.VISIT:
        return _visit(note, lang)
    if kind == SectionKind.PROGRAMME:
        return [_programme(note, lang)]
    if kind == SectionKind.PARTICIPANTS:
        return _participants(note, lang)
    if kind == SectionKind.DOCUMENTS:
        return [_documents(note, lang)]
    if kind == SectionKind.CHRONOLOGY:
        rows = tuple(
            (format_date(entry.date, lang, "table"), entry.text.strip()) for entry in note.chronology
        )
        return [Table((label("date", lang), label("text", lang)), rows, (15, 85))]
    if kind == SectionKind.SOURCES:
        return [Bullets(tuple(_source_line(source, lang) for source in note.sources))]
    return []


def _visit(note: Note, lang: str) -> list[Block]:
    visit = note.visit
    locale = "de" if lang == "de" else "en"

    def country(code: str) -> str:
        return country_name(code, locale) if code else ""

    rows = [
        (label("guest_country", lang), country(visit.guest_country)),
        (label("host_country", lang), country(visit.host_country)),
        (label("period", lang), format_range(visit.start, visit.end, lang)),
        (label("places", lang), ", ".join(p.strip() for p in visit.places if p.strip())),
        (label("occasion", lang), visit.occasion.strip()),
        (label("sectors", lang), ", ".join(s.strip() for s in visit.sectors if s.strip())),
    ]
    blocks: list[Block] = [Fields(tuple((k, v) for k, v in rows if v))]
    aims = tuple(p.strip() for p in visit.purpose if p.strip())
    if aims:
        blocks.append(Paragraph(f"{label('visit_purpose', lang)}:"))
        blocks.append(Bullets(aims))
    return blocks


def _programme(note: Note, lang: str) -> Table:
    head = tuple(label(key, lang) for key in ("date", "time", "place", "event", "press"))
    rows = tuple(
        (
            format_date(item.date, lang, "table"),
            item.time.strip(),
            item.place.strip(),
            item.event.strip(),
            choice(item.press, lang),
        )
        for item in note.visit.programme
    )
    return Table(head, rows, (17, 9, 16, 44, 14))


def _participants(note: Note, lang: str) -> list[Block]:
    """One table per side, as briefing notes list each delegation apart."""
    locale = "de" if lang == "de" else "en"
    country = {Side.GUEST: note.visit.guest_country, Side.HOST: note.visit.host_country}
    head = tuple(label(key, lang) for key in ("name", "function", "role"))
    blocks: list[Block] = []
    sides = [side for side in Side if any(p.side == side for p in note.participants)]
    for side in sides:
        rows = []
        for person in (p for p in note.participants if p.side == side):
            function = ", ".join(x for x in (person.function.strip(), person.organisation.strip()) if x)
            rows.append((person.name.strip(), function, choice(person.role, lang)))
        code = country.get(side, "")
        title = choice(side, lang) + (f" ({country_name(code, locale)})" if code else "")
        if len(sides) > 1 or code:
            blocks.append(Paragraph(title))
        blocks.append(Table(head, tuple(rows), (25, 49, 26)))
    return blocks


def _documents(note: Note, lang: str) -> Table:
    head = tuple(label(key, lang) for key in ("title", "kind", "parties", "status", "date"))
    rows = tuple(
        (
            document.title.strip(),
            choice(document.kind, lang),
            ", ".join(p.strip() for p in document.parties if p.strip()),
            choice(document.status, lang),
            format_date(document.date, lang, "table"),
        )
        for document in note.documents
    )
    return Table(head, rows, (38, 15, 21, 14, 12))


def _source_line(source, lang: str) -> str:
    parts = [source.agency.strip(), source.place.strip(), format_date(source.published, lang)]
    origin = ", ".join(part for part in parts if part)
    title = source.title.strip() or source.filename.strip()
    if origin and title:
        return f"{origin}: {title}"
    return origin or title or source.id


def _filled(block: Block) -> bool:
    if isinstance(block, Paragraph):
        return bool(block.text)
    if isinstance(block, Bullets):
        return any(block.items)
    if isinstance(block, Fields):
        return bool(block.rows)
    return bool(block.rows)
