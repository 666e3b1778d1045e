"""Random and mutated notes and sources: only BriefingError escapes, and every saved note loads again."""

from __future__ import annotations

import json
import os
import zipfile
from io import BytesIO

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import BriefingError
from briefing.model import Note
from briefing.model.notefile import dumps_note, load_note, save_note
from briefing.model.problems import find_problems
from briefing.sources.html_file import html_to_text
from briefing.sources.loader import load_source, source_from_text
from tests.sourcefiles import GERMAN, RUSSIAN, document_xml, email_bytes, html_page
from tests.strategies import notes

# BRIEFING_FUZZ_EXAMPLES=5000 runs a longer search than the suite's default.
FAST = settings(max_examples=int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "100")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SUFFIXES = [".txt", ".html", ".eml", ".docx", ".mht", ""]


def _docx_bytes(document: str | bytes) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


SEEDS = {
    ".txt": [GERMAN.encode("cp1252"), RUSSIAN.encode("koi8_r", "replace"), RUSSIAN.encode("utf-16")],
    ".html": [html_page("Titel", GERMAN.split("\n")).encode()],
    ".eml": [email_bytes("Betreff", RUSSIAN, attachments=[("a.pdf", b"%PDF")], html="<p>x</p>")],
    ".docx": [_docx_bytes(document_xml(GERMAN.split("\n")))],
}


@st.composite
def mutated(draw, data: bytes) -> bytes:
    """``data`` with a few bytes flipped, inserted, deleted, or cut off."""
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 16))]
        elif kind == "truncate":
            del data[at:]
        elif kind == "duplicate":
            data[at:at] = data[at:at + draw(st.integers(1, 64))]
    return bytes(data)


def _load_or_refuse(path) -> None:
    try:
        source = load_source(path)
    except BriefingError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        return
    assert source.text.strip() and "\x00" not in source.text and "\r" not in source.text
    assert all(0 <= part.start < part.end <= len(source.text) for part in source.ignored)
    _saves_and_loads(Note(sources=(source,)), path.with_name("check.briefing.json"))


def _saves_and_loads(note: Note, path) -> None:
    save_note(note, path, backup=True)
    assert load_note(path) == note


@FAST
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_load_or_are_refused(tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    _load_or_refuse(path)


@FAST
@given(st.data())
def test_mutated_sources_load_or_are_refused(tmp_path, data):
    suffix = data.draw(st.sampled_from(sorted(SEEDS)))
    seed = data.draw(st.sampled_from(SEEDS[suffix]))
    path = tmp_path / f"mutated{suffix}"
    path.write_bytes(data.draw(mutated(seed)))
    _load_or_refuse(path)


@FAST
@given(body=st.text(max_size=300), attribute=st.text(max_size=20))
def test_random_word_xml_loads_or_is_refused(tmp_path, body, attribute):
    escaped = json.dumps(attribute)
    xml = document_xml(["x"]).replace("<w:body>", f"<w:body><w:p w:x={escaped}>{body}</w:p>")
    path = tmp_path / "random.docx"
    path.write_bytes(_docx_bytes(xml.encode("utf-8", "surrogatepass")))
    _load_or_refuse(path)


@FAST
@given(markup=st.text(alphabet=st.sampled_from(list("<>/!-[]&#;=\"' abcdehlmoprstx\n")), max_size=200))
def test_random_markup_gives_text_or_a_clear_refusal(markup):
    try:
        text, title = html_to_text(markup)
    except BriefingError:
        return
    assert isinstance(text, str) and isinstance(title, str)


@FAST
@given(text=st.text(max_size=300), title=st.text(max_size=20))
def test_pasted_text_becomes_a_source_that_saves_or_is_refused(tmp_path, text, title):
    try:
        source = source_from_text(text, title)
    except BriefingError as exc:
        assert exc.path is None
        return
    _saves_and_loads(Note(sources=(source,)), tmp_path / "pasted.briefing.json")


@FAST
@given(note=notes)
def test_every_saved_note_loads_again_and_can_be_checked(tmp_path, note):
    path = tmp_path / "n.briefing.json"
    _saves_and_loads(note, path)
    find_problems(load_note(path))


@FAST
@given(note=notes, data=st.data())
def test_mutated_note_files_load_or_are_refused(tmp_path, note, data):
    path = tmp_path / "m.briefing.json"
    path.write_bytes(data.draw(mutated(dumps_note(note).encode("utf-8"))))
    try:
        loaded = load_note(path)
    except BriefingError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        return
    find_problems(loaded)
    _saves_and_loads(loaded, path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)


@FAST
@given(note=notes, data=st.data())
def test_notes_with_values_replaced_by_random_json_load_or_are_refused(tmp_path, note, data):
    document = json.loads(dumps_note(note))
    target = document
    keys = []
    while isinstance(target, (dict, list)) and target and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(sorted(target) if isinstance(target, dict) else range(len(target))))
        keys.append(key)
        target = target[key]
    value = data.draw(json_values)
    if keys:
        parent = document
        for key in keys[:-1]:
            parent = parent[key]
        parent[keys[-1]] = value
    path = tmp_path / "r.briefing.json"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    try:
        loaded = load_note(path)
    except BriefingError:
        return
    find_problems(loaded)
    _saves_and_loads(loaded, path)
