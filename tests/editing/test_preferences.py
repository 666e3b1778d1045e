"""Preferences: defaults, a round trip through JSON, and clear errors for bad files."""

import json

import pytest

from briefing.editing.preferences import Preferences, load_preferences, preferences_path, save_preferences
from briefing.errors import BriefingError


def test_defaults_when_nothing_was_saved(tmp_path):
    assert load_preferences(tmp_path / "missing") == Preferences()


def test_round_trip_creates_the_folder(tmp_path):
    prefs = Preferences(author=" Dr. Katrin Vogel ", unit="Referat 205", phone="+49 30 1817-2051",
                        default_classification="VS – NUR FÜR DEN DIENSTGEBRAUCH", ui_language="de",
                        templates_folder="/srv/vorlagen")
    path = save_preferences(prefs, tmp_path / "config" / "briefing")
    assert path == preferences_path(tmp_path / "config" / "briefing")
    loaded = load_preferences(tmp_path / "config" / "briefing")
    assert loaded == prefs and loaded.author == "Dr. Katrin Vogel"
    assert json.loads(path.read_text(encoding="utf-8"))["ui_language"] == "de"


def test_unknown_keys_from_a_newer_version_are_ignored(tmp_path):
    preferences_path(tmp_path).write_text('{"author": "A", "future_option": 1}', encoding="utf-8")
    assert load_preferences(tmp_path).author == "A"


@pytest.mark.parametrize(
    ("content", "words"),
    [("{not json", "cannot read"), ("[1, 2]", "JSON object"), ('{"ui_language": "fr"}', "ui_language")],
)
def test_bad_file_gives_one_clear_error(tmp_path, content, words):
    preferences_path(tmp_path).write_text(content, encoding="utf-8")
    with pytest.raises(BriefingError) as info:
        load_preferences(tmp_path)
    assert words in str(info.value) and "preferences.json" in str(info.value)


def test_oversized_file_is_refused(tmp_path):
    preferences_path(tmp_path).write_text('{"author": "' + "x" * 70_000 + '"}', encoding="utf-8")
    with pytest.raises(BriefingError, match="larger than"):
        load_preferences(tmp_path)


def test_new_notes_take_the_officers_defaults():
    from briefing.editing.preferences import with_defaults
    from briefing.model import Note

    prefs = Preferences(author="Dr. Katrin Vogel", unit="Referat 205", default_classification="VS – NfD")
    note = with_defaults(Note.blank(), prefs)
    assert (note.meta.author, note.meta.unit, note.meta.classification, note.meta.phone) == (
        "Dr. Katrin Vogel", "Referat 205", "VS – NfD", "")
    kept = with_defaults(note.model_copy(update={"meta": note.meta.model_copy(update={"author": "B"})}), prefs)
    assert kept.meta.author == "B"
    bare = with_defaults(Note.blank(), Preferences())  # no preferences: only today's date is filled in
    assert bare.model_copy(update={"meta": bare.meta.model_copy(update={"date": None, "as_of": None})}) == Note.blank()
