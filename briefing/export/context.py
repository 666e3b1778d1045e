"""What every part of the writer needs: words, dates, style ids, page width, lists, links."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.export.dates import DateStyle
from briefing.export.labels import Labels
from briefing.export.lists import ListNumbering

_LINK_SCHEMES = ("http://", "https://", "mailto:")


@dataclass
class Context:
    """The state of one export."""

    labels: Labels
    dates: DateStyle
    styles: dict[str, str]
    width: int
    lists: ListNumbering
    part: object  # the python-docx document part, to relate hyperlinks
    _links: dict[str, str] = field(default_factory=dict)

    def style(self, name: str) -> str:
        return self.styles[name]

    def link_id(self, url: str) -> str | None:
        """The relationship id of an external hyperlink, or None for a URL not safe to link."""
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        url = url.strip()
        if not url.lower().startswith(_LINK_SCHEMES) or any(c in url for c in ' "<>\n\t'):
            return None
        if url not in self._links:
            self._links[url] = self.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return self._links[url]
