"""New notes from templates, and switching a note between templates without losing anything."""

import pytest
from hypothesis import given, settings, strategies as st

from briefing.model.note import Meta, Note, Purpose
from briefing.model.sections import Section, SectionKind, STRUCTURED_KINDS
from briefing.templates.apply import new_note, switch_template
from briefing.templates.folders import builtin_templates_folder
from briefing.templates.template import load_template
from tests import strategies
from tests.templates.conftest import make_template

BUILTIN = {path.stem: load_template(path) for path in sorted(builtin_templates_folder().glob("*.json"))}
KINDS = ("incoming-visit", "outgoing-visit", "speaking-note", "commission-meeting")


@pytest.mark.parametrize("stem", sorted(BUILTIN))
def test_new_note_from_each_builtin_template(stem):
    template = BUILTIN[stem]
    note = new_note(template)
    assert [s.key for s in note.sections] == [s.key for s in template.sections]
    assert [s.heading for s in note.sections] == [s.heading for s in template.sections]
    assert [s.text for s in note.sections] == [s.text for s in template.sections]
    assert note.meta.language == template.language and note.meta.template == template.name
    assert note.meta.classification == template.defaults.classification
    assert note.meta.purpose == Purpose.MEETING_BRIEF
    assert not note.participants and not note.sources and note.visit.start is None


def test_new_note_takes_every_metadata_default():
    template = make_template(defaults={"classification": "VS-NfD", "unit": "Referat 205", "author": "K. Vogel",
                                       "phone": "2051", "addressee": "Herrn StS", "routing": "über AL 2",
                                       "purpose": "decision"})
    meta = new_note(template).meta
    assert (meta.classification, meta.unit, meta.author, meta.phone, meta.addressee, meta.routing) == (
        "VS-NfD", "Referat 205", "K. Vogel", "2051", "Herrn StS", "über AL 2")
    assert meta.purpose == Purpose.DECISION


def _filled(note: Note, sample: Note) -> Note:
    """``note`` with the sample's content poured in (texts of shared keys, all data)."""
    texts = {section.key: section.text for section in sample.sections if not section.structured}
    sections = tuple(
        section.model_copy(update={"text": texts[section.key]}) if section.key in texts and not section.structured
        else section
        for section in note.sections
    )
    meta = note.meta.model_copy(update={"title": sample.meta.title, "unit": sample.meta.unit, "date": sample.meta.date})
    return sample.model_copy(update={"sections": sections, "meta": meta})


@pytest.mark.parametrize("kind", KINDS)
def test_round_trip_german_english_german_gives_the_same_note(kind, sample_note):
    german, english = BUILTIN[f"{kind}-de"], BUILTIN[f"{kind}-en"]
    note = _filled(new_note(german), sample_note)
    in_english = switch_template(note, english, current=german)
    assert in_english.meta.language == "en" and in_english.meta.template == english.name
    assert in_english.meta.classification == "OFFICIAL-SENSITIVE"
    assert [s.heading for s in in_english.sections][: len(english.sections)] == [s.heading for s in english.sections]
    assert in_english.participants == note.participants and in_english.visit == note.visit
    back = switch_template(in_english, german, current=english)
    assert back == note


def test_switching_keeps_what_the_officer_wrote_and_renamed(sample_note):
    german, english = BUILTIN["incoming-visit-de"], BUILTIN["incoming-visit-en"]
    note = new_note(german)
    note = note.with_section_text("talking_points", "Eigener Sprechpunkt")
    renamed = tuple(s.model_copy(update={"heading": "Mein Titel"}) if s.key == "summary" else s for s in note.sections)
    note = note.model_copy(update={"sections": renamed})
    switched = switch_template(note, english, current=german)
    assert switched.section("talking_points").text == "Eigener Sprechpunkt"
    assert switched.section("talking_points").heading == "Talking points"
    assert switched.section("summary").heading == "Mein Titel"
    # boilerplate left as it was follows the new language
    assert switched.section("recommendation").text == "To note and to use in the meeting."


