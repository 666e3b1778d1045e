from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from briefing.editing.paths import get_provenance
from briefing.editing.session import EditingSession
from briefing.model import Note, Participant, Provenance, Source, Span
from briefing.ui.evidence_highlighter import Utf16Index
from briefing.ui.source_pane import SourcePane

TEXT = "😀 Archiv 𝄞\nMINSK (BelTA) – Minister Andrej Kusnezow besucht China."
NAME = "Andrej Kusnezow"


def emoji_session() -> EditingSession:
    start = TEXT.index(NAME)  # code points: the emoji and the clef count once each
    span = Span(source_id="s1", start=start, end=start + len(NAME))
    person = Participant(name=NAME, evidence={"name": Provenance(spans=(span,))})
    note = Note(sources=(Source(id="s1", text=TEXT, title="BelTA"),), participants=(person,))
    return EditingSession(note)


def make_pane(qtbot, session, current="participants[0].function"):
    pane = SourcePane(session, lambda: [(current, "function of Andrej Kusnezow"), ("visit.places", "Places")])
    session.subscribe(lambda change: pane.show_note(change.note, change.origin))
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_utf16_offsets_around_characters_outside_the_bmp():
    index = Utf16Index(TEXT)
    start = TEXT.index(NAME)
    assert index.to_utf16(0) == 0 and index.to_utf16(1) == 2  # the emoji takes two units
    assert index.to_utf16(start) == start + 2  # two astral characters before the name
    assert index.to_code_point(start + 2) == start
    assert index.to_code_point(1) == 0  # inside the surrogate pair: the character's start
    assert TEXT.encode("utf-16-le")[2 * (start + 2):2 * (start + 2 + len(NAME))].decode("utf-16-le") == NAME


def test_the_selected_fields_evidence_is_highlighted_exactly(qtbot):
    session = emoji_session()
    pane = make_pane(qtbot, session)
    pane.set_selected_field("participants[0].name")
    view = pane.current_view()
    selected = [s for s in view.extraSelections() if s.format.underlineStyle() != s.format.UnderlineStyle.NoUnderline]
    assert len(selected) == 1
    assert selected[0].cursor.selectedText() == NAME
    pane.set_selected_field("participants[0].function")  # no evidence: nothing stands out
    assert all(s.format.underlineStyle() == s.format.UnderlineStyle.NoUnderline for s in view.extraSelections())
    assert [s.cursor.selectedText() for s in view.extraSelections()] == [NAME]


def test_hovering_a_highlight_names_the_field(qtbot):
    session = emoji_session()
    pane = make_pane(qtbot, session)
    view = pane.current_view()
    start, end = view.highlighter.utf16_range(view.highlighter.marks[0])
    assert view.highlighter.labels_at(start + 3) == ["name of Andrej Kusnezow"]
    assert view.highlighter.labels_at(start - 1) == []
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 3)
    point = view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert "name of Andrej Kusnezow" in QToolTip.text()
    QToolTip.hideText()


def test_use_for_a_field_takes_the_selection_in_code_points(qtbot):
    session = emoji_session()
    pane = make_pane(qtbot, session)
    view = pane.current_view()
    index = Utf16Index(TEXT)
    start = TEXT.index("Minister")
    cursor = view.textCursor()
    cursor.setPosition(index.to_utf16(start))
    cursor.setPosition(index.to_utf16(start + len("Minister")), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selection_span() == (start, start + len("Minister"))
    menu = view.build_context_menu(QPoint(5, 5))
    use = next(a for a in menu.actions() if a.text() == "Use for function of Andrej Kusnezow")
    use.trigger()
    assert session.note.participants[0].function == "Minister"
    span = get_provenance(session.note, "participants[0].function").spans[0]
    assert TEXT[span.start:span.end] == "Minister"
    assert session.undo_label == "Use source text for function of Andrej Kusnezow"
    places = next(a for a in menu.actions() if a.menu() is not None).menu().actions()[0]
    places.trigger()
    assert session.note.visit.places == ("Minister",)


def test_editing_the_source_on_request_keeps_the_evidence(qtbot):
    session = emoji_session()
    pane = make_pane(qtbot, session)
    view = pane.current_view()
    assert view.isReadOnly()
    pane.edit_button.setChecked(True)
    view.moveCursor(QTextCursor.MoveOperation.Start)
    view.insertPlainText("Neu: ")
    view.commit()
    source_text = session.note.sources[0].text
    assert source_text.startswith("Neu: 😀")
    span = get_provenance(session.note, "participants[0].name").spans[0]
    assert source_text[span.start:span.end] == NAME
    assert session.undo_label == "Edit source text"
    pane.set_selected_field("participants[0].name")
    assert any(s.cursor.selectedText() == NAME for s in view.extraSelections())


def test_paste_and_find(qtbot):
    session = emoji_session()
    pane = make_pane(qtbot, session)
    QApplication.clipboard().setText("Zweite Meldung über Kusnezow.")
    pane.paste_as_new_source()
    assert len(session.note.sources) == 2 and pane.tabs.count() == 2
    assert pane.tabs.currentIndex() == 1
    pane.paste_as_new_source()  # the same text again is refused with a message
    assert len(session.note.sources) == 2
    pane.show_find()
    pane.find_bar.edit.setText("Kusnezow")
    assert pane.find_bar.find()
    assert pane.current_view().textCursor().selectedText() == "Kusnezow"
    pane.find_bar.edit.setText("Nirgends")
    assert not pane.find_bar.find()
    session.undo()
    assert pane.tabs.count() == 1
