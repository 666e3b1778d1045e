"""The preview renders the note as it will read, as HTML."""

from briefing.editing.preview import render_html
from briefing.model import Note


def test_sample_preview_holds_structure_and_house_style(sample_note):
    html = render_html(sample_note)
    assert "VS – NUR FÜR DEN DIENSTGEBRAUCH" in html
    assert '<p class="title">Besuch des Industrieministers' in html
    assert html.index("Zusammenfassung</h2>") < html.index("Teilnehmer</h2>") < html.index("Quellen</h2>")
    assert "17.–20. November 2025" in html
    assert "01.03.2023</td>" in html
    assert "Name</th>" in html and "Andrej Kusnezow</td>" in html


def test_text_is_escaped(sample_note):
    note = sample_note.with_section_text("summary", "Zölle <b>& Quoten</b>")
    html = render_html(note)
    assert "Zölle &lt;b&gt;&amp; Quoten&lt;/b&gt;" in html


def test_empty_note_shows_the_placeholder():
    html = render_html(Note.blank(), empty_text="Nothing to show yet")
    assert "Nothing to show yet" in html and "<h2>" not in html


def test_long_tables_are_cut_into_chunks_with_the_same_columns(sample_note):
    from briefing.editing.preview import CHUNK_ROWS, render_pieces
    from briefing.model import Participant

    many = tuple(Participant(name=f"Person {i}") for i in range(CHUNK_ROWS * 2 + 3))
    pieces = [p for p in render_pieces(sample_note.model_copy(update={"participants": many})) if p.rows]
    chunks = [p for p in pieces if p.rows and p.rows[0][0].startswith("Person")]
    assert [len(c.rows) for c in chunks] == [CHUNK_ROWS, CHUNK_ROWS, 3]
    assert "<thead>" in chunks[0].html and "<thead>" not in chunks[1].html
    widths = {c.html.split("<td")[1].split(">")[0] for c in chunks}  # the first cell's width
    assert len(widths) == 1 and "%" in widths.pop()

