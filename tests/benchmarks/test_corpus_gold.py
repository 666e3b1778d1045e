"""Every gold file of the extraction corpus follows the format and fits its text."""

from __future__ import annotations

import copy
import json

import pytest

from benchmarks.quality_gold import (
    CORPUS, LANGUAGES, SPLITS, corpus_pairs, gold_problems, load_gold, record_from_gold,
)

PAIRS = [(split, text, gold) for split in SPLITS for text, gold in corpus_pairs(split)]
VALID = {
    "language": "en", "published": "2026-01-05", "agency": "Reuters", "place": "Hanoi",
    "visit": {"guest_country": "LA", "host_country": "VN", "start": "2026-01-12",
              "end": "2026-01", "places": ["Hanoi"], "head_of_guest_delegation": "Vong"},
    "participants": [{"name": "Vong Sisavath", "surname": "Vong", "function": "President",
                      "country": "LA", "side": "guest"}],
    "documents": [{"title": "a treaty", "kind": "agreement", "status": "signed"}],
    "chronology": [{"date": "2024-03", "text": "x"}, {"date": "2025-01-02", "text": "y"}],
}


def _ids(pairs):
    return [f"{split}/{text.stem}" for split, text, _ in pairs]


def test_the_validator_accepts_a_valid_file():
    assert gold_problems(VALID) == []


@pytest.mark.parametrize("path, value, expected", [
    (("language",), "fr", "language"),
    (("published",), "18.11.2025", "published"),
    (("visit", "guest_country"), "XX", "visit.guest_country"),
    (("visit", "end"), "2026-02-30", "visit.end"),
    (("participants", 0, "side"), "visitor", "participants[0].side"),
    (("participants", 0, "country"), "", "participants[0].country"),
    (("participants", 0, "surname"), "Sisavath Vong", "participants[0].surname"),
    (("documents", 0, "kind"), "treaty", "documents[0].kind"),
    (("documents", 0, "status"), "ratified", "documents[0].status"),
    (("chronology", 0, "date"), "2026-07", "chronology"),
    (("chronology", 1, "date"), "2025", "chronology[1].date"),
])
def test_the_validator_names_each_fault(path, value, expected):
    data = copy.deepcopy(VALID)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    problems = gold_problems(data)
    assert problems and any(problem.startswith(expected) for problem in problems), problems


def test_the_validator_reports_missing_and_unknown_keys():
    data = copy.deepcopy(VALID)
    del data["agency"]
    data["visit"]["hosts"] = []
    assert any("missing ['agency']" in p for p in gold_problems(data))
    data["agency"] = ""
    assert any("unknown keys ['hosts']" in p for p in gold_problems(data))


def test_the_corpus_has_every_split_and_every_language():
    for split in SPLITS:
        languages = {load_gold(gold)["language"] for s, _, gold in PAIRS if s == split}
        assert languages == set(LANGUAGES), split
    assert len(PAIRS) >= 31
    stems = [text.stem for _, text, _ in PAIRS]
    assert len(stems) == len(set(stems)), "an id is used in two splits"
    assert not [p for p in CORPUS.glob("*/*.gold.json")
                if not p.with_name(p.name.removesuffix(".gold.json") + ".txt").exists()]


@pytest.mark.parametrize("split, text_path, gold_path", PAIRS, ids=_ids(PAIRS))
def test_gold_file_follows_the_format_and_its_text(split, text_path, gold_path):
    assert gold_path.exists(), f"{text_path.name} has no gold file"
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    assert gold_problems(data) == []
    text = text_path.read_text(encoding="utf-8")
    assert text_path.stem.startswith(data["language"] + "_")
    for document in data["documents"]:
        assert document["title"] in text, f"title not as written: {document['title']!r}"
    record = record_from_gold(data)
    if data["language"] != "ru":  # Russian names are labelled in the nominative
        for person in record.participants:
            assert person.surname in text, person.surname
    if record.head:
        assert record.head in {p.surname for p in record.participants if p.side == "guest"}
    if record.guest or record.host:
        assert record.guest != record.host


def test_the_sample_in_dev_matches_the_hand_made_note(sample_note, sample_source_path):
    text = CORPUS / "dev" / "de_00_belta_kusnezow_china.txt"
    assert text.read_bytes() == sample_source_path.read_bytes()
    gold = record_from_gold(load_gold(text.with_name(text.stem + ".gold.json")))
    visit = sample_note.visit
    assert (gold.guest, gold.host, gold.start, gold.end, gold.places) == (
        visit.guest_country, visit.host_country, str(visit.start), str(visit.end),
        tuple(visit.places))
    assert gold.published == str(sample_note.sources[0].published)
    chronology = {str(entry.date) for entry in sample_note.chronology}
    assert set(gold.chronology) <= chronology
