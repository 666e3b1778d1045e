"""The suggestions the pre-fill left out, by field, to accept or reject one by one or in bulk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from briefing.editing.suggestions import Offer

OFFER_ROLE = Qt.ItemDataRole.UserRole + 1


class SuggestionsPanel(QWidget):
    """A tree of field -> suggested values with confidence; hover shows the evidence."""

    acceptRequested = Signal(object)
    """An Offer the officer accepted."""

    rejectRequested = Signal(object)
    """An Offer the officer rejected."""

    acceptAllRequested = Signal(float)
    """Accept every field's best suggestion at or above this confidence (0..1)."""

    offerHovered = Signal(object)
    """The Offer under the mouse or the current one (None: none), to show its evidence."""

    def __init__(self, describe: Callable[[Offer], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._offers: list[Offer] = []
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Suggestions"))
        self.tree.setHeaderLabels([self.tr("Suggestion"), self.tr("Confidence")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMouseTracking(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemEntered.connect(lambda item, _column: self.offerHovered.emit(self.offer_of(item)))
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self._accept(item))
        self.tree.viewport().installEventFilter(self)
        self.tree.installEventFilter(self)
        self.empty = QLabel(self.tr("No further suggestions: everything the source offers is in the note, "
                                    "or was rejected."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setToolTip(self.tr("Use the selected suggestion for its field (Enter or double click)"))
        self.accept_button.clicked.connect(lambda: self._accept(self.tree.currentItem()))
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.reject_button.setToolTip(self.tr("Drop the selected suggestion (Del); the note records it"))
        self.reject_button.clicked.connect(lambda: self._reject(self.tree.currentItem()))
        self.threshold = QSpinBox(self)
        self.threshold.setRange(0, 100)
        self.threshold.setSingleStep(5)
        self.threshold.setValue(50)
        self.threshold.setSuffix(" %")
        self.threshold.setAccessibleName(self.tr("Confidence for accept all"))
        self.threshold.setToolTip(self.tr("Accept all accepts each field's best suggestion with at least "
                                          "this confidence"))
        self.accept_all_button = QPushButton(self.tr("Accept all from"), self)
        self.accept_all_button.setToolTip(self.threshold.toolTip())
        self.accept_all_button.clicked.connect(
            lambda: self.acceptAllRequested.emit(self.threshold.value() / 100))
        # Two rows: in one, the German words made the dock too wide for a 1280-pixel screen.
        buttons = QHBoxLayout()
        for widget in (self.accept_button, self.reject_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        accept_all = QHBoxLayout()
        accept_all.addStretch(1)
        accept_all.addWidget(self.accept_all_button)
        accept_all.addWidget(self.threshold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        layout.addLayout(accept_all)
        self.show_offers([])

    def offers(self) -> list[Offer]:
        return list(self._offers)

    def show_offers(self, offers: list[Offer]) -> None:
        """List ``offers`` grouped by field, best first; the current field stays current."""
        current = self.offer_of(self.tree.currentItem())
        current_key = (current.path, current.text) if current else None
        self._offers = list(offers)
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        chosen = None
        for offer in sorted(offers, key=lambda o: (o.path, -o.confidence)):
            words = self._describe(offer)
            group = groups.get(words)
            if group is None:
                group = QTreeWidgetItem(self.tree, [words, ""])
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[words] = group
            item = QTreeWidgetItem(group, [offer.text, f"{round(offer.confidence * 100)} %"])
            item.setData(1, Qt.ItemDataRole.TextAlignmentRole, int(Qt.AlignmentFlag.AlignRight))
            item.setToolTip(0, f"{offer.text}\n{self.tr('Rule: %1').replace('%1', offer.suggestion.rule)}")
            item.setData(0, OFFER_ROLE, offer)
            if (offer.path, offer.text) == current_key:
                chosen = item
        self.tree.expandAll()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        self.tree.setVisible(bool(offers))
        self.empty.setVisible(not offers)
        self._update_buttons()

    def offer_of(self, item: QTreeWidgetItem | None) -> Offer | None:
        if item is None:
            return None
        offer = item.data(0, OFFER_ROLE)
        return offer if isinstance(offer, Offer) else None

    def item_for(self, offer: Offer) -> QTreeWidgetItem | None:
        """The tree item showing ``offer`` (tests, keyboard)."""
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for child in range(group.childCount()):
                if self.offer_of(group.child(child)) == offer:
                    return group.child(child)
        return None

    def _accept(self, item: QTreeWidgetItem | None) -> None:
        offer = self.offer_of(item)
        if offer is not None:
            self.acceptRequested.emit(offer)

    def _reject(self, item: QTreeWidgetItem | None) -> None:
        offer = self.offer_of(item)
        if offer is not None:
            self.rejectRequested.emit(offer)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        self._update_buttons()
        self.offerHovered.emit(self.offer_of(current))

    def _update_buttons(self) -> None:
        chosen = self.offer_of(self.tree.currentItem()) is not None
        self.accept_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)
        self.accept_all_button.setEnabled(bool(self._offers))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Leave:
            self.offerHovered.emit(self.offer_of(self.tree.currentItem()))
        elif watched is self.tree and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._accept(self.tree.currentItem())
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._reject(self.tree.currentItem())
                return True
        return super().eventFilter(watched, event)
