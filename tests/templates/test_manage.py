"""Managing templates: rename, duplicate, delete (own only), letterheads, import and export."""

import pytest

from briefing.errors import BriefingError
from briefing.templates.library import Origin, TemplateLibrary
from briefing.templates.manage import (
    delete_template,
    duplicate_template,
    export_template,
    import_template,
    remove_letterhead,
    rename_template,
    set_letterhead,
)
from briefing.templates.template import load_template
from tests.templates.conftest import make_template, write
from tests.templates.word_letterhead import write_word_letterhead


@pytest.fixture
def lib(tmp_path):
    return TemplateLibrary(user_folder=tmp_path / "user", shared_folder=tmp_path / "shared")


def test_duplicate_a_builtin_then_rename_it(lib):
    path = duplicate_template(lib.resolve("Sprechzettel"), "Sprechzettel Referat 205", folder=lib.user_folder)
    lib.refresh()
    mine = lib.resolve("Sprechzettel Referat 205")
    assert mine.origin == Origin.USER and mine.path == path
    assert [s.key for s in mine.template.sections] == [s.key for s in lib.resolve("Sprechzettel").template.sections]
    assert rename_template(mine, "  Sprechzettel   (Referat 205) ") == path
    lib.refresh()
    assert lib.find("Sprechzettel Referat 205") is None
    assert lib.resolve("Sprechzettel (Referat 205)").path == path


def test_renaming_to_a_name_in_use_is_refused(lib):
    write(lib.user_folder, "a", make_template("Eins"))
    write(lib.user_folder, "b", make_template("Zwei"))
    with pytest.raises(BriefingError, match="'Zwei' already exists"):
        rename_template(lib.resolve("Eins"), "zwei")
    with pytest.raises(BriefingError, match="needs a name"):
        rename_template(lib.resolve("Eins"), " ")


def test_only_the_users_own_templates_can_be_changed(lib, tmp_path):
    write(tmp_path / "shared", "unit", make_template("Einheit"))
    builtin, shared = lib.resolve("Sprechzettel"), lib.resolve("Einheit")
    letterhead = write_word_letterhead(tmp_path / "kopf.docx")
    for entry in (builtin, shared):
        with pytest.raises(BriefingError, match="only your own templates can be deleted"):
            delete_template(entry)
        with pytest.raises(BriefingError, match="only your own templates can be renamed"):
            rename_template(entry, "x")
        with pytest.raises(BriefingError, match="only your own templates can be changed"):
            set_letterhead(entry, letterhead)
    assert builtin.path.exists() and shared.path.exists()


def test_set_replace_and_remove_the_letterhead(lib, tmp_path):
    path = write(lib.user_folder, "eigene", make_template("Eigene"))
    set_letterhead(lib.resolve("Eigene"), write_word_letterhead(tmp_path / "kopf.docx"))
    lib.refresh()
    entry = lib.resolve("Eigene")
    assert entry.letterhead_base() == lib.user_folder / "eigene.letterhead.docx"
    set_letterhead(entry, write_word_letterhead(tmp_path / "neu.dotx"))
    lib.refresh()
    entry = lib.resolve("Eigene")
    assert entry.letterhead_base().name == "eigene.letterhead.dotx"
    assert not (lib.user_folder / "eigene.letterhead.docx").exists()
    with pytest.raises(BriefingError, match="macro"):
        set_letterhead(entry, write_word_letterhead(tmp_path / "m.dotm", macros=True))
    remove_letterhead(entry)
    assert load_template(path).letterhead is None
    assert sorted(p.name for p in lib.user_folder.iterdir()) == ["eigene.json"]


def test_a_template_whose_letterhead_went_missing_can_be_given_a_new_one(lib, tmp_path):
    write(lib.user_folder, "kaputt", make_template("Kaputt", letterhead="weg.docx"))
    broken = next(entry for entry in lib.entries() if entry.name == "Kaputt")
    assert not broken.ok
    set_letterhead(broken, write_word_letterhead(tmp_path / "kopf.docx"))
    lib.refresh()
    assert lib.resolve("Kaputt").ok


def test_delete_removes_the_file_and_its_letterhead_copy(lib, tmp_path):
    path = write(lib.user_folder, "weg", make_template("Weg"))
    set_letterhead(lib.resolve("Weg"), write_word_letterhead(tmp_path / "kopf.docx"))
    keep = write(lib.user_folder, "bleibt", make_template("Bleibt"))
    lib.refresh()
    delete_template(lib.resolve("Weg"))
    assert not path.exists() and not (lib.user_folder / "weg.letterhead.docx").exists()
    assert keep.exists()
    lib.refresh()
    assert lib.find("Weg") is None


def test_delete_keeps_a_letterhead_another_template_uses(lib, tmp_path):
    write(lib.user_folder, "a", make_template("A"))
    set_letterhead(lib.resolve("A"), write_word_letterhead(tmp_path / "kopf.docx"))
    write(lib.user_folder, "b", make_template("B", letterhead="a.letterhead.docx"))
    lib.refresh()
    delete_template(lib.resolve("A"))
    lib.refresh()
    assert lib.resolve("B").ok


def test_export_and_import_carry_the_letterhead(lib, tmp_path):
    write(lib.user_folder, "eigene", make_template("Eigene"))
    set_letterhead(lib.resolve("Eigene"), write_word_letterhead(tmp_path / "kopf.docx"))
    lib.refresh()
    (tmp_path / "share").mkdir()
    shared_file = export_template(lib.resolve("Eigene"), tmp_path / "share" / "eigene-vorlage.json")
    assert (tmp_path / "share" / "eigene-vorlage.letterhead.docx").exists()
    assert load_template(shared_file).letterhead == "eigene-vorlage.letterhead.docx"

    other = TemplateLibrary(user_folder=tmp_path / "colleague")
    imported = import_template(shared_file, folder=other.user_folder)
    entry = other.resolve("Eigene")
    assert entry.path == imported and entry.ok and entry.letterhead_base().exists()
    with pytest.raises(BriefingError, match="already exists"):
        import_template(shared_file, folder=other.user_folder)
    assert import_template(shared_file, folder=other.user_folder, replace=True) == imported


def test_import_refuses_a_broken_file(tmp_path):
    bad = write(tmp_path, "bad", make_template("Schlecht", letterhead="fehlt.docx"))
    with pytest.raises(BriefingError, match="fehlt.docx is missing"):
        import_template(bad, folder=tmp_path / "user")
    assert not (tmp_path / "user").exists() or not any((tmp_path / "user").iterdir())
