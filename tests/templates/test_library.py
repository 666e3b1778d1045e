"""The library: override order, broken entries reported by name, resolving names and paths."""

import json
import os

import pytest

from briefing.errors import BriefingError
from briefing.templates.folders import user_data_folder, user_templates_folder
from briefing.templates.library import Origin, TemplateLibrary
from tests.templates.conftest import make_template, write
from tests.templates.word_letterhead import write_word_letterhead


def test_builtin_templates_are_listed(library):
    entries = library.entries()
    assert len(entries) == 8 and all(entry.ok for entry in entries)
    assert {entry.origin for entry in entries} == {Origin.BUILTIN}
    assert library.problems() == []


def test_nearer_wins_user_over_shared_over_builtin(library, user_folder, shared_folder):
    write(shared_folder, "sprechzettel", make_template("Sprechzettel", description="unit's"))
    chosen = library.find("Sprechzettel")
    assert chosen.origin == Origin.SHARED and chosen.description == "unit's"
    assert [entry.origin for entry in chosen.shadows] == [Origin.BUILTIN]

    write(user_folder, "mine", make_template("SPRECHZETTEL", description="mine"))
    library.refresh()
    chosen = library.find("sprechzettel")
    assert chosen.origin == Origin.USER and chosen.description == "mine"
    assert [entry.origin for entry in chosen.shadows] == [Origin.SHARED, Origin.BUILTIN]
    assert [entry.name.casefold() for entry in library.entries()].count("sprechzettel") == 1
    assert chosen.editable and not chosen.shadows[0].editable


def test_broken_entries_are_listed_by_name_and_never_raise(library, user_folder, shared_folder):
    write(user_folder, "broken-json", text="{ nope")
    write(user_folder, "future", text=json.dumps({**json.loads(
        json.dumps(make_template("Future").model_dump(mode="json"))), "schema_version": 5}))
    write(shared_folder, "missing-letterhead", make_template("Kopf fehlt", letterhead="kopf.docx"))
    write(shared_folder, "macro-letterhead", make_template("Makro", letterhead="kopf.docm"))
    write_word_letterhead(shared_folder / "kopf.docm", macros=True)
    (shared_folder / "not-a-zip.docx").write_text("text")
    write(shared_folder, "not-a-zip", make_template("Kein Zip", letterhead="not-a-zip.docx"))

    problems = {entry.name: entry for entry in library.problems()}
    assert set(problems) == {"broken-json", "future", "Kopf fehlt", "Makro", "Kein Zip"}
    assert "broken JSON" in problems["broken-json"].problem
    assert "newer version" in problems["future"].problem
    assert "kopf.docx is missing" in problems["Kopf fehlt"].problem
    assert "macro" in problems["Makro"].problem
    assert "not a zip" in problems["Kein Zip"].problem
    assert len([entry for entry in library.entries() if entry.ok]) == 8
    with pytest.raises(BriefingError, match="cannot be used: the letterhead kopf.docx is missing"):
        library.resolve("Kopf fehlt")


def test_a_broken_nearer_template_does_not_hide_a_working_one(library, user_folder):
    write(user_folder, "sprechzettel", make_template("Sprechzettel", letterhead="gone.docx"))
    assert library.resolve("Sprechzettel").origin == Origin.BUILTIN
    assert [entry.origin for entry in library.problems()] == [Origin.USER]


def test_unreachable_shared_folder_is_a_problem_not_a_crash(tmp_path):
    library = TemplateLibrary(user_folder=tmp_path / "u", shared_folder=tmp_path / "netz" / "vorlagen")
    problems = library.problems()
    assert len(problems) == 1 and problems[0].origin == Origin.SHARED
    assert "cannot be reached" in problems[0].problem and "netz" in problems[0].name
    assert len(library.entries()) == 9


def test_a_missing_user_folder_is_simply_empty(tmp_path):
    library = TemplateLibrary(user_folder=tmp_path / "not-yet")
    assert library.problems() == [] and len(library.entries()) == 8


