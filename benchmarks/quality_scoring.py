"""Scoring extracted records against gold: counts, matching rules and per-field scores."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from benchmarks.quality_gold import Person, Record

FUNCTION_OVERLAP = 0.5
_STEM = 5
_WORD = re.compile(r"\w+")
_FUNCTION_STOP_WORDS = {
    "der", "die", "das", "des", "den", "dem", "für", "fur", "und", "von", "the", "of", "for",
    "and", "и", "по", "при", "республики", "republik", "republic",
}


@dataclass(frozen=True)
class Counts:
    """True positives, predicted and gold item counts, with what was missed or spurious."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0
    missed: tuple = ()
    spurious: tuple = ()

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.predicted + other.predicted,
                      self.gold + other.gold, self.missed + other.missed,
                      self.spurious + other.spurious)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def fold(text: str) -> str:
    """Case-, accent- and ё-insensitive form of a name or place."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ё", "е"))
    return "".join(char for char in text if not unicodedata.combining(char)).strip()


def name_tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def is_same_person(surname: str, predicted_name: str) -> bool:
    """True when the gold surname's words occur, in order and together, in the predicted name."""
    wanted, tokens = name_tokens(surname), name_tokens(predicted_name)
    if not wanted:
        return False
    return any(tokens[i:i + len(wanted)] == wanted for i in range(len(tokens) - len(wanted) + 1))


def match_people(gold: tuple[Person, ...], predicted: tuple[Person, ...]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), each person used once, gold order first."""
    pairs, used = [], set()
    for g_index, person in enumerate(gold):
        for p_index, candidate in enumerate(predicted):
            if p_index not in used and is_same_person(person.surname, candidate.name):
                pairs.append((g_index, p_index))
                used.add(p_index)
                break
    return pairs


def _function_stems(text: str) -> set[str]:
    return {word[:_STEM] for word in _WORD.findall(text.casefold().replace("-", " "))
            if word not in _FUNCTION_STOP_WORDS}


def function_overlap(gold: str, predicted: str) -> float:
    """Dice overlap of the two functions' word stems (first five letters, stop words dropped)."""
    a, b = _function_stems(gold), _function_stems(predicted)
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def score_multiset(gold: list, predicted: list) -> Counts:
    """Items matched as multisets: each gold item can be found once."""
    g, p = Counter(gold), Counter(predicted)
    common = g & p
    return Counts(sum(common.values()), sum(p.values()), sum(g.values()),
                  tuple((g - common).elements()), tuple((p - common).elements()))


def score_participants(gold: Record, predicted: Record) -> Counts:
    """Participants found, matched by surname."""
    pairs = match_people(gold.participants, predicted.participants)
    found_gold = {g for g, _ in pairs}
    found_predicted = {p for _, p in pairs}
    return Counts(
        len(pairs), len(predicted.participants), len(gold.participants),
        tuple(p.name for i, p in enumerate(gold.participants) if i not in found_gold),
        tuple(p.name for i, p in enumerate(predicted.participants) if i not in found_predicted),
    )


def score_attribute(gold: Record, predicted: Record, attribute: str) -> Counts:
    """One participant attribute (function, country, side) over all participants.

    Gold items are gold participants with the attribute, predicted items are predicted
    participants with it; a hit is a matched pair whose values agree.
    """
    same = (lambda a, b: function_overlap(a, b) >= FUNCTION_OVERLAP) if attribute == "function" \
        else (lambda a, b: fold(a) == fold(b))
    pairs = dict(match_people(gold.participants, predicted.participants))
    hits, missed = 0, []
    hit_predicted = set()
    for g_index, person in enumerate(gold.participants):
        wanted = getattr(person, attribute)
        if not wanted:
            continue
        p_index = pairs.get(g_index)
        got = getattr(predicted.participants[p_index], attribute) if p_index is not None else ""
        if got and same(wanted, got):
            hits += 1
            hit_predicted.add(p_index)
        else:
            missed.append(f"{person.surname}: {wanted!r} (got {got!r})")
    with_value = [i for i, p in enumerate(predicted.participants) if getattr(p, attribute)]
    spurious = tuple(f"{predicted.participants[i].name}: {getattr(predicted.participants[i], attribute)!r}"
                     for i in with_value if i not in hit_predicted)
    gold_count = sum(1 for p in gold.participants if getattr(p, attribute))
    return Counts(hits, len(with_value), gold_count, tuple(missed), spurious)


