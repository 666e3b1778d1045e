"""Plain-text sources: every encoding office machines write is detected and not mangled."""

import time

import pytest

from briefing.errors import BriefingError
from briefing.sources.loader import load_source
from briefing.sources.source_text import MAX_SOURCE_BYTES
from tests.sourcefiles import GERMAN, RUSSIAN


# KOI8-R has neither dashes nor guillemets.
RUSSIAN_KOI8 = RUSSIAN.replace("–", "-").replace("«", '"').replace("»", '"')


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("utf-8", GERMAN),
        ("utf-8-sig", GERMAN),
        ("utf-16", GERMAN),  # with a byte-order mark, as Notepad's "Unicode" writes it
        ("cp1252", GERMAN),
        ("utf-8", RUSSIAN),
        ("utf-8-sig", RUSSIAN),
        ("utf-16", RUSSIAN),
        ("cp1251", RUSSIAN),
        ("koi8_r", RUSSIAN_KOI8),
        ("utf-16-le", RUSSIAN),  # without a byte-order mark
        ("utf-16-be", GERMAN),
    ],
)
def test_each_office_encoding_is_read_exactly(tmp_path, encoding, text):
    path = tmp_path / f"wire-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    source = load_source(path)
    assert source.text == text
    assert source.filename == path.name
    assert source.title == ""  # the text opens with its dateline: no headline, and never the file name


@pytest.mark.parametrize("sentence", [
    "Grüße aus Köln: die Gespräche über Zölle dauern an.",
    "Äußerungen zur Maßnahme folgen später.",
])
def test_short_german_windows_1252_is_not_read_as_a_mac_encoding(tmp_path, sentence):
    path = tmp_path / "kurz.txt"
    path.write_bytes(sentence.encode("cp1252"))
    assert load_source(path).text == sentence


def test_iso_8859_15_euro_sign_is_kept(tmp_path):
    text = "Der Fonds umfasst 50 Mio. € und wird über fünf Jahre ausgezahlt."
    path = tmp_path / "euro.txt"
    path.write_bytes(text.encode("iso8859_15"))
    assert load_source(path).text == text


def test_windows_1251_and_koi8_r_are_told_apart_on_a_short_text(tmp_path):
    text = "Министр прибыл в Пекин для переговоров."
    for encoding in ("cp1251", "koi8_r"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        assert load_source(path).text == text, encoding


def test_mixed_line_endings_become_line_feeds_and_offsets_stay_valid(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"Erste Zeile\r\nZweite Zeile\rDritte Zeile\nVierte\r\n\r\nEnde")
    text = load_source(path).text
    assert text == "Erste Zeile\nZweite Zeile\nDritte Zeile\nVierte\n\nEnde"
    start = text.index("Dritte")
    assert text[start:start + len("Dritte Zeile")] == "Dritte Zeile"


def test_utf8_with_a_cut_off_last_character_keeps_the_rest(tmp_path):
    raw = (RUSSIAN * 3).encode("utf-8") + "ж".encode("utf-8")[:1]
    path = tmp_path / "cut.txt"
    path.write_bytes(raw)
    assert load_source(path).text == RUSSIAN * 3 + "\ufffd"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"  \r\n\t \n", "empty"),
        ("Bericht\x00über den Besuch".encode("utf-8"), "NUL bytes"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
        (bytes(range(1, 32)) * 40, "control characters"),
        (b"\xff\xfe" + "Bericht".encode("utf-16-le") + b"\x00", "damaged"),
    ],
)
def test_bad_text_files_are_refused_with_one_clear_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(BriefingError, match=message) as info:
        load_source(path)
    assert str(info.value).startswith(str(path) + ": ")
    assert "\n" not in str(info.value)


def test_a_50_mb_text_is_refused_quickly_with_the_limit_named(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse file: no need to write 50 MB
    started = time.perf_counter()
    with pytest.raises(BriefingError, match=r"too large \(50 MB; Briefing reads at most 20 MB\)"):
        load_source(path)
    assert time.perf_counter() - started < 1.0


def test_a_text_just_under_the_limit_loads(tmp_path):
    line = "Der Minister trifft am Dienstag in Peking ein; Gespräche folgen.\n"
    count = (MAX_SOURCE_BYTES - 1024) // len(line.encode("cp1252"))
    path = tmp_path / "large.txt"
    path.write_bytes((line * count).encode("cp1252"))
    source = load_source(path)
    assert len(source.text) == len(line) * count
    assert source.text.startswith(line)


def test_a_folder_and_a_missing_file_are_named(tmp_path):
    with pytest.raises(BriefingError, match="is a folder"):
        load_source(tmp_path)
    with pytest.raises(BriefingError, match="does not exist"):
        load_source(tmp_path / "nope.txt")
    with pytest.raises(BriefingError, match="not allowed"):
        load_source(str(tmp_path / "nul\x00name.txt"))
