"""The visit frame: guest and host, host verbs that swap roles, background visits."""

import datetime as dt

import pytest

from briefing.extract import extract
from briefing.model import PartialDate

PUBLISHED = dt.date(2026, 3, 10)


def frame(text, language):
    result = extract(text, published=PUBLISHED, language=language)
    values = {}
    for s in result.suggestions:
        values.setdefault(s.field, s.value)
    return values


@pytest.mark.parametrize("text, language, guest, host", [
    ("Der Außenminister der Republik Kasachstan, Jerlan Sadykow, besucht vom 17. bis 20. März Deutschland.",
     "de", "KZ", "DE"),
    ("Die deutsche Außenministerin Katharina Lehmann empfängt am Dienstag in Berlin den kasachischen "
     "Außenminister Jerlan Sadykow.", "de", "KZ", "DE"),
    ("Der kasachische Außenminister Jerlan Sadykow wurde am 3. März in Berlin von der deutschen "
     "Außenministerin Katharina Lehmann empfangen.", "de", "KZ", "DE"),
    ("Egypt's Foreign Minister Tarek Fahmy was received in Abu Dhabi by the UAE Minister of State "
     "Hamdan Al Mansoori.", "en", "EG", "AE"),
    ("Japanese Prime Minister Hiroshi Takeda and visiting Philippine President Ramon Villanueva met in Tokyo "
     "on Friday.", "en", "PH", "JP"),
    ("Председатель правительства РФ Михаил Корнеев принял в Москве премьер-министра Вьетнама Фам Ван Тханя.",
     "ru", "VN", "RU"),
    # the one who invites is the host
    ("Thai Foreign Minister Somchai Wongsakul will pay an official visit to Norway from July 21 to 23 at the "
     "invitation of his Norwegian counterpart Ingrid Haugland.", "en", "TH", "NO"),
    ("Министр иностранных дел Кубы Хосе Перес посетит Беларусь по приглашению белорусского министра "
     "Андрея Лапина.", "ru", "CU", "BY"),
    # a meeting whose city belongs to the side named without a country
    ("Uruguayan President Martín Etcheverry held talks with Prime Minister Callum Fraser in Wellington on "
     "Friday.", "en", "UY", "NZ"),
    # a country naming the minister's state is no place of the meeting; the dateline's city is
    ("МИНСК, 17 июня (БЕЛТА) – Об этом заявил журналистам министр промышленности Беларуси Олег Данилевич "
     "по итогам переговоров с министром промышленности Туниса Набилем Бен Салахом.", "ru", "TN", "BY"),
    # a meeting reported from the dateline's city
    ("Moscow, September 24 (TASS) — Venezuelan Foreign Minister Carlos Rincón told reporters after talks "
     "with his Russian counterpart Dmitry Arkhipov that a roadmap should be signed on Friday.", "en", "VE", "RU"),
])
def test_guest_and_host(text, language, guest, host):
    values = frame(text, language)
    assert (values.get("visit.guest_country"), values.get("visit.host_country")) == (guest, host)


def test_host_verb_makes_the_object_the_head_of_the_guest_delegation():
    values = frame("Die deutsche Außenministerin Katharina Lehmann empfängt am 12. März in Berlin den "
                   "kasachischen Außenminister Jerlan Sadykow.", "de")
    heads = [k for k, v in values.items() if k.endswith(".role") and v == "head_of_delegation"]
    assert len(heads) == 1 and values[heads[0].replace(".role", ".name")] == "Jerlan Sadykow"


def test_a_background_visit_is_not_the_current_one():
    text = ("Im Mai 2024 war Bundespräsident Frank Albers zu einem Besuch in Kasachstan.\n"
            "Der Außenminister der Republik Kasachstan, Jerlan Sadykow, reist vom 17. bis 20. März nach Berlin.")
    values = frame(text, "de")
    assert values["visit.guest_country"] == "KZ" and values["visit.host_country"] == "DE"
    assert values["visit.start"] == PartialDate(2026, 3, 17) and values["visit.end"] == PartialDate(2026, 3, 20)
    assert "Frank Albers" not in [v for k, v in values.items() if k.endswith(".name")]
    assert values["visit.places"] == ("Berlin",)


