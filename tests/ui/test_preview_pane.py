"""The preview pane follows the session, debounced, and estimates the length."""

from briefing.editing.session import EditingSession
from briefing.model import Participant
from briefing.ui.preview_pane import DEBOUNCE_MS, PreviewPane


def make(qtbot, note):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    session = EditingSession(note)
    session.subscribe(lambda change: pane.showNote(change.note))
    pane.showNote(session.note)
    return pane, session


def test_first_note_is_shown_at_once(qtbot, sample_note):
    pane, _ = make(qtbot, sample_note)
    text = pane.browser.toPlainText()
    assert "VS – NUR FÜR DEN DIENSTGEBRAUCH" in text and "17.–20. November 2025" in text
    assert "pages" in pane.pages.text() and "2.5" in pane.pages.text()


def test_an_edit_reaches_the_preview_after_the_debounce(qtbot, sample_note):
    pane, session = make(qtbot, sample_note)
    session.set("participants[0].function", "Erster Stellvertretender Ministerpräsident")
    session.set("participants[0].function", "Industrieminister der Republik Belarus")
    assert pane.pending() and "Industrieminister der Republik Belarus" not in pane.browser.toPlainText()
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pass
    text = pane.browser.toPlainText()
    assert "Industrieminister der Republik Belarus" in text
    assert "Erster Stellvertretender" not in text
    session.undo()
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pass
    assert "Erster Stellvertretender Ministerpräsident" in pane.browser.toPlainText()


def test_a_long_note_is_flagged(qtbot, sample_note):
    many = tuple(Participant(name=f"Person {i}", function="Delegationsmitglied") for i in range(80))
    pane, session = make(qtbot, sample_note)
    session.apply("Add participants", sample_note.model_copy(update={"participants": many}))
    pane.flush()
    assert "more than two" in pane.pages.text()
    assert "Person 79" in pane.browser.toPlainText()


def test_typing_in_a_long_table_updates_its_cells_in_place(qtbot, sample_note, monkeypatch):
    many = tuple(Participant(name=f"Person {i}", function="Delegationsmitglied") for i in range(60))
    pane, session = make(qtbot, sample_note.model_copy(update={"participants": many}))
    rebuilds = []
    original = pane._rebuild
    monkeypatch.setattr(pane, "_rebuild", lambda pieces: (rebuilds.append(1), original(pieces)))
    session.set("participants[45].function", "Botschafter & Gesandter")
    pane.flush()
    assert rebuilds == []  # only the cell changed
    assert "Botschafter & Gesandter" in pane.browser.toPlainText()
    session.set("participants[45].name", "")  # still in place; the preview shows an empty cell
    pane.flush()
    assert "Person 45" not in pane.browser.toPlainText()
    session.undo()
    session.apply("Remove", session.note.model_copy(update={"participants": many[:10]}))
    pane.flush()
    assert rebuilds == [1] and "Person 45" not in pane.browser.toPlainText()
    assert "Person 9" in pane.browser.toPlainText()


def test_rows_added_and_removed_in_place_read_as_a_fresh_preview(qtbot, sample_note, monkeypatch):
    many = tuple(Participant(name=f"Person {i}", function="Delegationsmitglied") for i in range(45))
    pane, session = make(qtbot, sample_note.model_copy(update={"participants": many}))
    rebuilds = []
    original = pane._rebuild
    monkeypatch.setattr(pane, "_rebuild", lambda pieces: (rebuilds.append(1), original(pieces)))
    people = session.note.participants
    session.apply("Add", session.note.model_copy(update={"participants": people + (Participant(name="Neu"),)}))
    pane.flush()
    session.apply("Remove", session.note.model_copy(update={"participants": people[:10] + people[11:]}))
    pane.flush()
    assert rebuilds == []
    fresh, _ = make(qtbot, session.note)
    assert pane.browser.toPlainText() == fresh.browser.toPlainText()
    names = [p.name for p in session.note.participants]
    assert "Person 10" not in names and "Neu" not in names
    text = pane.browser.toPlainText()
    assert "Person 44" in text and "Person 10\n" not in text, text[text.find("Person 9"):][:80]


def test_column_widths_follow_the_text_typed_without_a_rebuild(qtbot, sample_note, monkeypatch):
    many = tuple(Participant(name=f"Person {i}", function="Mitglied") for i in range(30))
    pane, session = make(qtbot, sample_note.model_copy(update={"participants": many}))
    rebuilds = []
    original = pane._rebuild
    monkeypatch.setattr(pane, "_rebuild", lambda pieces: (rebuilds.append(1), original(pieces)))
    index = next(i for i, piece in enumerate(pane._pieces) if piece.rows and "Person 0" in piece.rows[0])
    before = pane._pieces[index].widths
    session.set("participants[0].function", "Stellvertretender Abteilungsleiter für Industriepolitik und Maschinenbau")
    pane.flush()
    after = pane._pieces[index].widths
    assert rebuilds == [] and after != before
    constraints = pane._tables[index].format().columnWidthConstraints()
    assert [round(c.rawValue()) for c in constraints] == list(after)
