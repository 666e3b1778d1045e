"""Reopen exports with python-docx: headings, tables, page furniture, properties, lists."""

import datetime as dt
import re

import docx
import pytest

from briefing.export import export_docx
from briefing.model.sections import SectionKind
from tests.export.conftest import W, english


def test_headings_follow_the_outline_and_leave_out_empty_sections(sample_note, tmp_path):
    note = sample_note.with_section_text("assessment", "   ")
    out = tmp_path / "n.docx"
    export_docx(note, out)
    document = docx.Document(out)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    expected = [s.heading for s in note.sections if s.key != "assessment"]
    assert headings == expected
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == note.meta.title


def test_title_block_and_tables(sample_docx, sample_note):
    document = docx.Document(sample_docx)
    block = document.tables[0]
    labels = [row.cells[0].text for row in block.rows]
    assert labels == ["An", "Über", "Von", "Datum", "Aktenzeichen", "Zweck", "Frist", "Mitzeichnung"]
    assert block.rows[1].cells[1].text == "Herrn Abteilungsleiter 2"
    assert "Dr. Katrin Vogel, Tel. +49 30 1817-2051" in block.rows[2].cells[1].text
    assert block.rows[3].cells[1].text == "18.11.2025"
    visit = document.tables[1]
    assert visit.rows[2].cells[1].text == "17.–20. November 2025"
    participants = next(t for t in document.tables if t.rows[0].cells[0].text == "Name")
    assert participants.style.name == "Briefing Table"
    texts = [row.cells[0].text for row in participants.rows]
    assert texts == ["Name", "Gastseite (Belarus)", "Andrej Kusnezow", "Gastgeberseite (China)", "N. N."]
    header_props = participants.rows[0]._tr.trPr
    assert header_props.find(f"{W}tblHeader") is not None and header_props.find(f"{W}cantSplit") is not None
    assert all(row._tr.trPr.find(f"{W}cantSplit") is not None for row in participants.rows)
    documents = next(t for t in document.tables if t.rows[0].cells[0].text == "Dokument")
    assert [c.text for c in documents.rows[1].cells][1:] == [
        "Sonstiges", "Republik Belarus\nVolksrepublik China", "zur Unterzeichnung", "November 2025"]


