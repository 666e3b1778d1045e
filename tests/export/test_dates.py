import datetime as dt

import pytest

from briefing.export.dates import DateStyle
from briefing.export.labels import Labels
from briefing.model import DocumentKind, PartialDate, Role, Side

P = PartialDate


@pytest.mark.parametrize("language, text, table", [
    ("de", "18. November 2025", "18.11.2025"),
    ("en", "18 November 2025", "18 Nov 2025"),
])
def test_full_dates(language, text, table):
    style = DateStyle(language)
    assert style.text(dt.date(2025, 11, 18)) == text
    assert style.table(P(2025, 11, 18)) == table


@pytest.mark.parametrize("language, expected", [("de", "November 2025"), ("en", "November 2025")])
def test_month_only_prints_the_month(language, expected):
    assert DateStyle(language).text(P(2025, 11)) == expected
    assert DateStyle(language).table(P(2025, 11)) == expected


@pytest.mark.parametrize("language, start, end, expected", [
    ("de", P(2025, 11, 17), P(2025, 11, 20), "17.–20. November 2025"),
    ("en", P(2025, 11, 17), P(2025, 11, 20), "17–20 November 2025"),
    ("de", P(2025, 11, 28), P(2025, 12, 2), "28. November – 2. Dezember 2025"),
    ("en", P(2025, 11, 28), P(2025, 12, 2), "28 November – 2 December 2025"),
    ("de", P(2025, 12, 30), P(2026, 1, 2), "30. Dezember 2025 – 2. Januar 2026"),
    ("de", P(2025, 11), P(2025, 12), "November–Dezember 2025"),
    ("de", P(2025, 11, 17), P(2025, 11, 17), "17. November 2025"),
    ("en", P(2025, 11, 17), None, "17 November 2025"),
])
def test_ranges(language, start, end, expected):
    assert DateStyle(language).range_text(start, end) == expected


def test_choices_of_different_enums_with_the_same_text_keep_their_own_names():
    de = Labels("de")
    assert de.choice(DocumentKind.OTHER) == "Sonstiges"
    assert de.choice(Role.OTHER) == "Sonstige"
    assert de.choice(Side.OTHER) == "Weitere"
    assert Labels("en").choice(Role.HEAD_OF_DELEGATION) == "Head of delegation"
    assert Labels("de").page_template() == ("Seite ", " von ", "")


def test_english_export_never_prints_numeric_dates(sample_note, tmp_path):
    import re

    import docx

    from briefing.export import export_docx
    from tests.export.conftest import english

    out = tmp_path / "en.docx"
    export_docx(english(sample_note), out)
    document = docx.Document(out)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    texts = cells + [p.text for p in document.paragraphs]
    assert not [t for t in texts if re.search(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", t)]
    assert "18 November 2025" in cells
