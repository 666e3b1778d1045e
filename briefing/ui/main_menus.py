"""The main window's menus and toolbar: standard shortcuts, tooltips, accessible names."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle, QToolBar

from briefing.ui.window_actions import window_action

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

if TYPE_CHECKING:
    from briefing.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


def build_menus(window: "MainWindow") -> None:
    """Create the actions, menus and toolbar of ``window`` (names in ``window.actions_by_name``)."""
    style = window.style()
    icon = style.standardIcon

    def action(name: str, text: str, tip: str, slot: Callable, keys=None, pixmap=None) -> QAction:
        return window_action(window, name, text, tip, slot, keys, None if pixmap is None else icon(pixmap))

    files, session, pane = window.files, window.session, window.source_pane
    pix = QStyle.StandardPixmap
    new = action("new", translate("MainWindow", "&New"),
                 translate("MainWindow", "Start a new, empty note"), files.new_note, Key.New, pix.SP_FileIcon)
    open_ = action("open", translate("MainWindow", "&Open…"),
                   translate("MainWindow", "Open a note, a Word note made by Briefing, or a source text"),
                   lambda: files.open_file(), Key.Open, pix.SP_DialogOpenButton)
    save = action("save", translate("MainWindow", "&Save"),
                  translate("MainWindow", "Save the note"), files.save, Key.Save, pix.SP_DialogSaveButton)
    save_as = action("save_as", translate("MainWindow", "Save &as…"),
                     translate("MainWindow", "Save the note under a new name"), files.save_as,
                     Key.SaveAs)
    close = action("close", translate("MainWindow", "&Close"),
                   translate("MainWindow", "Close the note"), files.new_note, Key.Close)
    quit_ = action("quit", translate("MainWindow", "&Quit"),
                   translate("MainWindow", "Quit Briefing"), window.close, Key.Quit)
    undo = action("undo", translate("MainWindow", "&Undo"),
                  translate("MainWindow", "Undo the last change"), session.undo, Key.Undo, pix.SP_ArrowBack)
    redo = action("redo", translate("MainWindow", "&Redo"),
                  translate("MainWindow", "Redo the last undone change"), session.redo, Key.Redo,
                  pix.SP_ArrowForward)
    undo.setIconText(translate("MainWindow", "Undo"))
    redo.setIconText(translate("MainWindow", "Redo"))
    find = action("find", translate("MainWindow", "&Find in source…"),
                  translate("MainWindow", "Find text in the source (Ctrl+F)"), pane.show_find,
                  Key.Find)
    load = action("load_source", translate("MainWindow", "&Load source…"),
                  translate("MainWindow", "Load a wire report from a file"),
                  lambda: files.load_source(), "Ctrl+Shift+O", pix.SP_FileDialogNewFolder)
    paste = action("paste_source", translate("MainWindow", "&Paste as new source"),
                   translate("MainWindow", "Add the text on the clipboard as a new source"),
                             pane.paste_as_new_source,
                   "Ctrl+Shift+V", pix.SP_FileDialogContentsView)
    about = action("about", translate("MainWindow", "&About Briefing"),
                   translate("MainWindow", "About Briefing"), lambda: QMessageBox.about(
        window, translate("MainWindow", "About Briefing"),
        translate("MainWindow",
                  "Briefing writes briefing notes from wire reports and exports them to Word.")))

    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([new, open_])
    window.recent_menu = QMenu(translate("MainWindow", "Open &recent"), window)
    window.recent_menu.aboutToShow.connect(lambda: _fill_recent(window))
    file_menu.addMenu(window.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([save, save_as])
    window.export_menu_anchor = file_menu.addSeparator()  # Export actions go here
    file_menu.addActions([close, quit_])
    window.file_menu = file_menu
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addAction(find)
    window.edit_menu = edit_menu
    source_menu = bar.addMenu(translate("MainWindow", "&Source"))
    source_menu.addActions([load, paste])
    window.view_menu = bar.addMenu(translate("MainWindow", "&View"))
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(about)

    toolbar = QToolBar(translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName(translate("MainWindow", "Main toolbar"))
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([new, open_, save])
    toolbar.addSeparator()
    toolbar.addActions([undo, redo])
    toolbar.addSeparator()
    toolbar.addActions([load, paste])
    window.toolbar = toolbar
    window.addToolBar(toolbar)
    window.view_menu.addAction(toolbar.toggleViewAction())
    for item in (new, open_, save, undo, redo, load, paste):
        button = toolbar.widgetForAction(item)
        if button is not None:
            button.setAccessibleName(item.text().replace("&", ""))


def _fill_recent(window: "MainWindow") -> None:
    menu = window.recent_menu
    menu.clear()
    files = window.files.recent_files()
    for number, path in enumerate(files, start=1):
        item = menu.addAction(f"&{number} {path}")
        item.triggered.connect(lambda _=False, p=path: window.files.open_file(p))
    if not files:
        menu.addAction(translate("MainWindow", "No recent files")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(translate("MainWindow",
                       "Clear the list")).triggered.connect(lambda: window.files.clear_recent())
