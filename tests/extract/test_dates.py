"""Dates and ranges in every form the reports use, with years inferred from publication."""

import datetime as dt

import pytest

from briefing.extract.dates import find_dates
from briefing.model import PartialDate

PUBLISHED = dt.date(2025, 11, 18)


def only(text, language, published=PUBLISHED):
    found = find_dates(text, language, published)
    assert len(found) == 1, [text[d.start:d.end] for d in found]
    return found[0]


@pytest.mark.parametrize("text, language, first, last, written", [
    ("Er kommt am 17./20. November nach Peking.", "de", "2025-11-17", "2025-11-20", "17./20. November"),
    ("Die Messe läuft am 12.-13. Dezember.", "de", "2025-12-12", "2025-12-13", "12.-13. Dezember"),
    ("Der Besuch dauert vom 17. bis 20. November.", "de", "2025-11-17", "2025-11-20", "vom 17. bis 20. November"),
    ("Termin: 17.–20.11.2025 in Minsk.", "de", "2025-11-17", "2025-11-20", "17.–20.11.2025"),
    ("The visit runs from November 21 to 23.", "en", "2025-11-21", "2025-11-23", "from November 21 to 23"),
    ("Talks are set for 21-23 November.", "en", "2025-11-21", "2025-11-23", "21-23 November"),
    ("between 3 and 5 December", "en", "2025-12-03", "2025-12-05", "between 3 and 5 December"),
    ("Переговоры пройдут 28 и 29 ноября.", "ru", "2025-11-28", "2025-11-29", "28 и 29 ноября"),
    ("Визит состоится 18–19 января 2023 года.", "ru", "2023-01-18", "2023-01-19", "18–19 января 2023 года"),
    ("с 24 по 26 сентября", "ru", "2025-09-24", "2025-09-26", "с 24 по 26 сентября"),
])
def test_ranges(text, language, first, last, written):
    date = only(text, language)
    assert (date.first, date.last) == (PartialDate.parse(first), PartialDate.parse(last))
    assert text[date.start:date.end] == written


@pytest.mark.parametrize("text, language, value", [
    ("Das Protokoll wurde am 1. März 2023 unterzeichnet.", "de", "2023-03-01"),
    ("It was signed on Sept. 22, 2024 in Tashkent.", "en", "2024-09-22"),
    ("Протокол подписан 21 мая 2025 года.", "ru", "2025-05-21"),
    ("Veröffentlicht: 04.12.2025", "de", "2025-12-04"),
    ("Im Mai 2024 war er in Astana.", "de", "2024-05"),
    ("Предыдущий визит состоялся в январе 2024 года.", "ru", "2024-01"),
])
def test_single_dates_with_year_are_not_inferred(text, language, value):
    date = only(text, language)
    assert date.first == PartialDate.parse(value) and date.last is None
    assert not date.inferred and date.confidence >= 0.8


@pytest.mark.parametrize("text, language, value", [
    ("Er kam gestern an.", "de", "2025-11-17"),
    ("He arrived yesterday.", "en", "2025-11-17"),
    ("Они встретились в понедельник.", "ru", "2025-11-17"),
    ("The talks were held on Tuesday.", "en", "2025-11-18"),
    ("Am Mittwoch beginnt die Sitzung.", "de", "2025-11-19"),
])
def test_relative_days_and_weekdays_count_from_the_publication_date(text, language, value):
    date = only(text, language)
    assert date.first == PartialDate.parse(value) and date.inferred


def test_year_inference_lowers_confidence_and_picks_the_nearest_year():
    inferred = only("am 20. Januar", "de", dt.date(2025, 12, 28))
    assert inferred.first == PartialDate(2026, 1, 20)
    explicit = only("am 20. Januar 2026", "de", dt.date(2025, 12, 28))
    assert inferred.inferred and inferred.confidence < explicit.confidence


def test_no_publication_date_and_no_fallback_year_gives_no_guess():
    assert find_dates("am 20. Januar", "de", None) == []
    assert find_dates("am 20. Januar", "de", None, 2024)[0].first == PartialDate(2024, 1, 20)


@pytest.mark.parametrize("text, language", [
    ("Die mit dem Besuch verbundenen Themen werden besprochen.", "de"),
    ("Die 17 Länder und 20 Unternehmen nahmen teil.", "de"),
    ("They may 2 or 3 times a year meet.", "en"),
    ("Выпуск 2025 тракторов и 17 комбайнов.", "ru"),
])
def test_words_and_numbers_are_not_dates(text, language):
    assert find_dates(text, language, PUBLISHED) == []


