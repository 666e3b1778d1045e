"""Saving a note as a template: what is kept, what is left out, the letterhead copied beside it."""

import pytest

from briefing.errors import BriefingError
from briefing.model.note import Note
from briefing.model.sections import Section
from briefing.templates.apply import new_note
from briefing.templates.from_note import KeepOptions, save_note_as_template, template_from_note
from briefing.templates.library import Origin, TemplateLibrary
from briefing.templates.store import slug
from briefing.templates.template import load_template
from tests.templates.word_letterhead import write_word_letterhead


def test_template_from_the_sample_keeps_structure_and_leaves_out_the_visit(sample_note):
    template = template_from_note(sample_note, name="Kommission BY-CN", description="jährlich")
    assert [s.key for s in template.sections] == [s.key for s in sample_note.sections]
    assert [s.heading for s in template.sections] == [s.heading for s in sample_note.sections]
    assert template.section("press_line").text == sample_note.section("press_line").text
    assert template.defaults.classification == "VS – NUR FÜR DEN DIENSTGEBRAUCH"
    assert template.defaults.unit == sample_note.meta.unit and template.defaults.routing == sample_note.meta.routing
    assert template.language == "de" and template.letterhead is None
    note = new_note(template)
    assert note.visit.start is None and not note.participants and not note.documents and not note.sources
    assert note.meta.title == "" and note.meta.date is None and note.meta.template == "Kommission BY-CN"
    assert note.section("talking_points").text == sample_note.section("talking_points").text


def test_keep_options_choose_texts_and_metadata(sample_note):
    keep = KeepOptions(texts=frozenset({"press_line"}), metadata=frozenset({"classification", "purpose"}))
    template = template_from_note(sample_note, name="Schlank", keep=keep)
    assert template.section("press_line").text
    assert all(not s.text for s in template.sections if s.key != "press_line")
    assert template.defaults.classification and template.defaults.unit == "" and template.defaults.author == ""


def test_save_writes_into_the_user_folder_with_the_letterhead(sample_note, tmp_path):
    letterhead = write_word_letterhead(tmp_path / "Briefkopf Referat 205.dotx")
    path = save_note_as_template(sample_note, name="Kommission BY–CN (Referat 205)", letterhead=letterhead)
    library = TemplateLibrary()
    assert path.parent == library.user_folder and path.name == "kommission-by-cn-referat-205.json"
    entry = library.resolve("Kommission BY–CN (Referat 205)")
    assert entry.ok and entry.origin == Origin.USER
    assert entry.letterhead_base() == path.parent / "kommission-by-cn-referat-205.letterhead.dotx"
    assert entry.letterhead_base().read_bytes() == letterhead.read_bytes()
    assert load_template(path).letterhead == "kommission-by-cn-referat-205.letterhead.dotx"


def test_save_without_the_letterhead(sample_note, tmp_path):
    letterhead = write_word_letterhead(tmp_path / "kopf.docx")
    path = save_note_as_template(sample_note, name="Ohne Kopf", keep=KeepOptions(letterhead=False),
                                 letterhead=letterhead, folder=tmp_path / "t")
    assert load_template(path).letterhead is None
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_a_name_in_use_is_refused_unless_replacing(sample_note, tmp_path):
    folder = tmp_path / "t"
    first = save_note_as_template(sample_note, name="Vorlage", folder=folder)
    with pytest.raises(BriefingError, match="a template named 'Vorlage' already exists"):
        save_note_as_template(sample_note, name="vorlage", folder=folder)
    again = save_note_as_template(sample_note, name="Vorlage", description="neu", folder=folder, replace=True)
    assert again == first and load_template(first).description == "neu"


def test_a_bad_letterhead_is_refused_and_nothing_is_written(sample_note, tmp_path):
    macro = write_word_letterhead(tmp_path / "kopf.docm", macros=True)
    folder = tmp_path / "t"
    with pytest.raises(BriefingError, match="macro"):
        save_note_as_template(sample_note, name="Makro", letterhead=macro, folder=folder)
    assert list(folder.iterdir()) == []


def test_notes_that_cannot_become_templates_say_why():
    with pytest.raises(BriefingError, match="no sections"):
        template_from_note(Note(sections=()), name="Leer")
    with pytest.raises(BriefingError, match="is not a section key"):
        template_from_note(Note(sections=(Section(key="Mein Abschnitt", heading="x"),)), name="x")
    with pytest.raises(BriefingError, match="name"):
        template_from_note(Note(), name="   ")


def test_slugs_are_plain_file_names():
    assert slug("Sprechzettel (Referat 205)") == "sprechzettel-referat-205"
    assert slug("Größe über Maß") == "grosse-uber-mass"
    assert slug("Визит") == "template"
    assert slug("BY–CN") == "by-cn"
