"""Table columns are sized by their content: no word breaks inside, the long texts take the rest."""

import docx
import pytest

from briefing.editing.preview import render_html
from briefing.export import export_docx
from briefing.model import DocumentKind, ExpectedDocument, PartialDate
from briefing.model.column_widths import column_percentages, column_widths, text_em
from briefing.model.note import DocumentStatus
from tests.export.conftest import W, convert, english, pdf_pages


def _note(sample_note):
    documents = (
        ExpectedDocument(title="Memorandum über die Zusammenarbeit in der Industriepolitik und im Maschinenbau",
                         kind=DocumentKind.MEMORANDUM, parties=("Republik Belarus", "Volksrepublik China"),
                         status=DocumentStatus.TO_BE_SIGNED, date=PartialDate(2025, 11, 18)),
    )
    return sample_note.model_copy(update={"documents": documents})


def test_no_column_is_narrower_than_its_longest_word():
    head = ("Document", "Kind", "Parties", "Status", "Date")
    rows = [("A long title of a document that may wrap over several lines of the cell",
             "Memorandum of understanding", "Republic of Belarus", "to be signed", "18 Nov 2025")]
    widths = column_widths(head, rows, line=49.0, padding=1.2)
    assert abs(sum(widths) - 49.0) < 1e-6
    assert widths[1] >= text_em("understanding") + 1.2 and widths[4] >= text_em("18 Nov 2025") + 1.2
    assert widths[0] == max(widths)  # the title takes the room the others leave
    assert sum(column_percentages(head, rows)) == 100


@pytest.mark.parametrize("language, words", [
    ("de", ("Absichtserklärung", "Delegationsleitung", "Unterzeichnung")),
    ("en", ("Memorandum", "understanding", "18 Nov 2025")),
])
def test_exported_tables_keep_words_whole(sample_note, tmp_path, language, words):
    note = _note(sample_note)
    note = english(note) if language == "en" else note
    out = tmp_path / f"{language}.docx"
    export_docx(note, out)
    document = docx.Document(out)
    table = next(t for t in document.tables if t.rows[0].cells[0].text in ("Dokument", "Document"))
    grid = [int(col.get(f"{W}w")) for col in table._tbl.iter(f"{W}gridCol")]
    kind = table.rows[1].cells[1].text
    longest = max(text_em(word) for word in kind.split())
    assert grid[1] >= longest * 190 + 170, (kind, grid)
    text = "\n".join(pdf_pages(convert(out, tmp_path)))
    for word in words:
        assert word in text, f"{word!r} is broken or missing"


def test_preview_uses_content_widths(sample_note):
    html = render_html(english(_note(sample_note)))
    head = html[html.index("<th", html.index("Expected documents")):]
    widths = [int(part.split('%"')[0]) for part in head.split('width="')[1:6]]
    assert sum(widths) == 100 and widths[0] == max(widths) and widths[1] >= 15
