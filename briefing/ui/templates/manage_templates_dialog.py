"""Managing templates: rename, duplicate, delete, letterhead, import and export of a template file."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from briefing.errors import BriefingError
from briefing.templates import (
    Origin, TemplateEntry, delete_template, duplicate_template, export_template, import_template, read_entry,
    remove_letterhead, rename_template, set_letterhead,
)
from briefing.ui.templates.entry_words import details_html, details_label, is_folder_problem, origin_words
from briefing.ui.templates.library_watch import LibraryWatch
from briefing.ui.templates.template_list import TemplateList


class ManageTemplatesDialog(QDialog):
    """The template list with the commands beside it; only the officer's own can be changed."""

    def __init__(self, watch: LibraryWatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manageTemplatesDialog")
        self.setWindowTitle(self.tr("Manage templates"))
        self._watch = watch
        self._select: str | None = None
        self.list = TemplateList(self)
        self.details = details_label(self)
        self.rename_button = self._button(self.tr("&Rename…"), self.rename)
        self.duplicate_button = self._button(self.tr("D&uplicate…"), self.duplicate)
        self.delete_button = self._button(self.tr("&Delete"), self.delete)
        self.letterhead_button = self._button(self.tr("Set &letterhead…"), self.set_letterhead)
        self.remove_letterhead_button = self._button(self.tr("Re&move letterhead"), self.remove_letterhead)
        self.import_button = self._button(self.tr("&Import…"), self.import_file)
        self.export_button = self._button(self.tr("E&xport…"), self.export_file)
        side = QVBoxLayout()
        for button in (self.rename_button, self.duplicate_button, self.delete_button):
            side.addWidget(button)
        side.addSpacing(12)
        side.addWidget(self.letterhead_button)
        side.addWidget(self.remove_letterhead_button)
        side.addSpacing(12)
        side.addWidget(self.import_button)
        side.addWidget(self.export_button)
        side.addStretch(1)
        folder = QLabel(self.tr("Your own templates are kept in %1").replace("%1", str(watch.library.user_folder)),
                        self)
        folder.setObjectName("userFolder")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.details)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(folder)
        layout.addWidget(buttons)
        self.list.entryChanged.connect(self._update_buttons)
        watch.changed.connect(self.reload)
        self.finished.connect(lambda _result: watch.changed.disconnect(self.reload))
        self.reload()
        self.resize(900, 480)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        return button

    def reload(self) -> None:
        select, self._select = self._select, None
        self.list.set_entries(self._watch.library.entries(), select)

    def _changed(self, select: str | None = None) -> None:
        """Read the folders again now (the officer expects to see the change at once)."""
        self._select = select
        self._watch.poll(force=True)

    # -- what may be done with the selected template
    def _update_buttons(self, entry: TemplateEntry | None) -> None:
        own = entry is not None and entry.origin == Origin.USER and entry.template is not None
        why = ""
        if entry is not None and is_folder_problem(entry):
            why = entry.problem
        elif entry is not None and entry.origin != Origin.USER:
            why = self.tr("This is a %1 template; only your own can be changed. Duplicate it to make it "
                          "your own.").replace("%1", origin_words(entry.origin))
        elif entry is not None and entry.template is None:
            why = entry.problem
        for button in (self.rename_button, self.letterhead_button):
            button.setEnabled(own)
            button.setToolTip(why)
        self.delete_button.setEnabled(entry is not None and entry.origin == Origin.USER
                                      and not is_folder_problem(entry))
        self.delete_button.setToolTip(why if entry is not None and entry.origin != Origin.USER else "")
        has_letterhead = own and entry.template.letterhead is not None
        self.remove_letterhead_button.setEnabled(has_letterhead)
        no_letterhead = "" if has_letterhead else self.tr("This template has no letterhead.")
        self.remove_letterhead_button.setToolTip(why or no_letterhead)
        usable = entry is not None and entry.ok
        self.duplicate_button.setEnabled(usable)
        self.export_button.setEnabled(usable)
        for button in (self.duplicate_button, self.export_button):
            button.setToolTip("" if usable or entry is None else entry.problem)
        text = details_html(entry) if entry is not None else ""
        if entry is not None and entry.origin != Origin.USER and not is_folder_problem(entry):
            text += f"<br><i>{escape(why)}</i>"
        self.details.setText(text)

    # -- the commands
    def rename(self) -> bool:
        entry = self.list.current_entry()
        if entry is None:
            return False
        name, ok = QInputDialog.getText(self, self.tr("Rename template"), self.tr("New name:"),
                                        QLineEdit.EchoMode.Normal, entry.name)
        if not ok or not name.strip() or " ".join(name.split()) == entry.name:
            return False
        return self._run(lambda: rename_template(entry, name), select=name)

    def duplicate(self) -> bool:
        entry = self.list.current_entry()
        if entry is None:
            return False
        suggested = self.tr("%1 (copy)").replace("%1", entry.name)
        name, ok = QInputDialog.getText(self, self.tr("Duplicate template"),
                                        self.tr("Name of the copy (kept in your own templates):"),
                                        QLineEdit.EchoMode.Normal, suggested)
        if not ok or not name.strip():
            return False
        return self._run(lambda: duplicate_template(entry, name, folder=self._user_folder()), select=name)

    def delete(self) -> bool:
        entry = self.list.current_entry()
        if entry is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete template"),
            self.tr("Delete the template “%1” and its letterhead copy? This cannot be undone.")
            .replace("%1", entry.name if entry.template is not None else entry.path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run(lambda: delete_template(entry))

    def set_letterhead(self) -> bool:
        entry = self.list.current_entry()
        if entry is None:
            return False
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a letterhead"), str(Path.home()),
            self.tr("Word documents and templates (*.docx *.dotx);;All files (*)"))
        if not path:
            return False
        return self._run(lambda: set_letterhead(entry, path), select=entry.name)

    def remove_letterhead(self) -> bool:
        entry = self.list.current_entry()
        if entry is None:
            return False
        return self._run(lambda: remove_letterhead(entry), select=entry.name)

    def import_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a template"), str(Path.home()),
            self.tr("Briefing templates (*.json);;All files (*)"))
        if not path:
            return False
        incoming = read_entry(path, Origin.FILE)
        if not incoming.ok:
            QMessageBox.warning(self, self.tr("Import a template"), str(BriefingError(incoming.problem, path)))
            return False
        replace = False
        mine = [e for e in self._watch.library.entries() if e.origin == Origin.USER and e.template is not None]
        if any(e.name.casefold() == incoming.name.casefold() for e in mine):
            answer = QMessageBox.question(
                self, self.tr("Import a template"),
                self.tr("You already have a template named “%1”. Replace it?").replace("%1", incoming.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            replace = True
        return self._run(lambda: import_template(path, folder=self._user_folder(), replace=replace),
                         select=incoming.name)

    def export_file(self) -> bool:
        entry = self.list.current_entry()
        if entry is None:
            return False
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a template"), str(Path.home() / entry.path.name),
            self.tr("Briefing templates (*.json)"))
        if not path:
            return False
        target = Path(path if path.lower().endswith(".json") else path + ".json")
        return self._run(lambda: export_template(entry, target), refresh=False)

    def _run(self, operation: Callable[[], object], *, select: str | None = None, refresh: bool = True) -> bool:
        try:
            operation()
        except BriefingError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return False
        if refresh:
            self._changed(" ".join(select.split()) if select else None)
        return True

    def _user_folder(self) -> Path:
        return self._watch.library.user_folder
