"""A start and end date, each a day or a month only, each may stay empty."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QStyle,
    QToolButton,
    QWidget,
)

from briefing.model.partial_date import PartialDate

# The earliest date stands for "no date": QDateEdit then shows its special value text.
_EMPTY = QDate(1900, 1, 1)


class PartialDateEdit(QWidget):
    """One date: a calendar field, a "month only" box and a button that empties it."""

    committed = Signal(object)
    """The user finished editing; carries the PartialDate or None. Once per change."""

    editingFinished = Signal()
    """Emitted with ``committed``: lets a field binding treat this like a line edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = QDateEdit(self)
        self._edit.setCalendarPopup(True)
        self._edit.setMinimumDate(_EMPTY)
        self._edit.setSpecialValueText(" ")
        self._edit.setDate(_EMPTY)
        self._edit.setMinimumWidth(self._edit.fontMetrics().horizontalAdvance("00.00.00000") + 40)
        self._month = QCheckBox(self.tr("month only"), self)
        self._month.setToolTip(self.tr("The day is not known yet: keep only month and year"))
        self._clear = QToolButton(self)
        self._clear.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        self._clear.setToolTip(self.tr("Clear the date"))
        self._clear.setAccessibleName(self.tr("Clear the date"))
        self._clear.setAutoRaise(True)
        self._clear.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._edit)
        layout.addWidget(self._month)
        layout.addWidget(self._clear)
        self.setFocusProxy(self._edit)
        self._value: PartialDate | None = None
        self._digits = 0  # digits typed since the last separator
        self._apply_format()
        self._edit.installEventFilter(self)
        self._edit.editingFinished.connect(self._commit)
        self._edit.calendarWidget().clicked.connect(lambda _date: self._commit())
        self._edit.calendarWidget().activated.connect(lambda _date: self._commit())
        self._month.toggled.connect(self._on_month_toggled)
        self._clear.clicked.connect(self._on_clear_clicked)

    def value(self) -> PartialDate | None:
        return self._value

    def setValue(self, value: PartialDate | None) -> None:  # noqa: N802 (Qt naming)
        """Show ``value`` without emitting ``committed``."""
        self._value = value
        self._show(value)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self._edit.setAccessibleName(name)
        self._month.setAccessibleName(self.tr("%1: month only").replace("%1", name))

    def dateEdit(self) -> QDateEdit:  # noqa: N802
        return self._edit

    def monthOnlyBox(self) -> QCheckBox:  # noqa: N802
        return self._month

    def clearButton(self) -> QToolButton:  # noqa: N802
        return self._clear

    def _show(self, value: PartialDate | None) -> None:
        widgets = (self._edit, self._month)
        blocked = [w.blockSignals(True) for w in widgets]
        self._month.setChecked(bool(value and value.month_only))
        self._edit.setDate(QDate(value.year, value.month, value.day or 1) if value else _EMPTY)
        for widget, was in zip(widgets, blocked):
            widget.blockSignals(was)
        self._apply_format()

    def _apply_format(self) -> None:
        short = self.locale().dateFormat(self.locale().FormatType.ShortFormat)
        numeric = "dd.MM.yyyy" if "." in short else "dd/MM/yyyy"
        self._edit.setDisplayFormat("MM.yyyy" if self._month.isChecked() and "." in numeric
                                    else "MM/yyyy" if self._month.isChecked() else numeric)

    def _read(self) -> PartialDate | None:
        date = self._edit.date()
        if date == _EMPTY:
            return None
        return PartialDate(date.year(), date.month(), None if self._month.isChecked() else date.day())

    def _commit(self) -> None:
        value = self._read()
        if value != self._value:
            self._value = value
            self.committed.emit(value)
            self.editingFinished.emit()

    def _on_month_toggled(self, _checked: bool) -> None:
        self._apply_format()
        self._commit()

    def _on_clear_clicked(self) -> None:
        self._show(None)
        self._commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._edit and event.type() == QEvent.Type.FocusIn:
            self._digits = 0
            # Tell whoever watches this widget (a field binding) that its field has the focus.
            QApplication.sendEvent(self, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.OtherFocusReason))
        # Delete or Backspace over the whole text empties the date, as in any text field.
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else 0
            line = self._edit.lineEdit()
            whole = line.selectedText() == line.text() or self._edit.date() == _EMPTY
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and whole:
                self._on_clear_clicked()
                return True
            if self._edit.date() == _EMPTY and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._edit.setDate(QDate.currentDate())  # start stepping from today, not 1900
                return True
            if event.text() in (".", "/", "-"):
                # Qt moves on by itself after two digits; the separator typed next must not
                # move on a second time (17.11.2025 would land the 11 in the year).
                digits, self._digits = self._digits, 0
                if digits >= 2:
                    return True
            elif event.text().isdigit():
                self._digits += 1
            if self._edit.date() == _EMPTY and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                # Typing into an empty date starts from today, with the first field to overwrite.
                self._edit.setDate(QDate.currentDate())
                first = QDateEdit.Section.MonthSection if self._month.isChecked() else QDateEdit.Section.DaySection
                self._edit.setSelectedSection(first)
        return super().eventFilter(watched, event)


