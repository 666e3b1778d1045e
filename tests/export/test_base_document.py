"""The shipped base is what tools/make_base_docx.py builds, and it leaks nothing."""

import importlib.util
import zipfile

from briefing.export.base import BASE_DOCX
from tests.conftest import ROOT


def test_the_committed_base_is_the_one_the_script_builds(tmp_path):
    spec = importlib.util.spec_from_file_location("make_base_docx", ROOT / "tools" / "make_base_docx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(tmp_path / "base.docx")
    assert built.read_bytes() == BASE_DOCX.read_bytes(), "run: python tools/make_base_docx.py"


def test_the_base_is_slim_a4_and_anonymous():
    with zipfile.ZipFile(BASE_DOCX) as archive:
        names = archive.namelist()
        core = archive.read("docProps/core.xml").decode()
        document = archive.read("word/document.xml").decode()
    assert not any("thumbnail" in n or "stylesWithEffects" in n for n in names)
    assert "python-docx" not in core and "<dc:creator" not in core and "created" not in core
    assert 'w:w="11906" w:h="16838"' in document
    assert BASE_DOCX.stat().st_size < 20_000
