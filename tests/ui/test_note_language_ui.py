"""In the window: a new note from an English wire is an English note; the language choice re-heads."""

from __future__ import annotations

from briefing.editing.paths import set_value
from briefing.editing.prefill import PREFILL_LABEL
from briefing.editing.session import EditingSession
from briefing.model.note import Note, Source
from briefing.ui.main_window import MainWindow
from briefing.ui.suggestion_actions import install_suggestions
from briefing.ui.tasks import SyncTaskRunner

EN_WIRE = (
    "MINSK, 18 November (BelTA) - Prime Minister of Belarus Andrei Kuznetsov will pay an official visit "
    "to China on 20-22 November, the press service of the Belarusian government said. During the visit "
    "the head of government will hold talks with Premier of the State Council Li Qiang. The sides are "
    "expected to sign an agreement on economic cooperation and a memorandum of understanding in trade."
)


def test_an_english_wire_makes_an_english_note(qtbot, settings, tmp_path):
    source = Source(id="s1", text=EN_WIRE, filename="en_wire.txt")
    session = EditingSession(set_value(Note.blank("de"), "sources", (source,)))
    win = MainWindow(session, settings, tmp_path / "recovery", runner=SyncTaskRunner())
    install_suggestions(win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: session.undo_label == PREFILL_LABEL, timeout=10000)
    note = session.note
    assert note.meta.language == "en"
    assert note.sections[0].heading == "Summary"
    assert "Participants" in [s.heading for s in note.sections]
    win.suggestions.timer.stop()
    session.undo()
    assert session.note.meta.language == "de"  # the language came with the pre-fill, one step
    win.session.reset(win.session.note, win.session.path)


def test_choosing_english_in_the_form_reheads_the_note(window, qtbot):
    window.form_tabs.setCurrentIndex(0)
    box = window.meta_form.language
    box.setCurrentIndex(box.findData("en"))
    box.activated.emit(box.currentIndex())
    note = window.session.note
    assert note.meta.language == "en"
    headings = [s.heading for s in note.sections]
    assert "Zusammenfassung" not in headings and "Teilnehmer" not in headings
    assert window.session.undo_label == "Change note language"
