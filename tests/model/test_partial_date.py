import datetime as dt

import pytest

from briefing.model import PartialDate


def test_parses_day_and_month_precision():
    assert PartialDate.parse("2025-11-17") == PartialDate(2025, 11, 17)
    month = PartialDate.parse("2025-11")
    assert month.month_only and month.isoformat() == "2025-11"


@pytest.mark.parametrize("text", ["2025-13", "2025-02-30", "17.11.2025", "", "2025", "2025-1-1"])
def test_refuses_what_is_not_a_date(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_month_covers_its_days():
    november = PartialDate(2025, 11)
    assert november.first_day() == dt.date(2025, 11, 1)
    assert november.last_day() == dt.date(2025, 11, 30)
    assert PartialDate(2024, 2).last_day() == dt.date(2024, 2, 29)
    assert PartialDate(2025, 12).last_day() == dt.date(2025, 12, 31)


def test_orders_month_before_its_days():
    assert sorted([PartialDate(2025, 11, 2), PartialDate(2025, 11), PartialDate(2023, 3, 1)]) == [
        PartialDate(2023, 3, 1), PartialDate(2025, 11), PartialDate(2025, 11, 2)
    ]
