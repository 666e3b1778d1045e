"""House-style dates in German and English."""

import datetime as dt

import pytest

from briefing.model.date_format import format_date, format_range
from briefing.model.partial_date import PartialDate as P


@pytest.mark.parametrize(
    ("value", "language", "style", "expected"),
    [
        (P(2025, 11, 18), "de", "text", "18. November 2025"),
        (dt.date(2025, 11, 18), "de", "table", "18.11.2025"),
        (P(2025, 3, 1), "de", "table", "01.03.2025"),
        (P(2025, 11), "de", "text", "November 2025"),
        (P(2025, 3), "de", "table", "März 2025"),
        (P(2025, 11, 18), "en", "text", "18 November 2025"),
        (dt.date(2025, 11, 18), "en", "table", "18 Nov 2025"),
        (P(2026, 3, 5), "en", "table", "5 Mar 2026"),
        (P(2026, 3, 5), "en", "text", "5 March 2026"),
        (P(2026, 3, 5), "en", "block", "5 March 2026"),
        (P(2025, 11, 18), "de", "block", "18.11.2025"),
        (P(2025, 11), "en", "text", "November 2025"),
        (None, "de", "text", ""),
    ],
)
def test_single_dates(value, language, style, expected):
    assert format_date(value, language, style) == expected


@pytest.mark.parametrize(
    ("start", "end", "language", "expected"),
    [
        (P(2025, 11, 17), P(2025, 11, 20), "de", "17.–20. November 2025"),
        (P(2025, 11, 17), P(2025, 11, 20), "en", "17–20 November 2025"),
        (P(2025, 11, 28), P(2025, 12, 2), "de", "28. November – 2. Dezember 2025"),
        (P(2025, 11, 28), P(2025, 12, 2), "en", "28 November – 2 December 2025"),
        (P(2025, 12, 30), P(2026, 1, 2), "de", "30. Dezember 2025 – 2. Januar 2026"),
        (P(2025, 11), P(2025, 11, 20), "de", "November 2025 – 20. November 2025"),
        (P(2025, 10), P(2025, 11), "de", "Oktober–November 2025"),
        (P(2025, 11), P(2026, 1), "en", "November 2025 – January 2026"),
        (P(2025, 11, 18), P(2025, 11, 18), "de", "18. November 2025"),
        (P(2025, 11, 17), None, "de", "17. November 2025"),
        (None, None, "en", ""),
    ],
)
def test_ranges_in_running_text(start, end, language, expected):
    assert format_range(start, end, language) == expected


def test_range_in_a_table_keeps_numeric_dates():
    assert format_range(P(2025, 11, 17), P(2025, 11, 20), "de", "table") == "17.11.–20.11.2025"
    assert format_range(P(2025, 12, 30), P(2026, 1, 2), "de", "table") == "30.12.2025–02.01.2026"


def test_plain_dates_are_accepted_for_ranges():
    assert format_range(dt.date(2025, 11, 17), dt.date(2025, 11, 20), "de") == "17.–20. November 2025"


def test_english_table_ranges_name_the_month():
    assert format_range(P(2026, 3, 5), P(2026, 3, 8), "en", "table") == "5–8 Mar 2026"
    assert format_range(P(2025, 11, 28), P(2025, 12, 2), "en", "table") == "28 Nov – 2 Dec 2025"
    assert format_range(P(2025, 12, 30), P(2026, 1, 2), "en", "table") == "30 Dec 2025–2 Jan 2026"
    assert format_range(P(2025, 11, 17), P(2025, 11, 20), "en", "block") == "17–20 November 2025"
