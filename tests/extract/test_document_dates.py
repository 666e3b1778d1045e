"""Document dates: a date beside the signing verb, an earlier meeting's date, or the visit's."""

import datetime as dt

import pytest

from briefing.extract import PREFILL_THRESHOLD, extract
from briefing.model import PartialDate
from briefing.model.agreements import split_documents
from briefing.sources.loader import load_source
from tests.conftest import ROOT


def dated(text, language, published=dt.date(2025, 11, 18)):
    """{document title: (date, confidence, rule) or None} of an extraction."""
    result = extract(text, language=language, published=published)
    titles = {s.field.split(".")[0]: s.value for s in result.suggestions if s.field.endswith("].title")}
    found = {}
    for key, title in titles.items():
        dates = result.for_field(f"{key}.date")
        found[title] = (dates[0].value, dates[0].confidence, dates[0].rule) if dates else None
    return found


def date_of(found, word):
    return next(value for title, value in found.items() if word in title)


@pytest.mark.parametrize("text, language, word, expected", [
    ("Die Strategie wurde gebildet, um die integrierte Strategie für die Entwicklung umzusetzen, die am "
     "1. März 2023 im Rahmen des Besuchs in China unterzeichnet wurde.", "de", "Strategie", PartialDate(2023, 3, 1)),
    ("The defence cooperation agreement, signed on 21 May 2025 in Jakarta, entered into force this year.", "en",
     "agreement", PartialDate(2025, 5, 21)),
    ("Стороны обсудили выполнение соглашения о сотрудничестве, подписанного 5 марта 2024 года в Москве.", "ru",
     "соглашени", PartialDate(2024, 3, 5)),
    ("В ноябре 2023 года было подписано соглашение о сотрудничестве в области здравоохранения.", "ru",
     "соглашение", PartialDate(2023, 11)),
])
def test_a_date_in_the_verbs_clause_is_the_documents_date(text, language, word, expected):
    value, confidence, rule = date_of(dated(text, language), word)
    assert (value, rule) == (expected, "document.date.clause")
    assert confidence >= PREFILL_THRESHOLD


def test_a_date_inside_the_title_is_no_signing_date():
    found = dated("The ministers signed an action plan for 2026-2028 and discussed trade.", "en")
    assert date_of(found, "action plan") is None


def test_another_clauses_date_among_several_gives_no_date():
    text = ("Am 3. März 2025 trafen sich die Minister in Wien, am 5. März 2025 reisten sie weiter; "
            "ein Memorandum über Energie wurde unterzeichnet.")
    assert date_of(dated(text, "de"), "Memorandum") is None


VISIT_DE = "BERLIN, 18. November (dpa) - Der Außenminister Kenias besucht am 17. und 18. November Deutschland. "
VISIT_EN = "LONDON, Nov 18 (Reuters) - Kazakhstan's foreign minister is visiting Britain on November 17-18. "
VISIT_RU = "МОСКВА, 18 ноября. /ТАСС/. Министр иностранных дел Вьетнама находится 17-18 ноября с визитом в России. "


@pytest.mark.parametrize("text, language, word", [
    (VISIT_EN + "At the end of the talks the sides signed the minutes of the meeting.", "en", "minutes"),
    (VISIT_DE + "Im Anschluss an die Gespräche unterzeichneten beide Seiten ein Abkommen über Migration.", "de",
     "Abkommen"),
    (VISIT_RU + "По итогам переговоров министры подписали меморандум о сотрудничестве в области энергетики.", "ru",
     "меморандум"),
    (VISIT_DE + "Nach der Sitzung der Kommission sollen Dokumente zur Stärkung der Partnerschaft unterzeichnet "
     "werden.", "de", "Dokumente"),
])
def test_a_signing_reported_at_the_current_meeting_gets_the_visits_first_day(text, language, word):
    value, confidence, rule = date_of(dated(text, language), word)
    assert (value, rule) == (PartialDate(2025, 11, 17), "document.date.visit")
    assert PREFILL_THRESHOLD <= confidence < 0.8


def test_a_signing_elsewhere_in_the_report_is_only_offered():
    text = VISIT_EN + "The two ministers discussed trade. A memorandum on fisheries was also signed."
    value, confidence, rule = date_of(dated(text, "en"), "memorandum")
    assert (value, rule) == (PartialDate(2025, 11, 17), "document.date.visit_guessed")
    assert confidence < PREFILL_THRESHOLD


def test_a_signing_at_an_earlier_meeting_takes_that_meetings_date():
    text = (VISIT_DE + "Die Kommission wurde am 21. Mai 2025 während der sechsten Sitzung des Komitees "
            "eingerichtet. Im Anschluss an die Sitzung wurde ein entsprechendes Protokoll unterzeichnet.")
    value, confidence, rule = date_of(dated(text, "de"), "Protokoll")
    assert (value, rule) == (PartialDate(2025, 5, 21), "document.date.earlier_event")
    assert confidence >= PREFILL_THRESHOLD


def test_an_earlier_visit_without_its_date_gives_no_date():
    text = VISIT_DE + "Bei jenem Besuch wurde ein Fahrplan für die Rohstoffpartnerschaft unterzeichnet."
    assert date_of(dated(text, "de"), "Fahrplan") is None


def test_open_or_mentioned_documents_get_no_date():
    text = VISIT_EN + "During the talks the sides continued negotiations on an air services agreement."
    assert date_of(dated(text, "en"), "agreement") is None


def test_the_sample_dates_its_documents_and_never_dates_the_expected_ones_in_the_past():
    source = load_source(ROOT / "seeds" / "000_94a7ef1656ae390a.txt")
    result = extract(source.text, source_id=source.id)
    found = dated(source.text, "de", result.published)
    strategy = date_of(found, "integrierte Strategie")
    assert strategy[0] == PartialDate(2023, 3, 1) and strategy[1] >= PREFILL_THRESHOLD
    protocol = date_of(found, "Protokoll")
    assert protocol[0] == PartialDate(2025, 5, 21) and protocol[1] >= PREFILL_THRESHOLD
    expected = date_of(found, "Dokumente")
    assert expected is None or PartialDate(2025, 11, 17) <= expected[0] <= PartialDate(2025, 11, 20)
    # Pre-filled, the protocol and the strategy are existing agreements; the documents to be signed are expected.
    note = result.to_note(source)
    upcoming, existing = split_documents(note)
    assert [d.title for d in upcoming] == ["Dokumente zur Stärkung der industriellen Partnerschaft zwischen "
                                           "Belarus und China"]
    assert {d.date for d in existing} >= {PartialDate(2023, 3, 1), PartialDate(2025, 5, 21)}


def test_a_signing_during_the_visit_is_an_expected_document_once_prefilled():
    text = VISIT_EN + "At the end of the talks the sides signed the minutes of the meeting."
    result = extract(text, language="en", published=dt.date(2025, 11, 18))
    source = load_source(ROOT / "seeds" / "000_94a7ef1656ae390a.txt")
    note = result.to_note(source)
    upcoming, existing = split_documents(note)
    assert [d.title for d in upcoming] == ["minutes of the meeting"] and not existing
