"""Starting from an earlier note: which of its participants come again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from briefing.model.note import Note
from briefing.templates import recurring_participants
from briefing.ui.choices import label_of, roles


class EarlierNoteDialog(QDialog):
    """Check boxes for the earlier note's participants; those who recur are ticked."""

    def __init__(self, earlier: Note, source_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("earlierNoteDialog")
        self.setWindowTitle(self.tr("New note from earlier note"))
        title = earlier.meta.title.strip() or source_name
        intro = QLabel(self.tr("The new note keeps the outline and texts, the metadata, the programme's events, "
                               "the expected documents (as planned) and the background of “%1”; it clears "
                               "the title, the dates, the sources and the evidence, and adds the earlier "
                               "visit to the background.").replace("%1", title), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("participantChoices")
        self.list.setAccessibleName(self.tr("Participants to keep"))
        recurring = set(recurring_participants(earlier))
        for index, person in enumerate(earlier.participants):
            parts = [person.name or self.tr("(no name)")]
            if person.function:
                parts.append(person.function)
            if person.role is not None:
                parts.append(label_of(roles(), person.role))
            item = QListWidgetItem(" – ".join(parts), self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if index in recurring else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, index)
        words = (self.tr("&Participants who come again (heads of delegation, co-chairs and hosts are ticked):")
                 if earlier.participants else self.tr("The earlier note has no participants."))
        label = QLabel(words, self)
        label.setWordWrap(True)
        label.setBuddy(self.list)
        everyone = QPushButton(self.tr("Tick &all"), self)
        nobody = QPushButton(self.tr("Tick &none"), self)
        everyone.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        nobody.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create note"))
        self.buttons.addButton(everyone, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(nobody, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.list.setVisible(bool(earlier.participants))
        everyone.setVisible(bool(earlier.participants))
        nobody.setVisible(bool(earlier.participants))
        self.resize(560, 420)

    def chosen(self) -> list[int]:
        """Indexes of the ticked participants."""
        return [int(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def set_checked(self, indexes: set[int]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            checked = int(item.data(Qt.ItemDataRole.UserRole)) in indexes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)
