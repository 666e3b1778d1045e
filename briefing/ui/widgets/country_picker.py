"""A searchable country list: names in the UI language, the value an ISO alpha-2 code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from briefing.model.countries import country_names


class CountryPicker(QComboBox):
    """An editable combo box of countries that filters by any part of the name or the code."""

    committed = Signal(str)
    """The user chose a country (its code, "" for none); once per edit, only when it changed."""

    def __init__(self, parent: QWidget | None = None, locale: str = "en") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._code = ""
        self._locale = ""
        self.setLocale(locale)
        self.lineEdit().setPlaceholderText(self.tr("Type to search a country"))
        self.activated.connect(self._on_activated)
        self.lineEdit().editingFinished.connect(self._on_editing_finished)

    def setLocale(self, locale: str) -> None:  # noqa: N802 (Qt naming)
        """Show the country names in ``locale`` ("de", "en", ...), keeping the chosen code."""
        if locale == self._locale:
            return
        self._locale = locale
        blocked = self.blockSignals(True)
        self.clear()
        self.addItem("", "")
        for code, name in country_names(locale).items():
            self.addItem(name, code)
            self.setItemData(self.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(blocked)
        self._show(self._code)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        """Choose an item (a field binding shows values so) and remember its code."""
        super().setCurrentIndex(index)
        if index >= 0:
            self._code = self.itemData(index) or ""

    def code(self) -> str:
        """The chosen ISO 3166-1 alpha-2 code, or "" when none is chosen."""
        return self._code

    def setCode(self, code: str) -> None:  # noqa: N802
        """Show ``code`` without emitting ``committed``; unknown codes are shown as they are."""
        self._code = (code or "").strip().upper()
        self._show(self._code)

    def _show(self, code: str) -> None:
        blocked = self.blockSignals(True)
        index = self.findData(code) if code else 0
        if index >= 0:
            super().setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            super().setCurrentIndex(-1)
            self.setEditText(code)
        self.blockSignals(blocked)

    def resolve(self, text: str) -> str | None:
        """The code ``text`` names: a code, a name, or the start or part of just one name; else None."""
        wanted = text.strip().casefold()
        if not wanted:
            return ""
        names = country_names(self._locale)
        if wanted.upper() in names:
            return wanted.upper()
        exact = [code for code, name in names.items() if name.casefold() == wanted]
        if exact:
            return exact[0]
        for matches in (
            [code for code, name in names.items() if name.casefold().startswith(wanted)],
            [code for code, name in names.items() if wanted in name.casefold()],
        ):
            if len(matches) == 1:
                return matches[0]
        return None

    def _on_activated(self, index: int) -> None:
        self._commit(self.itemData(index) or "")

    def _on_editing_finished(self) -> None:
        code = self.resolve(self.currentText())
        if code is None:  # not a country: go back to what was chosen before
            self._show(self._code)
            return
        self._commit(code)

    def _commit(self, code: str) -> None:
        self._show(code)
        if code != self._code:
            self._code = code
            self.committed.emit(code)
