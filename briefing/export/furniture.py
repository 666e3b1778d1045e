"""Page furniture: the classification at the top and bottom of every page, file reference
and "Seite X von Y" in the footer, also on a different first page and on even pages."""

from __future__ import annotations

from briefing.export.context import Context
from briefing.export.wml import W_NS, field, paragraph, parse_fragment, run
from briefing.model import wording
from briefing.model.note import Note

_SIZE = 16  # half-points
_W = f"{{{W_NS}}}"


def add_furniture(document, note: Note, ctx: Context) -> None:
    """Fill the headers and footers of the document's last section."""
    section = document.sections[-1]
    headers = [section.header]
    footers = [section.footer]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
        footers.append(section.first_page_footer)
    if document.settings.odd_and_even_pages_header_footer:
        headers.append(section.even_page_header)
        footers.append(section.even_page_footer)
    tabs = _style_tabs(document, ctx.style("footer"))
    header_xml, footer_xml = header_paragraphs(note, ctx), footer_paragraphs(note, ctx, tabs)
    for header in headers:
        _fill(header, header_xml, at_start=True)
    for footer in footers:
        _fill(footer, footer_xml, at_start=False)


def header_paragraphs(note: Note, ctx: Context) -> str:
    marking = note.meta.classification.strip()
    if not marking:
        return ""
    return paragraph(run(marking, bold=True, size=18), style=ctx.style("header"), align="center",
                     spacing='<w:spacing w:after="120"/>')


def footer_paragraphs(note: Note, ctx: Context, style_tabs: list[int] = ()) -> str:
    before, middle, after = wording.page_line(ctx.language)
    page = (run(before, size=_SIZE) + field("PAGE", size=_SIZE) + run(middle, size=_SIZE)
            + field("NUMPAGES", size=_SIZE) + run(after, size=_SIZE))
    reference = run(note.meta.file_reference.strip(), size=_SIZE)
    cleared = "".join(f'<w:tab w:val="clear" w:pos="{pos}"/>' for pos in style_tabs if pos != ctx.width)
    tabs = cleared + f'<w:tab w:val="right" w:pos="{ctx.width}"/>'
    xml = paragraph(reference + run("\t", size=_SIZE) + page, style=ctx.style("footer"), tabs=tabs,
                    border_top=True)
    marking = note.meta.classification.strip()
    if marking:
        xml += paragraph(run(marking, bold=True, size=18), style=ctx.style("footer"), align="center",
                         spacing='<w:spacing w:before="60"/>')
    return xml


def _style_tabs(document, style_id: str) -> list[int]:
    """The footer style's own tab stops: cleared, so that one tab reaches the right margin."""
    style = document.styles.element.find(f"{_W}style[@{_W}styleId='{style_id}']")
    if style is None:
        return []
    found = {int(tab.get(f"{_W}pos")) for tab in style.iter(f"{_W}tab")
             if tab.get(f"{_W}pos", "").lstrip("-").isdigit() and tab.get(f"{_W}val") != "clear"}
    return sorted(found)


def _fill(part, xml: str, *, at_start: bool) -> None:
    """Put our paragraphs into a header or footer, keeping a letterhead's own content."""
    if not xml:
        return
    element = part._element
    children = list(element)
    blank = all(_is_empty_paragraph(child) for child in children)
    if blank:
        for child in children:
            element.remove(child)
    new = parse_fragment(xml)
    if at_start and not blank:
        for offset, child in enumerate(new):
            element.insert(offset, child)
    else:
        for child in new:
            element.append(child)


def _is_empty_paragraph(element) -> bool:
    if element.tag != f"{{{W_NS}}}p":
        return False
    return not any(node.tag in (f"{{{W_NS}}}t", f"{{{W_NS}}}drawing", f"{{{W_NS}}}pict",
                                f"{{{W_NS}}}fldChar", f"{{{W_NS}}}fldSimple") for node in element.iter())
