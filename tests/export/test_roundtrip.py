"""The note travels inside the .docx and comes back the same; edits in Word are noticed."""

import subprocess
import sys

import docx
from hypothesis import HealthCheck, given, settings

from briefing.cli import main
from briefing.export import export_docx, read_docx_note
from briefing.model.notefile import load_note
from briefing.model.problems import errors
from tests.conftest import ROOT
from tests.export.conftest import convert
from tests.strategies import notes


def test_read_back_gives_the_same_note(sample_docx, sample_note):
    imported = read_docx_note(sample_docx)
    assert imported.note == sample_note
    assert imported.text_changed is False


def test_text_changed_in_word_is_noticed_and_the_note_still_recovered(sample_docx, sample_note, tmp_path):
    document = docx.Document(sample_docx)
    paragraph = next(p for p in document.paragraphs if "Kenntnisnahme" in p.text)
    paragraph.runs[0].text = "Zur Entscheidung vorgelegt."
    edited = tmp_path / "edited.docx"
    document.save(edited)
    imported = read_docx_note(edited)
    assert imported.text_changed is True
    assert imported.note == sample_note


def test_a_libreoffice_save_keeps_the_note(sample_docx, sample_note, tmp_path):
    resaved = convert(sample_docx, tmp_path, "docx:MS Word 2007 XML")
    imported = read_docx_note(resaved)
    assert imported.note == sample_note
    assert imported.text_changed is False


def test_cli_export_then_import(sample_note_path, tmp_path, capsys):
    out, back = tmp_path / "n.docx", tmp_path / "back.briefing.json"
    assert main(["export", str(sample_note_path), "-o", str(out)]) == 0
    assert main(["import", str(out), "-o", str(back)]) == 0
    assert load_note(back) == load_note(sample_note_path)
    assert "warning: the text was changed" not in capsys.readouterr().err


def test_cli_import_warns_about_text_changed_in_word(sample_docx, tmp_path, capsys):
    document = docx.Document(sample_docx)
    document.paragraphs[0].runs[0].text = "Neuer Titel"
    edited = tmp_path / "edited.docx"
    document.save(edited)
    assert main(["import", str(edited), "-o", str(tmp_path / "n.briefing.json")]) == 0
    assert "the text was changed in Word since export" in capsys.readouterr().err


def test_importing_the_export_package_does_not_import_python_docx():
    code = ("import sys, briefing.export, briefing.export.writer, briefing.export.reader, briefing.cli.export, "
            "briefing.cli.import_; assert 'docx' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes)
def test_any_valid_note_exports_and_reads_back(tmp_path_factory, note):
    if errors(note):
        return
    out = tmp_path_factory.mktemp("any") / "n.docx"
    export_docx(note, out)
    docx.Document(out)
    assert read_docx_note(out) == read_docx_note(out)
    assert read_docx_note(out).note == note
