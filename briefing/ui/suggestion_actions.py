"""Pre-fill, confirm, the suggestions panel and coverage in the main window; analysis off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QStyle

from briefing.editing.coverage import uncovered
from briefing.editing.note_language import adopt_source_language
from briefing.editing.paths import get_provenance
from briefing.editing.prefill import confirm, confirm_all, prefill, unconfirmed
from briefing.editing.suggestions import Offer, accept, accept_all, reject, remaining
from briefing.errors import BriefingError
from briefing.model.note import Note, Source
from briefing.ui.evidence_highlighter import Mark
from briefing.ui.suggestions_panel import SuggestionsPanel
from briefing.ui.window_actions import window_action

if TYPE_CHECKING:
    from briefing.extract import Extraction
    from briefing.ui.main_window import MainWindow

DEBOUNCE_MS = 800
START_DELAY_MS = 400


def analyse(text: str, published, source_id: str) -> "Extraction":
    """The extraction of one source text (runs on a worker thread)."""
    from briefing.extract import extract  # the vocabularies load here, never with the window

    return extract(text, published=published, source_id=source_id)


class SuggestionActions(QObject):
    """Everything the window does with the extractor's suggestions."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window, self.session = window, window.session
        self.extractions: dict[str, Extraction] = {}
        self._analysed: dict[str, str] = {}  # source id -> the text its extraction was made from
        self._running: dict[str, str] = {}  # source id -> the text being analysed now
        self._prefill_wanted: set[str] = set()
        self._hovered: Offer | None = None
        self._coverage_cache: tuple[Note | None, dict[str, list[tuple[int, int]]]] = (None, {})
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._on_debounced)

        self.panel = SuggestionsPanel(self._describe_offer, window)
        self.dock = QDockWidget(self.tr("Suggestions"), window)
        self.dock.setObjectName("suggestionsDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        preview = getattr(window, "preview_dock", None)
        if preview is not None:
            window.splitDockWidget(preview, self.dock, Qt.Orientation.Vertical)
        self.panel.acceptRequested.connect(self.accept)
        self.panel.rejectRequested.connect(self.reject)
        self.panel.acceptAllRequested.connect(self.accept_all)
        self.panel.offerHovered.connect(self._on_offer_hovered)
        self._build_actions()
        problems = getattr(window, "problems_dock", None)
        if problems is not None:  # a new dock re-divides the window: the problems list stays small
            QTimer.singleShot(0, self, lambda: window.resizeDocks([problems], [90], Qt.Orientation.Vertical))

        window.source_pane.mark_providers += [self._hover_marks, self._coverage_marks]
        window.source_pane.fieldClicked.connect(self.go_to_field)
        window.bridge.changed.connect(self._on_change)
        self._watch_views()
        note = self.session.note
        first = self._new_note_from_source(note)
        # Analysis starts once the window has painted: the worker's first call loads the
        # vocabularies, and the window should not wait for that.
        QTimer.singleShot(START_DELAY_MS, self, lambda: self.analyse_all(prefill=first))

    # -- actions
    def _build_actions(self) -> None:
        window, icon = self.window, self.window.style().standardIcon
        self.prefill_action = self._action(
            "prefill", self.tr("Pre-&fill from source"),
            self.tr("Fill the empty fields from the source text; you confirm each value"),
            self.prefill_current, "Ctrl+Shift+F", icon(QStyle.StandardPixmap.SP_BrowserReload))
        self.prefill_action.setIconText(self.tr("Pre-fill"))
        self.confirm_action = self._action(
            "confirm", self.tr("&Confirm suggested value"),
            self.tr("Confirm the suggested value of the current field (Ctrl+Return)"),
            self.confirm_current, "Ctrl+Return", icon(QStyle.StandardPixmap.SP_DialogApplyButton))
        self.confirm_action.setIconText(self.tr("Confirm"))
        self.confirm_all_action = self._action(
            "confirm_all", self.tr("Confirm &all suggested values"),
            self.tr("Confirm every value suggested from the source at once"), self.confirm_everything)
        self.coverage_action = self._action(
            "coverage", self.tr("Shade &unused sentences"),
            self.tr("Shade the sentences of the source that no field uses yet"), self.window.source_pane.refresh_marks,
            "Ctrl+Shift+U")
        self.coverage_action.setCheckable(True)
        source_menu = next((a.menu() for a in window.menuBar().actions()
                            if a.menu() is not None and window.actions_by_name["load_source"] in a.menu().actions()),
                           None)
        if source_menu is not None:
            source_menu.addSeparator()
            source_menu.addActions([self.prefill_action, self.confirm_action, self.confirm_all_action])
        window.edit_menu.addSeparator()
        window.edit_menu.addActions([self.confirm_action, self.confirm_all_action])
        window.view_menu.addAction(self.coverage_action)
        window.view_menu.addAction(self.dock.toggleViewAction())
        window.toolbar.addSeparator()
        window.toolbar.addActions([self.prefill_action, self.confirm_action])
        for item in (self.prefill_action, self.confirm_action):
            button = window.toolbar.widgetForAction(item)
            if button is not None:
                button.setAccessibleName(item.iconText())

    def _action(self, name, text, tip, slot, keys=None, icon=None) -> QAction:
        return window_action(self.window, name, text, tip, slot, keys, icon)

    # -- analysis off the GUI thread
    def analyse_all(self, prefill: bool = False) -> None:
        """Analyse every source whose text has no extraction yet."""
        for source in self.session.note.sources:
            self.analyse(source.id, prefill=prefill)

    def analyse(self, source_id: str, prefill: bool = False) -> bool:
        """Start the extraction of one source unless its text is analysed or being analysed."""
        source = self.session.note.source(source_id)
        if source is None:
            return False
        if prefill:
            self._prefill_wanted.add(source_id)
        if self._analysed.get(source_id) == source.text:
            self._after_analysis(source_id)
            return True
        if self._running.get(source_id) == source.text:
            return True
        self._running[source_id] = source.text
        text, published = source.text, source.published
        self.window.runner.run(
            self.tr("Analysing the source …"),
            lambda: analyse(text, published, source_id),
            lambda extraction: self._on_analysed(source_id, text, extraction),
            lambda error: self._on_failed(source_id, text, error),
        )
        return True

    def reanalyse(self, source_id: str, prefill: bool = False) -> bool:
        """Analyse a source again although its text is unchanged (its publication date changed)."""
        self._analysed.pop(source_id, None)
        self._running.pop(source_id, None)
        self.extractions.pop(source_id, None)
        return self.analyse(source_id, prefill=prefill)

    def _on_analysed(self, source_id: str, text: str, extraction: "Extraction") -> None:
        if self._running.get(source_id) == text:
            del self._running[source_id]
        source = self.session.note.source(source_id)
        if source is None or source.text != text:
            self.analyse(source_id)  # the text changed meanwhile: that one counts
            return
        self.extractions[source_id], self._analysed[source_id] = extraction, text
        self._after_analysis(source_id)

    def _on_failed(self, source_id: str, text: str, error: BaseException) -> None:
        if self._running.get(source_id) == text:
            del self._running[source_id]
        self._prefill_wanted.discard(source_id)
        self.window.show_message(self.tr("The source could not be analysed: %1").replace("%1", str(error)))

    def _after_analysis(self, source_id: str) -> None:
        if source_id in self._prefill_wanted:
            self._prefill_wanted.discard(source_id)
            self._prefill(source_id)
        self.refresh()

    # -- pre-fill and confirm
    def prefill_current(self) -> None:
        """Pre-fill from the source shown in the source pane (analysed first when needed)."""
        view = self.window.source_pane.current_view()
        if view is None:
            self.window.show_message(self.tr("Load or paste a source first."))
            return
        self.analyse(view.source_id, prefill=True)

    def _prefill(self, source_id: str) -> bool:
        extraction = self.extractions.get(source_id)
        if extraction is None:
            return False
        before = len(list(unconfirmed(self.session.note)))
        note = self.session.note
        if self._new_note_from_source(note):  # a new note speaks the source's language
            source = note.source(source_id)
            note = adopt_source_language(note, extraction.language or (source.language if source else ""),
                                         self._default_language())
        note = prefill(note, extraction, source_id)
        if not self.session.apply(self.tr("Pre-fill from source"), note, origin=self):
            self.window.show_message(self.tr("Nothing to pre-fill: the fields the source speaks of are filled. "
                                             "The suggestions panel lists the rest."))
            return False
        count = len(list(unconfirmed(self.session.note))) - before
        if self.window.form_tabs.currentIndex() == 0:  # the note's title block has nothing from the source
            self.window.form_tabs.setCurrentIndex(1)
        self.window.show_message(self.tr("Pre-filled %1 values from the source: the tinted fields await your "
                                         "confirmation (Ctrl+Return).").replace("%1", str(count)))
        return True

    def confirm_current(self) -> bool:
        """Confirm the suggested value of the field the officer is on."""
        path = self.window.current_field
        try:
            provenance = get_provenance(self.session.note, path) if path else None
        except BriefingError:
            provenance = None
        if provenance is None or provenance.confirmed:
            self.window.show_message(self.tr("This field holds no suggested value to confirm."))
            return False
        return self.session.apply(self.tr("Confirm %1").replace("%1", self.window._field_words(path)),
                                  confirm(self.session.note, path))

    def confirm_everything(self) -> bool:
        return self.session.apply(self.tr("Confirm all suggested values"), confirm_all(self.session.note))

    # -- the panel
    def refresh(self) -> None:
        """Show the suggestions not yet in the note."""
        self.panel.show_offers(remaining(self.session.note, self.extractions))
        self.dock.setWindowTitle(self.tr("Suggestions (%1)").replace("%1", str(len(self.panel.offers())))
                                 if self.panel.offers() else self.tr("Suggestions"))

    def accept(self, offer: Offer) -> bool:
        """Use a suggestion for its field, confirmed, and record the accept: one undo step."""
        return self._decide(self.tr("Accept suggestion for %1"), accept, offer)

    def reject(self, offer: Offer) -> bool:
        """Drop a suggestion and record the reject: one undo step."""
        return self._decide(self.tr("Reject suggestion for %1"), reject, offer)

    def accept_all(self, threshold: float) -> bool:
        """Accept each field's best suggestion at or above ``threshold`` (0..1): one undo step."""
        note = accept_all(self.session.note, self.panel.offers(), threshold)
        if not self.session.apply(self.tr("Accept suggestions"), note, origin=self):
            self.window.show_message(self.tr("No suggestion reaches that confidence."))
            return False
        return True

    def _decide(self, label: str, decide, offer: Offer) -> bool:
        try:
            note = decide(self.session.note, offer)
        except BriefingError as exc:
            self.window.show_message(str(exc))
            return False
        words = offer.text if offer.new_row else self._describe_offer(offer)
        return self.session.apply(label.replace("%1", words), note, origin=self)

    def _describe_offer(self, offer: Offer) -> str:
        if offer.new_row:
            words = {"participants": self.tr("New participant"), "documents": self.tr("New document"),
                     "chronology": self.tr("New background entry")}
            return words[offer.path.partition("[")[0]]
        return self.window._field_words(offer.path)

    def _on_offer_hovered(self, offer: Offer | None) -> None:
        self._hovered = offer
        pane = self.window.source_pane
        view = pane.view_for(offer.source_id) if offer else None
        if view is not None and offer.suggestion.spans:
            pane.tabs.setCurrentWidget(view)
            view.reveal(offer.suggestion.spans[0].start)
        pane.refresh_marks()

    def _hover_marks(self, source: Source) -> list[Mark]:
        offer = self._hovered
        if offer is None or offer.source_id != source.id:
            return []
        return [Mark(s.start, s.end, "", kind="hover") for s in offer.suggestion.spans if s.end <= len(source.text)]

    def _coverage_marks(self, source: Source) -> list[Mark]:
        if not self.coverage_action.isChecked():
            return []
        note = self.session.note
        cached_note, cache = self._coverage_cache
        if cached_note is not note:
            cache = {}
            self._coverage_cache = (note, cache)
        if source.id not in cache:
            cache[source.id] = uncovered(note, source.id)
        return [Mark(a, b, "", kind="uncovered") for a, b in cache[source.id]]

    def go_to_field(self, path: str) -> bool:
        """A click on evidence in the source: go to its field (or its row)."""
        panels = getattr(self.window, "panels", None)
        if panels is not None:
            return panels.go_to_field(path)
        return self.window.focus_field(path) or self.window.focus_field(path.rpartition(".")[0])

    def _default_language(self) -> str:
        preferences = getattr(getattr(self.window, "panels", None), "preferences", None)
        return getattr(preferences, "default_language", "de")

    # -- following the note
    def _new_note_from_source(self, note: Note) -> bool:
        return self.session.path is None and bool(note.sources) and note.visit == type(note.visit)() \
            and not note.participants

    def _on_change(self, change) -> None:
        if change.kind == "saved":
            return
        self._watch_views()
        note = change.note
        for source_id in list(self.extractions):
            if note.source(source_id) is None:
                del self.extractions[source_id]
                self._analysed.pop(source_id, None)
        if change.kind == "reset":
            self.analyse_all(prefill=self._new_note_from_source(note))
        elif change.kind == "edit" and change.origin is not self:
            fresh = [s.id for s in note.sources if s.id not in self._analysed and s.id not in self._running]
            empty_visit = note.visit == type(note.visit)()
            for source_id in fresh:
                self.analyse(source_id, prefill=empty_visit)
        if any(self._analysed.get(s.id, s.text) != s.text for s in note.sources):
            self.timer.start()  # a source text changed: analyse again once the typing stops
        self.refresh()

    def _watch_views(self) -> None:
        for view in self.window.source_pane.views():
            if not view.property("analysedOnEdit"):
                view.setProperty("analysedOnEdit", True)
                view.textChanged.connect(lambda v=view: self._on_view_typed(v))

    def _on_view_typed(self, view) -> None:
        if not view.isReadOnly():
            self.timer.start()

    def _on_debounced(self) -> None:
        for view in self.window.source_pane.views():
            view.commit()  # the typed text becomes the source's (spans follow), then it is analysed
        for source in self.session.note.sources:
            if self._analysed.get(source.id) != source.text:
                self.analyse(source.id)


def install_suggestions(window: "MainWindow") -> SuggestionActions:
    """Add pre-fill, confirm, the suggestions panel and coverage to ``window``."""
    actions = SuggestionActions(window)
    window.suggestions = actions
    return actions
