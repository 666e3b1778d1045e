"""Web clutter is marked as ignored ranges over whole short lines; report sentences never are."""

import pytest

from briefing.sources.clutter import NAVIGATION, PHOTO, STAMP, find_clutter
from briefing.sources.loader import load_source, source_from_text


@pytest.mark.parametrize("line, reason", [
    ("Archivfoto", PHOTO),
    ("Foto: Xinhua/Wang Ye", PHOTO),
    ("Xinhua/Wang Ye", PHOTO),
    ("dpa/Kay Nietfeld", PHOTO),
    ("Фото: БЕЛТА", PHOTO),
    ("БЕЛТА/Иван Петров", PHOTO),
    ("© dpa", PHOTO),
    ("Quelle: BelTA", PHOTO),
    ("Dienstag, 18. November 2025, 14:05 Uhr", STAMP),
    ("Gespeichert am Dienstag, 18.11.2025 um 12:34", STAMP),
    ("Stand: 18.11.2025, 09:14 Uhr", STAMP),
    ("18 ноября 2025, 12:34", STAMP),
    ("Tuesday, November 18, 2025 at 2:05 PM", STAMP),
    ("Startseite › Politik", NAVIGATION),
    ("Teilen | Drucken", NAVIGATION),
    ("Поделиться", NAVIGATION),
    ("Читайте также:", NAVIGATION),
])
def test_clutter_lines_are_marked_with_a_reason(line, reason):
    text = f"MINSK, 18. November (BelTA) – Der Minister reist ab.\n  {line}  \nEnde des Berichts."
    (found,) = find_clutter(text)
    assert (text[found.start:found.end], found.reason) == (line, reason)


@pytest.mark.parametrize("line", [
    "MINSK, 18. November (BelTA) – Der Minister reist ab.",
    "Der Minister reist am 18.11.2025 um 12:30 ab.",
    "Die Sitzung beginnt um 10:00 Uhr.",
    "Am 18.11.2025 um 12:34 traf der Minister ein",
    "Belarus/China",
    "Kusnezow/Lukaschenko",
    "17./20. November",
    "Bild der Woche",
    "Quellen der Zusammenarbeit wurden genannt",
    "Politik",
    "Фото: " + "очень длинная подпись " * 5,
])
def test_report_lines_are_never_clutter(line):
    assert find_clutter(line) == ()


def test_the_sample_wire_gets_the_ignored_range_of_the_sample_note(sample_source_path, sample_note):
    source = load_source(sample_source_path)
    assert source.ignored == sample_note.sources[0].ignored


def test_pasted_text_is_marked_as_well():
    source = source_from_text("Archivfoto\nDer Minister reist ab.")
    assert [(part.start, part.end, part.reason) for part in source.ignored] == [(0, 10, PHOTO)]
