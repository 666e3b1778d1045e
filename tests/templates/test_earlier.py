"""A new note from an earlier note: recurring participants, chronology and boilerplate stay."""

import datetime as dt

from briefing.model.note import ChronologyEntry, DocumentStatus, Meta, Note, Role, Visit
from briefing.model.partial_date import PartialDate
from briefing.templates.earlier import earlier_visit_entry, note_from_earlier, recurring_participants


def test_next_years_commission_from_the_sample(sample_note):
    note = note_from_earlier(sample_note)
    assert note.sources == () and note.decisions == ()
    assert note.meta.title == "" and note.meta.date is None and note.meta.as_of is None and note.meta.deadline is None
    assert note.meta.classification == sample_note.meta.classification
    assert note.meta.unit == sample_note.meta.unit and note.meta.file_reference == sample_note.meta.file_reference
    assert note.visit.start is None and note.visit.end is None
    assert note.visit.guest_country == "BY" and note.visit.host_country == "CN"
    assert note.visit.sectors == sample_note.visit.sectors
    assert all(item.date is None and item.time == "" for item in note.visit.programme)
    assert [item.event for item in note.visit.programme] == [item.event for item in sample_note.visit.programme]
    assert all(doc.status == DocumentStatus.PLANNED and doc.date is None for doc in note.documents)
    assert [p.name for p in note.participants] == ["Andrej Kusnezow", "N. N."]
    dated = {"summary", "assessment", "recommendation"}
    assert [s.key for s in note.sections] == [s.key for s in sample_note.sections]
    assert all(s.text == "" for s in note.sections if s.key in dated)
    assert [s.text for s in note.sections if s.key not in dated] == [
        s.text for s in sample_note.sections if s.key not in dated]
    assert note.section("talking_points").text == sample_note.section("talking_points").text != ""
    # the chronology keeps its entries and gains the earlier visit, in date order
    texts = [entry.text for entry in note.chronology]
    assert texts[:2] == [entry.text for entry in sample_note.chronology[:2]]
    assert texts[2] == sample_note.meta.title and note.chronology[2].date == PartialDate(2025, 11, 17)
    assert texts[3] == sample_note.chronology[2].text
    # nothing points into the removed source
    assert '"spans": [{' not in note.model_dump_json()
    assert all(not p.evidence for p in note.participants) and not note.visit.evidence


def test_only_recurring_participants_or_the_chosen_ones(sample_note):
    members = sample_note.participants + (sample_note.participants[0].model_copy(update={"name": "Gast", "role": Role.MEMBER}),)
    earlier = sample_note.model_copy(update={"participants": members})
    assert recurring_participants(earlier) == [0, 1]
    assert [p.name for p in note_from_earlier(earlier).participants] == ["Andrej Kusnezow", "N. N."]
    assert [p.name for p in note_from_earlier(earlier, participants=[2]).participants] == ["Gast"]


def test_the_earlier_visit_is_named_by_occasion_when_there_is_no_title():
    earlier = Note(meta=Meta(date=dt.date(2024, 5, 2)),
                   visit=Visit(occasion="5. Sitzung der Regierungskommission", places=("Minsk",)))
    entry = earlier_visit_entry(earlier)
    assert entry == ChronologyEntry(date=PartialDate(2024, 5, 2), text="5. Sitzung der Regierungskommission (Minsk)")
    assert earlier_visit_entry(Note()) is None
    assert note_from_earlier(Note()).chronology == ()


def test_starting_twice_does_not_add_the_same_entry_twice(sample_note):
    once = note_from_earlier(sample_note)
    again = note_from_earlier(once.model_copy(update={"meta": sample_note.meta, "visit": sample_note.visit}))
    assert [entry.text for entry in again.chronology].count(sample_note.meta.title) == 1
