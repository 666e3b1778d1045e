"""openxml-audit (schema and Word-compatibility check) finds no error in exports."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.export import export_docx
from tests.export.conftest import english


def audit(path: Path) -> dict:
    tool = Path(sys.executable).with_name("openxml-audit")
    if not tool.exists():
        pytest.skip("openxml-audit is not installed (pip install -e .[test])")
    result = subprocess.run([str(tool), "-o", "json", "-m", "0", str(path)], capture_output=True, text=True)
    return json.loads(result.stdout)[0]


def test_sample_export_has_no_errors(sample_docx):
    report = audit(sample_docx)
    assert report["error_count"] == 0, report["errors"]
    assert report["verdict"]["prediction"] == "opens-clean"


def test_long_note_has_no_errors(long_docx):
    report = audit(long_docx)
    assert report["error_count"] == 0, report["errors"]


def test_english_note_has_no_errors(sample_note, tmp_path):
    out = tmp_path / "en.docx"
    export_docx(english(sample_note), out)
    assert audit(out)["error_count"] == 0


def test_the_shipped_base_has_no_errors():
    from briefing.export.base import BASE_DOCX

    assert audit(BASE_DOCX)["error_count"] == 0
