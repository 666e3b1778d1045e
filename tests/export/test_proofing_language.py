"""Russian words in a German or English note are spell-checked as Russian, the rest as the note's language."""

import docx

from briefing.export import export_docx
from briefing.export.wml import run
from tests.export.conftest import W


def test_a_russian_stretch_gets_its_own_run_marked_ru():
    xml = run("Das Abkommen „О торгово-экономическом сотрудничестве“ wurde unterzeichnet.", bold=True)
    assert xml.count("<w:r>") == 3
    assert '<w:lang w:val="ru-RU"/>' in xml and xml.count("ru-RU") == 1
    assert "О торгово-экономическом сотрудничестве“</w:t>" in xml.replace('<w:t xml:space="preserve">', "")
    assert xml.count("<w:b/>") == 3
    assert "ru-RU" not in run("Kusnezow reist nach Peking.")


def test_exported_cyrillic_runs_carry_russian(sample_note, tmp_path):
    entry = sample_note.chronology[0].model_copy(update={"text": "Подписано соглашение о сотрудничестве."})
    note = sample_note.model_copy(update={"chronology": (entry, *sample_note.chronology[1:])})
    out = tmp_path / "n.docx"
    export_docx(note, out)
    body = docx.Document(out).element.body
    russian = [r for r in body.iter(f"{W}r") if "Подписано" in "".join(t.text or "" for t in r.iter(f"{W}t"))]
    assert russian and all(r.find(f"{W}rPr/{W}lang").get(f"{W}val") == "ru-RU" for r in russian)
    latin = [r for r in body.iter(f"{W}r") if "Kommission" in "".join(t.text or "" for t in r.iter(f"{W}t"))]
    assert latin and all(r.find(f"{W}rPr/{W}lang") is None for r in latin)


def test_russian_runs_and_existing_agreements_pass_the_audit(sample_note, tmp_path):
    from tests.export.test_audit import audit
    from tests.model.test_agreements import _with_documents

    entry = sample_note.chronology[0].model_copy(update={"text": "Подписано соглашение «О сотрудничестве»."})
    note = _with_documents(sample_note).model_copy(update={"chronology": (entry,)})
    out = tmp_path / "n.docx"
    export_docx(note, out)
    report = audit(out)
    assert report["error_count"] == 0, report["errors"]