def test_unreadable_folder_is_reported(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    shared = tmp_path / "locked"
    shared.mkdir()
    shared.chmod(0)
    try:
        problems = TemplateLibrary(user_folder=tmp_path / "u", shared_folder=shared).problems()
    finally:
        shared.chmod(0o755)
    assert "permission denied" in problems[0].problem


def test_same_name_twice_in_one_folder(library, user_folder):
    write(user_folder, "a", make_template("Doppelt"))
    write(user_folder, "b", make_template("doppelt"))
    assert library.find("Doppelt").path.name == "a.json"
    assert "same name (a.json)" in library.problems()[0].problem


def test_resolve_by_name_file_name_and_path(library, tmp_path):
    assert library.resolve("Speaking note").path.name == "speaking-note-en.json"
    assert library.resolve("  speaking   NOTE ").name == "Speaking note"
    assert library.resolve("commission-meeting-de").name == "Kommissionssitzung – Sitzungsunterlage"
    loose = write(tmp_path / "elsewhere", "loose", make_template("Lose Vorlage"))
    entry = library.resolve(str(loose))
    assert entry.origin == Origin.FILE and entry.name == "Lose Vorlage"
    with pytest.raises(BriefingError, match="no template named 'Nothing'"):
        library.resolve("Nothing")
    with pytest.raises(BriefingError, match="no such template file"):
        library.resolve(str(tmp_path / "none.json"))
    bad = write(tmp_path, "bad", text="[]")
    with pytest.raises(BriefingError, match="format marker"):
        library.resolve(str(bad))


def test_resolve_a_relative_path_without_the_suffix(library, tmp_path, monkeypatch):
    (tmp_path / "vorlage").write_text(json.dumps(make_template("Ohne Endung").model_dump(mode="json")))
    monkeypatch.chdir(tmp_path)
    assert library.resolve("vorlage").name == "Ohne Endung"


def test_folders_for_watching_nearest_first(library, user_folder, shared_folder):
    assert [origin for origin, _ in library.folders()] == [Origin.USER, Origin.SHARED, Origin.BUILTIN]
    assert library.folders()[0][1] == user_folder and library.folders()[1][1] == shared_folder


def test_for_note_finds_the_template_a_note_was_made_from(library):
    from briefing.model.note import Meta, Note

    assert library.for_note(Note(meta=Meta(template="Sprechzettel"))).name == "Sprechzettel"
    assert library.for_note(Note()) is None
    assert library.for_note(Note(meta=Meta(template="gone"))) is None


def test_user_folder_follows_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert user_templates_folder() == tmp_path / "data" / "briefing" / "templates"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_data_folder() == tmp_path / "home" / ".local" / "share" / "briefing"


def test_user_folder_on_windows_and_macos(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert user_data_folder() == tmp_path / "Roaming" / "Briefing"
    monkeypatch.setattr("sys.platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path / "mac"))
    assert user_data_folder() == tmp_path / "mac" / "Library" / "Application Support" / "Briefing"


def test_default_library_reads_the_isolated_user_folder():
    expected = os.path.join(os.environ["XDG_DATA_HOME"], "briefing", "templates")
    assert str(TemplateLibrary().user_folder) == expected


def test_missing_builtin_templates_are_reported(tmp_path):
    library = TemplateLibrary(user_folder=tmp_path / "u", builtin_folder=tmp_path / "not-installed")
    problems = library.problems()
    assert len(problems) == 1 and problems[0].origin == Origin.BUILTIN
    assert "built-in template folder does not exist" in problems[0].problem


def test_a_letterhead_linked_from_outside_the_folder_is_refused(library, user_folder, tmp_path):
    outside = write_word_letterhead(tmp_path / "elsewhere.docx")
    write(user_folder, "link", make_template("Verweis", letterhead="kopf.docx"))
    (user_folder / "kopf.docx").symlink_to(outside)
    assert "points outside the template's folder" in library.problems()[0].problem


def test_refresh_if_changed_notices_new_changed_and_removed_files(library, user_folder, shared_folder):
    assert len(library.entries()) == 8
    assert library.refresh_if_changed() is False
    path = write(shared_folder, "neu", make_template("Neu"))
    assert library.refresh_if_changed() is True and library.find("Neu") is not None
    assert library.refresh_if_changed() is False
    write(shared_folder, "neu", make_template("Neu", description="geändert und länger"))
    assert library.refresh_if_changed() is True and library.find("Neu").description == "geändert und länger"
    path.unlink()
    assert library.refresh_if_changed() is True and library.find("Neu") is None
