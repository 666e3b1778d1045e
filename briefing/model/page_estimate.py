"""A rough count of the pages a note fills in Word, from its text length and table rows."""

from __future__ import annotations

from math import ceil

from briefing.model.note import Note
from briefing.model.reading import Bullets, Fields, Paragraph, Reading, Table, read_note

# A4, 2.5 cm margins, 11 pt body text with 1.15 spacing, letterhead and footer taken off.
CHARS_PER_LINE = 88
LINES_PER_PAGE = 50
_TITLE_BLOCK_EXTRA = 4  # letterhead, classification line, spacing
_HEADING = 2  # a heading with the space before it
_TABLE_ROW_PADDING = 0.4


def _lines(text: str, width: float) -> int:
    return max(1, ceil(len(text) / max(width, 8.0)))


def _table_lines(rows: tuple[tuple[str, ...], ...], widths: list[float]) -> float:
    total = 0.0
    for row in rows:
        total += max(_lines(cell, width) for cell, width in zip(row, widths)) + _TABLE_ROW_PADDING
    return total


def _column_widths(rows: tuple[tuple[str, ...], ...], columns: int) -> list[float]:
    # Word sizes columns roughly by their content; share the line by each column's longest cell.
    longest = [max((len(row[i]) for row in rows), default=1) or 1 for i in range(columns)]
    total = sum(longest)
    return [CHARS_PER_LINE * 0.9 * max(0.12, size / total) for size in longest]


def count_lines(reading: Reading) -> float:
    """Lines of body text the reading fills."""
    lines: float = _TITLE_BLOCK_EXTRA + len(reading.header)
    if reading.title:
        lines += _lines(reading.title, CHARS_PER_LINE * 0.8) + 1
    for section in reading.sections:
        lines += _HEADING
        for block in section.blocks:
            if isinstance(block, Paragraph):
                lines += _lines(block.text, CHARS_PER_LINE) + 0.5
            elif isinstance(block, Bullets):
                lines += sum(_lines(item, CHARS_PER_LINE - 4) for item in block.items) + 0.5
            elif isinstance(block, Fields):
                lines += _table_lines(block.rows, [CHARS_PER_LINE * 0.25, CHARS_PER_LINE * 0.65]) + 0.5
            elif isinstance(block, Table):
                head_and_rows = (block.head, *block.rows)
                widths = (
                    [CHARS_PER_LINE * 0.9 * w / 100 for w in block.widths]
                    if block.widths
                    else _column_widths(head_and_rows, len(block.head))
                )
                lines += _table_lines(head_and_rows, widths) + 0.5
    return lines


def estimate_pages(note: Note | Reading) -> float:
    """Pages the note is expected to fill (1.4 = a page and a bit)."""
    reading = note if isinstance(note, Reading) else read_note(note)
    return round(count_lines(reading) / LINES_PER_PAGE, 1)
