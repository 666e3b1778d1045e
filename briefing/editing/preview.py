"""The live preview: a note rendered to simple HTML, as the exported note will read."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from briefing.model.note import Note
from briefing.model.reading import Block, Bullets, Fields, Paragraph, Reading, Subheading, Table, read_note

# Only what Qt's rich-text engine understands (a subset of HTML 4 and CSS 2.1).
STYLE = """
body { font-family: 'Arial', 'Liberation Sans', sans-serif; font-size: 10.5pt; color: #1a1a1a; }
p.classification { text-align: center; font-weight: bold; color: #8b0000; letter-spacing: 1px; }
p.title { font-size: 13pt; font-weight: bold; margin-top: 8px; margin-bottom: 8px; }
h2 { font-size: 11pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }
table.grid { border-collapse: collapse; margin-top: 2px; margin-bottom: 6px; }
table.grid td, table.grid th { font-size: 9pt; }
table.grid th { background-color: #e8e8e8; text-align: left; font-weight: bold; }
p.subheading { font-weight: bold; margin-top: 8px; margin-bottom: 2px; }
p.side { font-style: italic; margin-top: 4px; margin-bottom: 2px; }
table.header td.label, table.fields td.label { color: #555555; padding-right: 12px; }
ul { margin-top: 0px; margin-bottom: 6px; }
p { margin-top: 0px; margin-bottom: 6px; }
p.empty { color: #777777; font-style: italic; }
"""


CHUNK_ROWS = 20
"""Long tables are cut into tables of this many rows: a rich-text view lays out each alone."""


@dataclass(frozen=True)
class Piece:
    """A fragment of the preview; a table chunk also carries its rows, to update cells in place."""

    html: str
    rows: tuple[tuple[str, ...], ...] | None = None
    widths: tuple[int, ...] = ()


def render_html(note: Note | Reading, empty_text: str = "") -> str:
    """The note (or its reading) as an HTML document for a rich-text view."""
    body = "\n".join(piece.html for piece in render_pieces(note, empty_text))
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


def render_pieces(note: Note | Reading, empty_text: str = "") -> list[Piece]:
    """The body of the preview as fragments in reading order (style sheet: ``STYLE``)."""
    reading = note if isinstance(note, Reading) else read_note(note)
    parts: list[Piece] = []
    if reading.classification:
        parts.append(Piece(f'<p class="classification">{escape(reading.classification)}</p>'))
    if reading.title:
        parts.append(Piece(f'<p class="title">{escape(reading.title)}</p>'))
    if reading.header:
        rows = "".join(
            f'<tr><td class="label">{escape(name)}</td><td>{_lines(value)}</td></tr>'
            for name, value in reading.header
        )
        parts.append(Piece(f'<table class="header" cellspacing="0" cellpadding="1">{rows}</table>'))
    for section in reading.sections:
        if section.heading:
            parts.append(Piece(f'<h2><a name="section-{escape(section.key)}"></a>{escape(section.heading)}</h2>'))
        for block in section.blocks:
            parts.extend(_block(block))
    if not (reading.title or reading.sections) and empty_text:
        parts.append(Piece(f'<p class="empty">{escape(empty_text)}</p>'))
    return parts


def _lines(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.split("\n"))


def _block(block: Block) -> list[Piece]:
    if isinstance(block, Subheading):
        return [Piece(f'<p class="subheading">{escape(block.text)}</p>')]
    if isinstance(block, Paragraph):
        return [Piece(f"<p>{escape(block.text)}</p>")]
    if isinstance(block, Bullets):
        items = "".join(f"<li>{escape(item)}</li>" for item in block.items if item)
        return [Piece(f"<ul>{items}</ul>")]
    if isinstance(block, Fields):
        rows = "".join(
            f'<tr><td class="label">{escape(name)}</td><td>{_lines(value)}</td></tr>'
            for name, value in block.rows
        )
        return [Piece(f'<table class="fields" cellspacing="0" cellpadding="2">{rows}</table>')]
    if isinstance(block, Table):
        return _table(block)
    raise TypeError(f"unknown block {block!r}")


def _table(block: Table) -> list[Piece]:
    # Fixed column shares: Qt's own column sizing breaks words more often in a narrow
    # pane, and chunks of a long table must share their widths to read as one table.
    widths = list(block.widths) or column_percentages((block.head, *block.rows))

    def cell(tag: str, text: str, index: int) -> str:
        width = f' width="{widths[index]}%"' if widths else ""
        return f"<{tag}{width}>{escape(text)}</{tag}>"

    head = "".join(cell("th", text, i) for i, text in enumerate(block.head))
    pieces = []
    for first in range(0, max(len(block.rows), 1), CHUNK_ROWS):
        chunk = block.rows[first : first + CHUNK_ROWS]
        rows = "".join("<tr>" + "".join(cell("td", text, i) for i, text in enumerate(row)) + "</tr>" for row in chunk)
        top = f"<thead><tr>{head}</tr></thead>" if first == 0 else ""
        pieces.append(Piece(
            f'<table class="grid" width="99%" border="1" cellspacing="0" cellpadding="3">{top}{rows}</table>',
            chunk,
            tuple(widths),
        ))
    return pieces


def column_percentages(rows: tuple[tuple[str, ...], ...]) -> list[int]:
    """Column widths in percent, by each column's longest cell (at least 8 % each)."""
    columns = len(rows[0]) if rows else 0
    longest = [max(min(len(row[i]), 60) for row in rows) or 1 for i in range(columns)]
    total = sum(longest) or 1
    shares = [max(8.0, 100.0 * size / total) for size in longest]
    scale = 100.0 / sum(shares)
    return [round(share * scale) for share in shares]
