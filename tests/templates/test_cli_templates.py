"""``briefing templates`` and ``briefing new --template/--from`` on the command line."""

import json

from briefing.cli import main
from briefing.model.notefile import load_note
from briefing.templates.folders import user_templates_folder
from tests.templates.conftest import make_template, write


def test_templates_list_prints_name_language_origin_and_path(capsys):
    assert main(["templates", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 8
    line = next(line for line in lines if line.startswith("Sprechzettel "))
    assert " de " in line and "built-in" in line and line.endswith("speaking-note-de.json")


def test_templates_list_shows_overrides_and_broken_templates(tmp_path, capsys, monkeypatch):
    write(user_templates_folder(), "mein-sprechzettel", make_template("Sprechzettel"))
    write(user_templates_folder(), "kaputt", text="{")
    monkeypatch.setenv("BRIEFING_SHARED_TEMPLATES", str(tmp_path / "offline-share"))
    assert main(["templates", "list"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("Sprechzettel "))
    assert "user" in line and "(overrides built-in)" in line
    assert "kaputt" in out and "BROKEN: not a valid template file: broken JSON" in out
    assert "offline-share" in out and "BROKEN: the shared template folder does not exist or cannot be reached" in out


def test_templates_list_with_a_shared_folder_option(tmp_path, capsys):
    write(tmp_path / "unit", "vermerk", make_template("Vermerk der Einheit", language="en"))
    assert main(["templates", "list", "--shared", str(tmp_path / "unit")]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Vermerk"))
    assert " en " in line and "shared" in line and "vermerk.json" in line


def test_new_from_a_template_name(tmp_path, capsys):
    out = tmp_path / "n.briefing.json"
    assert main(["new", "--template", "Commission meeting brief", "-o", str(out)]) == 0
    note = load_note(out)
    assert note.meta.language == "en" and note.meta.template == "Commission meeting brief"
    assert note.section("agenda").text.startswith("Opening by the co-chairs")
    assert main(["validate", str(out)]) == 0


def test_new_from_a_template_file_with_a_source(tmp_path, sample_source_path):
    path = write(tmp_path, "eigene", make_template("Eigene"))
    out = tmp_path / "n.briefing.json"
    assert main(["new", "--template", str(path), "--source", str(sample_source_path), "-o", str(out)]) == 0
    note = load_note(out)
    assert note.meta.template == "Eigene" and [s.key for s in note.sections] == ["summary", "participants", "talking_points"]
    assert note.sources[0].text == sample_source_path.read_text("utf-8")


def test_new_from_a_broken_or_unknown_template_is_refused_with_the_reason(tmp_path, capsys):
    bad = write(tmp_path, "bad", make_template("Schlecht", letterhead="kopf.docm"))
    out = tmp_path / "n.briefing.json"
    assert main(["new", "--template", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "bad.json" in err and "macro" in err and len(err.strip().splitlines()) == 1
    assert main(["new", "--template", "Keine solche", "-o", str(out)]) == 2
    assert "no template named 'Keine solche'" in capsys.readouterr().err
    assert not out.exists()


def test_new_refuses_a_language_the_template_does_not_have(tmp_path, capsys):
    out = tmp_path / "n.briefing.json"
    assert main(["new", "--template", "Sprechzettel", "--language", "en", "-o", str(out)]) == 2
    assert "'de', not 'en'" in capsys.readouterr().err


def test_new_from_an_earlier_note(tmp_path, sample_note_path):
    out = tmp_path / "next.briefing.json"
    assert main(["new", "--from", str(sample_note_path), "-o", str(out)]) == 0
    note = load_note(out)
    assert note.sources == () and note.visit.start is None and len(note.chronology) == 4


def test_templates_export_and_import(tmp_path, capsys):
    target = tmp_path / "share" / "sprechzettel.json"
    target.parent.mkdir()
    assert main(["templates", "export", "Sprechzettel", "-o", str(target)]) == 0
    data = json.loads(target.read_text("utf-8"))
    assert data["name"] == "Sprechzettel" and data["format"] == "briefing-template"
    data["name"] = "Sprechzettel der Einheit"
    target.write_text(json.dumps(data), encoding="utf-8")
    assert main(["templates", "import", str(target)]) == 0
    assert (user_templates_folder() / "sprechzettel-der-einheit.json").exists()
    assert main(["templates", "import", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
