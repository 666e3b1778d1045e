"""The template file: reading, writing, and a clear error for every kind of bad file."""

import json

import pytest

from briefing.errors import BriefingError
from briefing.model.sections import SectionKind
from briefing.templates.folders import builtin_templates_folder
from briefing.templates.template import (
    MAX_TEMPLATE_BYTES,
    dumps_template,
    load_template,
    loads_template,
)
from tests.templates.conftest import make_template, write

BUILTIN = sorted(builtin_templates_folder().glob("*.json"))


def test_round_trip_through_a_file(tmp_path):
    template = make_template(letterhead="briefkopf.dotx")
    path = write(tmp_path, "t", template)
    assert load_template(path) == template
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == "briefing-template" and data["schema_version"] == 1


def _data(**changes):
    data = json.loads(dumps_template(make_template()))
    data.update(changes)
    return data


@pytest.mark.parametrize(
    "text, words",
    [
        ("{broken", "broken JSON at line 1"),
        (json.dumps({"format": "briefing-note", "schema_version": 1}), "format marker"),
        (json.dumps(_data(schema_version=9)), "newer version of Briefing (schema 9"),
        (json.dumps(_data(schema_version="1")), "schema_version is missing"),
        (json.dumps(_data(macro="Shell('rm')")), "macro: is not a field of a template"),
        (json.dumps(_data(name="  ")), "name"),
        (json.dumps(_data(language="fr")), "language"),
        (json.dumps(_data(sections=[])), "sections"),
        (json.dumps(_data(letterhead="../../secret.docx")), "must be a file in the template's own folder"),
        (json.dumps(_data(letterhead="/etc/briefkopf.docx")), "must be a file in the template's own folder"),
        (json.dumps(_data(letterhead="C:\\Vorlagen\\kopf.docx")), "must be a file in the template's own folder"),
        (json.dumps(_data(sections=[{"key": "a", "heading": "A"}, {"key": "a", "heading": "B"}])), "section key used twice: a"),
        (json.dumps(_data(sections=[{"key": "Bad Key", "heading": "A"}])), "is not a section key"),
        (json.dumps(_data(sections=[{"key": "p", "kind": "participants", "text": "x"}])), "cannot hold text"),
        (json.dumps(_data(sections=[{"key": "a", "kind": "visit"}, {"key": "b", "kind": "visit"}])), "block used twice: visit"),
        (json.dumps(_data(sections=[{"key": "a", "kind": "poem"}])), "sections[0].kind"),
    ],
)
def test_bad_template_files_name_the_file_and_the_problem(tmp_path, text, words):
    path = write(tmp_path, "bad", text=text)
    with pytest.raises(BriefingError) as caught:
        load_template(path)
    assert caught.value.path == path
    assert words in str(caught.value)
    assert str(path) in str(caught.value)


def test_binary_oversized_missing_and_folder(tmp_path):
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\x00\x01PK")
    large = tmp_path / "l.json"
    large.write_bytes(b" " * (MAX_TEMPLATE_BYTES + 1))
    for path, words in ((binary, "binary"), (large, "too large"), (tmp_path / "none.json", "cannot read"),
                        (tmp_path, "is a folder")):
        with pytest.raises(BriefingError, match=words):
            load_template(path)


def test_text_is_read_with_or_without_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + dumps_template(make_template()).encode())
    assert load_template(path).name == "Unit brief"
    assert loads_template(dumps_template(make_template())).name == "Unit brief"


def test_letterhead_resolves_inside_the_template_folder(tmp_path):
    template = make_template(letterhead="kopf/briefkopf.docx")
    assert template.letterhead_path(tmp_path / "t.json") == tmp_path / "kopf" / "briefkopf.docx"
    assert make_template().letterhead_path(tmp_path / "t.json") is None


def test_eight_builtin_templates_four_kinds_in_german_and_english():
    assert len(BUILTIN) == 8
    templates = {path.stem: load_template(path) for path in BUILTIN}
    kinds = {stem.rsplit("-", 1)[0] for stem in templates}
    assert kinds == {"incoming-visit", "outgoing-visit", "speaking-note", "commission-meeting"}
    names = [template.name for template in templates.values()]
    assert len(set(names)) == 8
    for kind in kinds:
        german, english = templates[f"{kind}-de"], templates[f"{kind}-en"]
        assert (german.language, english.language) == ("de", "en")
        # Pairs share their outline, so that switching language keeps every section in place.
        assert [(s.key, s.kind) for s in german.sections] == [(s.key, s.kind) for s in english.sections]
        assert german.description and english.description
        assert german.defaults.classification and english.defaults.classification
        assert all(s.heading for s in german.sections) and all(s.heading for s in english.sections)


def test_the_speaking_note_has_what_a_sprechzettel_has():
    german = load_template(builtin_templates_folder() / "speaking-note-de.json")
    headings = [section.heading for section in german.sections]
    for wanted in ("Sachstand", "Gesprächsziele", "Aktive Gesprächsführung", "Reaktive Gesprächsführung"):
        assert wanted in headings
    assert german.name == "Sprechzettel"


def test_briefs_have_the_structured_blocks_a_visit_needs():
    for stem in ("incoming-visit", "outgoing-visit", "commission-meeting"):
        for language in ("de", "en"):
            template = load_template(builtin_templates_folder() / f"{stem}-{language}.json")
            kinds = {section.kind for section in template.sections}
            assert {SectionKind.VISIT, SectionKind.PROGRAMME, SectionKind.PARTICIPANTS,
                    SectionKind.DOCUMENTS, SectionKind.CHRONOLOGY, SectionKind.SOURCES} <= kinds
    commission = load_template(builtin_templates_folder() / "commission-meeting-de.json")
    assert "Unterzeichnung des Sitzungsprotokolls" in commission.section("agenda").text
