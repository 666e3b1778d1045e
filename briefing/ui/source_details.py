"""A compact form above the source text: title, agency, place, publication date, URL, language."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget,
)

from briefing.errors import BriefingError
from briefing.model.note import Source

if TYPE_CHECKING:
    from briefing.ui.main_window import MainWindow

_EMPTY = QDate(1900, 1, 1)  # the earliest date stands for "no date"
TEXT_FIELDS = ("title", "agency", "place", "url")


class PublishedEdit(QDateEdit):
    """A calendar date that may stay empty (shown blank)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText(" ")
        self.setDisplayFormat(self.tr("yyyy-MM-dd"))  # a Qt date format: each language writes dates its way
        self.set_value(None)

    def set_value(self, value: dt.date | None) -> None:
        self.blockSignals(True)
        self.setDate(QDate(value.year, value.month, value.day) if value else _EMPTY)
        self.blockSignals(False)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == _EMPTY else dt.date(date.year(), date.month(), date.day())


class SourceDetails(QWidget):
    """What is known about the source in the current tab; each edit is one undo step."""

    def __init__(self, window: "MainWindow") -> None:
        pane = window.source_pane
        super().__init__(pane)
        self.setObjectName("sourceDetails")
        self.window, self.session = window, window.session
        self.edits: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        words = {"title": self.tr("Title"), "agency": self.tr("Agency"), "place": self.tr("Place"),
                 "url": self.tr("URL")}
        tips = {"title": self.tr("The headline of the report"), "agency": self.tr("e.g. Reuters"),
                "place": self.tr("e.g. Geneva"), "url": self.tr("https://…")}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setPlaceholderText(tips[name])
            edit.setAccessibleName(self.tr("Source %1").replace("%1", words[name]))
            edit.editingFinished.connect(lambda n=name: self._commit(n, self.edits[n].text().strip()))
            self.edits[name] = edit
        self.published = PublishedEdit(self)
        self.published.setAccessibleName(self.tr("Publication date"))
        self.published.setToolTip(self.tr("When the report was published: dates without a year are read "
                                          "from it"))
        self.published.editingFinished.connect(lambda: self._commit("published", self.published.value()))
        clear = QToolButton(self)
        clear.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        clear.setToolTip(self.tr("No publication date"))
        clear.setAccessibleName(clear.toolTip())
        clear.clicked.connect(lambda: (self.published.set_value(None), self._commit("published", None)))
        self.language = QComboBox(self)
        for code, name in (("", self.tr("unknown")), ("de", "Deutsch"), ("en", "English"), ("ru", "Русский")):
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Source language"))
        self.language.activated.connect(lambda _: self._commit("language", self.language.currentData()))
        # Short rows: the title and the address wide, the rest in pairs.
        published = QHBoxLayout()
        published.setSpacing(2)
        published.addWidget(self.published, 1)
        published.addWidget(clear)
        rows: list[list[tuple[str, QWidget | QHBoxLayout, int]]] = [
            [(self.tr("Title"), self.edits["title"], 3)],
            [(self.tr("Agency"), self.edits["agency"], 1), (self.tr("Place"), self.edits["place"], 1)],
            [(self.tr("Published"), published, 1), (self.tr("Language"), self.language, 1)],
            [(self.tr("URL"), self.edits["url"], 3)],
        ]
        for row, cells in enumerate(rows):
            column = 0
            for label, widget, span in cells:
                caption = QLabel(label, self)
                grid.addWidget(caption, row, column, Qt.AlignmentFlag.AlignRight)
                if isinstance(widget, QHBoxLayout):
                    caption.setBuddy(self.published)
                    grid.addLayout(widget, row, column + 1, 1, span)
                else:
                    caption.setBuddy(widget)
                    grid.addWidget(widget, row, column + 1, 1, span)
                column += span + 1
        for column in (1, 3):
            grid.setColumnStretch(column, 1)
        pane.tabs.currentChanged.connect(lambda _: self.show_source())
        self.session.subscribe(lambda change: self.show_source())
        self.show_source()

    def current(self) -> tuple[int, Source] | None:
        """The index and source of the current tab."""
        view = self.window.source_pane.current_view()
        note = self.session.note
        if view is None:
            return None
        return next(((i, s) for i, s in enumerate(note.sources) if s.id == view.source_id), None)

    def show_source(self) -> None:
        found = self.current()
        self.setVisible(found is not None)
        if found is None:
            return
        source = found[1]
        for name, edit in self.edits.items():
            if not edit.hasFocus() and edit.text() != getattr(source, name):
                edit.setText(getattr(source, name))
                edit.setCursorPosition(0)  # a long title shows its beginning
        if not self.published.hasFocus():
            self.published.set_value(source.published)
        self.language.setCurrentIndex(max(0, self.language.findData(source.language)))

    def _commit(self, name: str, value: Any) -> bool:
        found = self.current()
        if found is None:
            return False
        index, source = found
        if getattr(source, name) == value:
            return False
        label = {"title": self.tr("Edit source title"), "agency": self.tr("Edit source agency"),
                 "place": self.tr("Edit source place"), "url": self.tr("Edit source URL"),
                 "published": self.tr("Edit publication date"),
                 "language": self.tr("Edit source language")}[name]
        try:
            changed = self.session.set(f"sources[{index}].{name}", value, label=label)
        except BriefingError as exc:
            self.window.show_message(str(exc))
            return False
        if changed and name == "published":
            self._dated(source.id)
        return changed

    def _dated(self, source_id: str) -> None:
        """The year inference changed: analyse again and pre-fill the fields that now have dates."""
        suggestions = getattr(self.window, "suggestions", None)
        if suggestions is not None:
            suggestions.reanalyse(source_id, prefill=True)


def install_source_details(window: "MainWindow") -> SourceDetails:
    """Put the source details strip above the source text of ``window``."""
    details = SourceDetails(window)
    layout = window.source_pane.layout()
    layout.insertWidget(layout.indexOf(window.source_pane.tabs), details)
    window.source_details = details
    return details
