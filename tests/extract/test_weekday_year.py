"""A weekday settles the year of a date written without one."""

import datetime as dt
import re

import pytest

from briefing.extract import PREFILL_THRESHOLD, extract
from briefing.extract.vocab import vocabulary
from briefing.extract.weekday_year import candidate_years, dated_weekdays, first_weekday, weekday_years


@pytest.mark.parametrize("text, language, expected", [
    ("The ministers met in Nairobi on Tuesday, March 3, and signed a protocol.", "en", [(1, 3, 3)]),
    ("Die Minister trafen sich am Dienstag, 3. März, in Nairobi.", "de", [(1, 3, 3)]),
    ("Министры встретились во вторник, 3 марта, в Найроби.", "ru", [(1, 3, 3)]),
    ("The ministers met on Tuesday in Nairobi; the forum opens on March 3.", "en", []),
])
def test_a_weekday_written_with_its_date(text, language, expected):
    assert [pair[:3] for pair in dated_weekdays(text, language)] == expected


def test_only_years_where_the_day_is_that_weekday_fit():
    assert weekday_years([(1, 3, 3)], range(2024, 2028)) == [2026]  # 3 March 2026 is a Tuesday
    assert weekday_years([(4, 3, 3)], range(2024, 2028)) == []
    assert candidate_years([2019, 2025]) == range(2024, 2028)
    assert len(candidate_years([])) == 10


@pytest.mark.parametrize("text, language", [
    ("NAIROBI, March 3 (Reuters) - Kenya and Ethiopia signed a protocol on border trade, the ministry "
     "said on Tuesday. The two countries set up a joint commission in June 2025.", "en"),
    ("NAIROBI, 3. März (dpa) - Kenia und Äthiopien haben ein Protokoll über den Grenzhandel unterzeichnet, "
     "teilte das Ministerium am Dienstag mit. Eine gemeinsame Kommission gibt es seit Juni 2025.", "de"),
    ("НАЙРОБИ, 3 марта. /ТАСС/. Кения и Эфиопия подписали протокол о приграничной торговле, сообщили во "
     "вторник в министерстве. Совместная комиссия была создана в июне 2025 года.", "ru"),
])
def test_the_dateline_takes_the_year_in_which_the_reported_weekday_fits(text, language):
    result = extract(text)
    assert result.published == dt.date(2026, 3, 3)
    (suggestion,) = result.for_field("sources[0].published")
    assert suggestion.confidence >= PREFILL_THRESHOLD


@pytest.mark.parametrize("text, expected", [
    ("NAIROBI, March 3 (Reuters) - The ministry said on Tuesday that talks went well.", 1),
    ("NAIROBI, March 3 (Reuters) - The ministers will sign a protocol on Friday, the ministry said.", None),
    ("NAIROBI, March 3 (Reuters) - The minister arrived on Sunday for talks.", None),
    ("NAIROBI, March 3 (Reuters) - The ministry said last Tuesday that talks went well.", None),
])
def test_only_a_weekday_the_news_was_given_on_dates_the_dateline(text, expected):
    vocab = vocabulary("en")
    said = re.compile(r"\b(?:" + "|".join(vocab.raw["report_verbs"]) + r")\b", re.IGNORECASE)
    assert first_weekday(text, "en", 0, vocab.future, said) == expected


def test_a_dated_weekday_without_any_year_prefills_only_when_one_year_fits():
    ahead = "The ministers met in Nairobi on Tuesday, March 3, and signed a protocol. They met first in May 2025."
    (start,) = extract(ahead).for_field("visit.start")
    assert start.value.isoformat() == "2026-03-03" and start.confidence >= PREFILL_THRESHOLD
    bare = "The ministers of Kenya and Ethiopia met in Nairobi on Tuesday, March 3, and signed a protocol."
    for suggestion in extract(bare).for_field("visit.start"):
        assert suggestion.confidence < PREFILL_THRESHOLD  # 2015, 2020 and 2026 all fit
