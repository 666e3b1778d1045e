"""Random and mutated notes and wire reports through extract and export: only BriefingError escapes.

tests/extract/test_robustness.py feeds random word salad to extract; here real wire reports
are mutated and carried on through the whole chain an officer uses: text -> source ->
extract -> note -> save/load -> Word export -> the note read back from the .docx.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import os
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import BriefingError
from briefing.export import export_docx, read_docx_note
from briefing.export.writer import render_docx
from briefing.extract import extract
from briefing.model import Note
from briefing.model.notefile import dumps_note, load_note, save_note
from briefing.sources.loader import source_from_text
from tests.conftest import ROOT, SAMPLE_NOTE
from tests.strategies import notes

FAST = settings(max_examples=int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "60")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
CORPUS = sorted((ROOT / "benchmarks" / "corpus" / "dev").glob("*.txt"))


@functools.cache
def _wire(index: int) -> str:
    return CORPUS[index].read_text("utf-8")


@st.composite
def mutated_text(draw, text: str) -> str:
    """``text`` with a few characters replaced, inserted, deleted, duplicated or cut off."""
    chars = list(text)
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["replace", "insert", "delete", "duplicate", "truncate"]))
        at = draw(st.integers(0, max(0, len(chars) - 1)))
        if kind == "replace" and chars:
            chars[at] = draw(st.characters(codec="utf-8"))
        elif kind == "insert":
            chars[at:at] = draw(st.text(min_size=1, max_size=12))
        elif kind == "delete":
            del chars[at:at + draw(st.integers(1, 40))]
        elif kind == "duplicate":
            chars[at:at] = chars[at:at + draw(st.integers(1, 200))]
        else:
            del chars[at:]
    return "".join(chars)


def _export_or_refuse(note: Note, target: Path) -> None:
    """Export ``note``: refused with one line naming the target, or a .docx that gives the note back."""
    target.unlink(missing_ok=True)  # hypothesis runs every example in the same folder
    try:
        export_docx(note, target)
    except BriefingError as exc:
        assert "\n" not in str(exc) and str(target) in str(exc)
        assert not target.exists()
        return
    assert zipfile.is_zipfile(target)
    assert read_docx_note(target).note == note


@FAST
@given(data=st.data(), language=st.sampled_from([None, "de", "en", "ru"]),
       published=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))))
def test_mutated_wire_reports_go_through_extract_note_and_export(tmp_path, data, language, published):
    index = data.draw(st.integers(0, len(CORPUS) - 1))
    text = data.draw(mutated_text(_wire(index)))
    try:
        source = source_from_text(text, CORPUS[index].stem)
    except BriefingError:
        return  # empty or unusable text: refused before anything else
    result = extract(source.text, published=published, language=language, source_id=source.id)
    for suggestion in result.suggestions:
        assert all(0 <= span.start <= span.end <= len(source.text) for span in suggestion.spans)
    note = result.to_note(source)
    path = tmp_path / "n.briefing.json"
    save_note(note, path)
    assert load_note(path) == note
    _export_or_refuse(note, tmp_path / "n.docx")


@FAST
@given(note=notes)
def test_random_notes_export_or_are_refused_and_give_the_note_back(tmp_path, note):
    _export_or_refuse(note, tmp_path / "r.docx")


@FAST
@given(note=notes, base=st.sampled_from([None, "letter.docx", "kopf.dotx"]))
def test_rendering_random_notes_raises_nothing_but_briefing_errors(tmp_path, note, base):
    base_path = None
    if base is not None:
        base_path = tmp_path / base
        if not base_path.exists():
            base_path.write_bytes(_sample_docx())  # an earlier export used as base
    try:
        data = render_docx(note, base=base_path)
    except BriefingError:
        return
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@FAST
@given(data=st.data())
def test_the_sample_with_a_value_replaced_loads_and_exports_or_is_refused(tmp_path, data):
    document = json.loads(SAMPLE_NOTE.read_text("utf-8"))
    parent, key = None, None
    target = document
    while isinstance(target, (dict, list)) and target and data.draw(st.booleans()):
        parent = target
        key = data.draw(st.sampled_from(sorted(target) if isinstance(target, dict) else range(len(target))))
        target = target[key]
    if parent is not None:
        parent[key] = data.draw(json_values)
    path = tmp_path / "s.briefing.json"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    try:
        note = load_note(path)
    except BriefingError:
        return
    _export_or_refuse(note, tmp_path / "s.docx")


@functools.cache
def _sample_docx() -> bytes:
    return render_docx(load_note(SAMPLE_NOTE))