def score_documents(gold: Record, predicted: Record) -> Counts:
    """Documents matched by (kind, status) as a multiset."""
    return score_multiset(list(gold.documents), list(predicted.documents))


def score_document_part(gold: Record, predicted: Record, index: int) -> Counts:
    """Document kinds (index 0) or statuses (index 1) as a multiset."""
    return score_multiset([d[index] for d in gold.documents],
                          [d[index] for d in predicted.documents])


def date_items(record: Record) -> list[tuple[str, str]]:
    """Visit start and end, and the set of chronology dates, as comparable items."""
    items = [(slot, value) for slot, value in (("start", record.start), ("end", record.end))
             if value]
    return items + [("chronology", value) for value in sorted(set(record.chronology))]


def score_dates(gold: Record, predicted: Record) -> Counts:
    return score_multiset(date_items(gold), date_items(predicted))


def score_countries(gold: Record, predicted: Record) -> Counts:
    """Guest and host country of the visit."""
    def items(record: Record) -> list[tuple[str, str]]:
        return [(slot, fold(code)) for slot, code in (("guest", record.guest),
                                                      ("host", record.host)) if code]
    return score_multiset(items(gold), items(predicted))


def _head_item(gold: Record, predicted: Record) -> list[tuple[str, str]]:
    if predicted.head and gold.head and is_same_person(gold.head, predicted.head):
        return [("head", fold(gold.head))]
    return [("head", fold(predicted.head))] if predicted.head else []


def visit_slot_scores(gold: Record, predicted: Record) -> dict[str, Counts]:
    """Each visit slot on its own: guest, host, start, end, places, head of delegation."""
    def single(slot: str, g: str | None, p: str | None) -> Counts:
        return score_multiset([(slot, fold(g))] if g else [], [(slot, fold(p))] if p else [])

    head_gold = [("head", fold(gold.head))] if gold.head else []
    return {
        "guest": single("guest", gold.guest, predicted.guest),
        "host": single("host", gold.host, predicted.host),
        "start": single("start", gold.start, predicted.start),
        "end": single("end", gold.end, predicted.end),
        "places": score_multiset([("place", fold(p)) for p in set(gold.places)],
                                 [("place", fold(p)) for p in set(predicted.places)]),
        "head": score_multiset(head_gold, _head_item(gold, predicted)),
    }


def score_source(gold: Record, predicted: Record) -> Counts:
    """The source's own data: agency, dateline place, publication date."""
    def items(record: Record) -> list[tuple[str, str]]:
        return [(slot, fold(value)) for slot, value in (
            ("agency", record.agency), ("place", record.place),
            ("published", record.published or "")) if value]
    return score_multiset(items(gold), items(predicted))


def score_record(gold: Record, predicted: Record) -> dict[str, Counts]:
    """Every scored field of one text, in table order."""
    slots = visit_slot_scores(gold, predicted)
    scores = {
        "participants (surname)": score_participants(gold, predicted),
        "participant function": score_attribute(gold, predicted, "function"),
        "participant country": score_attribute(gold, predicted, "country"),
        "participant side": score_attribute(gold, predicted, "side"),
        "documents (kind+status)": score_documents(gold, predicted),
        "document kind": score_document_part(gold, predicted, 0),
        "document status": score_document_part(gold, predicted, 1),
        "dates (exact)": score_dates(gold, predicted),
        "countries (guest, host)": score_countries(gold, predicted),
        "visit slots": sum(slots.values(), Counts()),
    }
    scores.update({f"  visit.{slot}": counts for slot, counts in slots.items()})
    scores["source (agency, place, date)"] = score_source(gold, predicted)
    return scores


def add_scores(total: dict[str, Counts], scores: dict[str, Counts]) -> dict[str, Counts]:
    """Field-wise sum (micro average over texts)."""
    return {key: total.get(key, Counts()) + value for key, value in scores.items()}


def format_table(title: str, scores: dict[str, Counts]) -> str:
    """A plain-text table of precision, recall and F1 per field."""
    lines = [title, f"{'field':<30} {'P':>5} {'R':>5} {'F1':>5} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for key, c in scores.items():
        lines.append(f"{key:<30} {c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f} "
                     f"{c.tp:5d} {c.predicted:5d} {c.gold:5d}")
    return "\n".join(lines)
