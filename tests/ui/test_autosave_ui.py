import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

import briefing.ui.autosave_controller as autosave_controller
from briefing.editing.autosave import find_recoveries, write_recovery
from briefing.editing.session import EditingSession
from briefing.ui.tasks import TaskRunner


def test_a_change_is_autosaved_after_a_pause_and_a_save_removes_it(qtbot, window):
    window.autosave.timer.setInterval(50)
    folder = window.autosave.folder
    window.session.set("meta.author", "Jan Berger")
    with qtbot.waitSignal(window.autosave.written, timeout=3000):
        pass
    found = find_recoveries(folder)
    assert len(found) == 1 and found[0].note.meta.author == "Jan Berger"
    assert found[0].original == window.session.path.resolve()
    window.files.save()
    assert find_recoveries(folder) == []


def test_undo_back_to_the_saved_note_removes_the_autosave(qtbot, window):
    window.autosave.timer.setInterval(50)
    window.session.set("meta.author", "Jan Berger")
    window.autosave.write_now()
    assert find_recoveries(window.autosave.folder)
    window.session.undo()
    assert find_recoveries(window.autosave.folder) == []


def test_a_clean_close_removes_the_autosave(qtbot, window):
    window.session.set("meta.author", "Jan Berger")
    window.autosave.write_now()
    window.session.save()
    window.session.set("meta.author", "Petra Lang")
    window.autosave.write_now()
    window.session.undo()
    window.autosave.write_now()  # clean again: nothing is written
    assert find_recoveries(window.autosave.folder) == []


def test_the_restore_offer_brings_back_the_crashed_note(qtbot, window, monkeypatch, sample_note):
    crashed = sample_note.model_copy(update={"meta": sample_note.meta.model_copy(update={"author": "Vor dem Absturz"})})
    write_recovery(window.autosave.folder, crashed, window.session.path)
    offered = []
    monkeypatch.setattr(autosave_controller, "ask_restore", lambda parent, recovery: offered.append(recovery) or "restore")
    assert window.autosave.offer_restore(window)
    assert offered[0].name == window.session.path.name
    assert window.session.note.meta.author == "Vor dem Absturz"
    assert window.isWindowModified() and window.meta_form.widget_for("meta.author").text() == "Vor dem Absturz"
    window.files.save()
    assert find_recoveries(window.autosave.folder) == []


def test_discarding_the_offer_deletes_the_recovery(window, monkeypatch, sample_note):
    write_recovery(window.autosave.folder, sample_note, None)
    monkeypatch.setattr(autosave_controller, "ask_restore", lambda parent, recovery: "discard")
    assert not window.autosave.offer_restore(window)
    assert find_recoveries(window.autosave.folder) == []
    assert not window.autosave.offer_restore(window)  # nothing left to offer


def test_the_restore_dialog_names_the_file(qtbot, window, sample_note):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    write_recovery(window.autosave.folder, sample_note, None)
    seen = {}

    def answer():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        next(b for b in box.buttons() if b.text() == "Later").click()

    QTimer.singleShot(100, answer)
    assert not window.autosave.offer_restore(window)
    assert seen["title"].startswith("Restore unsaved work") and "untitled" in seen["text"]
    assert len(find_recoveries(window.autosave.folder)) == 1  # "Later" keeps it


def test_background_work_reports_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    results, threads = [], []

    def work():
        threads.append(threading.current_thread())
        return 42

    def done(value):
        results.append((value, QThread.currentThread() is QApplication.instance().thread()))

    with qtbot.waitSignal(runner.busyChanged, check_params_cb=lambda busy, _: not busy, timeout=5000):
        runner.run("Rechnen", work, done, lambda exc: results.append(exc))
        assert runner.busy
    assert results == [(42, True)] and threads[0] is not threading.main_thread()
    errors = []
    with qtbot.waitSignal(runner.busyChanged, check_params_cb=lambda busy, _: not busy, timeout=5000):
        runner.run("Fehler", lambda: 1 / 0, results.append, errors.append)
    assert isinstance(errors[0], ZeroDivisionError)


def test_the_status_bar_shows_progress_while_work_runs(qtbot, window):
    window._on_busy_changed(True, "Loading meldung.txt …")
    assert window.progress.isVisible() and "meldung" in window.statusBar().currentMessage()
    window._on_busy_changed(False, "")
    assert not window.progress.isVisible()


