"""Editor tables at a laptop size: the main text column is the widest, no header is clipped."""

from __future__ import annotations

import pytest

from briefing.ui.tables.table_editor import MAIN_MIN_WIDTH


@pytest.mark.parametrize("tab", ["programme", "participants", "documents", "chronology"])
def test_the_main_column_is_widest_and_headers_fit(window, qtbot, tab):
    window.resize(1280, 800)
    editor = next(t for t in window.tables if t.model.collection in (tab, "visit.programme")
                  or t.model.collection.endswith(tab))
    window.form_tabs.setCurrentWidget(editor)
    qtbot.wait(20)
    header = editor.view.horizontalHeader()
    main = editor.main_column
    assert editor.model.columns()[main].field in ("title", "name", "event", "text")
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[main] >= MAIN_MIN_WIDTH and widths[main] == max(widths)
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), editor.model.columns()[column].header
