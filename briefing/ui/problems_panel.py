"""The list of the note's problems; a click asks the window to go to the field concerned."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from briefing.model.note import Note
from briefing.model.problems import Problem, Severity, find_problems

DEBOUNCE_MS = 150
_PATH_ROLE = Qt.ItemDataRole.UserRole


class ProblemsPanel(QWidget):
    """Errors and warnings of the current note, errors first, each with its icon."""

    problemActivated = Signal(str)
    """The user chose a problem: the path of its field ("visit.end", "participants[1].name")."""

    problemsChanged = Signal(int, int)
    """The list was refreshed: number of errors, number of warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Problems"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        style = self.style()
        self._icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        self._note: Note | None = None
        self._problems: list[Problem] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._last_choice: tuple[str, float] = ("", 0.0)
        self.list.itemActivated.connect(self._on_item_chosen)
        self.list.itemClicked.connect(self._on_item_chosen)

    def showNote(self, note: Note, *_ignored: object) -> None:  # noqa: N802 (Qt naming)
        """Schedule a re-check of ``note``."""
        self._note = note
        if self._problems is None:
            self.flush()
        else:
            self._timer.start()

    def flush(self) -> None:
        """Check the note now and list what is found."""
        self._timer.stop()
        if self._note is None:
            return
        problems = find_problems(self._note, length=True)
        if problems == self._problems:
            return
        self._problems = problems
        self.list.clear()
        for problem in problems:
            item = QListWidgetItem(self._icons[problem.severity], self.describe(problem))
            item.setData(_PATH_ROLE, problem.path)
            kind = self.tr("Error") if problem.severity == Severity.ERROR else self.tr("Warning")
            item.setToolTip(f"{kind}: {problem.path}")
            self.list.addItem(item)
        if not problems:
            item = QListWidgetItem(self.tr("No problems found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        count = sum(p.severity == Severity.ERROR for p in problems)
        self.problemsChanged.emit(count, len(problems) - count)

    def describe(self, problem: Problem) -> str:
        """The problem in the interface language (the model's English words when unknown)."""
        templates = {
            "no_title": self.tr("The note has no title"),
            "no_classification": self.tr("The classification marking is missing"),
            "unknown_country": self.tr("“%1” is not a known country code (ISO 3166-1, e.g. DE, BY, CN)"),
            "same_country": self.tr("Guest and host are the same country"),
            "end_before_start": self.tr("The visit ends (%1) before it starts (%2)"),
            "participant_unnamed": self.tr("Participant %1 has no name"),
            "document_untitled": self.tr("Expected document %1 has no title"),
            "document_no_kind": self.tr("“%1” has no kind (agreement, memorandum, …)"),
            "entry_no_date": self.tr("Background entry %1 has no date"),
            "entry_no_text": self.tr("Background entry %1 has no text"),
            "evidence_unknown_source": self.tr("Evidence points to a source “%1” the note does not hold"),
            "evidence_outside": self.tr("Evidence (%1–%2) lies outside its source text"),
            "deadline_before_date": self.tr("The deadline lies before the note’s date"),
            "too_long": self.tr("The note will fill about %1 pages; a brief should keep to two"),
            "heading_other_language": self.tr("The heading “%1” is in the other language"),
        }
        template = templates.get(problem.code)
        if template is None:
            return problem.message[:1].upper() + problem.message[1:]
        args = list(problem.args)
        if problem.code == "too_long" and args:
            args[0] = self.locale().toString(float(args[0]), "f", 1)
        if problem.code == "end_before_start":
            args = [self._date(arg) for arg in args]
        for number, value in enumerate(args, start=1):
            template = template.replace(f"%{number}", value)
        return template

    def _date(self, iso: str) -> str:
        parts = iso.split("-")
        return ".".join(reversed(parts)) if self.locale().language() == self.locale().Language.German else iso

    def problems(self) -> list[Problem]:
        return list(self._problems or [])

    def _on_item_chosen(self, item: QListWidgetItem) -> None:
        # A double click is a click and an activation: go to the field once.
        path = item.data(_PATH_ROLE)
        if not path:
            return
        now = time.monotonic()
        repeat = self._last_choice[0] == path and now - self._last_choice[1] < 0.5
        self._last_choice = (path, now)
        if not repeat:
            self.problemActivated.emit(path)
