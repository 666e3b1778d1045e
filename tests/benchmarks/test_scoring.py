"""The quality scorer on tiny made-up records (no extractor needed)."""

from __future__ import annotations

import pytest

from benchmarks.quality_gold import Person, Record, record_from_note
from benchmarks.quality_scoring import (
    Counts, add_scores, format_table, function_overlap, is_same_person, match_people,
    score_attribute, score_countries, score_dates, score_documents, score_multiset,
    score_participants, score_record, visit_slot_scores,
)

GOLD = Record(
    agency="BelTA", place="Minsk", published="2025-11-18", guest="BY", host="CN",
    start="2025-11-17", end="2025-11-20", places=("Peking",), head="Kusnezow",
    participants=(
        Person("Andrej Kusnezow", "Kusnezow", "Industrieminister", "BY", "guest"),
        Person("Wang Lihua", "Wang", "Vizegouverneur", "CN", "host"),
    ),
    documents=(("protocol", "signed"), ("other", "to_be_signed")),
    chronology=("2023-03-01", "2025-05-21"),
)


def _predicted(**changes) -> Record:
    """The gold as an extractor would return it (no surnames), with some fields changed."""
    people = tuple(Person(p.name, "", p.function, p.country, p.side) for p in GOLD.participants)
    fields = {**GOLD.__dict__, "participants": people, "head": "Andrej Kusnezow"}
    fields.update(changes)
    return Record(**fields)


def test_counts_give_precision_recall_f1():
    counts = Counts(tp=2, predicted=4, gold=2)
    assert (counts.precision, counts.recall) == (0.5, 1.0)
    assert counts.f1 == pytest.approx(2 / 3)
    assert Counts().f1 == 1.0  # nothing expected, nothing said
    assert Counts(0, 3, 0).f1 == 0.0


def test_perfect_match_scores_one_everywhere():
    scores = score_record(GOLD, _predicted())
    assert all(counts.f1 == 1.0 for counts in scores.values()), format_table("", scores)
    assert scores["participants (surname)"] == Counts(2, 2, 2)


def test_missed_participant_lowers_recall_only():
    predicted = _predicted(participants=_predicted().participants[:1])
    counts = score_participants(GOLD, predicted)
    assert (counts.tp, counts.predicted, counts.gold) == (1, 1, 2)
    assert counts.precision == 1.0 and counts.recall == 0.5
    assert counts.missed == ("Wang Lihua",)
    function = score_attribute(GOLD, predicted, "function")
    assert (function.tp, function.predicted, function.gold) == (1, 1, 2)


def test_spurious_participant_lowers_precision_only():
    extra = Person("Alexander Lukaschenko", "", "Präsident", "BY", "guest")
    counts = score_participants(GOLD, _predicted(participants=_predicted().participants + (extra,)))
    assert (counts.tp, counts.predicted, counts.gold) == (2, 3, 2)
    assert counts.spurious == ("Alexander Lukaschenko",)


def test_surname_matching_rules():
    assert is_same_person("Wang", "Wang Lihua")  # family name first
    assert is_same_person("Al Mansoori", "Sheikh Hamdan bin Rashid Al Mansoori")
    assert is_same_person("Milovanović", "dragan milovanovic")
    assert is_same_person("Королёв", "Сергей Королев")
    assert not is_same_person("Лавров", "Сергея Лаврова")  # nominative is the extractor's job
    assert not is_same_person("Lihua", "Wang Li")
    assert not is_same_person("", "Wang Lihua")


def test_each_predicted_person_matches_once():
    gold = (Person("Li Wei", "Li"), Person("Li Qiang", "Li"))
    assert match_people(gold, (Person("Li Wei"),)) == [(0, 0)]
    assert match_people(gold, (Person("Li Wei"), Person("Li Qiang"))) == [(0, 0), (1, 1)]


def test_function_overlap_tolerates_case_endings_and_wording():
    assert function_overlap("заместитель премьер-министра", "заместителя премьер-министра") == 1.0
    assert function_overlap("Minister of Foreign Affairs", "Foreign Minister") >= 0.5
    assert function_overlap("Industrieminister", "Vizepremier") == 0.0
    assert function_overlap("", "Vizepremier") == 0.0


def test_wrong_side_is_a_miss_and_a_spurious_value():
    people = list(_predicted().participants)
    people[1] = Person(people[1].name, "", people[1].function, "CN", "guest")
    counts = score_attribute(GOLD, _predicted(participants=tuple(people)), "side")
    assert (counts.tp, counts.predicted, counts.gold) == (1, 2, 2)


def test_documents_match_as_kind_and_status_multiset():
    counts = score_documents(GOLD, _predicted(documents=(("protocol", "to_be_signed"),
                                                          ("other", "to_be_signed"),
                                                          ("other", "to_be_signed"))))
    assert (counts.tp, counts.predicted, counts.gold) == (1, 3, 2)
    assert counts.missed == (("protocol", "signed"),)


def test_dates_are_exact_and_chronology_a_set():
    predicted = _predicted(end="2025-11-19", chronology=("2023-03-01", "2023-03-01"))
    counts = score_dates(GOLD, predicted)
    assert (counts.tp, counts.predicted, counts.gold) == (2, 3, 4)
    assert set(counts.missed) == {("end", "2025-11-20"), ("chronology", "2025-05-21")}


def test_swapped_guest_and_host_score_nothing():
    counts = score_countries(GOLD, _predicted(guest="CN", host="BY"))
    assert (counts.tp, counts.predicted, counts.gold) == (0, 2, 2)


def test_visit_slots_compare_places_and_head_by_surname():
    slots = visit_slot_scores(GOLD, _predicted(places=("peking", "Minsk"), head="Kusnezow"))
    assert slots["places"] == Counts(1, 2, 1, (), (("place", "minsk"),))
    assert slots["head"].tp == 1
    assert visit_slot_scores(GOLD, _predicted(head="Wang Lihua"))["head"].tp == 0


def test_empty_prediction_scores_zero_recall():
    scores = score_record(GOLD, Record())
    assert scores["participants (surname)"] == Counts(0, 0, 2, ("Andrej Kusnezow", "Wang Lihua"))
    assert all(c.recall == 0.0 for k, c in scores.items() if c.gold)


def test_add_scores_sums_micro_average():
    total = add_scores({}, {"x": Counts(1, 2, 3)})
    total = add_scores(total, {"x": Counts(1, 1, 1)})
    assert (total["x"].tp, total["x"].predicted, total["x"].gold) == (2, 3, 4)
    assert score_multiset(["a", "a"], ["a"]) == Counts(1, 1, 2, ("a",), ())


def test_record_from_note_reads_the_sample_note(sample_note):
    record = record_from_note(sample_note, "BelTA", "Minsk", sample_note.sources[0].published)
    assert (record.guest, record.host, record.start, record.end) == (
        "BY", "CN", "2025-11-17", "2025-11-20")
    assert record.head == "Andrej Kusnezow"
    assert ("other", "to_be_signed") in record.documents
    assert record.published == "2025-11-18"
    assert "2023-03-01" in record.chronology
