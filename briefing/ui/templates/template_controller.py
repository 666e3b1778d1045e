"""The template commands of one window: new from template or earlier note, save as, switch, manage."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMenu, QMessageBox

from briefing.editing.preferences import Preferences
from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.templates import (
    Origin, TemplateEntry, new_note, note_from_earlier, save_note_as_template, switch_note,
)
from briefing.templates.language import counterpart
from briefing.ui.templates.earlier_note_dialog import EarlierNoteDialog
from briefing.ui.templates.entry_words import from_words
from briefing.ui.templates.library_watch import POLL_MS, LibraryWatch, shared_folder_setting
from briefing.ui.templates.manage_templates_dialog import ManageTemplatesDialog
from briefing.ui.templates.save_template_dialog import SaveTemplateDialog
from briefing.ui.templates.template_picker import pick_template
from briefing.ui.window_actions import window_action

if TYPE_CHECKING:
    from briefing.ui.main_window import MainWindow

_LANGUAGE_STEMS = (("-de", "-en"), ("-en", "-de"), ("_de", "_en"), ("_en", "_de"))


class TemplateController(QObject):
    """Menu actions, the status-bar note of the note's template, and the exporter that uses it."""

    messageRaised = Signal(str)

    def __init__(
        self,
        window: "MainWindow",
        preferences: Callable[[], Preferences],
        *,
        user_folder: Path | None = None,
        builtin_folder: Path | None = None,
        runner=None,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.watch = LibraryWatch(
            shared_folder_setting(preferences().templates_folder), user_folder=user_folder,
            builtin_folder=builtin_folder, runner=runner, interval_ms=interval_ms, parent=self,
        )
        self.new_action = self._action("new_from_template", self.tr("New from &template…"),
                                       self.tr("Start a new note from one of your unit's standard notes"),
                                       self.new_from_template, "Ctrl+Shift+N")
        self.earlier_action = self._action("new_from_earlier", self.tr("New from &earlier note…"),
                                           self.tr("Start a new note where an earlier note left off"),
                                           self.new_from_earlier)
        self.save_action = self._action("save_as_template", self.tr("&Save as template…"),
                                        self.tr("Keep this note's outline, texts and defaults as a template"),
                                        self.save_as_template)
        self.switch_action = self._action("switch_template", self.tr("S&witch template…"),
                                          self.tr("Lay the note out by another template, e.g. in English"),
                                          self.switch_template)
        self.manage_action = self._action("manage_templates", self.tr("&Manage templates…"),
                                          self.tr("Rename, duplicate, delete, import and export templates; "
                                                  "set their letterheads"),
                                          self.manage_templates)
        self._install_menu()
        self.status = QLabel(window)
        self.status.setObjectName("templateStatus")
        window.statusBar().insertPermanentWidget(0, self.status)
        window.bridge.noteChanged.connect(lambda *_: self.update_status())
        self.watch.changed.connect(self.update_status)
        self.messageRaised.connect(window.show_message)
        window.session.template_library = lambda: self.watch.library  # a language change finds the counterpart
        self.update_status()

    def _action(self, name: str, text: str, tip: str, slot: Callable[[], object], keys: str | None = None) -> QAction:
        return window_action(self.window, name, text, tip, slot, keys)

    def _install_menu(self) -> None:
        """New from … after New; a Templates submenu after Save as."""
        menu = self.window.file_menu
        menu.insertActions(self.window.actions_by_name["open"], [self.new_action, self.earlier_action])
        items = menu.actions()
        after = items.index(self.window.actions_by_name["save_as"]) + 1
        self.menu = QMenu(self.tr("Te&mplates"), self.window)
        self.menu.setObjectName("templatesMenu")
        self.menu.addActions([self.save_action, self.switch_action])
        self.menu.addSeparator()
        self.menu.addAction(self.manage_action)
        menu.insertMenu(items[after] if after < len(items) else None, self.menu)

    # -- preferences and export
    def apply_preferences(self, preferences: Preferences) -> None:
        """Use the shared folder the officer just set (no restart needed)."""
        self.watch.set_shared_folder(shared_folder_setting(preferences.templates_folder))

    def export_note(self, note: Note, target: Path) -> Path:
        """The exporter for the Export actions: the note's template and its letterhead (any thread)."""
        from briefing.ui.export_actions import export_note

        return export_note(note, target, library=self.watch.fresh_library())

    # -- the status bar
    def update_status(self) -> None:
        """Say which template the note uses and where it comes from."""
        name = self.window.session.note.meta.template.strip()
        library = self.watch.peek()
        if not name:
            text, tip = self.tr("No template"), self.tr("This note was not made from a template.")
        elif library is None:
            text, tip = self.tr("Template: %1").replace("%1", name), ""
        else:
            found = library.find(name)
            broken = next((e for e in library.entries() if not e.ok and e.name.casefold() == name.casefold()), None)
            if found is not None:
                text = self.tr("Template: %1 (%2)").replace("%1", found.name).replace("%2", from_words(found))
                tip = str(found.path)
            elif broken is not None:
                text = self.tr("Template: %1 (cannot be used)").replace("%1", name)
                tip = broken.problem
            else:
                text = self.tr("Template: %1 (not found)").replace("%1", name)
                tip = self.tr("No template of this name is in your own, the shared or the built-in "
                              "templates; the note exports without a letterhead.")
        self.status.setText(text)
        self.status.setToolTip(tip)

    # -- the commands
    def new_from_template(self, entry: TemplateEntry | None = None) -> bool:
        """A new note from a template the officer picks; a broken one is refused with the reason."""
        if entry is None:
            entry = pick_template(self.watch, self.window, select=self._in_note_language(self.window.session.note))
            if entry is None:
                return False
        try:
            template = entry.require()
        except BriefingError as exc:
            QMessageBox.warning(self.window, self.tr("New note from template"), str(exc))
            return False
        if not self.window.files.maybe_save():
            return False
        self.window.session.reset(self.window.files.new_note_defaults(new_note(template)))
        self.messageRaised.emit(self.tr("New note from the template “%1”").replace("%1", entry.name))
        return True

    def new_from_earlier(self, path: str | Path | None = None) -> bool:
        """Read an earlier note (off the GUI thread), then ask which participants come again."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("New note from earlier note"), self.window.files._folder(),
                self.tr("Briefing notes (*.briefing.json *.json *.docx);;All files (*)"))
            if not path:
                return False
        target = Path(path)
        self.window.runner.run(
            self.tr("Reading %1 …").replace("%1", target.name),
            lambda: read_earlier_note(target),
            lambda earlier: self._continue_from_earlier(target, earlier),
            lambda error: QMessageBox.warning(self.window, self.tr("New note from earlier note"), str(error)),
        )
        return True

    def _continue_from_earlier(self, target: Path, earlier: Note) -> bool:
        dialog = EarlierNoteDialog(earlier, target.name, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        if not self.window.files.maybe_save():
            return False
        self.window.session.reset(note_from_earlier(earlier, participants=chosen), None, dirty=True)
        self.messageRaised.emit(self.tr("New note from %1; Save as gives it a file.").replace("%1", target.name))
        return True

    def save_as_template(self) -> bool:
        """Ask what to keep and save the note as one of the officer's own templates."""
        note, library = self.window.session.note, self.watch.library
        current = library.for_note(note)
        letterhead = current.letterhead_path if current is not None else None
        dialog = SaveTemplateDialog(note, library.entries(), letterhead, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            name, description, keep = dialog.template_name(), dialog.description_text(), dialog.keep_options()
        finally:
            dialog.deleteLater()
        mine = next((e for e in library.all_entries() if e.origin == Origin.USER and e.template is not None
                     and e.name.casefold() == name.casefold()), None)
        if mine is not None:
            answer = QMessageBox.question(
                self.window, self.tr("Save as template"),
                self.tr("You already have a template named “%1”. Replace it?").replace("%1", mine.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            save_note_as_template(note, name=name, description=description, keep=keep, letterhead=letterhead,
                                  folder=library.user_folder, replace=mine is not None)
        except BriefingError as exc:
            QMessageBox.critical(self.window, self.tr("Save as template"), str(exc))
            return False
        self.watch.poll(force=True)
        self.messageRaised.emit(self.tr("Saved the template “%1” in your own templates.").replace("%1", name))
        return True

    def switch_template(self, entry: TemplateEntry | None = None) -> bool:
        """Lay the note out by another template, as one step that Undo takes back."""
        note, library = self.window.session.note, self.watch.library
        if entry is None:
            entry = pick_template(
                self.watch, self.window, title=self.tr("Switch template"), accept_text=self.tr("&Switch"),
                select=self._in_note_language(note, switching=True) or self._counterpart(note),
                current=note.meta.template or None)
            if entry is None:
                return False
        try:
            switched = switch_note(note, entry, library=library)
        except BriefingError as exc:
            QMessageBox.warning(self.window, self.tr("Switch template"), str(exc))
            return False
        label = self.tr("Switch to template “%1”").replace("%1", entry.name)
        if not self.window.session.apply(label, switched):
            self.messageRaised.emit(self.tr("The note already follows “%1”.").replace("%1", entry.name))
            return False
        self.messageRaised.emit(self.tr("The note follows the template “%1” now; Undo switches back.")
                                .replace("%1", entry.name))
        return True

    def manage_templates(self) -> None:
        dialog = ManageTemplatesDialog(self.watch, self.window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _in_note_language(self, note: Note, switching: bool = False) -> str | None:
        """A template in the note's language to offer first: its own, its counterpart, else the first."""
        library, language = self.watch.library, note.meta.language
        current = library.for_note(note)
        if current is not None and current.language == language and not switching:
            return current.name
        found = counterpart(note, language, library)
        if found is not None and current is not None and found.name == current.name:
            found = None
        if found is None:
            found = next((e for e in library.entries() if e.ok and e.language == language
                          and (current is None or e.name != current.name)), None)
        return found.name if found is not None else None

    def _counterpart(self, note: Note) -> str | None:
        """The same template in the other language (``…-de.json`` ↔ ``…-en.json``), to offer first."""
        library = self.watch.library
        current = library.for_note(note)
        if current is None:
            return None
        stem = current.path.name.removesuffix(".json")
        for mine, other in _LANGUAGE_STEMS:
            if stem.endswith(mine):
                wanted = stem[: -len(mine)] + other
                found = next((e for e in library.entries() if e.ok and e.path.name == wanted + ".json"), None)
                if found is not None:
                    return found.name
        return None


def read_earlier_note(path: Path) -> Note:
    """A note file or a Word note made by Briefing; anything else is refused."""
    from briefing.editing.opening import open_document

    opened = open_document(path)
    if opened.kind == "source":
        raise BriefingError("not a Briefing note (choose a .briefing.json file or a Word note exported by "
                            "Briefing)", path)
    return opened.note


def install_templates(window: "MainWindow", preferences: Callable[[], Preferences], **options) -> TemplateController:
    """Add the template commands to ``window``; ``preferences`` gives the current preferences."""
    controller = TemplateController(window, preferences, **options)
    window.templates = controller
    return controller
