"""Pre-fill, confirm marks, the suggestions panel, evidence links and coverage in the window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from briefing.editing.coverage import uncovered
from briefing.editing.paths import get_provenance, set_provenance, set_value
from briefing.editing.prefill import PREFILL_LABEL, suggested_provenance
from briefing.editing.session import EditingSession
from briefing.model import Decision, Note
from briefing.sources.loader import load_source
from briefing.ui import suggestion_actions
from briefing.ui.evidence_highlighter import HOVER_COLOUR, UNCOVERED_COLOUR
from briefing.ui.main_window import MainWindow
from briefing.ui.suggestion_actions import install_suggestions
from briefing.ui.tasks import SyncTaskRunner
from tests.ui.conftest import type_into

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh(qtbot, settings, tmp_path, sample_source_path):
    """A window on a new note made from the sample source, pre-filled as at start-up."""
    source = load_source(sample_source_path)
    session = EditingSession(set_value(Note.blank(), "sources", (source,)))
    win = MainWindow(session, settings, tmp_path / "recovery", runner=SyncTaskRunner())
    install_suggestions(win)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: session.undo_label == PREFILL_LABEL, timeout=10000)
    yield win
    win.suggestions.timer.stop()
    win.session.reset(win.session.note, win.session.path)


def test_a_new_note_from_a_source_is_prefilled_unconfirmed_in_one_undo_step(fresh):
    note = fresh.session.note
    assert (note.visit.guest_country, note.visit.host_country) == ("BY", "CN")
    assert note.participants[0].name == "Andrej Kusnezow" and note.documents
    widget = fresh.visit_form.guest_country
    assert widget.property("suggested") is True
    assert "Suggested from the source (visit.trigger, 80 %)" in widget.toolTip()
    assert "Ctrl+Return" in widget.toolTip()
    fresh.session.undo()
    assert fresh.session.note.visit.guest_country == "" and not fresh.session.note.participants
    assert widget.property("suggested") is False


def test_prefill_on_demand_keeps_what_the_officer_typed(fresh, qtbot):
    fresh.session.undo()
    fresh.form_tabs.setCurrentIndex(1)
    type_into(qtbot, fresh.visit_form.places, "Shanghai")
    fresh.actions_by_name["prefill"].trigger()
    note = fresh.session.note
    assert note.visit.places == ("Shanghai",) and note.visit.host_country == "CN"
    assert ("visit.places", "Peking") in [(o.path, o.text) for o in fresh.suggestions.panel.offers()]


def test_ctrl_return_confirms_the_current_field_as_one_step(fresh, qtbot):
    assert fresh.focus_field("visit.host_country")
    widget = fresh.visit_form.host_country
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert get_provenance(fresh.session.note, "visit.host_country").confirmed
    assert not get_provenance(fresh.session.note, "visit.guest_country").confirmed
    assert widget.property("suggested") is False and "Suggested" not in widget.toolTip()
    assert fresh.session.undo_label.startswith("Confirm")
    fresh.session.undo()
    assert not get_provenance(fresh.session.note, "visit.host_country").confirmed


def test_confirm_all_and_a_hand_edit_confirm_too(fresh, qtbot):
    fresh.form_tabs.setCurrentIndex(1)
    type_into(qtbot, fresh.visit_form.places, "Peking, Shanghai")
    assert get_provenance(fresh.session.note, "visit.places").confirmed
    table = fresh.participants_table.model
    assert table.data(table.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    fresh.actions_by_name["confirm_all"].trigger()
    assert all(p.confirmed for p in fresh.session.note.visit.evidence.values())
    assert table.data(table.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_accept_and_reject_in_the_panel_are_recorded_in_the_same_step(fresh):
    panel = fresh.suggestions.panel
    offers = {offer.path: offer for offer in panel.offers()}
    occasion, purpose = offers["visit.occasion"], offers["visit.purpose"]
    panel.tree.setCurrentItem(panel.item_for(occasion))
    panel.accept_button.click()
    note = fresh.session.note
    assert note.visit.occasion == occasion.text and get_provenance(note, "visit.occasion").confirmed
    assert (note.decisions[-1].field, note.decisions[-1].decision) == ("visit.occasion", Decision.ACCEPTED)
    assert fresh.visit_form.occasion.toPlainText() == occasion.text
    panel.tree.setCurrentItem(panel.item_for(next(o for o in panel.offers() if o.path == "visit.purpose")))
    panel.reject_button.click()
    assert fresh.session.note.decisions[-1].decision == Decision.REJECTED
    assert fresh.session.note.visit.purpose == () and panel.offers() == []
    fresh.session.undo()
    assert len(fresh.session.note.decisions) == 1 and purpose in panel.offers()


def test_accept_all_from_a_threshold(fresh):
    panel = fresh.suggestions.panel
    panel.threshold.setValue(45)
    panel.accept_all_button.click()
    note = fresh.session.note
    assert note.visit.purpose and note.visit.occasion == ""  # 45 % in, 40 % out
    assert [d.field for d in note.decisions] == ["visit.purpose"]


def test_hovering_a_suggestion_highlights_its_evidence(fresh):
    panel = fresh.suggestions.panel
    offer = next(o for o in panel.offers() if o.path == "visit.occasion")
    panel.tree.itemEntered.emit(panel.item_for(offer), 0)
    view = fresh.source_pane.current_view()
    hovered = [s for s in view.extraSelections() if s.format.background().color() == HOVER_COLOUR]
    span = offer.suggestion.spans[0]
    text = fresh.session.note.sources[0].text
    assert [s.cursor.selectedText() for s in hovered] == [text[span.start:span.end]]
    panel.offerHovered.emit(None)
    assert not [s for s in view.extraSelections() if s.format.background().color() == HOVER_COLOUR]


def test_clicking_evidence_in_the_source_goes_to_its_field(fresh, qtbot):
    fresh.form_tabs.setCurrentIndex(0)
    view = fresh.source_pane.current_view()
    mark = next(m for m in view.highlighter.marks if m.path == "visit.host_country")
    start, end = view.highlighter.utf16_range(mark)
    cursor = QTextCursor(view.document())
    cursor.setPosition((start + end) // 2)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert fresh.current_field == "visit.host_country"
    assert fresh.form_tabs.currentIndex() == 1
    mark = next(m for m in view.highlighter.marks if m.path == "participants[0].name")
    start, _ = view.highlighter.utf16_range(mark)
    cursor.setPosition(start + 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())
    assert fresh.current_field == "participants[0].name"
    assert fresh.form_tabs.currentWidget() is fresh.participants_table


def test_coverage_shades_unused_sentences_exactly_around_astral_characters(qtbot, settings, tmp_path):
    from briefing.model import Source

    text = "😀 Foto: Archiv\nMINSK (BelTA) – Minister Andrej Kusnezow reist nach China. Er trifft 𝄞 Wang Wentao."
    session = EditingSession(set_value(Note.blank(), "sources", (Source(id="s", text=text),)))
    win = MainWindow(session, settings, tmp_path / "recovery", runner=SyncTaskRunner())
    actions = install_suggestions(win)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: "s" in actions.extractions, timeout=10000)
    actions.coverage_action.trigger()
    view = win.source_pane.current_view()
    shaded = [s.cursor.selectedText() for s in view.extraSelections()
              if s.format.background().color() == UNCOVERED_COLOUR]
    expected = [text[a:b] for a, b in uncovered(session.note, "s")]
    assert shaded == expected and expected  # UTF-16 positions, yet the very same characters
    assert all("Foto: Archiv" not in part for part in shaded)  # clutter is not shaded
    actions.coverage_action.trigger()
    assert not [s for s in view.extraSelections() if s.format.background().color() == UNCOVERED_COLOUR]
    win.session.reset(win.session.note, None)


def test_editing_the_source_reanalyses_once_after_typing_and_evidence_follows(fresh, qtbot, monkeypatch):
    calls = []
    real = suggestion_actions.analyse
    monkeypatch.setattr(suggestion_actions, "analyse", lambda *args: calls.append(args) or real(*args))
    fresh.session.apply("confirm", fresh.session.note)  # nothing: the note is unchanged
    fresh.focus_field("participants[0].name")
    fresh.actions_by_name["confirm"].trigger()
    assert get_provenance(fresh.session.note, "participants[0].name").confirmed
    pane = fresh.source_pane
    pane.edit_button.setChecked(True)
    view = pane.current_view()
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    for word in ("Neu ", "und ", "wichtig: "):
        view.insertPlainText(word)
    assert fresh.suggestions.timer.isActive() and calls == []
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    note = fresh.session.note
    text = note.sources[0].text
    assert text.startswith("Neu und wichtig: ")
    span = get_provenance(note, "participants[0].name").spans[0]
    assert text[span.start:span.end] == "Andrej Kusnezow" and calls[0][0] == text
    assert fresh.suggestions._analysed[note.sources[0].id] == text
    # The evidence's own words change: the evidence is flagged stale, in the note and on screen.
    cursor = view.document().find("Kusnezow")
    cursor.insertText("Kuznetsov")
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5000)
    assert get_provenance(fresh.session.note, "participants[0].name").stale
    assert any(m.kind == "stale" and m.path == "participants[0].name" for m in view.highlighter.marks)
    table = fresh.participants_table.model
    assert "changed since" in table.data(table.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "changed since" not in table.data(table.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    pane.edit_button.setChecked(False)


def test_the_window_stays_responsive_while_a_big_source_is_analysed(qtbot, sample_source_path):
    from PySide6.QtCore import QTimer

    from briefing.ui.tasks import TaskRunner

    text = load_source(sample_source_path).text
    big = (text + "\n\n") * (1_000_000 // (len(text) + 2) + 1)
    runner = TaskRunner()  # a real worker thread
    ticks, done = [], []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    runner.run("Analysing", lambda: suggestion_actions.analyse(big, None, "big"), done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=120000)
    timer.stop()
    runner.wait()
    assert done[0].suggestions, done[0]
    assert len(ticks) >= 5  # the GUI thread kept running its timers throughout


def test_the_window_does_not_load_the_extractor_on_start_up():
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from briefing.ui.app import create_application, build_window;"
        "create_application(); w = build_window('seeds/000_94a7ef1656ae390a.txt');"
        "assert hasattr(w, 'suggestions');"
        "assert 'briefing.extract.pipeline' not in sys.modules, 'the extractor on the start-up path';"
        "w.session.reset(w.session.note)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_ctrl_return_confirms_in_a_text_box_and_in_a_table_too(fresh, qtbot):
    panel = fresh.suggestions.panel
    offer = next(o for o in panel.offers() if o.path == "visit.occasion")
    note = set_value(fresh.session.note, "visit.occasion", offer.text)
    fresh.session.apply("suggest", set_provenance(note, "visit.occasion", suggested_provenance(offer.suggestion, "x")))
    assert fresh.focus_field("visit.occasion")
    box = fresh.visit_form.occasion
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert get_provenance(fresh.session.note, "visit.occasion").confirmed
    assert "\n" not in box.toPlainText()
    assert fresh.focus_field("participants[0].function")
    view = fresh.participants_table.view
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert get_provenance(fresh.session.note, "participants[0].function").confirmed
    assert not get_provenance(fresh.session.note, "participants[0].name").confirmed


def test_a_source_loaded_or_opened_into_an_empty_visit_is_prefilled(qtbot, settings, tmp_path, sample_source_path):
    session = EditingSession()
    win = MainWindow(session, settings, tmp_path / "recovery", runner=SyncTaskRunner())
    install_suggestions(win)
    qtbot.addWidget(win)
    win.files.load_source(sample_source_path)
    qtbot.waitUntil(lambda: session.undo_label == PREFILL_LABEL, timeout=10000)
    assert session.note.visit.host_country == "CN" and len(session.note.sources) == 1
    session.reset(Note.blank())
    win.files.open_file(sample_source_path)
    qtbot.waitUntil(lambda: session.undo_label == PREFILL_LABEL, timeout=10000)
    assert session.note.participants and session.path is None
    session.set("visit.occasion", "Kommissionssitzung")
    other = load_source(sample_source_path).model_copy(update={"id": "zweite", "text": "Zweiter Text. Kurz."})
    win.source_pane.add_source(other)  # the visit is no longer empty: nothing is filled unasked
    assert session.undo_label.startswith("Add source")
    session.reset(session.note, None)


def test_accepting_a_new_person_adds_the_row_with_his_other_values_to_confirm(fresh):
    from briefing.extract import Extraction, Suggestion
    from briefing.model import Span

    source = fresh.session.note.sources[0]
    start = source.text.index("Volksrepublik China")
    span = (Span(source_id="source", start=start, end=start + 19),)
    extraction = Extraction(language="de", published=None, agency="", place="", suggestions=(
        Suggestion("participants[5].name", "Wang Wentao", span, "person.name", 0.55),
        Suggestion("participants[5].function", "Handelsminister", span, "person.function", 0.7),
    ))
    fresh.suggestions.extractions = {source.id: extraction}
    fresh.suggestions.refresh()
    offer = next(o for o in fresh.suggestions.panel.offers() if o.new_row)
    assert fresh.suggestions._describe_offer(offer) == "New participant"
    assert fresh.suggestions.accept(offer)
    person = fresh.session.note.participants[-1]
    assert (person.name, person.function) == ("Wang Wentao", "Handelsminister")
    assert person.evidence["name"].confirmed and not person.evidence["function"].confirmed
    assert fresh.session.undo_label == "Accept suggestion for Wang Wentao"
    assert fresh.session.note.decisions[-1].field == f"participants[{len(fresh.session.note.participants) - 1}].name"