def test_every_page_carries_classification_and_page_fields(sample_docx):
    document = docx.Document(sample_docx)
    section = document.sections[-1]
    assert section.page_width.mm == pytest.approx(210, abs=0.5)
    assert section.header.paragraphs[0].text == "VS – NUR FÜR DEN DIENSTGEBRAUCH"
    footer = section.footer._element
    instructions = [node.text.strip() for node in footer.iter(f"{W}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    texts = [p.text for p in section.footer.paragraphs]
    assert texts[0].startswith("RL 205-321.00 BLR CHN\tSeite 1 von 1")
    assert texts[-1] == "VS – NUR FÜR DEN DIENSTGEBRAUCH"


def test_properties_and_language_are_the_notes(sample_docx, sample_note):
    document = docx.Document(sample_docx)
    props = document.core_properties
    assert props.title == sample_note.meta.title
    assert props.author == "Dr. Katrin Vogel"
    assert props.created == dt.datetime(2025, 11, 18, tzinfo=dt.timezone.utc)
    assert props.modified == dt.datetime(2025, 11, 18, tzinfo=dt.timezone.utc)
    assert "Belarus" in props.keywords and "Maschinenbau" in props.keywords
    assert props.language == "de-DE"
    assert "python-docx" not in (props.author + props.last_modified_by + props.comments)
    lang = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(f"{W}val") == "de-DE"
    names = {part.partname for part in document.part.package.iter_parts()}
    assert not any("thumbnail" in name or "stylesWithEffects" in name for name in names)


def test_each_list_restarts_its_numbering(sample_docx, sample_note):
    document = docx.Document(sample_docx)
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    bullets = sum(len(s.bullet_points()) for s in sample_note.sections if s.kind == SectionKind.BULLETS)
    assert len(numbered) == bullets
    num_ids = {p._p.pPr.numPr.numId.val for p in numbered}
    assert len(num_ids) == 3
    numbering = document.part.numbering_part.element
    for num_id in num_ids:
        num = next(n for n in numbering.iter(f"{W}num") if n.get(f"{W}numId") == str(num_id))
        assert num.find(f"{W}lvlOverride/{W}startOverride").get(f"{W}val") == "1"


def test_chronology_oldest_first_and_source_hyperlink(sample_note, tmp_path):
    shuffled = sample_note.model_copy(update={"chronology": tuple(reversed(sample_note.chronology))})
    out = tmp_path / "n.docx"
    export_docx(shuffled, out)
    document = docx.Document(out)
    dated = [p.text.split("\t")[0] for p in document.paragraphs if p.style.name == "Briefing Chronology"]
    assert dated == ["01.03.2023", "21.05.2025", "18.11.2025"]
    links = [r for r in document.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert [r.target_ref for r in links] == ["https://de.belta.by/"]
    assert document.element.body.find(f".//{W}hyperlink") is not None


def test_an_english_note_speaks_english(sample_note, tmp_path):
    out = tmp_path / "en.docx"
    export_docx(english(sample_note), out)
    document = docx.Document(out)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["Summary", "The visit at a glance", "Objectives"]
    assert [row.cells[0].text for row in document.tables[0].rows][:3] == ["To", "Via", "From"]
    assert document.tables[0].rows[3].cells[1].text == "18 November 2025"
    assert document.tables[1].rows[2].cells[1].text == "17–20 November 2025"
    assert document.sections[-1].footer.paragraphs[0].text.endswith("Page 1 of 1")
    assert document.sections[-1].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    assert document.core_properties.language == "en-GB"
    source_line = [p.text for p in document.paragraphs if "BelTA" in p.text][-1]
    assert source_line.startswith("BelTA, Minsk, 18 November 2025: “")


def test_english_export_never_prints_numeric_dates(sample_note, tmp_path):
    out = tmp_path / "en.docx"
    export_docx(english(sample_note), out)
    document = docx.Document(out)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    texts = cells + [p.text for p in document.paragraphs]
    assert not [t for t in texts if re.search(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", t)]
    assert "18 November 2025" in cells


def test_long_note_tables_hold_every_row(long_docx):
    document = docx.Document(long_docx)
    participants = next(t for t in document.tables if t.rows[0].cells[0].text == "Name")
    assert len(participants.rows) == 1 + 2 + 200
    documents = next(t for t in document.tables if t.rows[0].cells[0].text == "Dokument")
    assert len(documents.rows) == 101
    dated = [p for p in document.paragraphs if p.style.name == "Briefing Chronology"]
    assert len(dated) == 50 and dated[0].text.startswith("05.01.1975")


def test_empty_structured_blocks_leave_no_heading(sample_note, tmp_path):
    visit = sample_note.visit.model_copy(update={"programme": ()})
    note = sample_note.model_copy(update={"visit": visit, "participants": ()})
    out = tmp_path / "n.docx"
    export_docx(note, out)
    headings = [p.text for p in docx.Document(out).paragraphs if p.style.name == "Heading 1"]
    assert "Programm" not in headings and "Teilnehmer" not in headings
    assert "Erwartete Dokumente" in headings


def test_short_tables_keep_together_long_ones_break_between_rows(sample_docx, long_docx):
    def keeps(table):
        return [all(p.paragraph_format.keep_with_next for p in row.cells[0].paragraphs) for row in table.rows]

    programme = next(t for t in docx.Document(sample_docx).tables if t.rows[0].cells[1].text == "Ort")
    assert keeps(programme) == [True] * (len(programme.rows) - 1) + [False]
    participants = next(t for t in docx.Document(long_docx).tables if t.rows[0].cells[0].text == "Name")
    people_rows = [row for row in participants.rows[1:] if len(row._tr.tc_lst) > 1]
    assert len(people_rows) == 200
    assert not any(all(p.paragraph_format.keep_with_next for p in row.cells[0].paragraphs) for row in people_rows)