def test_two_day_visit_gives_the_end():
    values = frame("Egypt's Minister of Foreign Affairs, Tarek Fahmy, was received on Sunday in Abu Dhabi by "
                   "the UAE Foreign Minister at the start of a two-day visit.", "en")
    assert values["visit.start"] == PartialDate(2026, 3, 8) and values["visit.end"] == PartialDate(2026, 3, 9)


def test_places_outside_the_gazetteer_from_travel_phrases():
    text = ("The Prime Minister, James Whitfield, will host the President of Kazakhstan, Askar Temirov, in London "
            "on 30 June. President Temirov will also travel to Edinburgh to visit a research centre.")
    values = frame(text, "en")
    assert values["visit.host_country"] == "GB" and values["visit.places"] == ("London", "Edinburgh")


def test_russian_places_are_named_in_the_nominative():
    text = ("Президент Франции Филипп Арно посетит Армению с государственным визитом 3–5 марта.\n"
            "Переговоры пройдут в Ереване. 5 марта Филипп Арно посетит Гюмри.")
    values = frame(text, "ru")
    assert values["visit.places"] == ("Ереван", "Гюмри")


def test_a_range_near_the_visit_wins_over_a_weekday():
    text = ("Заседание межправительственной комиссии пройдет в понедельник в Ханое под председательством "
            "вице-премьера РФ Андрея Савельева.\nСавельев находится во Вьетнаме с 9 по 11 марта.")
    values = frame(text, "ru")
    assert (values["visit.start"], values["visit.end"]) == (PartialDate(2026, 3, 9), PartialDate(2026, 3, 11))


def sides(text, language):
    values = frame(text, language)
    return {values[k]: values.get(k.replace(".name", ".side")) for k in values if k.endswith(".name")}


def test_a_counterpart_named_after_with_is_on_the_host_side():
    text = ("Die Außenministerin der Republik Österreich, Verena Hollenstein, reist am 12. April nach Slowenien. "
            "In Ljubljana trifft sie mit Ministerpräsidentin Nina Vovk zusammen.")
    assert sides(text, "de") == {"Verena Hollenstein": "guest", "Nina Vovk": "host"}


def test_a_side_phrase_gives_the_country():
    text = ("Председатель правительства РФ Михаил Корнеев принял в Москве премьер-министра Вьетнама Фам Ван Тханя.\n"
            "В переговорах с вьетнамской стороны участвовала заместитель премьер-министра Ле Тхи Хоа.")
    found = {name.split()[0]: side for name, side in sides(text, "ru").items()}
    assert found == {"Михаил": "host", "Фам": "guest", "Ле": "guest"}


def test_talks_with_a_guest_who_is_on_a_visit():
    text = ("ПЕКИН, 15 апреля. /ТАСС/. Председатель КНР Ли Мин провел переговоры с президентом Казахстана "
            "Ерланом Сариевым, который находится в Китае с государственным визитом 14-16 апреля.")
    values = frame(text, "ru")
    assert (values["visit.guest_country"], values["visit.host_country"]) == ("KZ", "CN")
    found = {name.split()[-1]: side for name, side in sides(text, "ru").items()}
    assert found == {"Мин": "host", "Сариев": "guest"}


def test_a_four_day_visit_through_sunday_gives_both_ends():
    text = ("TOKYO, Sept. 26 (Kyodo) -- Japanese Prime Minister Hiroshi Takeda and visiting Philippine President "
            "Ramon Villanueva agreed Friday to strengthen cooperation as they met in Tokyo.\n"
            "Villanueva, who is on a four-day official visit to Japan through Sunday, will travel to Osaka.")
    result = extract(text, published=dt.date(2025, 9, 26))
    values = {s.field: s.value for s in result.suggestions}
    assert (values["visit.start"], values["visit.end"]) == (PartialDate(2025, 9, 25), PartialDate(2025, 9, 28))


