"""Pre-fill: empty fields only, unconfirmed, rows matched, one undo step; confirming."""

from briefing.editing.paths import get_provenance, set_value
from briefing.editing.prefill import PREFILL_LABEL, confirm, confirm_all, prefill, prefill_session, unconfirmed
from briefing.editing.session import EditingSession
from briefing.extract import Extraction, Suggestion
from briefing.model import Note, Participant, Provenance, Source, Span
from briefing.model.partial_date import PartialDate

TEXT = "MINSK, 18. November (BelTA) – Industrieminister Andrej Kusnezow besucht vom 17. bis 20. November China."


def span(word: str) -> tuple[Span, ...]:
    start = TEXT.index(word)
    return (Span(source_id="source", start=start, end=start + len(word)),)


def extraction() -> Extraction:
    s = Suggestion
    return Extraction(
        language="de", published=None, agency="BelTA", place="Minsk",
        suggestions=(
            s("visit.host_country", "CN", span("China"), "visit.trigger", 0.8),
            s("visit.start", PartialDate(2025, 11, 17), span("17."), "date.range", 0.75),
            s("visit.occasion", "Besuch", span("besucht"), "visit.occasion.cue", 0.4),
            s("participants[0].name", "Andrej Kusnezow", span("Andrej Kusnezow"), "person.title_name", 0.8),
            s("participants[0].function", "Industrieminister", span("Industrieminister"), "person.function", 0.75),
            s("participants[1].name", "Wang Wentao", span("China"), "person.name", 0.7),
            s("chronology[0].date", PartialDate(2023, 3, 1), span("17."), "chronology.dated_past", 0.7),
            s("chronology[0].text", "Kommission gebildet", span("November"), "chronology.sentence", 0.7),
        ),
    )


def note_with_source() -> Note:
    return set_value(Note.blank(), "sources", (Source(id="s1", text=TEXT),))


def test_prefill_fills_empty_fields_unconfirmed_with_evidence_of_the_source():
    note = prefill(note_with_source(), extraction(), "s1")
    assert note.visit.host_country == "CN" and note.visit.start == PartialDate(2025, 11, 17)
    assert note.visit.occasion == ""  # below the threshold: offered, not filled
    provenance = get_provenance(note, "visit.host_country")
    assert provenance.confirmed is False and provenance.rule == "visit.trigger" and provenance.confidence == 0.8
    assert provenance.spans == (Span(source_id="s1", start=TEXT.index("China"), end=TEXT.index("China") + 5),)
    assert [p.name for p in note.participants] == ["Andrej Kusnezow", "Wang Wentao"]
    assert note.participants[0].function == "Industrieminister"
    assert note.chronology[0].date == PartialDate(2023, 3, 1)
    source = note.sources[0]
    assert (source.agency, source.place, source.language) == ("BelTA", "Minsk", "de")


def test_prefill_never_overwrites_typed_or_confirmed_values():
    note = note_with_source()
    note = set_value(note, "visit.host_country", "RU")  # typed by the officer
    note = set_value(note, "visit.start", None)
    confirmed_empty = Provenance(spans=span("17."), confirmed=True)
    note = set_value(note, "visit.evidence", {"start": confirmed_empty})  # cleared on purpose
    typed = Participant(name="A. Kusnezow", function="Minister")
    note = set_value(note, "participants", (typed,))
    note = set_value(note, "sources[0].agency", "Reuters")
    filled = prefill(note, extraction(), "s1")
    assert filled.visit.host_country == "RU"
    assert filled.visit.start is None
    assert [p.name for p in filled.participants] == ["A. Kusnezow", "Wang Wentao"]  # matched by surname
    assert filled.participants[0].function == "Minister"
    assert filled.sources[0].agency == "Reuters"
    again = prefill(filled, extraction(), "s1")
    assert again == filled  # nothing added twice


def test_prefill_is_one_undo_step():
    session = EditingSession(note_with_source())
    assert prefill_session(session, extraction(), "s1")
    assert session.undo_label == PREFILL_LABEL and session.note.participants
    session.undo()
    assert session.note == note_with_source()


def test_confirm_one_and_all():
    note = prefill(note_with_source(), extraction(), "s1")
    paths = [path for path, _ in unconfirmed(note)]
    assert "visit.host_country" in paths and "participants[0].name" in paths
    one = confirm(note, "visit.host_country")
    assert get_provenance(one, "visit.host_country").confirmed
    assert not get_provenance(one, "visit.start").confirmed
    assert list(unconfirmed(confirm_all(note))) == []


def test_editing_a_suggested_value_by_hand_confirms_it():
    session = EditingSession(prefill(note_with_source(), extraction(), "s1"))
    session.set("participants[0].function", "Minister für Industrie")
    provenance = get_provenance(session.note, "participants[0].function")
    assert provenance.confirmed and provenance.spans


def test_the_sample_prefills_visit_people_and_documents(sample_source_path):
    from briefing.extract import extract
    from briefing.sources.loader import load_source

    source = load_source(sample_source_path)
    note = set_value(Note.blank(), "sources", (source,))
    filled = prefill(note, extract(source.text, source_id=source.id), source.id)
    assert (filled.visit.guest_country, filled.visit.host_country) == ("BY", "CN")
    assert filled.participants[0].name == "Andrej Kusnezow"
    assert filled.documents and filled.sources[0].agency == "BelTA"
    assert all(not p.confirmed for _, p in unconfirmed(filled))
