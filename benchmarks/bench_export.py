"""Word export speed beside its peers, in one run on the same note: printed, never asserted.

    python benchmarks/bench_export.py [--runs N]

In-process: our export of the sample and of a long note (200 participants, 100
documents, 50 chronology entries) against docxtpl rendering an equivalent template.
Whole process: ``briefing export`` against a docxtpl script and pandoc markdown -> docx.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.export.writer import render_docx  # noqa: E402
from briefing.model.notefile import load_note  # noqa: E402
from tests.export.conftest import long_note  # noqa: E402

SAMPLE = ROOT / "seeds" / "belta-2025-11-18-kusnezow-china.briefing.json"


def median_ms(action, runs: int) -> float:
    action()  # warm up: imports, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def docxtpl_template(path: Path) -> Path:
    """A template equivalent to our export: title, title block, sections, three tables."""
    import docx

    document = docx.Document()
    document.add_paragraph("{{ title }}", style="Title")
    block = document.add_table(rows=0, cols=2)
    for label, key in (("An", "to"), ("Von", "sender"), ("Datum", "date"), ("Aktenzeichen", "ref"),
                       ("Zweck", "purpose"), ("Frist", "deadline")):
        cells = block.add_row().cells
        cells[0].text, cells[1].text = label, "{{ %s }}" % key
    document.add_paragraph("{%p for s in sections %}")
    document.add_paragraph("{{ s.heading }}", style="Heading 1")
    document.add_paragraph("{%p for line in s.lines %}")
    document.add_paragraph("{{ line }}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{%p endfor %}")
    for name, columns in (("participants", ("name", "function", "organisation", "role")),
                          ("documents", ("title", "kind", "parties", "status", "date")),
                          ("chronology", ("date", "text"))):
        document.add_paragraph(name, style="Heading 1")
        table = document.add_table(rows=4, cols=len(columns), style="Table Grid")
        for cell, column in zip(table.rows[0].cells, columns):
            cell.text = column
        table.rows[1].cells[0].text = "{%%tr for row in %s %%}" % name
        for cell, column in zip(table.rows[2].cells, columns):
            cell.text = "{{ row.%s }}" % column
        table.rows[3].cells[0].text = "{%tr endfor %}"
    document.save(path)
    return path


def docxtpl_context(note) -> dict:
    meta = note.meta
    return {
        "title": meta.title, "to": meta.addressee, "sender": f"{meta.unit}\n{meta.author}",
        "date": str(meta.date), "ref": meta.file_reference, "purpose": meta.purpose.value,
        "deadline": str(meta.deadline),
        "sections": [{"heading": s.heading, "lines": s.text.splitlines()} for s in note.sections if s.text],
        "participants": [p.model_dump(mode="json") for p in note.participants],
        "documents": [{**d.model_dump(mode="json"), "parties": ", ".join(d.parties)} for d in note.documents],
        "chronology": [c.model_dump(mode="json") for c in note.chronology],
    }


def render_docxtpl(template: Path, context: dict) -> bytes:
    from docxtpl import DocxTemplate

    document = DocxTemplate(template)
    document.render(context)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def markdown(note) -> str:
    lines = [f"# {note.meta.title}", ""]
    for section in note.sections:
        if section.text:
            lines += [f"## {section.heading}", "", section.text, ""]
    lines += ["| Name | Funktion | Organisation |", "|---|---|---|"]
    lines += [f"| {p.name} | {p.function} | {p.organisation} |" for p in note.participants]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    sample = load_note(SAMPLE)
    big = long_note(sample)
    try:
        import docxtpl  # noqa: F401
    except ImportError:
        docxtpl = None
    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    rows = []
    ours = median_ms(lambda: render_docx(sample), runs)
    ours_long = median_ms(lambda: render_docx(big), max(runs // 3, 5))
    rows.append(("in-process", "briefing export, sample", ours, None))
    if docxtpl:
        template = docxtpl_template(work / "template.docx")
        tpl = median_ms(lambda: render_docxtpl(template, docxtpl_context(sample)), runs)
        tpl_long = median_ms(lambda: render_docxtpl(template, docxtpl_context(big)), max(runs // 3, 5))
        rows.append(("in-process", "docxtpl, equivalent template, sample", tpl, ours / tpl))
    rows.append(("in-process", "briefing export, long note", ours_long, None))
    if docxtpl:
        rows.append(("in-process", "docxtpl, long note", tpl_long, ours_long / tpl_long))

    process_runs = max(runs // 3, 5)
    ours_cmd = [sys.executable, "-m", "briefing", "export", str(SAMPLE), "-o", str(work / "ours.docx")]
    ours_proc = median_ms(lambda: subprocess.run(ours_cmd, check=True, capture_output=True), process_runs)
    rows.append(("whole process", "briefing export (CLI), sample", ours_proc, None))
    floor_cmd = [sys.executable, "-m", "briefing", "validate", str(SAMPLE)]
    floor = median_ms(lambda: subprocess.run(floor_cmd, check=True, capture_output=True), process_runs)
    rows.append(("whole process", "briefing validate: start-up + load, no export", floor, None))
    if docxtpl:
        script = work / "tpl.py"
        context_json = work / "context.json"
        import json

        context_json.write_text(json.dumps(docxtpl_context(sample)), "utf-8")
        script.write_text(
            "import json, sys\nfrom docxtpl import DocxTemplate\n"
            f"d = DocxTemplate({str(template)!r})\n"
            f"d.render(json.load(open({str(context_json)!r})))\n"
            f"d.save({str(work / 'tpl.docx')!r})\n", "utf-8")
        tpl_proc = median_ms(lambda: subprocess.run([sys.executable, str(script)], check=True), process_runs)
        rows.append(("whole process", "docxtpl script, sample", tpl_proc, ours_proc / tpl_proc))
    if shutil.which("pandoc"):
        md = work / "note.md"
        md.write_text(markdown(sample), "utf-8")
        pandoc_cmd = ["pandoc", str(md), "-o", str(work / "pandoc.docx")]
        pandoc = median_ms(lambda: subprocess.run(pandoc_cmd, check=True), process_runs)
        rows.append(("whole process", "pandoc markdown -> docx, sample (reference)", pandoc, ours_proc / pandoc))
    else:
        rows.append(("whole process", "pandoc: not installed", float("nan"), None))

    print(f"Word export, medians ({runs} in-process runs, {process_runs} process runs)")
    print(f"{'':14} {'what':46} {'median ms':>10} {'ours / peer':>12}")
    for kind, what, value, ratio in rows:
        shown = f"{ratio:.2f}x" if ratio else ""
        print(f"{kind:14} {what:46} {value:10.1f} {shown:>12}")
    if not docxtpl:
        print("docxtpl is not installed: pip install -e .[bench]")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
