"""Fixtures for the export tests: the sample exported once, a long note, helpers to render."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.model import ChronologyEntry, DocumentKind, ExpectedDocument, Note, PartialDate, Participant, Side
from briefing.model.sections import default_sections

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def long_note(sample: Note) -> Note:
    """The sample with 200 participants, 100 documents and 50 chronology entries."""
    people = tuple(
        Participant(name=f"Teilnehmer{i:03d} Nachname", function=f"Funktion {i}", organisation=f"Ministerium {i % 7}",
                    side=Side.GUEST if i % 2 else Side.HOST)
        for i in range(200)
    )
    documents = tuple(
        ExpectedDocument(title=f"Abkommen Nr. {i} über die Zusammenarbeit", kind=DocumentKind.AGREEMENT,
                         parties=("Republik Belarus", "Volksrepublik China"), date=PartialDate(2025, 11, 1 + i % 28))
        for i in range(100)
    )
    chronology = tuple(
        ChronologyEntry(date=PartialDate(1975 + i, 1 + i % 12, None if i % 3 else 5), text=f"Ereignis {i} der Beziehungen.")
        for i in reversed(range(50))
    )
    return sample.model_copy(update={"participants": people, "documents": documents, "chronology": chronology})


def english(note: Note) -> Note:
    """The note in English: language and section headings switched."""
    headings = {section.key: section.heading for section in default_sections("en")}
    sections = tuple(s.model_copy(update={"heading": headings.get(s.key, s.heading)}) for s in note.sections)
    meta = note.meta.model_copy(update={"language": "en", "classification": "OFFICIAL-SENSITIVE"})
    return note.model_copy(update={"meta": meta, "sections": sections})


@pytest.fixture(scope="session")
def sample_docx(tmp_path_factory) -> Path:
    from briefing.export import export_docx
    from briefing.model.notefile import load_note
    from tests.conftest import SAMPLE_NOTE

    out = tmp_path_factory.mktemp("export") / "sample.docx"
    export_docx(load_note(SAMPLE_NOTE), out)
    return out


@pytest.fixture(scope="session")
def long_docx(tmp_path_factory) -> Path:
    from briefing.export import export_docx
    from briefing.model.notefile import load_note
    from tests.conftest import SAMPLE_NOTE

    out = tmp_path_factory.mktemp("export") / "long.docx"
    export_docx(long_note(load_note(SAMPLE_NOTE)), out)
    return out


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if not path:
        pytest.skip("LibreOffice (soffice) is not installed; install libreoffice-writer-nogui")
    return path


def convert(docx: Path, out_dir: Path, target: str = "pdf") -> Path:
    """Convert with LibreOffice headless, in a profile of its own."""
    profile = out_dir / "lo-profile"
    subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
         "--outdir", str(out_dir), str(docx)],
        check=True, capture_output=True, timeout=180,
    )
    result = out_dir / f"{docx.stem}.{target.split(':')[0]}"
    assert result.exists(), f"LibreOffice did not write {result}"
    return result


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of a PDF (poppler's pdfinfo and pdftotext)."""
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is not installed")
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    return [
        subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                       check=True, capture_output=True, text=True).stdout
        for n in range(1, count + 1)
    ]
