"""The note language: taken from a new note's source, and switched with its headings."""

from __future__ import annotations

from briefing.editing.note_language import adopt_source_language, language_for_source
from briefing.editing.paths import set_value
from briefing.editing.session import EditingSession
from briefing.model.note import Note, Source
from briefing.model.problems import find_problems
from briefing.model.sections import default_headings
from briefing.templates.apply import new_note
from briefing.templates.language import change_language
from briefing.templates.library import TemplateLibrary


def _from_source(language: str = "de") -> Note:
    return set_value(Note.blank(language), "sources", (Source(id="s1", text="Minsk, 18 November (BelTA)."),))


def test_a_new_note_takes_an_english_source_language_and_english_headings():
    note = adopt_source_language(_from_source("de"), "en")
    assert note.meta.language == "en"
    assert [s.heading for s in note.sections][0] == "Summary"


def test_a_russian_source_takes_the_default_note_language():
    assert language_for_source("ru", "en") == "en"
    assert adopt_source_language(_from_source("de"), "ru", "en").meta.language == "en"
    assert adopt_source_language(_from_source("en"), "", "de").meta.language == "de"


def test_a_note_with_content_keeps_its_language():
    note = _from_source("de").with_section_text("summary", "Schon geschrieben.")
    assert adopt_source_language(note, "en") is note


def test_changing_the_language_reheads_default_headings_and_keeps_written_ones():
    note = Note.blank("de")
    sections = list(note.sections)
    sections[1] = sections[1].model_copy(update={"heading": "Mein Überblick"})
    note = note.model_copy(update={"sections": tuple(sections)})
    session = EditingSession(note)
    assert session.set("meta.language", "en")
    headings = [s.heading for s in session.note.sections]
    assert headings[0] == "Summary" and headings[1] == "Mein Überblick"
    assert "Participants" in headings and "Teilnehmer" not in headings
    assert session.undo_label == "Change note language"
    session.undo()
    assert session.note.sections[0].heading == "Zusammenfassung"


def test_changing_the_language_switches_to_the_counterpart_template():
    library = TemplateLibrary()
    german = library.find("incoming-visit-de") or next(e for e in library.entries() if e.path.name.endswith("-de.json"))
    note = new_note(german.require())
    english = change_language(note, "en", library)
    assert english.meta.language == "en"
    assert english.meta.template != note.meta.template
    assert english.meta.template == library.for_note(english).name
    assert library.for_note(english).path.name.endswith("-en.json")


def test_a_heading_in_the_other_language_is_a_warning():
    note = Note.blank("de").model_copy(update={"meta": Note.blank("de").meta.model_copy(update={"language": "en"})})
    codes = [p.code for p in find_problems(note)]
    assert "heading_other_language" in codes
    fixed = change_language(Note.blank("de"), "en")
    assert "heading_other_language" not in [p.code for p in find_problems(fixed)]
    assert set(s.heading for s in fixed.sections) == set(default_headings("en").values())
