import json
import os

import pytest
from hypothesis import HealthCheck, given, settings

from briefing.errors import BriefingError
from briefing.model import Note
from briefing.model import notefile
from briefing.model.notefile import dumps_note, load_note, loads_note, save_note
from tests.strategies import notes


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=notes)
def test_save_then_load_gives_an_equal_note(note, tmp_path):
    path = tmp_path / "n.briefing.json"
    save_note(note, path)
    assert load_note(path) == note


def test_sample_round_trips_byte_for_byte(sample_note_path):
    text = sample_note_path.read_text("utf-8")
    assert dumps_note(loads_note(text)) == text


def test_newer_schema_version_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "future.briefing.json"
    data = json.loads(dumps_note(Note()))
    data["schema_version"] = 99
    path.write_text(json.dumps(data))
    with pytest.raises(BriefingError, match="newer version of Briefing") as info:
        load_note(path)
    assert str(path) in str(info.value)


def test_older_schema_version_is_migrated(monkeypatch):
    data = json.loads(dumps_note(Note()))
    data["schema_version"] = 0
    data["visit"]["place"] = "Peking"
    del data["visit"]["places"]

    def place_to_places(old):
        visit = dict(old["visit"])
        visit["places"] = [visit.pop("place")]
        return {**old, "visit": visit}

    monkeypatch.setitem(notefile.MIGRATIONS, 0, place_to_places)
    note = notefile.note_from_data(data)
    assert note.visit.places == ("Peking",)
    assert note.schema_version == notefile.SCHEMA_VERSION


@pytest.mark.parametrize(
    "content, message",
    [
        (b'{"format": "briefing-note", "schema_version": 1, "meta": {', "broken JSON at line 1"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (b'{"hello": 1}', "format marker is missing"),
        (b'{"format": "briefing-note", "schema_version": 1, "visit": {"start": "2025-13-01"}}',
         "visit.start: '2025-13-01' is not a date"),
        (b'{"format": "briefing-note", "schema_version": 1, "participants": [{"name": "A", "x": 1}]}',
         "participants[0].x: is not a field"),
        (b'{"format": "briefing-note", "schema_version": 1, "participants": "many"}', "participants"),
        (b"\xff\xfe{\x00", "binary file"),
    ],
)
def test_bad_note_files_give_one_clear_message(tmp_path, content, message):
    path = tmp_path / "bad.briefing.json"
    path.write_bytes(content)
    with pytest.raises(BriefingError) as info:
        load_note(path)
    assert message in str(info.value)
    assert str(info.value).startswith(str(path))
    assert "\n" not in str(info.value)
    assert path.read_bytes() == content


def test_a_failing_save_leaves_the_old_file_intact(tmp_path, sample_note, monkeypatch):
    path = tmp_path / "n.briefing.json"
    save_note(sample_note, path)
    before = path.read_bytes()

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(BriefingError, match="the disk is full"):
        save_note(Note(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["n.briefing.json"]


def test_save_with_backup_keeps_one_generation(tmp_path, sample_note):
    path = tmp_path / "n.briefing.json"
    save_note(sample_note, path)
    save_note(Note(), path, backup=True)
    assert load_note(path.with_name(path.name + ".bak")) == sample_note
    assert load_note(path) == Note()


def test_save_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(BriefingError, match="folder does not exist"):
        save_note(Note(), tmp_path / "nope" / "n.briefing.json")
