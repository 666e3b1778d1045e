"""Numbered and bulleted lists: one numbering instance per list, so each starts at 1."""

from __future__ import annotations

from briefing.export.wml import NAMESPACES, W_NS

_W = f"{{{W_NS}}}"
_INDENT = '<w:pPr><w:ind w:left="357" w:hanging="357"/></w:pPr>'
_FORMATS = {
    "number": '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>' + _INDENT,
    "bullet": ('<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/><w:lvlJc w:val="left"/>' + _INDENT
               + '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/></w:rPr>'),
}


class ListNumbering:
    """Adds the list definitions to a document's numbering part and hands out new lists."""

    def __init__(self, numbering_element) -> None:
        self._numbering = numbering_element
        self._abstract: dict[str, int] = {}

    def new_list(self, kind: str) -> int:
        """The numId of a fresh list of ``kind`` ("number" or "bullet"), restarting at 1."""
        from lxml import etree

        abstract_id = self._abstract.get(kind)
        if abstract_id is None:
            abstract_id = self._add_abstract(kind)
        num_ids = [int(n.get(f"{_W}numId")) for n in self._numbering.iter(f"{_W}num")]
        num_id = max(num_ids, default=0) + 1
        num = etree.fromstring(
            f'<w:num {NAMESPACES} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
        cleanup = self._numbering.find(f"{_W}numIdMacAtCleanup")
        if cleanup is not None:
            cleanup.addprevious(num)
        else:
            self._numbering.append(num)
        return num_id

    def _add_abstract(self, kind: str) -> int:
        from lxml import etree

        existing = [int(a.get(f"{_W}abstractNumId")) for a in self._numbering.iter(f"{_W}abstractNum")]
        abstract_id = max(existing, default=-1) + 1
        abstract = etree.fromstring(
            f'<w:abstractNum {NAMESPACES} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f"{_FORMATS[kind]}</w:lvl></w:abstractNum>")
        # The schema wants every abstractNum before the first num.
        anchor = self._numbering.find(f"{_W}num")
        if anchor is None:
            anchor = self._numbering.find(f"{_W}numIdMacAtCleanup")
        if anchor is not None:
            anchor.addprevious(abstract)
        else:
            self._numbering.append(abstract)
        self._abstract[kind] = abstract_id
        return abstract_id
