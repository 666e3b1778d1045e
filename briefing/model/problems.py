"""Checks of a note's content, with messages a desk officer understands."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from briefing.model.countries import is_country_code
from briefing.model.note import Note
from briefing.model.sections import default_headings

MAX_PAGES = 2.0


class Severity(StrEnum):
    """An error stops export and validation; a warning is shown but lets the note go."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a note, and the field (a path like ``visit.end``) it concerns."""

    severity: Severity
    path: str
    message: str
    code: str = ""  # names the kind of problem, so a user interface can word it in its language
    args: tuple[str, ...] = ()  # the message's variable parts, in order

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def find_problems(note: Note, *, length: bool = False) -> list[Problem]:
    """Every problem of ``note``, errors first, in the order of the note.

    With ``length`` the estimated page count is checked too (the editor's problems list
    does; validation and export leave a long note alone).
    """
    found: list[Problem] = []

    def error(path: str, message: str, code: str = "", *args: object) -> None:
        found.append(Problem(Severity.ERROR, path, message, code, tuple(str(a) for a in args)))

    def warning(path: str, message: str, code: str = "", *args: object) -> None:
        found.append(Problem(Severity.WARNING, path, message, code, tuple(str(a) for a in args)))

    meta = note.meta
    if not meta.title.strip():
        warning("meta.title", "the note has no title", "no_title")
    if not meta.classification.strip():
        warning("meta.classification", "the classification marking is missing", "no_classification")

    visit = note.visit
    for field in ("guest_country", "host_country"):
        code = getattr(visit, field)
        if code and not is_country_code(code, meta.language):
            error(f"visit.{field}", f"'{code}' is not a known country code (ISO 3166-1, e.g. DE, BY, CN)",
                  "unknown_country", code)
    if visit.guest_country and visit.guest_country == visit.host_country:
        warning("visit.host_country", "guest and host are the same country", "same_country")
    if visit.start and visit.end and visit.end.last_day() < visit.start.first_day():
        error("visit.end", f"the visit ends ({visit.end}) before it starts ({visit.start})",
              "end_before_start", visit.end, visit.start)

    for index, person in enumerate(note.participants):
        path = f"participants[{index}]"
        if not person.name.strip():
            error(f"{path}.name", f"participant {index + 1} has no name", "participant_unnamed", index + 1)
        if person.country and not is_country_code(person.country, meta.language):
            error(f"{path}.country", f"'{person.country}' is not a known country code",
                  "unknown_country", person.country)

    for index, document in enumerate(note.documents):
        path = f"documents[{index}]"
        label = document.title.strip() or f"document {index + 1}"
        if not document.title.strip():
            error(f"{path}.title", f"expected document {index + 1} has no title", "document_untitled", index + 1)
        if document.kind is None:
            warning(f"{path}.kind", f"'{label}' has no kind (agreement, memorandum, ...)", "document_no_kind", label)

    for index, entry in enumerate(note.chronology):
        path = f"chronology[{index}]"
        if entry.date is None:
            warning(f"{path}.date", f"background entry {index + 1} has no date", "entry_no_date", index + 1)
        if not entry.text.strip():
            error(f"{path}.text", f"background entry {index + 1} has no text", "entry_no_text", index + 1)

    source_lengths = {source.id: len(source.text) for source in note.sources}
    for path, provenance in note.evidence_items():
        for span in provenance.spans:
            source_length = source_lengths.get(span.source_id)
            if source_length is None:
                error(path, f"evidence points to a source '{span.source_id}' the note does not hold",
                      "evidence_unknown_source", span.source_id)
            elif span.end > source_length:
                error(path, f"evidence ({span.start}-{span.end}) lies outside its source text",
                      "evidence_outside", span.start, span.end)

    other = default_headings("en" if meta.language == "de" else "de")
    mine = default_headings(meta.language)
    for index, section in enumerate(note.sections):
        if section.heading in other.values() and section.heading not in mine.values():
            warning(f"sections[{index}].heading", f"the heading '{section.heading}' is in the other language",
                    "heading_other_language", section.heading)

    if meta.deadline and meta.date and meta.deadline < meta.date:
        warning("meta.deadline", "the deadline lies before the note's date", "deadline_before_date")

    if length:
        from briefing.model.page_estimate import estimate_pages  # the note's reading loads only here

        pages = estimate_pages(note)
        if pages > MAX_PAGES:
            warning("sections", f"the note will fill about {pages:.1f} pages; a brief should keep to two",
                    "too_long", f"{pages:.1f}")

    found.sort(key=lambda problem: problem.severity != Severity.ERROR)
    return found


def errors(note: Note) -> list[Problem]:
    """Only the problems that stop validation and export."""
    return [problem for problem in find_problems(note) if problem.severity == Severity.ERROR]

