"""The chronology: dated past events, oldest first, without the visit's own dates."""

import datetime as dt

from briefing.extract import extract
from briefing.model import PartialDate


def test_past_events_oldest_first_and_not_the_visit():
    text = ("MOSCOW, May 28 (TASS) -- Russian Prime Minister Mikhail Korneev received Vietnamese Prime Minister "
            "Pham Van Thanh, who is on an official visit to Russia on May 28-29.\n"
            "The previous visit took place in January 2024.\n"
            "The two governments signed a trade protocol on 12 March 2019.\n")
    result = extract(text, published=dt.date(2026, 5, 28))
    note = result.to_note(__import__("briefing.model", fromlist=["Source"]).Source(id="s", text=text))
    assert [c.date for c in note.chronology] == [PartialDate(2019, 3, 12), PartialDate(2024, 1)]
    assert note.chronology[0].text.startswith("The two governments signed")
    assert note.visit.start == PartialDate(2026, 5, 28) and note.visit.end == PartialDate(2026, 5, 29)


def test_a_past_event_without_year_takes_the_year_before():
    text = ("Berlin (dpa) - Die brasilianische Außenministerin Helena Prado reist am 12. Januar nach Berlin, "
            "wie das Amt mitteilte.\nPrado war zuletzt am 7. März in Berlin.\n")
    result = extract(text, published=dt.date(2025, 12, 29))
    dates = [s.value for s in result.suggestions if s.field.endswith("].date") and s.field.startswith("chronology")]
    assert dates == [PartialDate(2025, 3, 7)]


def test_sample_background_keeps_whole_sentences_with_their_verbs(sample_source_path):
    from briefing.sources.loader import load_source

    source = load_source(sample_source_path)
    note = extract(source.text).to_note(source)
    texts = {entry.date: entry.text for entry in note.chronology}
    assert all("…" not in text for text in texts.values())
    assert texts[PartialDate(2023, 3, 1)].endswith("im Rahmen des offiziellen Besuchs von Alexander Lukaschenko "
                                                   "in China unterzeichnet wurde.")
    assert texts[PartialDate(2025, 5, 21)].endswith("Komitees für Zusammenarbeit verankert.")


def test_a_very_long_sentence_is_cut_at_clause_boundaries_keeping_the_verb():
    from briefing.extract.chronology import MAX_TEXT, event_text

    filler = ", ".join(f"die Arbeitsgruppe Nummer {i} für den Bereich Maschinenbau und Logistik" for i in range(8))
    sentence = (f"Beteiligt waren {filler}, während am 12. März 2019 in Minsk das Handelsprotokoll "
                f"unterzeichnet wurde, {filler}.")
    text = event_text(sentence, sentence.index("12. März"))
    assert "…" not in text and len(text) <= MAX_TEXT
    assert "am 12. März 2019 in Minsk das Handelsprotokoll unterzeichnet wurde" in text
    assert text.rstrip(".")[1:] in sentence  # whole clauses of the sentence, nothing cut mid-phrase
    assert sentence[sentence.index(text[1:]) + len(text) - 1] in ",."


def test_a_fronted_date_takes_its_main_clause_and_a_connector_is_dropped():
    from briefing.extract.chronology import event_text

    tail = ", ".join(f"with delegations from region {i} and observers from agency {i}" for i in range(12))
    sentence = f"In addition, on 12 March 2019, the two governments signed a trade protocol in Minsk, {tail}."
    text = event_text(sentence, sentence.index("12 March"))
    assert text.startswith("On 12 March 2019, the two governments signed a trade protocol in Minsk")
    assert event_text("In addition, the sides met in 2019.") == "The sides met in 2019."
