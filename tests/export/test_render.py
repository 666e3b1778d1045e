"""Render exports with LibreOffice and read every page as a reader would see it."""

import re

import pytest

from briefing.export import export_docx
from tests.export.conftest import convert, english, pdf_pages

pytestmark = pytest.mark.slow


def _check_every_page(pages, marking, page_word, of_word):
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert text.count(marking) >= 2, f"page {number}: classification not at top and bottom"
        assert re.search(rf"{page_word} {number} {of_word} {total}\b", text), f"page {number}: no page line"


def test_sample_renders_with_furniture_on_every_page(sample_docx, sample_note, tmp_path):
    pages = pdf_pages(convert(sample_docx, tmp_path))
    assert 2 <= len(pages) <= 4
    _check_every_page(pages, "VS – NUR FÜR DEN DIENSTGEBRAUCH", "Seite", "von")
    text = "\n".join(pages)
    for person in sample_note.participants:
        assert person.name in text
    assert "17.–20. November 2025" in text
    assert pages[0].lstrip().startswith("VS – NUR FÜR DEN DIENSTGEBRAUCH")


def test_long_note_renders_every_participant_and_repeats_table_headers(long_docx, tmp_path):
    pages = pdf_pages(convert(long_docx, tmp_path))
    assert len(pages) > 5
    _check_every_page(pages, "VS – NUR FÜR DEN DIENSTGEBRAUCH", "Seite", "von")
    text = "\n".join(pages)
    missing = [i for i in range(200) if f"Teilnehmer{i:03d}" not in text]
    assert not missing
    continued = [page for page in pages if "Teilnehmer1" in page and "Gastseite" not in page]
    assert continued and all(re.search(r"Name\s+Funktion\s+Organisation\s+Rolle", p) for p in continued)


def test_english_note_renders_page_x_of_y(sample_note, tmp_path):
    out = tmp_path / "en.docx"
    export_docx(english(sample_note), out)
    pages = pdf_pages(convert(out, tmp_path))
    _check_every_page(pages, "OFFICIAL-SENSITIVE", "Page", "of")
    assert "17–20 November 2025" in "\n".join(pages)
