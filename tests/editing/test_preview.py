"""The preview renders the note as it will read, as HTML."""

from briefing.editing.preview import render_html
from briefing.model import Note


def test_sample_preview_holds_structure_and_house_style(sample_note):
    html = render_html(sample_note)
    assert "VS – NUR FÜR DEN DIENSTGEBRAUCH" in html
    assert "<h1>Besuch des Industrieministers" in html
    assert html.index("<h2>Zusammenfassung</h2>") < html.index("<h2>Teilnehmer</h2>") < html.index("<h2>Quellen</h2>")
    assert "17.–20. November 2025" in html
    assert "<td>01.03.2023</td>" in html
    assert "<th>Name</th>" in html and "<td>Andrej Kusnezow</td>" in html


def test_text_is_escaped(sample_note):
    note = sample_note.with_section_text("summary", "Zölle <b>& Quoten</b>")
    html = render_html(note)
    assert "Zölle &lt;b&gt;&amp; Quoten&lt;/b&gt;" in html


def test_empty_note_shows_the_placeholder():
    html = render_html(Note.blank(), empty_text="Nothing to show yet")
    assert "Nothing to show yet" in html and "<h2>" not in html