@pytest.mark.parametrize("text, language, value", [
    ("im Oktober vergangenen Jahres", "de", "2024-10"),
    ("in October last year", "en", "2024-10"),
    ("в октябре прошлого года", "ru", "2024-10"),
    ("am 3. März dieses Jahres", "de", "2025-03-03"),
    ("17 марта т.г. министры встретились", "ru", "2025-03-17"),
    ("in March of last year", "en", "2024-03"),
])
def test_relative_years(text, language, value):
    date = find_dates(text, language, PUBLISHED)[0]
    assert date.first == PartialDate.parse(value)


@pytest.mark.parametrize("tense, value", [("past", "2025-11-14"), ("future", "2025-11-21"), (None, "2025-11-21")])
def test_weekdays_follow_the_tense(tense, value):
    date = find_dates("am Freitag", "de", PUBLISHED, tense=lambda offset: tense)[0]
    assert date.first == PartialDate.parse(value)


def test_a_past_day_without_year_is_before_publication():
    past = find_dates("am 30. November", "de", PUBLISHED, tense=lambda offset: "past")[0]
    future = find_dates("am 1. November", "de", PUBLISHED, tense=lambda offset: "future")[0]
    assert past.first == PartialDate(2024, 11, 30) and future.first == PartialDate(2026, 11, 1)
    near = find_dates("am 20. November", "de", PUBLISHED, tense=lambda offset: "past")[0]
    assert near.first == PartialDate(2025, 11, 20)  # two days off the tense: a slip, not last year


@pytest.mark.parametrize("text, language, first, last", [
    ("Die Delegation hält sich vom 30. November bis 2. Dezember in Hanoi auf.", "de", "2025-11-30", "2025-12-02"),
    ("Die Gespräche finden am 3. und 4. Dezember statt.", "de", "2025-12-03", "2025-12-04"),
    ("Die Messe dauert vom 2.12. bis 5.12.2025.", "de", "2025-12-02", "2025-12-05"),
    ("Die Kommission tagt 9.-11.12. in Wien.", "de", "2025-12-09", "2025-12-11"),
    ("The forum runs November 30 through December 2.", "en", "2025-11-30", "2025-12-02"),
    ("The envoy will be in Oslo Dec. 3-5, 2025.", "en", "2025-12-03", "2025-12-05"),
    ("The minister travels to Lima from 3 until 5 December.", "en", "2025-12-03", "2025-12-05"),
    ("Делегация пробудет в Ташкенте с 30 ноября по 2 декабря.", "ru", "2025-11-30", "2025-12-02"),
    ("Форум пройдет 3-5 декабря 2025 г. в Казани.", "ru", "2025-12-03", "2025-12-05"),
    ("Заседание состоится с 3-го по 5-е декабря.", "ru", "2025-12-03", "2025-12-05"),
    ("Переговоры пройдут 3 – 4 декабря в Минске.", "ru", "2025-12-03", "2025-12-04"),
])
def test_ranges_across_months_and_connectors(text, language, first, last):
    date = only(text, language)
    assert (date.first, date.last) == (PartialDate.parse(first), PartialDate.parse(last))


@pytest.mark.parametrize("text, language, value", [
    ("Der Kanzler reist Anfang Dezember nach Tokio.", "de", "2025-12"),
    ("Die Sitzung ist für Ende Januar geplant.", "de", "2026-01"),
    ("The summit is expected in late December.", "en", "2025-12"),
    ("Talks will resume in mid-January.", "en", "2026-01"),
    ("Визит запланирован на начало декабря.", "ru", None),
    ("Визит состоится в начале декабря.", "ru", "2025-12"),
    ("Встреча пройдет в конце января.", "ru", "2026-01"),
])
def test_month_only_dates_with_a_part_of_the_month(text, language, value):
    found = find_dates(text, language, PUBLISHED)
    if value is None:
        assert found == []
    else:
        assert [(d.first, d.last) for d in found] == [(PartialDate.parse(value), None)]
        assert found[0].inferred and found[0].confidence < 0.8


