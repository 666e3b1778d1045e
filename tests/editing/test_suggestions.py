"""The suggestions left after pre-fill: accept, reject, accept all; each recorded in decisions."""

import datetime as dt

from briefing.editing.paths import get_provenance, set_value
from briefing.editing.prefill import prefill
from briefing.editing.session import EditingSession
from briefing.editing.suggestions import accept, accept_all, accept_offer, reject_offer, remaining, value_text
from briefing.model import Decision
from briefing.model.partial_date import PartialDate
from tests.editing.test_prefill import TEXT, extraction, note_with_source

AT = dt.datetime(2025, 11, 18, 9, 30, tzinfo=dt.timezone.utc)


def test_remaining_holds_what_prefill_left_out():
    note = prefill(note_with_source(), extraction(), "s1")
    offers = remaining(note, {"s1": extraction()})
    assert [(o.path, o.text) for o in offers] == [("visit.occasion", "Besuch")]
    typed = set_value(note, "visit.host_country", "RU")
    assert ("visit.host_country", "CN") in [(o.path, o.text) for o in remaining(typed, {"s1": extraction()})]


def test_accept_sets_value_and_confirmed_evidence_and_records_it():
    session = EditingSession(prefill(note_with_source(), extraction(), "s1"))
    offer = remaining(session.note, {"s1": extraction()})[0]
    assert accept_offer(session, offer)
    note = session.note
    assert note.visit.occasion == "Besuch"
    provenance = get_provenance(note, "visit.occasion")
    assert provenance.confirmed and provenance.spans[0].start == TEXT.index("besucht")
    record = note.decisions[-1]
    assert (record.field, record.value, record.rule, record.decision) == (
        "visit.occasion", "Besuch", "visit.occasion.cue", Decision.ACCEPTED)
    assert remaining(note, {"s1": extraction()}) == []
    session.undo()  # value and record go together
    assert session.note.visit.occasion == "" and session.note.decisions == ()


def test_reject_is_recorded_and_the_offer_goes_away():
    session = EditingSession(prefill(note_with_source(), extraction(), "s1"))
    offer = remaining(session.note, {"s1": extraction()})[0]
    assert reject_offer(session, offer)
    assert session.note.decisions[-1].decision == Decision.REJECTED
    assert session.note.visit.occasion == ""
    assert remaining(session.note, {"s1": extraction()}) == []


def test_accept_all_above_a_threshold_adds_rows_and_keeps_typed_values():
    note = set_value(note_with_source(), "visit.host_country", "RU")
    offers = remaining(note, {"s1": extraction()})
    new_people = [o for o in offers if o.new_row and o.path.startswith("participants")]
    assert [o.text for o in new_people] == ["Andrej Kusnezow", "Wang Wentao"]
    done = accept_all(note, offers, 0.75, at=AT)
    assert done.visit.start == PartialDate(2025, 11, 17) and done.visit.host_country == "CN"
    assert [p.name for p in done.participants] == ["Andrej Kusnezow"]  # Wang Wentao is 0.7
    assert done.participants[0].function == "Industrieminister"
    assert not get_provenance(done, "participants[0].function").confirmed  # came along, not accepted
    assert get_provenance(done, "participants[0].name").confirmed
    assert done.visit.occasion == ""
    assert {d.field for d in done.decisions} == {"visit.host_country", "visit.start", "participants[0].name"}
    assert all(d.at == AT for d in done.decisions)


def test_value_text():
    assert value_text(("Peking", "Minsk")) == "Peking, Minsk"
    assert value_text(PartialDate(2025, 11)) == "2025-11"
    assert value_text(Decision.ACCEPTED) == "accepted"
    assert accept  # the pure function is what the panel's accept calls


def test_the_complete_sample_note_is_not_offered_what_it_already_holds(sample_note):
    from briefing.editing.suggestions import remaining
    from briefing.extract import extract

    extractions = {s.id: extract(s.text, published=s.published, source_id=s.id) for s in sample_note.sources}
    offers = remaining(sample_note, extractions)
    paths = [offer.path for offer in offers]
    assert not any(path.startswith("chronology") for path in paths)
    assert "visit.occasion" not in paths and "visit.purpose" not in paths
    assert "participants[0].function" not in paths and "documents[0].parties" not in paths
    assert len(offers) <= 3


def test_a_value_written_differently_is_not_offered_again():
    from briefing.editing.suggestions import _holds

    assert _holds("Erste Sitzung  der Kommission.", "erste sitzung der Kommission")
    assert _holds(("Republik Belarus", "Volksrepublik China"), "Belarus, China")
    assert not _holds("", "Minsk") and not _holds("Minsk", "Peking")
