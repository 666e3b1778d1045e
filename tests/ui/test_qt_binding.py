"""The installed PySide6 keeps Python's reference counts right (6.12.0 did not)."""

import sys

from PySide6.QtWidgets import QLineEdit


def test_void_calls_do_not_eat_references_to_none(qtbot):
    # A binding that drops a reference to None per call makes a long editing session
    # end in "Fatal Python error: none_dealloc" after a few hundred field edits.
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(1000):
        edit.setToolTip("")
        edit.property("not set")
    assert sys.getrefcount(None) - before > -50
