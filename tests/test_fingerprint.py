"""The no-op fast path: a rerun with unchanged inputs and an untouched output folder reuses
the last run's record; any change to an input or the output, or a bad record, runs in full."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO

from generator import cli, fingerprint, pipeline

MULTIFILE = REPO / "tests" / "specs" / "multifile"
EDITABLE = "README.md"  # rendered from the overlay, so its name is ours
HEAVY_MODULES = ("black", "jinja2", "jsonschema", "openapi_spec_validator", "pydantic")


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the module: black's cache stays warm, and each test has its own out
    folder, hence its own run record."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def project(tmp_path: Path, shared_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The multi-file spec and an overlay replacing the README, in a folder of their own."""
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(shared_cache))
    shutil.copytree(MULTIFILE, tmp_path / "spec")
    (tmp_path / "overlay").mkdir()
    (tmp_path / "overlay" / "README.md.jinja").write_text("# {{ api.title }}\n")
    return tmp_path


@pytest.fixture
def full_runs(monkeypatch: pytest.MonkeyPatch) -> list[pipeline.Config]:
    """The configs pipeline.produce ran for: empty when every run took the fast path."""
    produced: list[pipeline.Config] = []
    real_produce = pipeline.produce

    def counting_produce(config: pipeline.Config) -> pipeline.Generated:
        produced.append(config)
        return real_produce(config)

    monkeypatch.setattr(pipeline, "produce", counting_produce)
    return produced


def arguments(project: Path, command: str = "generate", *extra: str) -> list[str]:
    return [command, "--project", str(project), "--spec", str(project / "spec" / "openapi.yaml"),
            "--out", str(project / "out"), "--templates", str(project / "overlay"), *extra]