def test_switching_to_a_template_with_other_sections_loses_nothing(sample_note):
    speaking = BUILTIN["speaking-note-de"]
    switched = switch_template(sample_note, speaking)
    keys = [s.key for s in switched.sections]
    # every section of the target, and the sample's other sections after the ones they followed
    assert keys == ["summary", "visit", "state_of_play", "objectives", "programme", "talking_points",
                    "reactive_lines", "press_line", "participants", "documents", "chronology", "assessment",
                    "recommendation", "sources"]
    assert switched.section("talking_points").heading == "Aktive Gesprächsführung"
    for section in sample_note.sections:
        if section.text.strip():
            assert switched.section(section.key).text == section.text
    assert switched.participants == sample_note.participants
    assert switched.meta.template == "Sprechzettel"


def test_empty_sections_the_target_lacks_are_left_out():
    note = Note(sections=(Section(key="empty", heading="Leer"), Section(key="summary", heading="S", text="x"),
                          Section(key="programme", kind=SectionKind.PROGRAMME, heading="Programm")))
    switched = switch_template(note, make_template())
    assert [s.key for s in switched.sections] == ["summary", "participants", "talking_points"]


def test_a_section_of_another_kind_keeps_its_own_kind():
    note = Note(sections=(Section(key="participants", kind=SectionKind.TEXT, heading="Teilnehmer", text="Liste"),))
    switched = switch_template(note, make_template())
    assert switched.section("participants").kind == SectionKind.TEXT
    assert switched.section("participants").text == "Liste"


def test_text_and_bullets_are_interchangeable():
    note = Note(sections=(Section(key="talking_points", kind=SectionKind.TEXT, heading="T", text="a\nb"),))
    switched = switch_template(note, make_template())
    assert switched.section("talking_points").kind == SectionKind.BULLETS
    assert switched.section("talking_points").text == "a\nb"


def test_without_the_current_template_empty_metadata_takes_the_defaults():
    note = Note(meta=Meta(classification="", unit="Referat 1"))
    switched = switch_template(note, make_template(defaults={"classification": "GEHEIM", "unit": "Referat 2"}))
    assert switched.meta.classification == "GEHEIM" and switched.meta.unit == "Referat 1"


def _texts(note: Note) -> list[str]:
    return sorted(s.text for s in note.sections if s.kind not in STRUCTURED_KINDS and s.text.strip())


@settings(max_examples=60, deadline=None)
@given(note=strategies.notes, stem=st.sampled_from(sorted(BUILTIN)))
def test_switching_any_note_loses_no_text_and_no_data(note, stem):
    switched = switch_template(note, BUILTIN[stem])
    kept = _texts(switched)
    for text in _texts(note):
        assert text in kept
    for field in ("visit", "participants", "documents", "chronology", "sources", "decisions"):
        assert getattr(switched, field) == getattr(note, field)
    assert Note.model_validate(switched.model_dump(mode="json")) == switched


@settings(max_examples=40, deadline=None)
@given(data=strategies.notes, kind=st.sampled_from(KINDS),
       texts=st.lists(strategies.text, min_size=20, max_size=20))
def test_round_trip_holds_for_any_content(data, kind, texts):
    german, english = BUILTIN[f"{kind}-de"], BUILTIN[f"{kind}-en"]
    note = new_note(german)
    sections = tuple(
        section if section.structured else section.model_copy(update={"text": texts[index]})
        for index, section in enumerate(note.sections)
    )
    note = data.model_copy(update={"sections": sections, "meta": note.meta})
    assert switch_template(switch_template(note, english, current=german), german, current=english) == note


def test_switch_note_looks_up_the_current_template_in_the_library(tmp_path):
    from briefing.templates.apply import switch_note
    from briefing.templates.library import TemplateLibrary

    library = TemplateLibrary(user_folder=tmp_path / "user")
    german = library.resolve("Sprechzettel")
    note = new_note(german.template).with_section_text("state_of_play", "Lage")
    english = switch_note(note, "Speaking note", library=library)
    assert english.section("talking_points").text == "Welcome; thank you for the opportunity to meet."
    assert english.section("state_of_play").text == "Lage"
    assert switch_note(english, german, library=library) == note
