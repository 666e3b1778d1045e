"""Web clutter is marked as ignored ranges over whole short lines; report sentences never are."""

import pytest

from briefing.extract import extract
from briefing.extract.clutter import find_clutter
from briefing.extract.vocab import vocabulary
from briefing.sources.loader import source_from_text


def clutter(text, language):
    return [(text[r.start:r.end], r.reason) for r in find_clutter(text, vocabulary(language), language)]


@pytest.mark.parametrize("line, language, reason", [
    ("Startseite > Presse > Aussendungen", "de", "web clutter"),
    ("Startseite › Politik", "de", "web clutter"),
    ("Teilen | Drucken | Nach oben", "de", "web clutter"),
    ("Home | China | World | Business", "en", "web clutter"),
    ("News › Asia-Pacific › Diplomacy", "en", "web clutter"),
    ("Главная / Экономика", "ru", "web clutter"),
    ("Главная › События › Визиты", "ru", "web clutter"),
    ("Поделиться", "ru", "web clutter"),
    ("Читайте также:", "ru", "web clutter"),
    ("Archivfoto", "de", "photo caption"),
    ("Foto: Xinhua/Wang Ye", "de", "photo caption"),
    ("© dpa", "de", "photo caption"),
    ("Quelle: BelTA", "de", "web clutter"),
    ("Xinhua/Wang Ye", "de", "photo credit"),
    ("dpa/Kay Nietfeld", "de", "photo credit"),
    ("ТАСС/Иван Петров", "ru", "photo credit"),
    ("Фото: БЕЛТА", "ru", "photo caption"),
    ("Dienstag, 18. November 2025, 14:05 Uhr", "de", "date stamp"),
    ("Gespeichert am Dienstag, 18.11.2025 um 12:34", "de", "date stamp"),
    ("Stand: 18.11.2025, 09:14 Uhr", "de", "date stamp"),
    ("18 ноября 2025, 12:34", "ru", "date stamp"),
    ("Tuesday, November 18, 2025 at 2:05 PM", "en", "date stamp"),
])
def test_clutter_lines_are_marked_with_a_reason(line, language, reason):
    text = f"MINSK, 18. November (BelTA) – Der Minister reist nach Peking, hieß es.\n  {line}  \nEnde des Berichts."
    assert clutter(text, language) == [(line, reason)]


@pytest.mark.parametrize("line", [
    "Der Minister reist am 18.11.2025 um 12:30 ab.",
    "Die Sitzung beginnt um 10:00 Uhr.",
    "Am 18.11.2025 um 12:34 traf der Minister in Minsk ein",
    "Belarus/China",
    "Kusnezow/Lukaschenko",
    "17./20. November",
    "Bild der Woche",
    "Quellen der Zusammenarbeit wurden genannt",
    "Die Minister sprachen über Handel | Verkehr | Energie und vereinbarten einen Fahrplan.",
])
def test_report_lines_are_never_clutter(line):
    assert clutter(f"{line}\n", "de") == []


def test_pasted_text_carries_the_extractors_clutter_into_the_note():
    source = source_from_text("Startseite > Politik > Ausland\nArchivfoto\nDer Minister reist heute nach Peking.")
    note = extract(source.text, source_id=source.id).to_note(source)
    assert [(source.text[r.start:r.end], r.reason) for r in note.sources[0].ignored] == [
        ("Startseite > Politik > Ausland", "web clutter"), ("Archivfoto", "photo caption")]
