"""Tables: fixed column widths, a header row repeated on every page, rows that never split."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.export.context import Context
from briefing.export.wml import paragraph, run

HEADER_FILL = "E3E3E3"
GROUP_FILL = "F2F2F2"
KEEP_TOGETHER_ROWS = 8
TABLE_FONT_TWIPS = 190  # "Briefing Table Text" is 9.5 pt: one em in twentieths of a point
CELL_MARGIN = 85  # the "Briefing Table" style's left and right cell margins, in twips


@dataclass(frozen=True)
class Cell:
    """A cell's text, with an optional second line in italics (notes)."""

    text: str = ""
    note: str = ""
    bold: bool = False


def cell_paragraphs(ctx: Context, cell: Cell, keep_next: bool = False) -> str:
    style = ctx.style("Briefing Table Text")
    xml = paragraph(run(cell.text, bold=cell.bold), style=style, keep_next=keep_next)
    if cell.note:
        xml += paragraph(run(cell.note, italic=True, colour="4D4D4D"), style=style, keep_next=keep_next)
    return xml


def _tc(width: int, content: str, *, span: int = 1, fill: str = "") -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>"


def _tbl_start(ctx: Context, style: str, widths: Sequence[int], look: str) -> str:
    total = sum(widths)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{total}" w:type="dxa"/>'
        f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="{look}" w:firstRow="{int(look == "04A0")}" '
        'w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    )


def widths_for(ctx: Context, shares: Sequence[float]) -> list[int]:
    """Column widths in twips from relative shares of the text width."""
    total = sum(shares)
    widths = [int(ctx.width * share / total) for share in shares]
    widths[-1] += ctx.width - sum(widths)
    return widths


def content_shares(ctx: Context, headers: Sequence[str], rows: Sequence[Sequence[Cell] | str],
                   grow: Sequence[int] = (0,)) -> list[float]:
    """Column shares by content: each column at least as wide as its longest word."""
    from briefing.model.column_widths import column_widths

    texts = [[f"{c.text}\n{c.note}" if c.note else c.text for c in row] for row in rows if not isinstance(row, str)]
    return column_widths(headers, texts, line=ctx.width / TABLE_FONT_TWIPS,
                         padding=(2 * CELL_MARGIN + 60) / TABLE_FONT_TWIPS, grow=grow)


def data_table(ctx: Context, headers: Sequence[str], shares: Sequence[float] | None,
               rows: Sequence[Sequence[Cell] | str], grow: Sequence[int] = (0,)) -> str:
    """A table with a header row; a row given as a string is a group row across all columns.

    Without ``shares`` the columns are sized by their content (see ``content_shares``).
    """
    widths = widths_for(ctx, shares or content_shares(ctx, headers, rows, grow))
    style = ctx.style("Briefing Table Text")
    parts = [_tbl_start(ctx, ctx.style("Briefing Table"), widths, "04A0")]
    header_cells = "".join(
        _tc(w, paragraph(run(h, bold=True), style=style, keep_next=True), fill=HEADER_FILL)
        for w, h in zip(widths, headers))
    parts.append(f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{header_cells}</w:tr>")
    # A short table stays on one page: its rows keep with the next (a long one breaks between rows).
    together = len(rows) <= KEEP_TOGETHER_ROWS
    for index, row in enumerate(rows):
        if isinstance(row, str):
            content = paragraph(run(row, bold=True), style=style, keep_next=True)
            cells = _tc(sum(widths), content, span=len(widths), fill=GROUP_FILL)
        else:
            keep = together and index < len(rows) - 1
            cells = "".join(_tc(w, cell_paragraphs(ctx, c, keep)) for w, c in zip(widths, row))
        parts.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def label_table(ctx: Context, rows: Sequence[tuple[str, str]], label_share: float = 0.22) -> str:
    """A compact two-column block (label, value) with rules above and below, no header row."""
    widths = widths_for(ctx, (label_share, 1 - label_share))
    style = ctx.style("Briefing Table Text")
    parts = [_tbl_start(ctx, ctx.style("Briefing Block"), widths, "0000")]
    for label, value in rows:
        label_xml = paragraph(run(label, bold=True, colour="404040"), style=style)
        value_xml = "".join(paragraph(run(line), style=style) for line in value.split("\n"))
        parts.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{_tc(widths[0], label_xml)}"
                     f"{_tc(widths[1], value_xml)}</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)