class DateRangeEdit(QWidget):
    """From and to, each a PartialDateEdit; ``committed(start, end)`` once per edit.

    Side by side where there is room, else the end goes below the start.
    """

    committed = Signal(object, object)
    """The user changed the start or the end: (PartialDate | None, PartialDate | None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.startEdit = PartialDateEdit(self)
        self.endEdit = PartialDateEdit(self)
        self.startEdit.setAccessibleName(self.tr("Start date"))
        self.endEdit.setAccessibleName(self.tr("End date"))
        self._to = QLabel(self.tr("to"), self)
        self._to.setBuddy(self.endEdit)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._stacked: bool | None = None
        self._arrange(stacked=False)
        self.setFocusProxy(self.startEdit)
        self.setTabOrder(self.startEdit, self.endEdit)
        self.startEdit.committed.connect(lambda _value: self._on_part_committed())
        self.endEdit.committed.connect(lambda _value: self._on_part_committed())

    def _arrange(self, stacked: bool) -> None:
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for widget in (self.startEdit, self._to, self.endEdit):
            self._grid.removeWidget(widget)
        for column in range(4):
            self._grid.setColumnStretch(column, 0)
        if stacked:
            self._grid.addWidget(self.startEdit, 0, 1)
            self._grid.addWidget(self._to, 1, 0, Qt.AlignmentFlag.AlignRight)
            self._grid.addWidget(self.endEdit, 1, 1)
            self._grid.setColumnStretch(2, 1)
        else:
            self._grid.addWidget(self.startEdit, 0, 1)
            self._grid.addWidget(self._to, 0, 2)
            self._grid.addWidget(self.endEdit, 0, 3)
            self._grid.setColumnStretch(4, 1)
        rows = 2 if stacked else 1
        self.setMinimumHeight(self.startEdit.sizeHint().height() * rows + self._grid.verticalSpacing() * (rows - 1))
        self.updateGeometry()

    def _side_by_side_width(self) -> int:
        spacing = self._grid.horizontalSpacing() * 2
        return self.startEdit.sizeHint().width() + self._to.sizeHint().width() + self.endEdit.sizeHint().width() + spacing

    def isStacked(self) -> bool:  # noqa: N802
        return bool(self._stacked)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        width = self._to.sizeHint().width() + self._grid.horizontalSpacing() + self.startEdit.sizeHint().width()
        return QSize(width, self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = 2 if self._stacked else 1
        height = self.startEdit.sizeHint().height() * rows + self._grid.verticalSpacing() * (rows - 1)
        return QSize(self._side_by_side_width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(stacked=event.size().width() < self._side_by_side_width())

    def start(self) -> PartialDate | None:
        return self.startEdit.value()

    def end(self) -> PartialDate | None:
        return self.endEdit.value()

    def setRange(self, start: PartialDate | None, end: PartialDate | None) -> None:  # noqa: N802
        """Show both dates without emitting ``committed``."""
        self.startEdit.setValue(start)
        self.endEdit.setValue(end)

    def _on_part_committed(self) -> None:
        self.committed.emit(self.start(), self.end())
