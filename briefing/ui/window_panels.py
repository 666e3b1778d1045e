"""Plugs the preview, the problems list, Word export and the preferences into the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle

from briefing.editing.preferences import Preferences, with_defaults
from briefing.model.note import Note
from briefing.ui.export_actions import ExportActions
from briefing.ui.main_window import MainWindow
from briefing.ui.preferences_dialog import config_folder, edit_preferences
from briefing.ui.preview_pane import PreviewPane
from briefing.ui.problems_panel import ProblemsPanel
from briefing.ui.templates.template_controller import install_templates


class WindowPanels(QObject):
    """The parts this module adds to one MainWindow, kept together for tests."""

    def __init__(self, window: MainWindow, preferences: Preferences, folder: Path | None = None) -> None:
        super().__init__(window)
        self.window, self.preferences, self.folder = window, preferences, folder
        bridge, session = window.bridge, window.session

        self.preview = PreviewPane(window)
        self.preview_dock = window.add_preview(self.preview, self.tr("Preview"))
        self.problems = ProblemsPanel(window)
        self.problems_dock = window.add_problems(self.problems, self.tr("Problems"))
        self.problems.problemActivated.connect(self.go_to_field)
        self.problems.problemsChanged.connect(self._on_problems_changed)
        bridge.noteChanged.connect(self.preview.showNote)
        bridge.noteChanged.connect(self.problems.showNote)
        window.resizeDocks([self.preview_dock], [350], Qt.Orientation.Horizontal)
        # With the preview on the right, the form needs the larger share (German tab names are long).
        window.splitter.setSizes([320, 600])
        window.resizeDocks([self.problems_dock], [80], Qt.Orientation.Vertical)

        self.templates = install_templates(window, lambda: self.preferences)
        self.export = ExportActions(window, lambda: window.session.note, lambda: window.session.path,
                                    window.runner, self.templates.export_note)
        self.export.messageRaised.connect(window.show_message)
        window.file_menu.insertActions(window.export_menu_anchor, self.export.actions())
        window.file_menu.insertSeparator(window.export_menu_anchor)
        window.toolbar.addSeparator()
        window.toolbar.addAction(self.export.export_action)
        for action in self.export.actions():
            window.actions_by_name[action.objectName().removeprefix("action_")] = action
        button = window.toolbar.widgetForAction(self.export.export_action)
        if button is not None:
            button.setAccessibleName(self.export.export_action.iconText())

        self.preferences_action = QAction(self.tr("&Preferences…"), window)
        self.preferences_action.setObjectName("action_preferences")
        self.preferences_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        tip = self.tr("Your name, unit and phone, the default classification, the interface language")
        self.preferences_action.setToolTip(tip)
        self.preferences_action.setStatusTip(tip)
        self.preferences_action.triggered.connect(lambda _=False: self.edit_preferences())
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.preferences_action)
        window.actions_by_name["preferences"] = self.preferences_action

        # A new note starts with the officer's name, unit, phone and default classification.
        window.files.new_note_defaults = lambda note: with_defaults(note, self.preferences)
        note = session.note
        if session.path is None and not session.can_undo and note == Note.blank(note.meta.language):
            session.reset(with_defaults(note, self.preferences))
        self.preview.showNote(session.note)
        self.problems.showNote(session.note)

    def go_to_field(self, path: str) -> bool:
        """Focus the field of a problem; the length warning goes to the first text section."""
        if self.window.focus_field(path):
            return True
        note = self.window.session.note
        if path == "sections":
            first = next((s for s in note.sections if not s.structured), None)
            return bool(first) and self.window.focus_field(f"sections.{first.key}.text")
        owner = path.rpartition(".")[0]  # evidence of a field the forms do not show: its owner's row
        return bool(owner) and self.window.focus_field(owner)

    def edit_preferences(self) -> Preferences | None:
        """Show the preferences dialog; new notes use what the officer saved."""
        chosen = edit_preferences(self.window, self.folder or config_folder())
        if chosen is None:
            return None
        language_changed = chosen.ui_language != self.preferences.ui_language
        self.preferences = chosen
        self.templates.apply_preferences(chosen)
        if language_changed:
            self.window.show_message(self.tr("The new interface language shows after a restart."))
        else:
            self.window.show_message(self.tr("Preferences saved."))
        return chosen

    def _on_problems_changed(self, errors: int, warnings: int) -> None:
        if errors or warnings:
            title = self.tr("Problems — errors: %1, warnings: %2")
            title = title.replace("%1", str(errors)).replace("%2", str(warnings))
        else:
            title = self.tr("Problems — none")
        self.problems_dock.setWindowTitle(title)


def install_panels(window: MainWindow, preferences: Preferences | None = None,
                   folder: Path | None = None) -> WindowPanels:
    """Add preview, problems, export and preferences to ``window`` (before restoring its state)."""
    panels = WindowPanels(window, preferences or Preferences(), folder)
    window.panels = panels
    return panels
