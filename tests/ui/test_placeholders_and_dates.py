"""English placeholders with neutral examples; a new note is dated today; templates offered in the note's language."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from briefing.editing.preferences import Preferences, with_defaults
from briefing.model.note import Note
from briefing.ui.templates.template_controller import install_templates

GERMAN = re.compile(r"Herrn|über|Referat|Staatssekretär|\d{1,2}\.\d{1,2}\.\d{4}")


def test_the_forms_show_no_german_examples(window):
    seen = []
    for widget in window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit):
        text = widget.placeholderText()
        if text:
            seen.append(text)
            assert not GERMAN.search(text), text
    assert "e.g. the State Secretary" in seen and "YYYY-MM-DD" in seen


def test_a_new_blank_note_is_dated_today():
    note = with_defaults(Note.blank("en"), Preferences())
    assert note.meta.date == dt.date.today() and note.meta.as_of == dt.date.today()
    dated = Note.blank().model_copy(update={"meta": Note.blank().meta.model_copy(update={"date": dt.date(2025, 1, 2)})})
    assert with_defaults(dated, Preferences()).meta.date == dt.date(2025, 1, 2)


def test_new_in_the_window_is_dated_today(window, qtbot):
    install_templates(window, lambda: Preferences())
    from briefing.ui.window_panels import install_panels

    install_panels(window, Preferences())
    window.session.reset(window.session.note, window.session.path)
    assert window.files.new_note()
    assert window.session.note.meta.date == dt.date.today()


def test_the_template_picker_offers_a_template_in_the_note_language(window, qtbot):
    controller = install_templates(window, lambda: Preferences())
    english = Note.blank("en")
    name = controller._in_note_language(english)
    assert name is not None and controller.watch.library.find(name).language == "en"
    german_template = next(e for e in controller.watch.library.entries() if e.ok and e.path.name.endswith("-de.json"))
    note = english.model_copy(update={"meta": english.meta.model_copy(update={"template": german_template.name})})
    chosen = controller.watch.library.find(controller._in_note_language(note, switching=True))
    assert chosen.language == "en" and chosen.path.name == german_template.path.name.replace("-de.json", "-en.json")
