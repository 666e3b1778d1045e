"""Word (.docx) sources: the paragraphs of the main document, read without trusting the file."""

from __future__ import annotations

import posixpath
import struct
import zipfile
import zlib
from pathlib import Path
from xml.parsers import expat

from briefing.atomic import describe_os_error
from briefing.errors import BriefingError
from briefing.sources.docx_text import CoreTitle, DocumentText, UnsafeXml, parse_xml
from briefing.sources.headline import headline
from briefing.sources.source_text import (
    MAX_DOCX_BYTES,
    MAX_TEXT_CHARS,
    OLE_SIGNATURE,
    SourceText,
    TooMuchText,
    check_size,
    file_size,
    finish_text,
    read_head,
    text_too_long,
)
from briefing.zipcheck import check_declared_sizes, part_name

_CHUNK = 1024 * 1024
_OFFICE_DOCUMENT = "/officeDocument"


def read_docx_file(path: Path) -> SourceText:
    """The text of a .docx: one line per paragraph, tabs and line breaks kept."""
    check_size(file_size(path), MAX_DOCX_BYTES, path, "the Word document")
    head = read_head(path, len(OLE_SIGNATURE))
    if head.startswith(OLE_SIGNATURE):
        raise BriefingError(
            "an old-format (.doc) or password-protected Word file: open it in Word and save it "
            "as .docx without a password",
            path,
        )
    if not head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise BriefingError("not a Word document (.docx): the file is not a zip archive", path)
    try:
        with zipfile.ZipFile(path) as archive:
            check_declared_sizes(archive, path)
            main = _main_part(archive, path)
            text = _document_text(archive, main, path)
            title = _core_title(archive, path)
    except BriefingError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, struct.error) as exc:
        raise BriefingError(f"the Word document is damaged ({_reason(exc)})", path) from None
    except (NotImplementedError, RuntimeError) as exc:
        # zipfile raises these for encrypted members and unknown compression methods.
        raise BriefingError(f"the Word document cannot be read ({_reason(exc)})", path) from None
    except OSError as exc:
        raise BriefingError(f"cannot read: {describe_os_error(exc)}", path) from None
    text = finish_text(text, path, empty="the Word document holds no text")
    return SourceText(text, title or headline(text))


def _main_part(archive: zipfile.ZipFile, path: Path) -> str:
    """The main document part named by the package relationships (word/document.xml as a rule)."""
    names = set(archive.namelist())
    target = "word/document.xml"
    if "_rels/.rels" in names:
        for relation in _read_xml(archive, "_rels/.rels", path).relations:
            kind, value = relation
            if kind.endswith(_OFFICE_DOCUMENT):
                target = posixpath.normpath(value.lstrip("/"))
                break
    if target not in names:
        raise BriefingError("not a Word document: a zip archive without a document part", path)
    return target


def _document_text(archive: zipfile.ZipFile, name: str, path: Path) -> str:
    return _read_xml(archive, name, path).text()


def _core_title(archive: zipfile.ZipFile, path: Path) -> str:
    """The title the author gave in the document's properties, or ""."""
    if "docProps/core.xml" not in archive.namelist():
        return ""
    return _read_xml(archive, "docProps/core.xml", path, CoreTitle()).text()


def _read_xml(archive: zipfile.ZipFile, name: str, path: Path, collector=None) -> DocumentText:
    """Parse one part while inflating it in chunks, never past its declared size."""
    collector = collector or DocumentText(MAX_TEXT_CHARS)
    parser = parse_xml(collector)
    try:
        with archive.open(name) as stream:
            while chunk := stream.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except UnsafeXml as exc:
        raise BriefingError(
            f"refused: the Word document {exc}, which Briefing never reads (it could fetch files "
            "or expand without end)",
            path,
        ) from None
    except TooMuchText:
        raise text_too_long(path) from None
    except expat.ExpatError as exc:
        raise BriefingError(
            f"the Word document is damaged (broken XML in {part_name(name)}: {expat.ErrorString(exc.code)})",
            path,
        ) from None
    return collector


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    return text[:120]
