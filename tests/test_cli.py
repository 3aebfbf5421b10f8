"""The ``sdkgen`` command line: exit codes, one-line errors, output for people, overlays."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO, TEST_CACHE
from records import CORPUS

from generator import cli
from generator.render import BUILTIN_TEMPLATES

RUNTIME_PARTIAL = "partials/readme_runtime.md.jinja"
SUMMARY = re.compile(r"^\d+ files, \d+ changed, \d+\.\d s -> ")
DIAGNOSTIC = re.compile(r"^[^:\n]+:\d+:\d+: /[^:\n]*: .+$")


def make_project(root: Path, *, overlay_readme: str | None = None) -> Path:
    """A project generating petstore into ``sdk/`` through [tool.sdkgen], with an overlay
    folder (a stand-in for the README runtime partial while the built-in one is missing)."""
    project = root / "project"
    overlay = project / "overlay"
    (overlay / "partials").mkdir(parents=True)
    if not (BUILTIN_TEMPLATES / RUNTIME_PARTIAL).is_file():
        (overlay / RUNTIME_PARTIAL).write_text("## Runtime\n")
    if overlay_readme is not None:
        (overlay / "README.md.jinja").write_text(overlay_readme)
    shutil.copy(CORPUS / "petstore.yaml", project / "petstore.yaml")
    (project / "pyproject.toml").write_text(
        '[tool.sdkgen]\nspec = "petstore.yaml"\nout = "sdk"\ntemplates = ["overlay"]\n'
    )
    return project


def edit_spec(project: Path, change: Callable[[dict[str, Any]], None]) -> None:
    path = project / "petstore.yaml"
    document = yaml.safe_load(path.read_text())
    change(document)
    path.write_text(yaml.safe_dump(document, sort_keys=False))


def add_pet_field(name: str) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["Pet"]["properties"][name] = {"type": "string"}

    return change


def run(project: Path, *args: str) -> tuple[int, str, str]:
    """The command in a subprocess, as a user (or CI) runs it."""
    completed = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        check=False, cwd=project, capture_output=True, text=True, timeout=120,
        # A bare environment, but for the tests' own cache (conftest.TEST_CACHE).
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "SDKGEN_CACHE_DIR": str(TEST_CACHE)},
    )
    return completed.returncode, completed.stdout, completed.stderr


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path)


def test_version_and_help_of_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("sdkgen ")
    for command in ([], ["validate"], ["generate"], ["check"], ["watch"], ["diff"]):
        with pytest.raises(SystemExit) as exited:
            cli.main([*command, "--help"])
        assert exited.value.code == 0
        text = capsys.readouterr().out
        assert f"usage: sdkgen {' '.join(command)}".strip() in text
        assert "1  `check` found the output folder out of date" in text
        assert "2  bad input" in text


def test_generate_prints_one_summary_line_and_check_passes(project: Path) -> None:
    code, out, err = run(project, "generate")
    assert code == 0 and out == ""
    assert SUMMARY.match(err) and err.count("\n") == 1, err
    assert (project / "sdk" / "src" / "swagger_petstore" / "py.typed").is_file()
    code, _, err = run(project, "check")
    assert code == 0
    assert re.match(r"^\d+ files, up to date, \d+\.\d s in ", err)


def test_check_exits_1_with_a_readable_summary_when_stale(project: Path) -> None:
    assert run(project, "generate")[0] == 0
    edit_spec(project, add_pet_field("color"))
    code, _, err = run(project, "check")
    assert code == 1
    lines = err.splitlines()
    assert "is out of date with" in lines[0] and "run `sdkgen generate`" in lines[0]
    assert "~ src/swagger_petstore/models/pet.py (+" in err
    assert "\x1b[" not in err  # no colour when stderr is not a terminal


def test_quiet_prints_nothing_and_verbose_lists_files(project: Path) -> None:
    assert run(project, "generate", "--quiet") == (0, "", "")
    edit_spec(project, add_pet_field("color"))
    code, _, err = run(project, "generate", "--verbose")
    assert code == 0
    assert "  wrote src/swagger_petstore/models/pet.py" in err.splitlines()
    assert SUMMARY.match(err.splitlines()[-1])


def test_bad_spec_exits_2_with_located_lines_and_no_trace(project: Path) -> None:
    edit_spec(project, lambda document: document["paths"]["/pets"]["get"].update(responses="oops"))
    code, out, err = run(project, "generate")
    assert code == 2 and out == ""
    assert err and all(DIAGNOSTIC.match(line) for line in err.splitlines()), err
    assert "petstore.yaml:" in err and "Traceback" not in err
    assert not (project / "sdk").exists()


def test_hand_edited_output_is_bad_input(project: Path) -> None:
    assert run(project, "generate")[0] == 0
    (project / "sdk" / "README.md").write_text("mine\n")
    edit_spec(project, add_pet_field("color"))
    code, _, err = run(project, "generate")
    assert code == 2 and "edited by hand" in err and err.count("\n") == 1
    assert (project / "sdk" / "README.md").read_text() == "mine\n"


README_OVERLAY = "# {{ api.title | markdown }} {{ api.version }}\n{% for r in api.resources %}- {{ r.attr }}\n{% endfor %}"


def test_templates_option_overrides_one_template(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "README.md.jinja").write_text(README_OVERLAY)
    code, _, err = run(project, "generate", "--templates", str(mine))
    assert code == 0, err
    assert (project / "sdk" / "README.md").read_text() == "# Swagger Petstore 1.0.0\n- pets\n"
    # Every other file still comes from the built-in templates.
    assert "class Pet(" in (project / "sdk/src/swagger_petstore/models/pet.py").read_text()


def test_templates_setting_in_pyproject_overrides_one_template(tmp_path: Path) -> None:
    project = make_project(tmp_path, overlay_readme=README_OVERLAY)
    assert run(project, "generate")[0] == 0
    assert (project / "sdk" / "README.md").read_text() == "# Swagger Petstore 1.0.0\n- pets\n"


def test_broken_overlay_template_is_bad_input_at_its_line(tmp_path: Path) -> None:
    project = make_project(tmp_path, overlay_readme="# title\n{% for x in %}\n")
    code, _, err = run(project, "generate")
    assert code == 2
    assert re.fullmatch(r".*overlay/README\.md\.jinja:2:1: /: .+\n", err), err


def test_an_error_raised_in_an_overlay_at_render_time_points_at_it(tmp_path: Path) -> None:
    project = make_project(tmp_path, overlay_readme="ok\n{{ api.no_such_thing }}\n")
    code, _, err = run(project, "generate")
    assert code == 2
    assert re.fullmatch(r".*overlay/README\.md\.jinja:2:1: /: .*no_such_thing.*\n", err), err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert cli.Console(Terminal()).paint("x", "red") == "\x1b[31mx\x1b[0m"
    assert cli.Console(io.StringIO()).paint("x", "red") == "x"
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli.Console(Terminal()).paint("x", "red") == "x"


def test_progress_ticks_on_a_terminal_only_for_slow_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "PROGRESS_AFTER_SECONDS", 0.05)
    terminal = Terminal()
    with cli.Console(terminal).progress("generating"):
        time.sleep(0.4)
    assert re.search(r"\rgenerating… \d+\.\d s", terminal.getvalue())
    assert terminal.getvalue().endswith("\r\x1b[K")  # the line is erased at the end
    fast = Terminal()
    with cli.Console(fast).progress("generating"):
        pass
    assert fast.getvalue() == ""
    piped = io.StringIO()
    with cli.Console(piped).progress("generating"):
        time.sleep(0.2)
    assert piped.getvalue() == ""


def test_missing_config_file_or_spec_is_bad_input(tmp_path: Path) -> None:
    code, _, err = run(tmp_path, "generate")
    assert code == 2
    assert DIAGNOSTIC.match(err) and "openapi.yaml" in err


def test_pre_commit_hook_runs_sdkgen_check_on_spec_and_template_changes() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    (hook,) = hooks
    assert hook["id"] == "sdkgen-check"
    assert (hook["entry"], hook["language"], hook["pass_filenames"]) == ("sdkgen check", "python", False)
    files = re.compile(hook["files"])
    assert files.search("spec/commerce.yaml") and files.search("templates/README.md.jinja")
    assert not files.search("generator/cli.py")


def title_on_every_operation(document: dict[str, Any]) -> None:
    """A warning per operation: a key OpenAPI does not define, which the generator ignores."""
    for item in document["paths"].values():
        for operation in item.values():
            operation["title"] = "Titled"


WARNING = re.compile(r"^[^:\n]+:\d+:\d+: /paths/[^:\n]*/title: warning: 'title' is not a key OpenAPI "
                     r"defines here; ignored$")


def test_warnings_are_printed_and_generate_succeeds(project: Path) -> None:
    edit_spec(project, title_on_every_operation)  # petstore: 3 operations
    code, _, err = run(project, "generate")
    lines = err.splitlines()
    assert code == 0 and [bool(WARNING.match(line)) for line in lines] == [True, True, True, False]
    assert SUMMARY.match(lines[-1])
    # A run with nothing to do still says what is wrong with the spec.
    code, _, again = run(project, "generate")
    assert code == 0 and again.splitlines()[:3] == lines[:3]
    code, _, err = run(project, "check")
    assert code == 0 and err.splitlines()[:3] == lines[:3]
    assert run(project, "generate", "-q", "--force") == (0, "", "")


def test_only_the_first_warnings_are_shown_unless_verbose(project: Path) -> None:
    def many(document: dict[str, Any]) -> None:
        for item in document["paths"].values():
            for operation in item.values():
                operation.update({f"title{n}": n for n in range(3)})

    edit_spec(project, many)  # 9 warnings
    _, _, err = run(project, "generate")
    shown = err.splitlines()
    assert len(shown) == cli.WARNINGS_SHOWN + 2
    assert shown[-2] == f"... and {9 - cli.WARNINGS_SHOWN} more warning(s) (-v shows every one)"
    _, _, err = run(project, "generate", "-v", "--force")
    assert sum(": warning: " in line for line in err.splitlines()) == 9


def test_strict_makes_warnings_errors_and_writes_nothing(project: Path) -> None:
    edit_spec(project, title_on_every_operation)
    code, _, err = run(project, "generate", "--strict")
    lines = err.splitlines()
    assert code == 2 and all(WARNING.match(line) for line in lines[:3]) and len(lines) == 4
    assert lines[3] == "3 warning(s), errors under strict (--strict or strict = true under [tool.sdkgen])"
    assert not (project / "sdk").exists()
    with (project / "pyproject.toml").open("a") as config:
        config.write("strict = true\n")
    assert run(project, "generate")[0] == 2 and not (project / "sdk").exists()
    assert run(project, "validate")[0] == 2
    assert run(project, "check")[0] == 2


def test_a_strict_setting_that_is_not_a_boolean_is_bad_input(project: Path) -> None:
    with (project / "pyproject.toml").open("a") as config:
        config.write('strict = "yes"\n')
    code, _, err = run(project, "generate")
    assert code == 2 and err == "pyproject.toml: [tool.sdkgen] strict must be true or false\n"


def test_validate_lists_every_warning_and_error(project: Path) -> None:
    edit_spec(project, title_on_every_operation)
    code, _, err = run(project, "validate")
    assert code == 0 and sum(bool(WARNING.match(line)) for line in err.splitlines()) == 3
    assert err.splitlines()[-1] == "petstore.yaml: valid, 3 warning(s)"

    def and_an_error(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["Pet"]["type"] = "strin"

    edit_spec(project, and_an_error)
    code, _, err = run(project, "validate")
    lines = err.splitlines()
    assert code == 2 and len(lines) == 4 and sum(": warning: " in line for line in lines) == 3
    assert all(DIAGNOSTIC.match(line) for line in lines)


def test_project_settings_do_not_apply_to_another_spec(project: Path, tmp_path: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.sdkgen]\nspec = "petstore.yaml"\nout = "sdk"\npackage = "mine"\ndistribution = "my-dist"\n'
        'client-name = "Mine"\nenv-prefix = "MINE"\nstrict = true\n'
    )
    other = tmp_path / "other.yaml"
    shutil.copy(CORPUS / "petstore.yaml", other)
    edit_spec(project, title_on_every_operation)  # would fail strict = true
    document = yaml.safe_load(other.read_text())
    title_on_every_operation(document)
    other.write_text(yaml.safe_dump(document))
    # Without --out the other spec's SDK would replace the project's.
    code, _, err = run(project, "generate", "--spec", str(other))
    assert code == 2 and "give --out for its SDK" in err and not (project / "sdk").exists()
    code, _, err = run(project, "generate", "--spec", str(other), "--out", str(tmp_path / "x"), "--package", "other")
    assert code == 0, err
    pyproject = (tmp_path / "x" / "pyproject.toml").read_text()
    client = (tmp_path / "x" / "src" / "other" / "_client.py").read_text()
    assert 'name = "other"' in pyproject and "my-dist" not in pyproject
    assert "class Mine" not in client and "MINE_" not in client and "class Petstore" in client
    # The configured spec, named on the command line, keeps every setting.
    assert run(project, "generate", "--spec", "petstore.yaml")[0] == 2  # strict = true
