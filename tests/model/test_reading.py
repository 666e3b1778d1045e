"""The note as it will read, and the page estimate built on it."""

from briefing.model import Participant, PartialDate
from briefing.model.page_estimate import estimate_pages
from briefing.model.problems import find_problems
from briefing.model.reading import Fields, Paragraph, Table, read_note


def test_sample_reads_with_title_block_and_sections_in_order(sample_note):
    reading = read_note(sample_note)
    assert reading.classification == "VS – NUR FÜR DEN DIENSTGEBRAUCH"
    assert [name for name, _ in reading.header][:4] == ["An", "Über", "Von", "Datum"]  # as the export
    header = dict(reading.header)
    assert header["Aktenzeichen"] == "RL 205-321.00 BLR CHN"
    assert header["Datum"] == "18.11.2025" and "Stand" not in header  # "as of" equals the date
    assert header["Über"] == "Herrn Abteilungsleiter 2"
    assert header["Von"] == "Referat 205 – Osteuropa, Zentralasien\nDr. Katrin Vogel, Tel. +49 30 1817-2051"
    assert [s.key for s in reading.sections] == [s.key for s in sample_note.sections]
    visit = dict(next(s for s in reading.sections if s.key == "visit").blocks[0].rows)
    assert visit["Zeitraum"] == "17.–20. November 2025"
    assert visit["Gast"] == "Belarus – Andrej Kusnezow, Minister für Industrie"
    programme = next(s for s in reading.sections if s.key == "programme").blocks[0]
    assert programme.head == ("Datum", "Ort", "Programmpunkt", "Presse")  # no times: no time column
    chronology = next(s for s in reading.sections if s.key == "chronology").blocks[0]
    assert isinstance(chronology, Table)
    assert chronology.rows[0][0] == "01.03.2023"


def test_english_note_uses_english_words(sample_note):
    note = sample_note.model_copy(update={"meta": sample_note.meta.model_copy(update={"language": "en"})})
    reading = read_note(note)
    assert dict(reading.header)["Date"] == "18 November 2025"
    blocks = next(s for s in reading.sections if s.key == "participants").blocks
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["Guest side (Belarus)", "Host side (China)"]
    guests = blocks[1]
    assert guests.head == ("Name", "Function", "Organisation", "Role")
    assert guests.rows == (("Andrej Kusnezow", "Minister für Industrie", "Ministerium für Industrie der Republik Belarus",
                            "Head of delegation"),)
    sources = next(s for s in reading.sections if s.key == "sources").blocks[0]
    assert sources.items == ("BelTA, Minsk, 18 November 2025: “Belarussischer Industrieminister besucht China”",)


def test_empty_sections_are_left_out(sample_note):
    note = sample_note.with_section_text("summary", "  \n").model_copy(update={"documents": ()})
    keys = [s.key for s in read_note(note).sections]
    assert "summary" not in keys and "documents" not in keys
    assert "participants" in keys


def test_blank_note_has_no_sections():
    from briefing.model import Note

    reading = read_note(Note.blank())
    assert reading.sections == () and reading.title == ""
    assert estimate_pages(reading) < 0.5


def test_month_only_date_and_visit_aims(sample_note):
    visit = sample_note.visit.model_copy(update={"start": PartialDate(2025, 11), "end": None})
    reading = read_note(sample_note.model_copy(update={"visit": visit}))
    [fields] = next(s for s in reading.sections if s.key == "visit").blocks
    assert isinstance(fields, Fields) and dict(fields.rows)["Zeitraum"] == "November 2025"
    assert "– Erfahrungen austauschen" in dict(fields.rows)["Ziele des Besuchs"].splitlines()


def test_background_is_oldest_first_and_undated_last(sample_note):
    from briefing.model import ChronologyEntry

    entries = (ChronologyEntry(text="ohne Datum"),) + tuple(reversed(sample_note.chronology))
    reading = read_note(sample_note.model_copy(update={"chronology": entries}))
    table = next(s for s in reading.sections if s.key == "chronology").blocks[0]
    assert [row[0] for row in table.rows] == ["01.03.2023", "21.05.2025", "18.11.2025", "o. D."]


def test_page_estimate_grows_with_participants(sample_note):
    base = estimate_pages(sample_note)
    assert 1.0 < base < 4.0
    many = tuple(Participant(name=f"Person {i}", function="Delegationsmitglied") for i in range(60))
    bigger = estimate_pages(sample_note.model_copy(update={"participants": many}))
    assert bigger > base + 1.0


def test_more_than_two_pages_is_a_warning(sample_note):
    many = tuple(Participant(name=f"Person {i}", function="Delegationsmitglied") for i in range(60))
    long_note = sample_note.model_copy(update={"participants": many})
    assert not [p for p in find_problems(long_note) if p.path == "sections"]  # validation leaves it alone
    problems = find_problems(long_note, length=True)
    [page_problem] = [p for p in problems if p.path == "sections"]
    assert page_problem.severity == "warning" and "pages" in page_problem.message
    short = sample_note.model_copy(update={"sections": sample_note.sections[:3], "participants": ()})
    assert not [p for p in find_problems(short, length=True) if p.path == "sections"]
