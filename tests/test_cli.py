import json
import subprocess
import sys

import pytest

from briefing.cli import main
from briefing.model.notefile import dumps_note, load_note
from briefing.model import Note, PartialDate, Visit
from tests.conftest import ROOT


def run(*args):
    return main(list(args))


def test_validate_sample_exits_zero(sample_note_path, capsys):
    assert run("validate", str(sample_note_path)) == 0
    assert "valid" in capsys.readouterr().out


@pytest.mark.parametrize(
    "content, words",
    [
        (b"{not json", "broken JSON"),
        (dumps_note(Note(visit=Visit(start=PartialDate(2025, 11, 20), end=PartialDate(2025, 11, 17)))).encode(),
         "ends (2025-11-17) before it starts"),
        (json.dumps({"format": "briefing-note", "schema_version": 7}).encode(), "newer version"),
        (bytes(range(256)), "binary file"),
    ],
)
def test_validate_bad_notes_exit_2_with_one_line(tmp_path, capsys, content, words):
    path = tmp_path / "bad.briefing.json"
    path.write_bytes(content)
    assert run("validate", str(path)) == 2
    err = [line for line in capsys.readouterr().err.splitlines() if "warning" not in line]
    assert len(err) == 1 and words in err[0] and str(path) in err[0]
    assert "Traceback" not in err[0]
    assert path.read_bytes() == content


def test_validate_missing_file(tmp_path, capsys):
    assert run("validate", str(tmp_path / "none.briefing.json")) == 2
    assert "cannot read" in capsys.readouterr().err


def test_new_with_source_writes_a_valid_note(tmp_path, sample_source_path):
    out = tmp_path / "n.briefing.json"
    assert run("new", "--source", str(sample_source_path), "--language", "en", "-o", str(out)) == 0
    note = load_note(out)
    assert note.sources[0].text == sample_source_path.read_text("utf-8")
    assert note.meta.language == "en"
    assert run("validate", str(out)) == 0


def test_new_refuses_a_binary_source(tmp_path, capsys):
    src = tmp_path / "photo.txt"
    src.write_bytes(b"\x00\x01\x02binary")
    assert run("new", "--source", str(src), "-o", str(tmp_path / "n.briefing.json")) == 2
    assert "photo.txt" in capsys.readouterr().err
    assert not (tmp_path / "n.briefing.json").exists()


def test_debug_shows_the_traceback(tmp_path, capsys):
    assert run("--debug", "validate", str(tmp_path / "none.json")) == 2
    assert "Traceback" in capsys.readouterr().err


def test_python_dash_m_entry_point(sample_note_path):
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "validate", str(sample_note_path)],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr


def test_new_with_source_prefills_the_note_from_it(tmp_path, sample_source_path, capsys):
    out = tmp_path / "n.briefing.json"
    assert run("new", "--source", str(sample_source_path), "-o", str(out)) == 0
    assert "pre-filled from the source" in capsys.readouterr().out
    note = load_note(out)
    assert note.visit.guest_country == "BY" and note.visit.host_country == "CN"
    assert note.participants[0].name == "Andrej Kusnezow"
    assert note.participants[0].evidence["name"].confirmed is False


def test_new_refuses_to_replace_a_note_without_force(tmp_path, sample_note_path, capsys):
    out = tmp_path / "n.briefing.json"
    out.write_bytes(sample_note_path.read_bytes())
    assert run("new", "-o", str(out)) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == sample_note_path.read_bytes()
    assert run("new", "--force", "-o", str(out)) == 0
    assert load_note(out).participants == ()


def test_written_files_follow_the_umask_not_private_mode(tmp_path):
    from briefing import atomic

    out = tmp_path / "n.briefing.json"
    assert run("new", "-o", str(out)) == 0
    assert out.stat().st_mode & 0o777 == 0o666 & ~atomic._UMASK != 0o600
