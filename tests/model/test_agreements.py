"""Expected documents versus agreements that already exist, in the reading and the preview."""

from briefing.editing.preview import render_html
from briefing.model import DocumentKind, ExpectedDocument, PartialDate
from briefing.model.agreements import split_documents
from briefing.model.note import DocumentStatus
from briefing.model.reading import Subheading, Table, read_note


def _with_documents(note):
    documents = (
        ExpectedDocument(title="Neues Abkommen", kind=DocumentKind.AGREEMENT, status=DocumentStatus.TO_BE_SIGNED),
        ExpectedDocument(title="Ein entsprechendes Protokoll", kind=DocumentKind.PROTOCOL,
                         status=DocumentStatus.SIGNED, date=PartialDate(2025, 5, 21)),
        ExpectedDocument(title="Strategie 2023", status=DocumentStatus.MENTIONED, date=PartialDate(2023, 3, None)),
        ExpectedDocument(title="Am Besuchstag unterzeichnet", status=DocumentStatus.SIGNED,
                         date=PartialDate(2025, 11, 18)),
        ExpectedDocument(title="Fahrplan", status=DocumentStatus.IN_NEGOTIATION),
        ExpectedDocument(title="Plan", status=DocumentStatus.PLANNED),
    )
    return note.model_copy(update={"documents": documents})


def test_split_keeps_open_documents_and_those_signed_during_the_visit(sample_note):
    expected, existing = split_documents(_with_documents(sample_note))
    assert [d.title for d in expected] == ["Neues Abkommen", "Am Besuchstag unterzeichnet", "Fahrplan", "Plan"]
    assert [d.title for d in existing] == ["Ein entsprechendes Protokoll", "Strategie 2023"]


def test_reading_puts_existing_agreements_under_their_own_heading(sample_note):
    section = next(s for s in read_note(_with_documents(sample_note)).sections if s.key == "documents")
    first, heading, second = section.blocks
    assert isinstance(first, Table) and isinstance(heading, Subheading) and isinstance(second, Table)
    assert heading.text == "Bestehende Vereinbarungen"
    assert [row[0] for row in second.rows] == ["Ein entsprechendes Protokoll", "Strategie 2023"]
    assert [row[3] for row in second.rows] == ["unterzeichnet", "erwähnt"]
    assert "Ein entsprechendes Protokoll" not in [row[0] for row in first.rows]


def test_no_existing_agreements_no_sub_heading(sample_note):
    section = next(s for s in read_note(sample_note).sections if s.key == "documents")
    assert not any(isinstance(block, Subheading) for block in section.blocks)


def test_preview_shows_the_split(sample_note):
    html = render_html(_with_documents(sample_note))
    assert '<p class="subheading">Bestehende Vereinbarungen</p>' in html
    assert html.index("Neues Abkommen") < html.index("Bestehende Vereinbarungen") < html.index("Strategie 2023")
