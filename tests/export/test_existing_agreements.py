"""The Word export lists only documents of this visit as expected; older ones under their own heading."""

import docx

from briefing.export import export_docx
from tests.export.conftest import english
from tests.model.test_agreements import _with_documents



def test_existing_agreements_leave_the_expected_table(sample_note, tmp_path):
    out = tmp_path / "n.docx"
    export_docx(_with_documents(sample_note), out)
    document = docx.Document(out)
    tables = [t for t in document.tables if t.rows[0].cells[0].text == "Dokument"]
    assert len(tables) == 2
    assert [r.cells[0].text.split("\n")[0] for r in tables[0].rows[1:]] == [
        "Neues Abkommen", "Am Besuchstag unterzeichnet", "Fahrplan", "Plan"]
    assert [r.cells[0].text for r in tables[1].rows[1:]] == ["Ein entsprechendes Protokoll", "Strategie 2023"]
    assert [r.cells[3].text for r in tables[1].rows[1:]] == ["unterzeichnet", "erwähnt"]
    heading = next(p for p in document.paragraphs if p.text == "Bestehende Vereinbarungen")
    assert heading.style.name == "Heading 2"
    body = list(document.element.body)
    assert body.index(tables[0]._tbl) < body.index(heading._p) < body.index(tables[1]._tbl)


def test_english_sub_heading_and_none_when_empty(sample_note, tmp_path):
    out = tmp_path / "en.docx"
    export_docx(english(_with_documents(sample_note)), out)
    assert any(p.text == "Existing agreements" for p in docx.Document(out).paragraphs)
    plain = tmp_path / "plain.docx"
    export_docx(sample_note, plain)
    assert not any(p.text == "Bestehende Vereinbarungen" for p in docx.Document(plain).paragraphs)
