"""A non-editable install carries everything Briefing reads at run time."""

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from briefing.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent


def _configured_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_python_package_of_the_checkout_is_listed_for_the_wheel():
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "briefing").rglob("__init__.py")}
    assert found - _configured_packages() == set()
    assert "briefing_resources" in _configured_packages()


def test_shipped_files_are_found_through_one_module():
    assert resource_path("base.docx").is_file()
    assert len(list(resource_path("templates").glob("*.json"))) >= 8
    assert resource_path("translations", "briefing_de.qm").is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    if done.returncode != 0 and "Could not find a version that satisfies" in done.stderr:
        pytest.skip("pip cannot reach a package index for the build backend (setuptools)")
    assert done.returncode == 0, done.stderr[-2000:]
    [built] = out.glob("briefing-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_holds_templates_base_document_and_translation(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "briefing_resources/base.docx" in names
    assert "briefing_resources/translations/briefing_de.qm" in names
    templates = {name for name in names if name.startswith("briefing_resources/templates/")}
    assert {Path(name).name for name in templates} == {p.name for p in (ROOT / "resources" / "templates").glob("*.json")}
    assert {"briefing/extract/data/de.json", "briefing/resources.py", "briefing/ui/app.py"} <= names


@pytest.mark.slow
def test_an_installed_wheel_finds_its_resources_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)  # what pip install puts into site-packages
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from briefing.resources import resource_path as r;"
        "print(r('base.docx').is_file(), r('translations', 'briefing_de.qm').is_file(), r())"
    )
    # -S: no site-packages, so the checkout's editable install cannot answer instead.
    done = subprocess.run([sys.executable, "-S", "-c", code, str(target)], capture_output=True, text=True,
                          cwd=tmp_path, check=True)
    assert done.stdout.split() == ["True", "True", str(target / "briefing_resources")]

