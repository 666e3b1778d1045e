"""Bad and awkward source files: encodings, binary data, sizes, hostile HTML, mail and Word files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefing.model.note import Source
from briefing.sources.loader import load_source, source_from_text
from tests.reliability.cases import Case, Expect
from tests.sourcefiles import (
    GERMAN,
    RUSSIAN,
    billion_laughs_document,
    document_xml,
    email_bytes,
    html_page,
    write_docx,
    write_lying_bomb_docx,
    write_zip_bomb_docx,
    xxe_document,
)

CATEGORY = "source texts"
RUSSIAN_KOI8 = RUSSIAN.replace("–", "-").replace("«", '"').replace("»", '"')


def _file(name: str, content: bytes | Callable[[Path], object]) -> Callable[[Path], Source]:
    def run(folder: Path) -> Source:
        path = folder / name
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)
        return load_source(path)

    return run


def _text_is(expected: str) -> Callable[[Source], bool]:
    return lambda source: source.text == expected


def _sparse(megabytes: int) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        with open(path, "wb") as handle:
            handle.truncate(megabytes * 1024 * 1024)

    return build


def _half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _encoded(name: str, text: str, encoding: str) -> Case:
    return Case(CATEGORY, name, _file("wire.txt", text.encode(encoding)), Expect.LOADED, _text_is(text))


def _refused(name: str, filename: str, content, message: str = "") -> Case:
    return Case(CATEGORY, name, _file(filename, content), Expect.REFUSED, message=message)


_PAGE = html_page("Kusnezow besucht China", ["Der Minister reist ab."])
_MAIL = email_bytes("Besuch", GERMAN, attachments=[("programm.pdf", b"%PDF-1.4 geheim")])

CASES = [
    _encoded("UTF-8 without BOM, German", GERMAN, "utf-8"),
    _encoded("UTF-8 with BOM, German", GERMAN, "utf-8-sig"),
    _encoded("UTF-8 with BOM, Russian", RUSSIAN, "utf-8-sig"),
    _encoded("UTF-16 with BOM, German", GERMAN, "utf-16"),
    _encoded("UTF-16 with BOM, Russian", RUSSIAN, "utf-16"),
    _encoded("UTF-16 LE without BOM, Russian", RUSSIAN, "utf-16-le"),
    _encoded("Windows-1252, German", GERMAN, "cp1252"),
    _encoded("Windows-1251, Russian", RUSSIAN, "cp1251"),
    _encoded("KOI8-R, Russian", RUSSIAN_KOI8, "koi8_r"),
    Case(CATEGORY, "mixed line endings", _file("mixed.txt", b"Eins\r\nZwei\rDrei\nVier"), Expect.LOADED,
         _text_is("Eins\nZwei\nDrei\nVier")),
    _refused("NUL bytes in a text", "nul.txt", "Bericht\x00über".encode(), "NUL"),
    _refused("a PNG picture named .txt", "bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
    _refused("binary without NUL bytes", "daten.txt", bytes(range(1, 32)) * 64, "binary"),
    _refused("an empty file", "leer.txt", b"", "empty"),
    _refused("white space only", "leer2.txt", b" \r\n\t\r\n", "empty"),
    _refused("a 50 MB text", "gross.txt", _sparse(50), "too large"),
    _refused("a PDF named .txt", "bericht.txt", b"%PDF-1.7\n", "PDF"),
    _refused("an RTF file", "bericht.rtf", b"{\\rtf1\\ansi Bericht}", "RTF"),
    _refused("a folder", "ordner", lambda path: path.mkdir(), "folder"),
    _refused("a missing file", "fehlt.txt", lambda path: None, "does not exist"),
    Case(CATEGORY, "HTML with scripts and styles", _file("seite.html", _PAGE.encode()), Expect.LOADED,
         lambda source: source.text == "Kusnezow besucht China\nDer Minister reist ab."),
    Case(CATEGORY, "HTML ending in an endless unclosed tag", _file("endlos.html", b"<p>Text</p>" + b"<a " * 200_000),
         Expect.LOADED, lambda source: source.text.startswith("Text\n<a <a")),
    _refused("HTML with scripts only", "leer.html",
             b"<html><script>alert('x')</script><style>p{}</style></html>", "holds no text"),
    Case(CATEGORY, ".eml with attachments", _file("mail.eml", _MAIL), Expect.LOADED,
         lambda source: source.text.strip() == GERMAN.strip() and "programm.pdf" in source.title
         and "geheim" not in source.text),
    _refused(".eml with only an attachment", "anhang.eml",
             b"Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n"
             b"Content-Disposition: attachment; filename=a.png\r\n\r\nxx\r\n--b--\r\n", "no text"),
    _refused(".eml flooded with tiny parts", "flut.eml",
             b"Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
             + b"--b\r\nContent-Type: text/plain\r\n\r\nT\r\n" * 100_000, "more than 1000 parts"),
    _refused(".docx that is not a zip", "bericht.docx", GERMAN.encode(), "not a zip archive"),
    _refused(".docx that is an old .doc", "alt.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, ".doc"),
    _refused("zip bomb disguised as .docx", "bombe.docx", write_zip_bomb_docx, "zip bomb"),
    _refused("zip bomb lying about its size", "luege.docx", write_lying_bomb_docx, "damaged"),
    _refused(".docx with an external entity", "xxe.docx", lambda path: write_docx(path, xxe_document()), "DTD"),
    _refused(".docx with nested entities", "lachen.docx",
             lambda path: write_docx(path, billion_laughs_document()), "DTD"),
    _refused(".docx cut in half", "halb.docx",
             lambda path: path.write_bytes(_half(write_docx(path, document_xml([GERMAN] * 40)).read_bytes())),
             "damaged"),
    Case(CATEGORY, "pasted text with stray UTF-16 halves", lambda folder: source_from_text("a \ud800 b"),
         Expect.LOADED, _text_is("a \ufffd b")),
    Case(CATEGORY, "pasted binary", lambda folder: source_from_text("\x00\x01\x02"), Expect.REFUSED,
         message="NUL"),
]
