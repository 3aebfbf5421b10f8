"""Packaging the generated SDK: the build regenerates from the spec when it can, and the
wheel installs and imports in a clean environment with metadata taken from the spec."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from email.parser import Parser
from pathlib import Path
from typing import Any

from conftest import REPO
from test_cli import add_pet_field, edit_spec, make_project, run

PACKAGE = "swagger_petstore"


def with_metadata(document: dict[str, Any]) -> None:
    document["info"].update(
        version="2.3.0",
        description="Pets, typed.",
        contact={"url": "https://pets.example.com"},
    )


def build(sdk: Path, dist: Path) -> tuple[int, str]:
    """sdist, then the wheel from the unpacked sdist (as downstream builds it), offline;
    the exit code and the build log."""
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(sdk)],
        check=False, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(REPO)},  # sdkgen importable, as when installed
    )
    return built.returncode, built.stdout + built.stderr


def wheel_metadata(wheel: Path) -> Any:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return Parser().parsestr(archive.read(name).decode()), archive.namelist()


def test_wheel_carries_spec_metadata_and_installs_into_a_clean_venv(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    edit_spec(project, with_metadata)
    assert run(project, "generate")[0] == 0
    code, log = build(project / "sdk", tmp_path / "dist")
    assert code == 0, log[-2000:]
    # The wheel is built from the sdist, away from the project: packaged as it is.
    assert "no project generates into this folder; packaging it as it is" in log
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    assert len(list((tmp_path / "dist").glob("*.tar.gz"))) == 1
    metadata, names = wheel_metadata(wheel)
    assert (metadata["Name"], metadata["Version"]) == ("swagger-petstore", "2.3.0")
    assert metadata["Summary"].startswith("Swagger Petstore: a typed Python client")
    assert "MIT" in (metadata["License"] or metadata["License-Expression"])
    assert metadata.get_all("Project-URL") == ["Homepage, https://pets.example.com"]
    assert f"{PACKAGE}/py.typed" in names
    assert not any(n.startswith(("tests/", "hatch_build")) for n in names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--no-deps", "--no-index", "--disable-pip-version-check", str(wheel)],
        check=True, timeout=120,
    )
    # httpx and pydantic come from the main venv, after the clean venv's own packages.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    Path(site, "runtime-deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    imported = subprocess.run(
        [str(python), "-c", f"import {PACKAGE}; print({PACKAGE}.__file__)"],
        check=False, capture_output=True, text=True, cwd=tmp_path, env={"PATH": "/usr/bin:/bin"},
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith(site)


def test_build_regenerates_a_stale_sdk_before_packaging(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    assert run(project, "generate")[0] == 0
    edit_spec(project, add_pet_field("color"))
    code, log = build(project / "sdk", tmp_path / "dist")
    assert code == 0, log[-2000:]
    assert "regenerated from" in log
    assert "color" in (project / "sdk" / "src" / PACKAGE / "models" / "pet.py").read_text()
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert "color" in archive.read(f"{PACKAGE}/models/pet.py").decode()
    assert run(project, "check")[0] == 0


def test_new_metadata_from_the_spec_stops_the_build_until_it_is_rerun(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    assert run(project, "generate")[0] == 0
    edit_spec(project, with_metadata)
    code, log = build(project / "sdk", tmp_path / "dist")
    assert code != 0
    assert "with new package metadata, which this build had already read; run the build again" in log
    code, log = build(project / "sdk", tmp_path / "dist")
    assert code == 0, log[-2000:]
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    assert wheel.name == f"{PACKAGE}-2.3.0-py3-none-any.whl"


# Run from the generator installed out of its wheel: generate with an empty cache and print
# the templates jinja had to compile.
COLD_RUN = """
import sys
import jinja2
import generator
assert generator.__file__.startswith(sys.argv[1]), generator.__file__
compiled = []
real = jinja2.Environment.compile
def counting(self, source, name=None, *args):
    compiled.append(name)
    return real(self, source, name, *args)
jinja2.Environment.compile = counting
from generator.cli import main
assert main(["generate", "-q", "--spec", sys.argv[2], "--out", sys.argv[3]]) == 0
print(compiled)
"""


def test_the_generators_wheel_carries_its_templates_compiled(tmp_path: Path) -> None:
    """Installed from its wheel, the generator compiles no template on a run with an empty
    cache: the build hook compiled them all into the wheel."""
    source = tmp_path / "source"
    for part in ("generator", "templates"):
        shutil.copytree(REPO / part, source / part,
                        ignore=shutil.ignore_patterns("__pycache__", "compiled_templates"))
    for file in ("pyproject.toml", "README.md"):
        shutil.copyfile(REPO / file, source / file)
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(tmp_path / "dist"), str(source)], check=True, capture_output=True, timeout=300)
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        compiled = [n for n in archive.namelist() if n.startswith("generator/compiled_templates/")]
    templates = list((REPO / "templates").rglob("*.jinja"))
    assert len(compiled) == len(templates)
    installed = tmp_path / "installed"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    "--disable-pip-version-check", "--target", str(installed), str(wheel)], check=True)
    cold = subprocess.run(
        [sys.executable, "-c", COLD_RUN, str(installed), str(REPO / "tests" / "corpus" / "petstore.yaml"),
         str(tmp_path / "out")],
        check=True, capture_output=True, text=True, timeout=300, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(installed), "SDKGEN_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert cold.stdout.strip() == "[]"
