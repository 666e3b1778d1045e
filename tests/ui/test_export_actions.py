"""Export actions: file name, background export, open afterwards, one clear error message."""

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

import briefing.export
from briefing.errors import BriefingError
from briefing.ui.export_actions import ExportActions, export_note
from briefing.ui.tasks import SyncTaskRunner, TaskRunner


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def fake_exporter(calls):
    def exporter(note, target):
        calls.append((note.meta.title, target))
        target.write_bytes(b"PK fake docx")
        return target
    return exporter


def test_export_asks_for_a_name_beside_the_note_and_writes_there(window, sample_note, tmp_path, monkeypatch):
    calls, asked = [], []
    note_path = tmp_path / "kusnezow.briefing.json"
    actions = ExportActions(window, lambda: sample_note, lambda: note_path, SyncTaskRunner(), fake_exporter(calls))

    def ask(parent, title, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "out"), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("must not open"))
    exported = []
    actions.exported.connect(exported.append)
    actions.export_action.trigger()
    assert asked == [str(tmp_path / "kusnezow.docx")]
    assert calls == [(sample_note.meta.title, tmp_path / "out.docx")]
    assert exported == [str(tmp_path / "out.docx")] and actions.export_action.isEnabled()
    assert actions.suggested_target() == tmp_path / "out.docx"  # the next export goes to the same file


def test_cancelled_dialog_exports_nothing(window, sample_note, monkeypatch):
    calls = []
    actions = ExportActions(window, lambda: sample_note, lambda: None, SyncTaskRunner(), fake_exporter(calls))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert actions.export() is False and calls == []
    assert actions.suggested_target().name.startswith("Besuch-des-Industrieministers")


def test_export_and_open_runs_off_the_gui_thread_then_opens(qtbot, window, sample_note, tmp_path, monkeypatch):
    import threading

    threads, opened = [], []

    def exporter(note, target):
        threads.append(threading.current_thread())
        target.write_bytes(b"PK")
        return target
    runner = TaskRunner(window)
    actions = ExportActions(window, lambda: sample_note, lambda: None, runner, exporter)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    with qtbot.waitSignal(actions.exported, timeout=5000):
        actions.export(open_after=True, target=tmp_path / "note.docx")
    assert threads and threads[0] is not threading.main_thread()
    assert opened == [str(tmp_path / "note.docx")]


def test_an_export_error_is_shown_once_and_clearly(window, sample_note, tmp_path, monkeypatch):
    def failing(note, target):
        raise BriefingError("cannot save: the disk is full", target)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    actions = ExportActions(window, lambda: sample_note, lambda: None, SyncTaskRunner(), failing)
    actions.export(target=tmp_path / "x.docx")
    assert len(shown) == 1 and "the disk is full" in shown[0] and "x.docx" in shown[0]
    assert actions.open_action.isEnabled()


def test_default_exporter_imports_the_export_lazily(sample_note, tmp_path, monkeypatch):
    seen = []

    def export_docx(note, target, base=None):
        seen.append((target, base))
        return target
    monkeypatch.setattr(briefing.export, "export_docx", export_docx, raising=False)
    assert export_note(sample_note, tmp_path / "a.docx") == tmp_path / "a.docx"
    assert seen == [(tmp_path / "a.docx", None)]
    monkeypatch.delattr(briefing.export, "export_docx")
    with pytest.raises(BriefingError, match="not available"):
        export_note(sample_note, tmp_path / "b.docx")


def test_a_note_without_marking_or_title_asks_once_before_export(window, sample_note, tmp_path, monkeypatch):
    from briefing.ui import export_actions

    asked: list[str] = []
    answer = {"value": False}

    def ask(parent, text):
        asked.append(text)
        return answer["value"]

    monkeypatch.setattr(export_actions, "ask_export_anyway", ask)
    bare = sample_note.model_copy(update={"meta": sample_note.meta.model_copy(update={"classification": ""})})
    calls: list = []
    actions = ExportActions(window, lambda: bare, lambda: None, SyncTaskRunner(), fake_exporter(calls))
    assert actions.export(target=tmp_path / "x.docx") is False
    assert asked == ["The note has no classification marking. Export anyway?"] and calls == []
    answer["value"] = True
    assert actions.export(target=tmp_path / "x.docx") is True
    assert len(asked) == 2 and len(calls) == 1
    complete = ExportActions(window, lambda: sample_note, lambda: None, SyncTaskRunner(), fake_exporter(calls))
    assert complete.export(target=tmp_path / "y.docx") and len(asked) == 2
