"""The one entry point: a file of any supported format, or pasted text, into a Source."""

import pytest

from briefing.errors import BriefingError
from briefing.model import Note
from briefing.model.notefile import loads_note, dumps_note
from briefing.sources.loader import load_source, source_from_text, source_id_for
from briefing.sources.source_text import MAX_TEXT_CHARS
from tests.sourcefiles import GERMAN, email_bytes


def test_the_sample_wire_loads_as_written(sample_source_path):
    source = load_source(sample_source_path)
    assert source.text == sample_source_path.read_text("utf-8")
    assert source.id == source_id_for(source.text)
    assert source.filename == sample_source_path.name


def test_a_mail_saved_without_suffix_is_recognised(tmp_path):
    path = tmp_path / "Nachricht"
    path.write_bytes(email_bytes("Besuch", GERMAN))
    source = load_source(path)
    assert source.title == "Besuch"
    assert source.text.startswith("MINSK, 18. November")


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("bericht.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF file"),
        ("bericht.txt", b"%PDF-1.7\n", "a PDF file"),
        ("bericht.rtf", b"{\\rtf1\\ansi Bericht}", "an RTF file"),
        ("mail.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "Outlook message"),
        ("bericht.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old-format"),
        ("archiv.txt", b"PK\x05\x06" + b"\0" * 18, "zip archive without a document part"),
    ],
)
def test_formats_briefing_does_not_read_are_named(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BriefingError, match=message) as info:
        load_source(path)
    assert str(info.value).startswith(str(path))


def test_pasted_text_is_normalised_like_a_file():
    source = source_from_text("\ufeffBesuch in Peking\r\nDer Minister reist ab.\r")
    assert source.text == "Besuch in Peking\nDer Minister reist ab.\n"
    assert source.title == "Besuch in Peking"
    assert source.filename == ""
    assert source.id == source_id_for(source.text)
    assert source_from_text("Text", title="  Meldung  ").title == "Meldung"


def test_a_pasted_text_without_headline_has_no_title():
    source = source_from_text("\n\n" + "Sehr lange Überschrift " * 10 + "\nText")
    assert source.title == ""


def test_halves_of_utf16_pairs_from_a_clipboard_are_joined_or_marked_so_the_note_saves():
    source = source_from_text("Gruß \ud83d\ude00 und \udc00 Ende")
    assert source.text == "Gruß 😀 und \ufffd Ende"
    note = Note(sources=(source,))
    assert loads_note(dumps_note(note)) == note


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "the pasted text is empty"),
        (" \r\n\t", "the pasted text is empty"),
        ("Text\x00mit NUL", "NUL"),
        ("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", "control characters"),
        ("x" * (MAX_TEXT_CHARS + 1), "too long"),
    ],
)
def test_bad_pasted_text_is_refused_without_a_file_name(text, message):
    with pytest.raises(BriefingError, match=message) as info:
        source_from_text(text)
    assert info.value.path is None


def test_a_text_starting_with_a_date_line_is_not_taken_for_a_mail(tmp_path):
    path = tmp_path / "meldung"
    path.write_text("Date: 18.11.2025\nMINSK (BelTA) – Der Minister reist ab.\n", "utf-8")
    assert load_source(path).text == "Date: 18.11.2025\nMINSK (BelTA) – Der Minister reist ab.\n"


def test_a_huge_title_is_cut_to_one_short_line(tmp_path):
    path = tmp_path / "titel.html"
    words = "Besuch  in\nPeking " * 50000
    path.write_text(f"<title>{words}</title><p>Text</p>", "utf-8")
    source = load_source(path)
    assert len(source.title) <= 120 and source.title.endswith("…")
    assert source.title.startswith("Besuch in Peking Besuch")
