"""The main window: source on the left, the forms on the right, menus, toolbar, status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget, QLabel, QMainWindow, QProgressBar, QScrollArea, QSplitter, QTabWidget, QWidget,
)

from briefing.editing.paths import field_ref
from briefing.editing.session import EditingSession
from briefing.errors import BriefingError
from briefing.model.notefile import NOTE_SUFFIX
from briefing.ui.autosave_controller import AutosaveController
from briefing.ui.bridge import SessionBridge
from briefing.ui.file_actions import FileActions
from briefing.ui.file_drop import accept_file_drag, dropped_files
from briefing.ui.forms.base import NoteForm
from briefing.ui.forms.meta_form import MetaForm
from briefing.ui.forms.sections_form import SectionsForm
from briefing.ui.forms.visit_form import VisitForm
from briefing.ui.main_menus import build_menus
from briefing.ui.source_pane import SourcePane
from briefing.ui.step_words import field_words, step_words
from briefing.ui.tables.chronology_model import ChronologyTableModel
from briefing.ui.tables.documents_model import DocumentsTableModel
from briefing.ui.tables.participants_model import ParticipantsTableModel
from briefing.ui.tables.programme_model import ProgrammeTableModel
from briefing.ui.tables.table_editor import TableEditor
from briefing.ui.tasks import SyncTaskRunner, TaskRunner

# Fields offered under "Use for" in the source's context menu, besides the current field.
USE_FOR_FIELDS = (
    "meta.title", "visit.occasion", "visit.places", "visit.purpose", "visit.sectors",
    "sections.summary.text",
)


class MainWindow(QMainWindow):
    """One note in one window. Preview and problems panels plug in with ``add_preview``/``add_problems``."""

    def __init__(
        self,
        session: EditingSession,
        settings: QSettings,
        recovery_folder: Path,
        runner: TaskRunner | SyncTaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session, self.settings = session, settings
        self.runner = runner or TaskRunner(self)
        self.bridge = SessionBridge(session, self)
        self.current_field: str | None = None
        self.files = FileActions(self, session, settings, self.runner)
        self.autosave = AutosaveController(session, self.bridge, recovery_folder, parent=self)
        self.preview_dock: QDockWidget | None = None
        self.problems_dock: QDockWidget | None = None

        self.source_pane = SourcePane(session, self.use_for_choices, self)
        self.form_tabs = QTabWidget(self)
        self.form_tabs.setObjectName("formTabs")
        self.form_tabs.setAccessibleName(self.tr("Note form"))
        self.form_tabs.setDocumentMode(True)
        # Every tab stays in sight, whole, when a preview narrows the form (no scroll arrows).
        self.form_tabs.tabBar().setUsesScrollButtons(False)
        self.form_tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.forms: list[NoteForm] = []
        self.tables: list[TableEditor] = []
        self.meta_form = self._add_form(MetaForm(session), self.tr("&Note"))
        self.visit_form = self._add_form(VisitForm(session), self.tr("V&isit"))
        self.programme_table = self._add_table(ProgrammeTableModel(session), self.tr("Pro&gramme"))
        self.participants_table = self._add_table(ParticipantsTableModel(session), self.tr("Partici&pants"))
        self.documents_table = self._add_table(DocumentsTableModel(session), self.tr("&Documents"))
        self.chronology_table = self._add_table(ChronologyTableModel(session), self.tr("&Background"))
        self.sections_form = self._add_form(SectionsForm(session), self.tr("&Text"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.source_pane)
        self.splitter.addWidget(self.form_tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Work in progress"))
        self.progress.hide()
        self.field_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.field_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.actions_by_name: dict[str, QAction] = {}
        build_menus(self)
        self.setAcceptDrops(True)

        self.bridge.noteChanged.connect(self._on_note_changed)
        self.bridge.stateChanged.connect(self._update_state)
        self.bridge.changed.connect(self._on_change_recorded)
        self.runner.busyChanged.connect(self._on_busy_changed)
        self.files.sourceLoaded.connect(self.source_pane.add_source)
        self.files.messageRaised.connect(self.show_message)
        self.source_pane.loadRequested.connect(lambda: self.files.load_source())
        self.source_pane.fileDropped.connect(self.open_dropped)
        self.source_pane.messageRaised.connect(self.show_message)
        self.resize(1280, 800)
        self._update_state()

    # -- building
    def _add_form(self, form: NoteForm, title: str) -> NoteForm:
        form.fieldFocused.connect(self.select_field)
        form.messageRaised.connect(self.show_message)
        scroll = QScrollArea(self.form_tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        self.form_tabs.addTab(scroll, title)
        self.forms.append(form)
        return form

    def _add_table(self, model, title: str) -> TableEditor:
        editor = TableEditor(model, title.replace("&", ""), self.form_tabs)
        editor.fieldFocused.connect(self.select_field)
        model.messageRaised.connect(self.show_message)
        self.form_tabs.addTab(editor, title)
        self.tables.append(editor)
        return editor

    def add_preview(self, widget: QWidget, title: str | None = None) -> QDockWidget:
        """Put the live preview in a dock on the right (call before ``restore_window_state``)."""
        self.preview_dock = self._add_dock(widget, title or self.tr("Preview"), "previewDock",
                                           Qt.DockWidgetArea.RightDockWidgetArea)
        self.resizeDocks([self.preview_dock], [max(320, self.width() // 4)], Qt.Orientation.Horizontal)
        return self.preview_dock

    def add_problems(self, widget: QWidget, title: str | None = None) -> QDockWidget:
        """Put the problems list in a dock at the bottom; connect its click to ``focus_field``."""
        self.problems_dock = self._add_dock(widget, title or self.tr("Problems"), "problemsDock",
                                            Qt.DockWidgetArea.BottomDockWidgetArea)
        # A few lines are enough; the form and the source keep the height.
        self.resizeDocks([self.problems_dock], [110], Qt.Orientation.Vertical)
        return self.problems_dock

    def _add_dock(self, widget: QWidget, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        dock.show()  # also when the window is already on screen
        self.view_menu.addAction(dock.toggleViewAction())
        return dock

    # -- the field the officer is on
    def select_field(self, path: str) -> None:
        """The officer moved to the field at ``path``: show its evidence in the source."""
        self.current_field = path
        self.source_pane.set_selected_field(path)
        self.field_label.setText(self._field_words(path))

    def _field_words(self, path: str) -> str:
        for form in self.forms:
            if path in form.labels:
                return form.field_label(path)
        for table in self.tables:
            index = table.model.index_for(path)
            if index.isValid():
                header = table.model.columns()[index.column()].header
                item = table.model.item_label(table.model.item(index.row())) or f"{index.row() + 1}"
                item = item if len(item) <= 40 else item[:39] + "…"
                return f"{header} – {item}"
        try:
            return field_words(field_ref(self.session.note, path))
        except BriefingError:
            return path

    def use_for_choices(self) -> list[tuple[str, str]]:
        """(path, words) offered by "Use for …": the current field first."""
        paths = ([self.current_field] if self.current_field else []) + [
            path for path in USE_FOR_FIELDS if path != self.current_field
        ]
        return [(path, self._field_words(path)) for path in paths]

    def focus_field(self, path: str) -> bool:
        """Bring the widget of a field path into view and focus it (problems list, tests)."""
        for form in self.forms:
            widget = form.widget_for(path)
            if widget is not None:
                scroll = form.parentWidget().parentWidget()  # the scroll area's viewport -> scroll area
                self.form_tabs.setCurrentWidget(scroll)
                if isinstance(scroll, QScrollArea):
                    scroll.ensureWidgetVisible(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self.select_field(path)
                return True
        for table in self.tables:
            if table.model.index_for(path).isValid():
                self.form_tabs.setCurrentWidget(table)
                table.focus_path(path)
                self.select_field(path)
                return True
        return False

    # -- following the session
    def _on_note_changed(self, note, origin) -> None:
        self.source_pane.show_note(note, origin)
        for form in self.forms:
            form.show_note(note, origin)
        for table in self.tables:
            table.model.show_note(note, origin)
        if self.current_field:
            self.source_pane.set_selected_field(self.current_field)

    def _on_change_recorded(self, change) -> None:
        if change.kind in ("undo", "redo"):
            verb = self.tr("Undone: %1") if change.kind == "undo" else self.tr("Redone: %1")
            self.show_message(verb.replace("%1", step_words(change.step)))

    def _update_state(self) -> None:
        session = self.session
        name = session.path.name if session.path else self.tr("Untitled note")
        self.setWindowTitle(f"{name}[*] — Briefing")
        self.setWindowModified(session.dirty)
        undo, redo = self.actions_by_name["undo"], self.actions_by_name["redo"]
        undo.setEnabled(session.can_undo)
        redo.setEnabled(session.can_redo)
        undo_words, redo_words = step_words(session.undo_step), step_words(session.redo_step)
        undo.setText(self.tr("&Undo %1").replace("%1", undo_words) if undo_words else self.tr("&Undo"))
        redo.setText(self.tr("&Redo %1").replace("%1", redo_words) if redo_words else self.tr("&Redo"))
        undo.setToolTip(undo.text().replace("&", ""))
        redo.setToolTip(redo.text().replace("&", ""))

    def _on_busy_changed(self, busy: bool, description: str) -> None:
        self.progress.setVisible(busy)
        if busy:
            self._busy_message = description
            self.statusBar().showMessage(description)
        elif self.statusBar().currentMessage() == getattr(self, "_busy_message", None):
            self.statusBar().clearMessage()  # a message the work left behind stays

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- files dropped on the window
    def open_dropped(self, path: str) -> None:
        """A dropped note opens; any other file is loaded as a source."""
        if path.lower().endswith((NOTE_SUFFIX, ".json")):
            self.files.open_file(path)
        else:
            self.files.load_source(path)

    def dragEnterEvent(self, event) -> None:
        accept_file_drag(event)

    def dropEvent(self, event) -> None:
        for path in dropped_files(event):
            self.open_dropped(path)

    # -- window state and closing
    def restore_window_state(self) -> None:
        """Geometry, dock layout and splitter as the officer left them."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([1000, 1000])  # the source as wide as the form at first
        tab = self.settings.value("window/formTab", 0)
        self.form_tabs.setCurrentIndex(int(tab) if str(tab).isdigit() else 0)

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/formTab", self.form_tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.autosave.discard()
        self.save_window_state()
        self.runner.wait(5000)
        event.accept()

