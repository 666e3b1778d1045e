"""The kill tests' edit hook: off without its variable; with it, edits are made and logged."""

from briefing.ui.edit_script import ENV, edit_number, start_from_environment


def test_without_the_variable_nothing_edits(window, monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert start_from_environment(window) is None
    assert not window.session.dirty


def test_with_the_variable_the_note_is_edited_and_each_edit_logged(qtbot, window, monkeypatch, tmp_path):
    log = tmp_path / "edits.log"
    monkeypatch.setenv(ENV, str(log))
    monkeypatch.setenv("BRIEFING_TEST_EDIT_SEED", "3")
    script = start_from_environment(window)
    qtbot.waitUntil(lambda: script.count >= 6, timeout=10000)
    script.timer.stop()
    lines = [line.split() for line in log.read_text("ascii").splitlines()]
    assert lines[0][2] == "ready"
    edits = [int(number) for number, _, kind in lines if kind == "edit"]
    assert edits == list(range(1, len(edits) + 1))
    assert edit_number(window.session.note.meta.title) == script.count
    assert str(script.count // 5 * 5) + ":" in window.session.note.section("summary").text
    assert edit_number("Besuch") == -1
