"""The live preview: a note rendered to simple HTML, as the exported note will read."""

from __future__ import annotations

from html import escape

from briefing.model.note import Note
from briefing.model.reading import Block, Bullets, Fields, Paragraph, Reading, Table, read_note

# Only what Qt's rich-text engine understands (a subset of HTML 4 and CSS 2.1).
_STYLE = """
body { font-family: 'Arial', 'Liberation Sans', sans-serif; font-size: 10.5pt; color: #1a1a1a; }
p.classification { text-align: center; font-weight: bold; color: #8b0000; letter-spacing: 1px; }
h1 { font-size: 13pt; font-weight: bold; margin-top: 10px; margin-bottom: 8px; }
h2 { font-size: 11pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }
table.grid { border-collapse: collapse; margin-top: 2px; margin-bottom: 6px; }
table.grid th { background-color: #e8e8e8; text-align: left; font-weight: bold; }
table.header td.label, table.fields td.label { color: #555555; padding-right: 12px; }
ul { margin-top: 0px; margin-bottom: 6px; }
p { margin-top: 0px; margin-bottom: 6px; }
p.empty { color: #777777; font-style: italic; }
"""


def render_html(note: Note | Reading, empty_text: str = "") -> str:
    """The note (or its reading) as an HTML document for a rich-text view."""
    reading = note if isinstance(note, Reading) else read_note(note)
    parts = [f"<html><head><style>{_STYLE}</style></head><body>"]
    if reading.classification:
        parts.append(f'<p class="classification">{escape(reading.classification)}</p>')
    if reading.header:
        parts.append('<table class="header" cellspacing="0" cellpadding="1">')
        parts.extend(
            f'<tr><td class="label">{escape(name)}</td><td>{escape(value)}</td></tr>'
            for name, value in reading.header
        )
        parts.append("</table>")
    if reading.title:
        parts.append(f"<h1>{escape(reading.title)}</h1>")
    for section in reading.sections:
        parts.append(f'<a name="section-{escape(section.key)}"></a>')
        if section.heading:
            parts.append(f"<h2>{escape(section.heading)}</h2>")
        parts.extend(_block(block) for block in section.blocks)
    if not (reading.title or reading.sections) and empty_text:
        parts.append(f'<p class="empty">{escape(empty_text)}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{escape(block.text)}</p>"
    if isinstance(block, Bullets):
        items = "".join(f"<li>{escape(item)}</li>" for item in block.items if item)
        return f"<ul>{items}</ul>"
    if isinstance(block, Fields):
        rows = "".join(
            f'<tr><td class="label" width="22%">{escape(name)}</td><td>{escape(value)}</td></tr>'
            for name, value in block.rows
        )
        return f'<table class="fields" width="100%" cellspacing="0" cellpadding="2">{rows}</table>'
    if isinstance(block, Table):
        head = "".join(f"<th>{escape(cell)}</th>" for cell in block.head)
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in block.rows
        )
        return (
            '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">'
            f"<thead><tr>{head}</tr></thead>{rows}</table>"
        )
    raise TypeError(f"unknown block {block!r}")
