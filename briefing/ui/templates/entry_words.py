"""How the template dialogs name a template's origin, language and state, and the panel that shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from briefing.templates import Origin, TemplateEntry

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def origin_words(origin: Origin) -> str:
    """"built-in", "shared", "your own", "file"."""
    return {
        Origin.BUILTIN: translate("TemplateWords", "built-in"),
        Origin.SHARED: translate("TemplateWords", "shared"),
        Origin.USER: translate("TemplateWords", "your own"),
        Origin.FILE: translate("TemplateWords", "file"),
    }[origin]


def from_words(entry: TemplateEntry) -> str:
    """Where a template comes from and what it overrides: "your own – overrides built-in"."""
    text = origin_words(entry.origin)
    if entry.shadows:
        others = ", ".join(origin_words(other.origin) for other in entry.shadows)
        text = translate("TemplateWords", "%1 – overrides %2").replace("%1", text).replace("%2", others)
    return text


def language_words(code: str) -> str:
    """The language of a note template, in words."""
    return {"de": translate("TemplateWords", "German"), "en": translate("TemplateWords", "English")}.get(code, code)


def is_folder_problem(entry: TemplateEntry) -> bool:
    """True for the entry that stands for a template folder that cannot be read."""
    return entry.template is None and entry.name == str(entry.path)


def details_html(entry: TemplateEntry) -> str:
    """Description, file, what it overrides and, for a broken one, why: for the panel under a list."""
    from html import escape

    lines: list[str] = []
    if entry.ok:
        if entry.description:
            lines.append(escape(entry.description))
        lines.append(escape(translate("TemplateWords", "File: %1").replace("%1", str(entry.path))))
        letterhead = entry.letterhead_path
        if letterhead is not None:
            lines.append(escape(translate("TemplateWords", "Letterhead: %1").replace("%1", letterhead.name)))
        for other in entry.shadows:
            words = translate("TemplateWords", "Overrides the %1 template in %2")
            lines.append(escape(words.replace("%1", origin_words(other.origin)).replace("%2", str(other.path))))
    else:
        reason = translate("TemplateWords", "Cannot be used: %1").replace("%1", entry.problem)
        lines.append(f"<span style='color:#b00020'>{escape(reason)}</span>")
        lines.append(escape(translate("TemplateWords", "File: %1").replace("%1", str(entry.path))))
    return "<br>".join(lines)


def details_label(parent: QWidget) -> QLabel:
    """The panel under a template list that shows ``details_html``: wrapped, selectable, four lines high."""
    label = QLabel(parent)
    label.setObjectName("templateDetails")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * 4)
    return label
