"""``briefing extract``: a note file with unconfirmed values and their evidence."""

import json

from briefing.cli import main
from briefing.model.notefile import load_note


def test_writes_a_note_with_unconfirmed_evidence(sample_source_path, tmp_path, capsys):
    target = tmp_path / "out.briefing.json"
    assert main(["extract", str(sample_source_path), "-o", str(target)]) == 0
    assert "written" in capsys.readouterr().out
    note = load_note(target)
    assert note.visit.guest_country == "BY" and note.visit.host_country == "CN"
    provenance = note.visit.evidence["start"]
    assert provenance.confirmed is False and provenance.rule and provenance.confidence >= 0.6
    assert note.sources[0].text == sample_source_path.read_text(encoding="utf-8")


def test_prints_the_note_without_output_file(sample_source_path, capsys):
    assert main(["extract", str(sample_source_path), "--published", "2025-11-18", "--language", "de"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "briefing-note" and data["visit"]["start"] == "2025-11-17"
    assert data["sources"][0]["published"] == "2025-11-18"


def test_bad_arguments_give_one_line(sample_source_path, tmp_path, capsys):
    assert main(["extract", str(sample_source_path), "--published", "18.11.2025"]) == 2
    assert "is not a date" in capsys.readouterr().err
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.txt" in err[0]
    assert main(["extract", str(sample_source_path), "-o", str(tmp_path)]) == 2
    assert "folder" in capsys.readouterr().err
