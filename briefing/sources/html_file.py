"""HTML sources: the text a reader sees; scripts, styles and navigation dropped, nothing fetched."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from briefing.errors import BriefingError
from briefing.sources.source_text import (
    MAX_TEXT_CHARS,
    SourceText,
    TooMuchText,
    finish_text,
    read_limited,
    text_too_long,
)
from briefing.sources.text_file import decode_text

# Elements whose content is never text for a reader.
_HIDDEN = frozenset({
    "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object",
    "canvas", "select", "nav", "button",
})
# Elements that start a new line.
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
})
_CELLS = frozenset({"td", "th"})
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
_SPACES = re.compile(r"[ \t\n\r\f]+")
_CELL_GAP = re.compile(r" *\t *")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_html_file(path: Path) -> SourceText:
    """An HTML file's visible text, its <title> as the title."""
    raw = read_limited(path)
    markup = decode_text(raw, path, declared=declared_charset(raw))
    return html_source_text(markup, path)


def html_source_text(markup: str, path: Path | None) -> SourceText:
    """The visible text and the title of an HTML document given as text."""
    text, title = html_to_text(markup, path)
    text = finish_text(text, path, empty="the HTML page holds no text")
    return SourceText(text, title)


def declared_charset(raw: bytes) -> str | None:
    """The encoding a page declares in a <meta> element near its start."""
    match = _CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii") if match else None


def html_to_text(markup: str, path: Path | None = None) -> tuple[str, str]:
    """(visible text, title) of an HTML document; one line per block, cells split by tabs."""
    parser = _TextParser()
    try:
        parser.feed(_defuse_tail(markup))
        parser.close()
    except (AssertionError, ValueError, IndexError) as exc:
        # html.parser is lenient but has a few asserts on odd markup (``<![``).
        raise BriefingError(f"the HTML could not be read ({exc.__class__.__name__})", path) from None
    except TooMuchText:
        raise text_too_long(path) from None
    return parser.text(), _SPACES.sub(" ", "".join(parser.title)).strip()


def _defuse_tail(markup: str) -> str:
    """After the last '>' no tag can end, so its '<' are text; said so up front, because
    html.parser (before Python 3.13.4) rescans the whole rest for each of them: minutes."""
    last = markup.rfind(">")
    if markup.find("<", last + 1) < 0:
        return markup
    return markup[: last + 1] + markup[last + 1:].replace("<", "&lt;")


class _TextParser(HTMLParser):
    """Collects visible text as a list of pieces; line breaks mark blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.title: list[str] = []
        self.size = 0
        self.hidden: list[str] = []
        self.hidden_names: Counter[str] = Counter()  # what ``hidden`` holds, for quick look-ups
        self.in_title = False
        self.pre = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body" and self.hidden_names["head"]:
            # A page may leave <head> unclosed; the body is never hidden by it.
            self.hidden = [name for name in self.hidden if name != "head"]
            self.hidden_names["head"] = 0
        if tag in _HIDDEN and tag not in _VOID:
            self.hidden.append(tag)
            self.hidden_names[tag] += 1
        elif tag == "title":
            self.in_title = True
        elif self.hidden:
            return
        elif tag == "br":
            self._add("\n")
        elif tag in _CELLS:
            self._add("\t")
        elif tag in _BLOCKS:
            self._add("\n")
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag == "br" and not self.hidden:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif self.hidden:
            if self.hidden_names[tag]:
                # Close up to the matching tag: a stray end tag never hides the rest.
                while self.hidden:
                    name = self.hidden.pop()
                    self.hidden_names[name] -= 1
                    if name == tag:
                        break
        elif tag in _BLOCKS:
            self._add("\n")
            if tag == "pre" and self.pre:
                self.pre -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self._add(data if self.pre else _SPACES.sub(" ", data))

    def _add(self, piece: str) -> None:
        self.size += len(piece)
        if self.size > MAX_TEXT_CHARS * 2:
            raise TooMuchText
        self.pieces.append(piece)

    def text(self) -> str:
        lines = (_CELL_GAP.sub("\t", line).strip(" \t") for line in "".join(self.pieces).split("\n"))
        return "\n".join(line for line in lines if line)
