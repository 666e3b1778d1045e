"""The note's problems in the interface language, worded from each problem's code and arguments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from briefing.model.problems import Problem

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _templates() -> dict[str, str]:
    return {
        "no_title": translate("ProblemsPanel", "The note has no title"),
        "no_classification": translate("ProblemsPanel", "The classification marking is missing"),
        "unknown_country": translate(
            "ProblemsPanel", "“%1” is not a known country code (ISO 3166-1, e.g. DE, BY, CN)"),
        "same_country": translate("ProblemsPanel", "Guest and host are the same country"),
        "end_before_start": translate("ProblemsPanel", "The visit ends (%1) before it starts (%2)"),
        "participant_unnamed": translate("ProblemsPanel", "Participant %1 has no name"),
        "document_untitled": translate("ProblemsPanel", "Expected document %1 has no title"),
        "document_no_kind": translate("ProblemsPanel", "“%1” has no kind (agreement, memorandum, …)"),
        "entry_no_date": translate("ProblemsPanel", "Background entry %1 has no date"),
        "entry_no_text": translate("ProblemsPanel", "Background entry %1 has no text"),
        "evidence_unknown_source": translate(
            "ProblemsPanel", "Evidence points to a source “%1” the note does not hold"),
        "evidence_outside": translate("ProblemsPanel", "Evidence (%1–%2) lies outside its source text"),
        "deadline_before_date": translate("ProblemsPanel", "The deadline lies before the note’s date"),
        "too_long": translate("ProblemsPanel", "The note will fill about %1 pages; a brief should keep to two"),
        "heading_other_language": translate("ProblemsPanel", "The heading “%1” is in the other language"),
    }


def problem_words(problem: Problem, locale: QLocale | None = None) -> str:
    """The problem in the interface language (the model's English words when its code is unknown)."""
    locale = locale or QLocale()
    template = _templates().get(problem.code)
    if template is None:
        return problem.message[:1].upper() + problem.message[1:]
    args = list(problem.args)
    if problem.code == "too_long" and args:
        args[0] = locale.toString(float(args[0]), "f", 1)
    if problem.code == "end_before_start":
        args = [_date(arg, locale) for arg in args]
    for number, value in enumerate(args, start=1):
        template = template.replace(f"%{number}", value)
    return template


def _date(iso: str, locale: QLocale) -> str:
    parts = iso.split("-")
    return ".".join(reversed(parts)) if locale.language() == QLocale.Language.German else iso
