"""Plain-text sources: the encodings office machines write, detected, never guessed wildly."""

from __future__ import annotations

import codecs
from pathlib import Path

from briefing.errors import BriefingError
from briefing.sources.headline import headline
from briefing.sources.source_text import CONTROLS, SourceText, finish_text, read_limited

# The single-byte encodings German and Russian office files really use. Left to choose
# among every encoding it knows, charset-normalizer reads a short German Windows-1252
# text as a Mac encoding, so it only chooses among these.
CANDIDATES = ("cp1252", "iso8859_15", "iso8859_1", "cp1251", "koi8_r")
ENCODING_NAMES = "UTF-8, UTF-16, Windows-1252, ISO-8859-1/-15, Windows-1251 and KOI8-R"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM it starts with
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels that mean Windows-1252 in practice (as web browsers read them).
_LATIN1_LABELS = {"latin_1", "iso8859_1", "ascii"}
# Every byte but 80-9F, the range where Windows-1252 differs from the ISO encodings.
_NOT_C1_BYTES = bytes(b for b in range(256) if not 0x80 <= b < 0xA0)
_ASCII_BYTES = bytes(range(128))


def read_text_file(path: Path) -> SourceText:
    """A plain-text source file, decoded and with its line endings normalised."""
    raw = read_limited(path)
    text = decode_text(raw, path)
    text = finish_text(text, path, empty="the source file is empty")
    return SourceText(text, headline(text))


def decode_text(raw: bytes, path: Path | None, declared: str | None = None) -> str:
    """Decode the bytes of a text: a byte-order mark, then ``declared``, then UTF-8, then detection."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _decode_strict(raw[len(bom):], encoding, path)
    if b"\x00" in raw:
        text = _utf16_without_bom(raw)
        if text is None:
            raise BriefingError("not a text file (it holds NUL bytes, i.e. binary data)", path)
        return text
    if declared:
        text = _decode_declared(raw, declared)
        if text is not None:
            return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(raw):
        # A UTF-8 text with a stray byte (a cut-off last character, one pasted letter):
        # each bad byte becomes U+FFFD rather than the whole text becoming mojibake.
        return raw.decode("utf-8", errors="replace")
    return _detect(raw, path)


def _decode_strict(raw: bytes, encoding: str, path: Path | None) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper().replace("-LE", "").replace("-BE", "")
        raise BriefingError(f"the {name} text is damaged (at byte {exc.start})", path) from None


def _decode_declared(raw: bytes, declared: str) -> str | None:
    try:
        name = codecs.lookup(declared).name.replace("-", "_")
    except LookupError:
        return None
    if name in _LATIN1_LABELS:
        name = "cp1252"
    if name.startswith(("utf_16", "utf_32", "utf_7")):
        return None  # without NUL bytes no UTF-16; UTF-7 is declared only to smuggle markup
    try:
        return raw.decode(name)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 written without a byte-order mark: NUL bytes on one side of each pair only."""
    if len(raw) % 2:
        return None
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    units = len(raw) // 2
    if odd == 0 and even * 10 >= units:
        encoding = "utf-16-be"
    elif even == 0 and odd * 10 >= units:
        encoding = "utf-16-le"
    else:
        return None
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    # Binary data can pass the test above; text holds no control characters.
    return None if CONTROLS.search(text) else text


def _mostly_utf8(raw: bytes) -> bool:
    high = len(raw.translate(None, _ASCII_BYTES))
    bad = raw.decode("utf-8", errors="replace").count("\ufffd") - raw.count("\ufffd".encode())
    return high >= 50 and bad * 50 <= high


def _detect(raw: bytes, path: Path | None) -> str:
    from charset_normalizer import from_bytes  # imported when needed: off the start-up path

    best = from_bytes(raw, cp_isolation=list(CANDIDATES)).best()
    if best is None:
        raise BriefingError(
            f"not a text file, or not in an encoding Briefing reads ({ENCODING_NAMES})", path
        )
    encoding = best.encoding
    if encoding == "cp1252" and b"\xa4" in raw and not raw.translate(None, _NOT_C1_BYTES):
        # Byte A4 is the euro sign in ISO-8859-15 and a currency sign nobody types in
        # Windows-1252; without Windows-1252's own bytes (80-9F) the file is -15.
        encoding = "iso8859_15"
    return raw.decode(encoding, errors="replace")
