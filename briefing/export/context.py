"""What every part of the writer needs: words, dates, style ids, page width, lists, links."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.export.lists import ListNumbering
from briefing.model import date_format, wording

_LINK_SCHEMES = ("http://", "https://", "mailto:")


@dataclass
class Context:
    """The state of one export."""

    language: str
    styles: dict[str, str]
    width: int
    lists: ListNumbering
    part: object  # the python-docx document part, to relate hyperlinks
    _links: dict[str, str] = field(default_factory=dict)

    def label(self, key: str) -> str:
        """A label or column head in the note's language."""
        return wording.label(key, self.language)

    def choice(self, value) -> str:
        """The name of a choice (role, kind, status, ...) in the note's language."""
        return wording.choice(value, self.language)

    def table_date(self, value) -> str:
        """A date in a table cell: "18.11.2025"."""
        return date_format.format_date(value, self.language, "table")

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