def test_telephone_calls_are_not_visits():
    text = ("Berlin – Bundeskanzler Thomas Reinhardt hat am Montag mit dem Präsidenten Kenias, Samuel Otieno, "
            "telefoniert. In dem Telefonat ging es um Migration und Energie.")
    values = frame(text, "de")
    assert "visit.guest_country" not in values and "visit.start" not in values
    assert set(sides(text, "de").values()) == {"other"}


def test_a_spokesperson_announcing_the_visit_is_no_participant():
    text = ("Der Außenminister der Republik Kasachstan, Jerlan Sadykow, besucht vom 17. bis 20. März Deutschland, "
            "wie Außenamtssprecher Martin Vogel am Dienstag sagte.")
    assert list(sides(text, "de")) == ["Jerlan Sadykow"]


def test_a_guest_without_country_comes_from_the_capital_the_report_is_from():
    text = ("Wien, 8. April 2026 – Außenministerin Verena Hollenstein wird am 12. April zu einem Arbeitsbesuch "
            "in die Republik Slowenien reisen.")
    values = frame(text, "de")
    assert (values["visit.guest_country"], values["visit.host_country"]) == ("AT", "SI")
    assert sides(text, "de") == {"Verena Hollenstein": "guest"}


def test_a_commission_session_names_its_guest_head_later():
    text = ("МИНСК, 17 января (БЕЛТА) – Заседание межправительственной белорусско-казахстанской комиссии пройдет "
            "18–19 января 2023 года в Астане.\nБелорусскую часть комиссии возглавляет заместитель премьер-министра "
            "Беларуси Виктор Гулевич, казахстанскую – первый вице-министр торговли Казахстана Айдар Жумабеков.")
    result = extract(text)
    values = {s.field: s.value for s in result.suggestions}
    assert (values["visit.guest_country"], values["visit.host_country"]) == ("BY", "KZ")
    heads = [values[k.replace(".role", ".name")] for k, v in values.items() if k.endswith(".role") and v == "head_of_delegation"]
    assert heads == ["Виктор Гулевич"]


@pytest.mark.parametrize("text, language", [
    ("Rubio is on a two-day trip to Asia, the State Department said.", "en"),
    ("Der russische Außenminister Sergej Lawrow ist zu einem zweitägigen Besuch in Nordkorea eingetroffen.", "de"),
])
def test_a_visit_length_without_a_date_gives_no_dates(text, language):
    values = frame(text, language)
    assert "visit.start" not in values and "Asia" not in values.get("visit.places", ())


@pytest.mark.parametrize("text, language, start, end", [
    ("Der ungarische Außenminister Gábor Kertész hat seinen dreitägigen Besuch in Serbien gestern in Belgrad beendet.",
     "de", "2026-03-07", "2026-03-09"),
    ("Kenyan Trade Minister Joseph Mwangi concluded a two-day visit to Ghana yesterday.", "en",
     "2026-03-08", "2026-03-09"),
    ("Министр иностранных дел Армении Карен Саакян вчера завершил двухдневный визит в Грузию.", "ru",
     "2026-03-08", "2026-03-09"),
    ("Der kenianische Handelsminister Joseph Mwangi führt eine Delegation nach Ghana, die am 12. März eintrifft "
     "und zweitägig bleibt.", "de", "2026-03-12", "2026-03-13"),
])
def test_a_visit_of_some_days_that_ended_counts_back(text, language, start, end):
    values = frame(text, language)
    assert (values.get("visit.start"), values.get("visit.end")) == (PartialDate.parse(start), PartialDate.parse(end))


def test_destination_names_with_connectors_and_no_surnames_as_places():
    values = frame("Pakistani Foreign Minister Ali Khan will pay a visit to Tanzania from March 12 to 14, "
                   "travelling to Dar es Salaam.", "en")
    assert values.get("visit.places") == ("Dar es Salaam",)
    values = frame("Die Ministerin empfängt am 12. März den portugiesischen Wirtschaftsminister Rui Mendes in "
                   "Berlin; anschließend reist Mendes nach Hamburg weiter.", "de")
    assert values.get("visit.places") == ("Berlin", "Hamburg")
