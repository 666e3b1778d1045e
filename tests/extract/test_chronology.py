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
