"""WordprocessingML as text: escaped runs and paragraphs, parsed once per document.

Building the body as one string and parsing it once is several times faster than
creating python-docx objects paragraph by paragraph, which matters for long notes.
"""

from __future__ import annotations

import re

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NAMESPACES = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

# Characters XML 1.0 does not allow; a note typed or pasted may still hold them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(text: str) -> str:
    """Text for XML character data and double-quoted attributes (saxutils pulls in urllib)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def clean(text: str) -> str:
    """``text`` without characters that XML cannot carry."""
    return _NOT_XML.sub("", text)


def run_properties(*, style: str = "", bold: bool = False, italic: bool = False,
                   colour: str = "", size: int = 0, lang: str = "") -> str:
    """A ``w:rPr`` in schema order, or nothing when no property is set."""
    parts = []
    if style:
        parts.append(f'<w:rStyle w:val="{style}"/>')
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if colour:
        parts.append(f'<w:color w:val="{colour}"/>')
    if size:
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    if lang:
        parts.append(f'<w:lang w:val="{lang}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


# A stretch of Russian words (with the spaces, digits and punctuation between them).
_CYRILLIC = re.compile(r"[\u0400-\u04ff](?:[\u0400-\u04ff\d\s.,;:!?«»„“”\"'()\-–—]*[\u0400-\u04ff.!?»“”)])?")
RUSSIAN = "ru-RU"


def run(text: str, **props) -> str:
    """A run; line breaks become ``w:br`` and tabs ``w:tab``; Russian stretches are marked ru-RU for proofing."""
    if not text:
        return ""
    if _CYRILLIC.search(text):
        return _runs_by_script(text, props)
    return _run(text, props)


def _runs_by_script(text: str, props: dict) -> str:
    """Latin stretches keep the document's language; Cyrillic ones get Russian spell-checking."""
    parts, at = [], 0
    for match in _CYRILLIC.finditer(text):
        parts.append(_run(text[at:match.start()], props))
        parts.append(_run(match.group(), {**props, "lang": RUSSIAN}))
        at = match.end()
    parts.append(_run(text[at:], props))
    return "".join(parts)


def _run(text: str, props: dict) -> str:
    if not text:
        return ""
    rpr = run_properties(**props)
    pieces = []
    for number, line in enumerate(clean(text).split("\n")):
        if number:
            pieces.append("<w:br/>")
        for index, chunk in enumerate(line.split("\t")):
            if index:
                pieces.append("<w:tab/>")
            if chunk:
                pieces.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return f"<w:r>{rpr}{''.join(pieces)}</w:r>"


def paragraph_properties(*, style: str = "", keep_next: bool = False, num: tuple[int, int] | None = None,
                         tabs: str = "", spacing: str = "", indent: str = "", align: str = "",
                         border_top: bool = False) -> str:
    """A ``w:pPr`` in schema order, or nothing when no property is set."""
    parts = []
    if style:
        parts.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        parts.append("<w:keepNext/>")
    if num is not None:
        parts.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
    if border_top:
        parts.append('<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="8C8C8C"/></w:pBdr>')
    if tabs:
        parts.append(f"<w:tabs>{tabs}</w:tabs>")
    if spacing:
        parts.append(spacing)
    if indent:
        parts.append(indent)
    if align:
        parts.append(f'<w:jc w:val="{align}"/>')
    return f"<w:pPr>{''.join(parts)}</w:pPr>" if parts else ""


def paragraph(content: str = "", **props) -> str:
    """A paragraph around already built runs (``content``)."""
    return f"<w:p>{paragraph_properties(**props)}{content}</w:p>"


def text_paragraph(text: str, *, run_props: dict | None = None, **props) -> str:
    """A paragraph holding one run of plain ``text``."""
    return paragraph(run(text, **(run_props or {})), **props)


def field(instruction: str, placeholder: str = "1", **props) -> str:
    """A complex field (begin, instruction, separate, placeholder, end) as five runs."""
    rpr = run_properties(**props)
    return (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r>{rpr}<w:t>{placeholder}</w:t></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def parse_fragment(xml: str):
    """Parse a run of body-level elements; returns the elements in order."""
    from lxml import etree

    root = etree.fromstring(f"<w:body {NAMESPACES}>{xml}</w:body>".encode("utf-8"))
    return list(root)