def sdkgen(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """Exit code and stderr of the command run in this process."""
    code = cli.main(list(argv))
    return code, capsys.readouterr().err


def generated_once(project: Path, capsys: pytest.CaptureFixture[str],
                   full_runs: list[pipeline.Config]) -> None:
    """A first, full generate; full_runs is emptied so a test counts only what follows."""
    assert sdkgen(capsys, *arguments(project))[0] == 0
    assert len(full_runs) == 1
    full_runs.clear()


def test_an_unchanged_rerun_of_generate_and_check_reuses_the_last_run(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[pipeline.Config]
) -> None:
    generated_once(project, capsys, full_runs)
    before = {path: path.stat().st_mtime_ns for path in (project / "out").rglob("*")}
    code, err = sdkgen(capsys, *arguments(project), "--verbose")
    assert code == 0
    assert full_runs == []
    files = len(json.loads((project / "out" / ".sdkgen-manifest.json").read_text())["files"])
    assert f"{files} files, 0 changed, " in err
    assert {path: path.stat().st_mtime_ns for path in (project / "out").rglob("*")} == before
    code, err = sdkgen(capsys, *arguments(project, "check"))
    assert (code, full_runs) == (0, [])
    assert f"{files} files, up to date, " in err


def test_notes_of_the_last_run_are_shown_again_with_verbose(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[pipeline.Config]
) -> None:
    callback = (
        "  callbacks:\n"
        "    onPet:\n"
        "      '{$request.query.url}':\n"
        "        post:\n"
        "          responses:\n"
        "            '200': {description: ok}\n"
    )
    pets = project / "spec" / "paths" / "pets.yaml"
    text = pets.read_text()
    assert "\n  responses:" in text
    pets.write_text(text.replace("\n  responses:", "\n" + callback + "  responses:", 1))
    code, err = sdkgen(capsys, *arguments(project), "--verbose")
    notes = [line for line in err.splitlines() if line.startswith("  note: ")]
    assert code == 0 and notes, err
    code, err = sdkgen(capsys, *arguments(project), "--verbose")
    assert len(full_runs) == 1
    assert [line for line in err.splitlines() if line.startswith("  note: ")] == notes


def test_the_fast_path_imports_none_of_the_heavy_packages(project: Path) -> None:
    """In a fresh interpreter, as a user runs it: a rerun must not pay for black & co."""
    probe = (
        "import sys\n"
        "from generator import cli\n"
        "code = cli.main(sys.argv[1:])\n"
        f"print(sorted(m for m in {HEAVY_MODULES!r} if m in sys.modules))\n"
        "sys.exit(code)\n"
    )

    def run() -> tuple[int, str]:
        done = subprocess.run(
            [sys.executable, "-c", probe, *arguments(project, "generate", "--quiet")],
            check=False, capture_output=True, text=True, timeout=120, cwd=REPO,
        )
        return done.returncode, done.stdout.strip()

    code, imported = run()
    assert code == 0 and "'jinja2'" in imported  # the probe sees what a full run imports
    assert run() == (0, "[]")


def edit_root_spec(project: Path) -> None:
    root = project / "spec" / "openapi.yaml"
    root.write_text(root.read_text().replace("title: Pets", "title: Pets Renamed"))


def edit_referenced_spec(project: Path) -> None:
    pet = project / "spec" / "schemas" / "pet.yaml"
    pet.write_text(pet.read_text().replace("    name:\n", "    nickname:\n      type: string\n    name:\n"))


def edit_overlay(project: Path) -> None:
    (project / "overlay" / "README.md.jinja").write_text("# {{ api.title }} (edited)\n")


def output_contains(project: Path, text: str) -> bool:
    return any(text in path.read_text() for path in (project / "out").rglob("*") if path.is_file())


@pytest.mark.parametrize(
    ("change", "expected_in_output"),
    [(edit_root_spec, "# Pets Renamed"), (edit_referenced_spec, "nickname"), (edit_overlay, "(edited)")],
    ids=["root spec", "referenced spec file", "template overlay"],
)
def test_an_edited_input_runs_in_full(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[pipeline.Config],
    change: Callable[[Path], None], expected_in_output: str,
) -> None:
    generated_once(project, capsys, full_runs)
    assert not output_contains(project, expected_in_output)
    change(project)
    code, _ = sdkgen(capsys, *arguments(project, "check"))
    assert (code, len(full_runs)) == (1, 1)
    code, err = sdkgen(capsys, *arguments(project))
    assert code == 0 and len(full_runs) == 2
    assert " 0 changed" not in err  # the space: "40 changed" is a full run too
    assert output_contains(project, expected_in_output)


def test_a_spec_file_edited_while_generating_runs_in_full_next_time(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[pipeline.Config],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The record holds the digests of the bytes the run read, not of the files afterwards."""
    from generator import load

    real_load = load.load_spec

    def load_then_edit(path: Path) -> load.LoadedSpec:
        loaded = real_load(path)
        edit_referenced_spec(project)  # after reading, before the record is written
        return loaded

    monkeypatch.setattr(load, "load_spec", load_then_edit)
    generated_once(project, capsys, full_runs)
    monkeypatch.setattr(load, "load_spec", real_load)
    assert not output_contains(project, "nickname")
    code, _ = sdkgen(capsys, *arguments(project))
    assert code == 0 and len(full_runs) == 1
    assert output_contains(project, "nickname")


def test_a_template_edited_while_rendering_runs_in_full_next_time(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[pipeline.Config],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The record holds the templates as they were before rendering, not after."""
    from generator import render

    real_render = render.render

    def render_then_edit(*args: object) -> dict[str, str]:
        texts = real_render(*args)  # type: ignore[arg-type]
        (project / "overlay" / "README.md.jinja").write_text("# {{ api.title }} (edited)\n")
        return texts

    monkeypatch.setattr(render, "render", render_then_edit)
    generated_once(project, capsys, full_runs)
    monkeypatch.setattr(render, "render", real_render)
    assert not output_contains(project, "(edited)")
    code, _ = sdkgen(capsys, *arguments(project))
    assert code == 0 and len(full_runs) == 1
    assert output_contains(project, "(edited)")


@pytest.mark.parametrize("option", ["--package", "--templates"])
def test_another_option_runs_in_full(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[pipeline.Config], option: str
) -> None:
    generated_once(project, capsys, full_runs)
    second_overlay = project / "second-overlay"
    second_overlay.mkdir()
    value = {"--package": "shop", "--templates": str(second_overlay)}[option]
    code, _ = sdkgen(capsys, *arguments(project), option, value)
    assert (code, len(full_runs)) == (0, 1)
    used = full_runs[0]
    assert used.package == "shop" if option == "--package" else second_overlay in used.templates
    assert sdkgen(capsys, *arguments(project), option, value)[0] == 0
    assert len(full_runs) == 1  # and the new options' record serves the next run


def test_a_generated_file_edited_by_hand_is_still_refused(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[pipeline.Config]
) -> None:
    generated_once(project, capsys, full_runs)
    edited = project / "out" / EDITABLE
    edited.write_text(edited.read_text() + "mine\n")
    code, err = sdkgen(capsys, *arguments(project))
    assert code == 2 and "edited by hand" in err and EDITABLE in err
    code, err = sdkgen(capsys, *arguments(project, "check"))
    assert code == 1 and f"! {EDITABLE} (edited by hand)" in err
    assert len(full_runs) == 2
    assert edited.read_text().endswith("mine\n")


def test_a_generated_file_deleted_is_written_again(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[pipeline.Config]
) -> None:
    generated_once(project, capsys, full_runs)
    deleted = project / "out" / EDITABLE
    original = deleted.read_bytes()
    deleted.unlink()
    code, err = sdkgen(capsys, *arguments(project))
    assert (code, len(full_runs)) == (0, 1)
    assert "1 changed" in err
    assert deleted.read_bytes() == original


def test_a_generated_folder_replaced_by_a_symlink_runs_in_full(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[pipeline.Config]
) -> None:
    generated_once(project, capsys, full_runs)
    sources = project / "out" / "src"
    shutil.copytree(sources, project / "src-copy")
    shutil.rmtree(sources)
    sources.symlink_to(project / "src-copy")
    code, err = sdkgen(capsys, *arguments(project, "check"))
    assert (code, len(full_runs)) == (1, 1)
    assert "edited by hand" in err


def test_force_runs_in_full(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[pipeline.Config]
) -> None:
    generated_once(project, capsys, full_runs)
    assert sdkgen(capsys, *arguments(project), "--force")[0] == 0
    assert len(full_runs) == 1


def corrupt(record: Path) -> None:
    record.write_text('{"version": 1, "fingerprint": ')


def wrong_types(record: Path) -> None:
    data = json.loads(record.read_text())
    data["spec_files"] = [[1, 2]]
    record.write_text(json.dumps(data))


def unreadable(record: Path) -> None:
    if record.is_file():
        record.unlink()
        record.mkdir()  # reading it fails with an OSError, even for root


@pytest.mark.parametrize("damage", [corrupt, wrong_types, unreadable])
def test_a_bad_run_record_means_a_full_run(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[pipeline.Config],
    damage: Callable[[Path], None],
) -> None:
    generated_once(project, capsys, full_runs)
    record = fingerprint.record_path(project / "out")
    assert record is not None and record.is_file()
    damage(record)
    code, err = sdkgen(capsys, *arguments(project, "check"))
    assert (code, len(full_runs)) == (0, 1)
    assert "up to date" in err
    damage(record)  # the clean check above may have stored a good record again
    code, err = sdkgen(capsys, *arguments(project))
    assert (code, len(full_runs)) == (0, 2)
    assert "0 changed" in err


def test_a_record_is_written_by_a_clean_check_and_not_by_a_failing_one(
    project: Path, capsys: pytest.CaptureFixture[str], full_runs: list[pipeline.Config]
) -> None:
    generated_once(project, capsys, full_runs)
    record = fingerprint.record_path(project / "out")
    assert record is not None
    record.unlink()
    assert sdkgen(capsys, *arguments(project, "check"))[0] == 0
    assert record.is_file() and len(full_runs) == 1
    assert sdkgen(capsys, *arguments(project, "check"))[0] == 0
    assert len(full_runs) == 1
    record.unlink()
    edit_overlay(project)
    assert sdkgen(capsys, *arguments(project, "check"))[0] == 1
    assert not record.exists()
