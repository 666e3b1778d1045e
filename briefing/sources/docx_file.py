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
from briefing.sources.docx_text import CoreTitle, DocumentText, TooMuchText, UnsafeXml, parse_xml
from briefing.sources.headline import headline
from briefing.sources.source_text import (
    MAX_DOCX_BYTES,
    MAX_TEXT_CHARS,
    MB,
    SourceText,
    check_size,
    file_size,
    finish_text,
    read_head,
)

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_MEMBERS = 5000
# Declared sizes, checked before anything is inflated.
MAX_PART_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
# Deflate packs a bomb's zeros ~1000:1; Word parts stay below ~30:1, and even a document
# of one paragraph repeated ten thousand times stays near 200:1.
MAX_RATIO = 500
RATIO_FLOOR = 1024 * 1024  # small parts may compress better than that without harm
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
            _check_declared_sizes(archive, path)
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


def _check_declared_sizes(archive: zipfile.ZipFile, path: Path) -> None:
    """Refuse a zip bomb from its directory alone: too many parts, too large, too well packed."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise BriefingError(f"not a Word document: the archive has {len(members)} parts", path)
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if (
            member.file_size > MAX_PART_BYTES
            or total > MAX_TOTAL_BYTES
            or (member.file_size > RATIO_FLOOR and member.file_size / packed > MAX_RATIO)
        ):
            raise BriefingError(
                f"refused: the part '{_short(member.filename)}' would inflate to "
                f"{member.file_size // (1024 * 1024)} MB (a zip bomb, not a Word document)",
                path,
            )


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
        raise BriefingError(
            f"the text is too long (Briefing reads at most {MAX_TEXT_CHARS // MB} MB of text)",
            path,
        ) from None
    except expat.ExpatError as exc:
        raise BriefingError(
            f"the Word document is damaged (broken XML in {_short(name)}: {expat.ErrorString(exc.code)})",
            path,
        ) from None
    return collector


def _short(name: str) -> str:
    """A part's name for a message: one line, not too long, whatever the archive holds."""
    name = "".join(char if char.isprintable() else "?" for char in name[:60])
    return name if len(name) < 60 else name[:57] + "..."


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    return text[:120]
