"""A source's title comes from its own metadata or headline, never from the file's name."""

import pytest

from briefing.sources.headline import headline
from briefing.sources.loader import load_source
from tests.sourcefiles import GERMAN


def test_the_sample_wire_has_no_title(sample_source_path):
    # It opens with the caption "Archivfoto", then the dateline: neither is a headline.
    source = load_source(sample_source_path)
    assert source.title == "" and source.filename == sample_source_path.name


def test_a_headline_line_at_the_top_is_the_title(tmp_path):
    path = tmp_path / "en_wire.txt"
    path.write_text("Belarus minister to visit China\n\n" + GERMAN, "utf-8")
    assert load_source(path).title == "Belarus minister to visit China"


@pytest.mark.parametrize("first", [
    "Archivfoto", "Foto: Max Muster/dpa", "Startseite | Politik | Ausland", "18.11.2025 14:32",
    "MINSK, 18. November (BelTA) – Der Minister reist", "The minister arrived in Beijing on Monday.",
    "Einleitung:", "Wort", "Mehr unter https://example.org/meldung",
])
def test_clutter_datelines_and_sentences_are_no_headline(first):
    assert headline(f"{first}\nDer Minister reist nach Peking.\n") == ""


def test_docx_core_title_wins(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.core_properties.title = "Reisebericht Peking"
    document.add_paragraph("Der Minister reist nach Peking.")
    path = tmp_path / "bericht.docx"
    document.save(path)
    assert load_source(path).title == "Reisebericht Peking"


def test_html_without_title_gets_none(tmp_path):
    path = tmp_path / "seite.html"
    path.write_text("<html><body><p>Der Minister reist nach Peking.</p></body></html>", "utf-8")
    assert load_source(path).title == ""


def test_a_title_that_is_only_the_file_name_is_not_printed(sample_note, tmp_path):
    import docx

    from briefing.editing.preview import render_html
    from briefing.export import export_docx

    source = sample_note.sources[0].model_copy(update={"title": "000_94a7ef1656ae390a",
                                                       "filename": "000_94a7ef1656ae390a.txt"})
    note = sample_note.model_copy(update={"sources": (source,)})
    out = tmp_path / "n.docx"
    export_docx(note, out)
    line = [p.text for p in docx.Document(out).paragraphs if "BelTA" in p.text][-1]
    assert "000_94a7" not in line and line.startswith("BelTA, Minsk, 18. November 2025")
    assert "000_94a7" not in render_html(note)