@pytest.mark.parametrize("text, language, value", [
    ("Der Minister traf am 18.11.2025 in Minsk ein.", "de", "2025-11-18"),
    ("Am 20.11. wird das Abkommen unterzeichnet.", "de", "2025-11-20"),
    ("Дата подписания: 20.11.2025.", "ru", "2025-11-20"),
    ("Signed in Canberra on 20/11/2025.", "en", "2025-11-20"),
    ("Signed in Washington on 11/20/2025.", "en", "2025-11-20"),
    ("Заседание комиссии пройдет 20-го ноября.", "ru", "2025-11-20"),
])
def test_numeric_dates_and_ordinals(text, language, value):
    assert only(text, language).first == PartialDate.parse(value)


@pytest.mark.parametrize("text, language, value", [
    ("Am vergangenen Freitag unterzeichneten beide Seiten ein Protokoll.", "de", "2025-11-14"),
    ("Am kommenden Freitag reist sie nach Rom.", "de", "2025-11-21"),
    ("The minister arrived last Sunday.", "en", "2025-11-16"),
    ("He will fly to Cairo next Thursday.", "en", "2025-11-20"),
    ("В прошлую пятницу министры подписали протокол.", "ru", "2025-11-14"),
    ("Вчера министры провели переговоры.", "ru", "2025-11-17"),
    ("Gestern traf der Gast in Berlin ein.", "de", "2025-11-17"),
    ("Yesterday the delegation arrived in Hanoi.", "en", "2025-11-17"),
])
def test_weekday_modifiers_and_relative_days(text, language, value):
    date = only(text, language)
    assert date.first == PartialDate.parse(value) and date.inferred


@pytest.mark.parametrize("text, language, first, last", [
    ("Die Delegation bleibt von Montag bis Mittwoch in Peking.", "de", "2025-11-17", "2025-11-19"),
    ("The talks run from Wednesday to Friday.", "en", "2025-11-19", "2025-11-21"),
    ("Визит продлится с понедельника по среду.", "ru", "2025-11-17", "2025-11-19"),
])
def test_weekday_ranges(text, language, first, last):
    date = only(text, language)
    assert (date.first, date.last) == (PartialDate.parse(first), PartialDate.parse(last))


@pytest.mark.parametrize("text, language, value", [
    ("Am Montag, 17. November, eröffnet er das Forum.", "de", "2025-11-17"),
    ("On Tuesday, Nov. 18, the ministers met.", "en", "2025-11-18"),
    ("Во вторник, 18 ноября, министры встретились.", "ru", "2025-11-18"),
])
def test_a_weekday_with_its_date_is_one_date(text, language, value):
    assert only(text, language).first == PartialDate.parse(value)


@pytest.mark.parametrize("tense, value", [("past", "2025-03-03"), ("future", "2026-03-03")])
def test_the_tense_chooses_the_year_of_a_date_without_one(tense, value):
    date = find_dates("am 3. März", "de", PUBLISHED, tense=lambda offset: tense)[0]
    assert date.first == PartialDate.parse(value) and date.confidence < 0.9


@pytest.mark.parametrize("text, language", [
    ("Der Minister reist am 17. November nach Peking.", "de"),
    ("The minister travels to Beijing on November 17.", "en"),
    ("Министр посетит Пекин 17 ноября.", "ru"),
    ("Er kommt am Dienstag.", "de"),
    ("He arrived yesterday.", "en"),
])
def test_no_year_and_no_publication_date_never_uses_the_clock(text, language):
    assert find_dates(text, language, None) == []
    guessed = find_dates(text, language, None, 2019)
    assert all(d.first.year == 2019 and d.confidence < 0.6 and d.rule.endswith(".year_guessed") for d in guessed)


@pytest.mark.parametrize("text, language, first, last", [
    ("Die Gespräche finden am Montag und Dienstag in Rom statt.", "de", "2025-11-17", "2025-11-18"),
    ("Talks are held on Monday and Tuesday in Rome.", "en", "2025-11-17", "2025-11-18"),
    ("Переговоры пройдут в понедельник и вторник в Риме.", "ru", "2025-11-17", "2025-11-18"),
])
def test_two_weekdays_joined_are_a_range(text, language, first, last):
    date = only(text, language)
    assert (date.first, date.last) == (PartialDate.parse(first), PartialDate.parse(last))


def test_a_german_weekday_without_its_preposition():
    assert only("Der Minister ist Dienstag in Berlin eingetroffen.", "de").first == PartialDate(2025, 11, 18)


def test_a_german_numeric_range_in_an_english_text_does_not_break_extraction():
    from briefing.extract import extract

    text = "LONDON, 14 November (Reuters) - The minister will visit Berlin on 17.–20.11. for talks."
    extraction = extract(text, language="en")
    assert extraction.language == "en"
