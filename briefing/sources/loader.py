"""Load a source into a Source: from a file of any supported format, or pasted text."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from briefing.errors import BriefingError
from briefing.model.note import Source
from briefing.sources.headline import headline
from briefing.sources.source_text import OLE_SIGNATURE, SourceText, file_size, finish_text, read_head
from briefing.sources.text_file import read_text_file

Reader = Callable[[Path], SourceText]

# The file types an open dialog offers, by name.
SOURCE_SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "text", ".csv": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".eml": "eml", ".mht": "eml", ".mhtml": "eml",
    ".docx": "docx", ".docm": "docx", ".dotx": "docx", ".dotm": "docx",
}
# The HTML, mail and Word readers load on first use: most sources are plain text.
_READER_MODULES = {"html": "html_file", "eml": "eml_file", "docx": "docx_file"}
_REFUSED_SIGNATURES = (
    (b"%PDF-", "a PDF file: Briefing does not read PDF; copy the text from it and paste it as a new source"),
    (b"{\\rtf", "an RTF file: open it in Word and save it as .docx or as text"),
)
_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE | re.DOTALL)
# A mail starts with header lines; two of them, the first a usual one, tell it from a text.
_MAIL_HEADER = re.compile(
    rb"(From|Received|Return-Path|MIME-Version|Message-ID|Date|Subject|To|Delivered-To): [^\r\n]*\r?\n"
    rb"[A-Za-z][A-Za-z0-9-]*: ",
    re.IGNORECASE,
)
_TITLE_CHARS = 120


def load_source(path: str | Path) -> Source:
    """Read a source file (.txt in any common encoding, .docx, .html, .eml) into a Source.

    The text is stored as read except that every line ending becomes LF; evidence
    offsets refer to that stored text (web clutter is marked by the extractor, never
    cut). Every failure is one BriefingError naming the file.
    """
    path = Path(path)
    file_size(path)
    text, title = _reader(_kind(path))(path)
    return Source(
        id=source_id_for(text), text=text, filename=path.name, title=_short_title(title),
    )


def source_from_text(text: str, title: str = "") -> Source:
    """A Source from pasted text, checked and normalised as a loaded file is."""
    if re.search("[\ud800-\udfff]", text):
        # Text from a clipboard may carry UTF-16 halves: pair them, mark lone ones.
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = finish_text(text, None, empty="the pasted text is empty")
    return Source(
        id=source_id_for(text), text=text, title=_short_title(title.strip() or headline(text)),
    )


def source_id_for(text: str) -> str:
    """A short stable id for a source text."""
    return "src-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _reader(kind: str) -> Reader:
    if kind == "text":
        return read_text_file
    import importlib

    module = importlib.import_module(f"briefing.sources.{_READER_MODULES[kind]}")
    return getattr(module, f"read_{kind}_file")


def _kind(path: Path) -> str:
    """The reader for a file: its signature where it tells, else its name, else a look inside."""
    head = read_head(path, 512)
    for signature, message in _REFUSED_SIGNATURES:
        if head.startswith(signature):
            raise BriefingError(message, path)
    suffix = path.suffix.lower()
    if head.startswith(OLE_SIGNATURE):
        if suffix == ".msg":
            raise BriefingError("an Outlook message (.msg): save it as .eml or as text", path)
        return "docx"  # the Word reader names an old .doc or a password-protected file
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "docx"
    if suffix in SOURCE_SUFFIXES:
        return SOURCE_SUFFIXES[suffix]
    if _HTML_START.match(head):
        return "html"
    if _MAIL_HEADER.match(head):
        return "eml"
    return "text"


def _short_title(title: str) -> str:
    """A title fit for a tab: one line of at most 120 characters."""
    title = " ".join(title.split())
    return title if len(title) <= _TITLE_CHARS else title[: _TITLE_CHARS - 1].rstrip() + "…"
