"""Text columns share a wide table; a narrow one scrolls sideways rather than squeeze them."""

from PySide6.QtWidgets import QHeaderView

from briefing.ui.tables.documents_model import DocumentsTableModel
from briefing.ui.tables.table_editor import TEXT_MIN, TableEditor


def _editor(qtbot, session, width):
    editor = TableEditor(DocumentsTableModel(session), "Documents")
    qtbot.addWidget(editor)
    editor.resize(width, 400)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_a_wide_table_stretches_its_text_columns(qtbot, session):
    editor = _editor(qtbot, session, 1200)
    header = editor.view.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch  # the title
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Interactive  # the kind keeps its width
    assert header.sectionSize(0) > TEXT_MIN


def test_a_narrow_table_keeps_titles_readable_and_scrolls(qtbot, session):
    editor = _editor(qtbot, session, 560)
    header = editor.view.horizontalHeader()
    assert header.sectionSize(0) == TEXT_MIN
    assert editor.view.horizontalScrollBar().maximum() > 0
    editor.resize(1200, 400)
    qtbot.waitUntil(lambda: header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch)
