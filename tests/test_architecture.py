"""The import rules of pyproject.toml (import-linter contracts) hold."""

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_editor_start_up_does_not_import_python_docx():
    code = "import sys, briefing.cli, briefing.model.notefile; assert 'docx' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
