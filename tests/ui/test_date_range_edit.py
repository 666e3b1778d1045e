"""The date-range control: shows partial dates, commits (start, end) once per edit."""

from PySide6.QtCore import QDate, Qt

from briefing.model import PartialDate
from briefing.ui.widgets.date_range_edit import DateRangeEdit, PartialDateEdit


def make(qtbot):
    widget = DateRangeEdit()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_values_are_shown_without_committing(qtbot):
    widget = make(qtbot)
    with qtbot.assertNotEmitted(widget.committed):
        widget.setRange(PartialDate(2025, 11, 17), PartialDate(2025, 12))
    assert widget.startEdit.dateEdit().date() == QDate(2025, 11, 17)
    assert not widget.startEdit.monthOnlyBox().isChecked()
    assert widget.endEdit.monthOnlyBox().isChecked()
    assert widget.endEdit.dateEdit().date() == QDate(2025, 12, 1)
    widget.setRange(None, None)
    assert widget.start() is None and widget.endEdit.dateEdit().text().strip() == ""


def test_editing_the_end_commits_once(qtbot):
    widget = make(qtbot)
    widget.setRange(PartialDate(2025, 11, 17), PartialDate(2025, 11, 20))
    edit = widget.endEdit.dateEdit()
    edit.setDate(QDate(2025, 11, 21))  # e.g. typed or stepped: no commit until editing ends
    with qtbot.waitSignal(widget.committed) as blocker:
        edit.editingFinished.emit()
    assert blocker.args == [PartialDate(2025, 11, 17), PartialDate(2025, 11, 21)]
    with qtbot.assertNotEmitted(widget.committed):
        edit.editingFinished.emit()


def test_month_only_drops_the_day(qtbot):
    widget = make(qtbot)
    widget.setRange(PartialDate(2025, 11, 17), None)
    with qtbot.waitSignal(widget.committed) as blocker:
        widget.startEdit.monthOnlyBox().setChecked(True)
    assert blocker.args == [PartialDate(2025, 11), None]
    assert "17" not in widget.startEdit.dateEdit().text()


def test_clear_button_and_delete_key_empty_a_date(qtbot):
    widget = make(qtbot)
    widget.setRange(PartialDate(2025, 11, 17), PartialDate(2025, 11, 20))
    with qtbot.waitSignal(widget.committed) as blocker:
        qtbot.mouseClick(widget.startEdit.clearButton(), Qt.MouseButton.LeftButton)
    assert blocker.args == [None, PartialDate(2025, 11, 20)]
    edit = widget.endEdit.dateEdit()
    edit.setFocus()
    edit.lineEdit().selectAll()
    with qtbot.waitSignal(widget.committed) as blocker:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert blocker.args == [None, None]


def test_stepping_an_empty_date_starts_from_today(qtbot):
    edit = PartialDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClick(edit.dateEdit(), Qt.Key.Key_Up)
    assert edit.dateEdit().date() == QDate.currentDate()
    with qtbot.waitSignal(edit.committed) as blocker:
        edit.dateEdit().editingFinished.emit()
    today = QDate.currentDate()
    assert blocker.args == [PartialDate(today.year(), today.month(), today.day())]


def test_typing_a_date_into_an_empty_field(qtbot):
    for typed in ("17/11/2025", "17.11.2025", "17112025", "1/3/2026"):
        edit = PartialDateEdit()
        qtbot.addWidget(edit)
        edit.show()
        edit.dateEdit().setFocus()
        qtbot.keyClicks(edit.dateEdit(), typed)
        with qtbot.waitSignal(edit.committed) as blocker:
            edit.dateEdit().editingFinished.emit()
        expected = PartialDate(2026, 3, 1) if typed == "1/3/2026" else PartialDate(2025, 11, 17)
        assert blocker.args == [expected], typed


def test_typing_a_month_only(qtbot):
    edit = PartialDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.monthOnlyBox().setChecked(True)
    edit.dateEdit().setFocus()
    qtbot.keyClicks(edit.dateEdit(), "11.2025")
    edit.dateEdit().editingFinished.emit()
    assert edit.value() == PartialDate(2025, 11)
