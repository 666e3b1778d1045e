"""The problems panel lists the note's problems and names the field of a clicked one."""

from PySide6.QtCore import Qt

from briefing.editing.session import EditingSession
from briefing.model import PartialDate
from briefing.ui.problems_panel import ProblemsPanel


def make(qtbot, note):
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.show()
    session = EditingSession(note)
    session.subscribe(lambda change: panel.showNote(change.note))
    panel.showNote(session.note)
    return panel, session


def test_end_before_start_is_listed_and_a_click_names_the_field(qtbot, sample_note):
    panel, session = make(qtbot, sample_note)
    with qtbot.waitSignal(panel.problemsChanged) as blocker:
        session.set("visit.end", PartialDate(2025, 11, 1))
    assert blocker.args[0] == 1
    item = panel.list.item(0)
    assert "ends" in item.text() and not item.icon().isNull()
    rect = panel.list.visualItemRect(item)
    with qtbot.waitSignal(panel.problemActivated) as clicked:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == ["visit.end"]
    session.undo()
    panel.flush()
    assert not [p for p in panel.problems() if p.path == "visit.end"]


def test_clean_note_says_so(qtbot, sample_note):
    sections = tuple(s for s in sample_note.sections if s.key in ("summary", "visit"))
    panel, _ = make(qtbot, sample_note.model_copy(update={"sections": sections}))
    assert panel.problems() == []
    assert panel.list.count() == 1 and panel.list.item(0).flags() == Qt.ItemFlag.NoItemFlags


def test_missing_classification_and_unnamed_participant(qtbot, sample_note):
    panel, session = make(qtbot, sample_note)
    session.set("meta.classification", "")
    session.set("participants[1].name", " ")
    panel.flush()
    paths = [p.path for p in panel.problems()]
    assert paths.index("participants[1].name") < paths.index("meta.classification")  # errors first
    assert panel.list.count() == len(paths)


def test_a_double_click_goes_to_the_field_once(qtbot, sample_note):
    panel, session = make(qtbot, sample_note)
    session.set("meta.classification", "")
    panel.flush()
    chosen = []
    panel.problemActivated.connect(chosen.append)
    item = panel.list.item(0)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel.list.itemActivated.emit(item)  # the second half of a double click
    assert chosen == [item.data(Qt.ItemDataRole.UserRole)]
    panel.list.setCurrentItem(item)
    panel._last_choice = ("", 0.0)  # as after a pause
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert len(chosen) == 2
