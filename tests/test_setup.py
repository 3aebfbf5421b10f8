"""The set-up: README commands, CI entry point, Prism pin, Makefile targets and bootstrap
stamps, and the generated tests' Prism fixture (rendered and run against a real Prism)."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.render import BUILTIN_TEMPLATES, make_environment

REPO = Path(__file__).resolve().parent.parent
PRISM_PACKAGE = "@stoplight/prism-cli"
PRISM_VERSION = "5.16.0"
REPO_PRISM = REPO / "node_modules" / ".bin" / "prism"
# The smallest document Prism serves: one operation with an example response.
PETS_SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Pets", "version": "1.0.0"},
    "paths": {
        "/pets": {
            "get": {
                "responses": {
                    "200": {
                        "description": "The pets",
                        "content": {"application/json": {"example": [{"id": 1, "name": "Rex"}]}},
                    }
                }
            }
        }
    },
}


def make_dry_run(*targets: str, cwd: Path = REPO) -> str:
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", *targets],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def render_conftest(
    package: str = "petsdk", client: str = "Pets", params: tuple[str, ...] = ("api_key",)
) -> str:
    api = SimpleNamespace(
        package=package,
        client_class=client,
        async_client_class="Async" + client,
        spec_file="openapi.json",
        security_schemes=tuple(
            SimpleNamespace(param=p, example_argument=f'{p}="test-credential"')
            for p in params
        ),
    )
    return (
        make_environment([BUILTIN_TEMPLATES])
        .get_template("tests/conftest.py.jinja")
        .render(api=api)
    )


# --- README and CI ----------------------------------------------------------------------


def test_readme_set_up_section_holds_exactly_the_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Set up\n(.*?)(?=^## |\Z)", readme, re.MULTILINE | re.DOTALL)
    assert section, "README has no '## Set up' section"
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```", section.group(1), re.MULTILINE | re.DOTALL)
    commands = [line.strip() for block in blocks for line in block.splitlines() if line.strip()]
    assert commands == ["make generate", "make test"]


def test_ci_runs_make_test_from_the_repo_root(tmp_path: Path) -> None:
    # A stand-in `make` first on PATH records how .ci/run calls it, without running the suite.
    record = tmp_path / "record"
    fake_make = tmp_path / "bin" / "make"
    fake_make.parent.mkdir()
    fake_make.write_text(f'#!/bin/sh\necho "$PWD $*" > {record}\n')
    fake_make.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{fake_make.parent}{os.pathsep}{os.environ['PATH']}",
        "CI": "true",
    }
    subprocess.run(
        [str(REPO / ".ci" / "run")], cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, check=True
    )
    assert record.read_text().split() == [str(REPO), "test"]


def test_ci_script_stops_on_errors() -> None:
    script = (REPO / ".ci" / "run").read_text()
    assert script.startswith(("#!/usr/bin/env bash\n", "#!/bin/bash\n"))
    assert "set -euo pipefail" in script
    assert os.access(REPO / ".ci" / "run", os.X_OK)


# --- Prism pin --------------------------------------------------------------------------


def test_package_json_pins_prism_exactly_and_nothing_else() -> None:
    package = json.loads((REPO / "package.json").read_text())
    assert package["private"] is True
    assert package["devDependencies"] == {PRISM_PACKAGE: PRISM_VERSION}
    assert not package.get("dependencies")
    assert not package.get("scripts"), "no install-time scripts of our own"


def test_package_lock_agrees_and_fetches_only_from_the_npm_registry() -> None:
    lock = json.loads((REPO / "package-lock.json").read_text())
    packages = lock["packages"]
    assert packages[""]["devDependencies"] == {PRISM_PACKAGE: PRISM_VERSION}
    assert packages[f"node_modules/{PRISM_PACKAGE}"]["version"] == PRISM_VERSION
    for name, entry in packages.items():
        if not name:
            continue
        assert entry.get("integrity", "").startswith("sha512-"), name
        resolved = entry.get("resolved")
        assert resolved is None or resolved.startswith("https://registry.npmjs.org/"), (
            name,
            resolved,
        )


def test_gitignore_covers_tool_output() -> None:
    ignored = [
        "node_modules/x",
        ".venv/x",
        ".venv-bench/x",
        "dist/x",
        "pkg.egg-info/x",
        "a/__pycache__/x.pyc",
        "generator/compiled_templates/x",
    ]
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", *ignored],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.split() == ignored


# --- Makefile ---------------------------------------------------------------------------


def test_make_generate_runs_the_generator() -> None:
    assert ".venv/bin/python -m generator generate" in make_dry_run("generate")


def test_make_test_runs_every_suite_in_order() -> None:
    output = make_dry_run("test")
    expected = [
        ".venv/bin/python -m pytest tests",
        ".venv/bin/python -m generator check",
        f"PRISM={REPO_PRISM} .venv/bin/python -m pytest generated/tests",
        ".venv/bin/python -m mypy --strict generated/src generated/tests",
        ".venv/bin/python -m ruff check generated/src generated/tests",
        ".venv/bin/python -m black --check generated",
    ]
    lines = output.splitlines()
    positions = [lines.index(command) for command in expected]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("target", "command"),
    [
        ("check", ".venv/bin/python -m generator check"),
        ("fuzz", "FUZZ_EXAMPLES=10000 .venv/bin/python -m pytest tests/test_fuzz.py"),
        ("bench", ".venv-bench/bin/python bench/run.py"),
        ("dist", ".venv/bin/python -m build --no-isolation generated -o dist/"),
    ],
)
def test_make_targets_run_their_command(target: str, command: str) -> None:
    assert command in make_dry_run(target).splitlines()


BOOTSTRAP_INPUTS = (
    "Makefile", "requirements.lock", "pyproject.toml", "package.json", "package-lock.json",
    "tests/payload/package.json", "tests/payload/package-lock.json",
)


def copy_bootstrap_inputs(folder: Path) -> None:
    for name in BOOTSTRAP_INPUTS:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, folder / name)


@pytest.fixture
def bootstrap_copy(tmp_path: Path) -> Path:
    """The Makefile and its stamp inputs in a scratch folder, with every stamp fresh."""
    copy_bootstrap_inputs(tmp_path)
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "pyproject.toml").write_text("[project]\n")
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "tests" / "payload" / "node_modules").mkdir()
    time.sleep(0.01)  # stamps strictly newer than their inputs
    for stamp in (
        ".venv/bin/python",
        ".venv/.stamp-deps",
        ".venv/.stamp-sdk",
        "node_modules/.stamp-npm",
        "tests/payload/node_modules/.stamp-npm",
    ):
        (tmp_path / stamp).touch()
    return tmp_path


def touch_later(path: Path) -> None:
    later = time.time() + 5
    os.utime(path, (later, later))


def test_fresh_stamps_skip_every_install(bootstrap_copy: Path) -> None:
    output = make_dry_run("test", "generate", cwd=bootstrap_copy)
    assert "pip install" not in output
    assert "npm ci" not in output
    assert "-m venv" not in output


@pytest.mark.parametrize(
    ("changed", "expected"),
    [
        (
            "requirements.lock",
            [
                "--no-build-isolation -r requirements.lock",
                "--no-deps -e .",
                "--no-deps -e ./generated",
            ],
        ),
        ("pyproject.toml", ["-r requirements.lock", "--no-deps -e ."]),
        ("generated/pyproject.toml", ["--no-deps -e ./generated"]),
        ("package-lock.json", ["npm ci --ignore-scripts"]),
        ("tests/payload/package-lock.json", ["npm ci --prefix tests/payload --ignore-scripts"]),
    ],
)
def test_a_changed_input_reinstalls_only_what_it_feeds(
    bootstrap_copy: Path, changed: str, expected: list[str]
) -> None:
    touch_later(bootstrap_copy / changed)
    output = make_dry_run("test", cwd=bootstrap_copy)
    for fragment in expected:
        assert fragment in output
    if not changed.endswith("package-lock.json"):
        assert "npm ci" not in output
    else:
        assert "pip install" not in output
        assert output.count("npm ci") == 1  # the other lock's install stays fresh


def test_a_missing_environment_is_created(tmp_path: Path) -> None:
    copy_bootstrap_inputs(tmp_path)
    output = make_dry_run("generate", cwd=tmp_path)
    assert re.search(r"python3(\.11)? -m venv \.venv$", output, re.MULTILINE)
    assert "-r requirements.lock" in output


def test_make_test_without_generated_sdk_says_to_generate(bootstrap_copy: Path) -> None:
    shutil.rmtree(bootstrap_copy / "generated")
    result = subprocess.run(
        ["make", "test"], cwd=bootstrap_copy, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "run 'make generate' first" in result.stderr


# --- the generated tests' conftest ------------------------------------------------------


@pytest.mark.parametrize(
    ("client", "params"),
    [("Commerce", ("api_key",)), ("Api", ()), ("Petstore", ("api_key", "token", "username"))],
)
def test_conftest_template_renders_to_python(client: str, params: tuple[str, ...]) -> None:
    source = render_conftest(client=client, params=params)
    tree = ast.parse(source)
    compile(tree, "conftest.py", "exec")
    functions = {
        node.name: node
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    }
    assert {"prism_url", "client", "async_client", "anyio_backend"} <= functions.keys()
    assert isinstance(functions["async_client"], ast.AsyncFunctionDef)
    for fixture in ("client", "async_client"):
        constructions = [
            node
            for node in ast.walk(functions[fixture])
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in (client, "Async" + client)
        ]
        assert len(constructions) == 1
        assert {k.arg for k in constructions[0].keywords} == {"base_url", *params}


STUB_SDK = textwrap.dedent('''
    """Stand-in for a generated SDK: the least client the fixtures build and close."""
    import os

    import httpx

    def record_close(kind: str) -> None:
        with open(os.environ["CLOSED_LOG"], "a") as log:
            print(kind, file=log)

    class Pets:
        def __init__(self, base_url: str, api_key: str) -> None:
            self.http = httpx.Client(base_url=base_url, headers={"X-Api-Key": api_key})

        def close(self) -> None:
            self.http.close()
            record_close("sync")

    class AsyncPets:
        def __init__(self, base_url: str, api_key: str) -> None:
            self.http = httpx.AsyncClient(base_url=base_url, headers={"X-Api-Key": api_key})

        async def close(self) -> None:
            await self.http.aclose()
            record_close("async")
''')

STUB_TESTS = textwrap.dedent("""
    import pytest

    def test_sync(client):
        assert client.http.get("/pets").status_code == 200

    @pytest.mark.anyio
    async def test_async(async_client):
        assert (await async_client.http.get("/pets")).status_code == 200
""")


def generated_test_tree(root: Path) -> Path:
    """A folder laid out like generated/: the stub SDK, the rendered conftest, a spec copy."""
    (root / "src" / "petsdk").mkdir(parents=True)
    (root / "src" / "petsdk" / "__init__.py").write_text(STUB_SDK)
    tests = root / "tests"
    tests.mkdir()
    (tests / "conftest.py").write_text(render_conftest())
    (tests / "openapi.json").write_text(json.dumps(PETS_SPEC))
    (tests / "test_pets.py").write_text(STUB_TESTS)
    return root


def run_generated_tests(root: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**env, "PYTHONPATH": str(root / "src")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "tests"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_conftest_serves_both_clients_from_a_real_prism(tmp_path: Path) -> None:
    if not REPO_PRISM.is_file():
        pytest.fail(f"{REPO_PRISM} is missing: run `make test`, which installs it")
    root = generated_test_tree(tmp_path)
    # Found through node_modules above the tests folder, as in this repository.
    (root / "node_modules" / ".bin").mkdir(parents=True)
    (root / "node_modules" / ".bin" / "prism").symlink_to(REPO_PRISM)
    env = {k: v for k, v in os.environ.items() if k != "PRISM"}
    closed_log = tmp_path / "closed.log"
    result = run_generated_tests(root, {**env, "CLOSED_LOG": str(closed_log)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
    assert sorted(closed_log.read_text().split()) == ["async", "sync"]
    prism_logs = list(Path(tmp_path).glob("**/prism.log"))
    assert not prism_logs, "Prism's log belongs in pytest's temporary folder, not beside the tests"


def test_conftest_fails_rather_than_skips_without_prism(tmp_path: Path) -> None:
    root = generated_test_tree(tmp_path)
    # No PRISM, no node_modules above tmp_path, and a PATH holding only the Python in use.
    env = {k: v for k, v in os.environ.items() if k != "PRISM"}
    env["PATH"] = str(Path(sys.executable).parent)
    assert shutil.which("prism", path=env["PATH"]) is None
    result = run_generated_tests(root, env)
    assert result.returncode == 1, result.stdout
    assert "skipped" not in result.stdout
    assert f"npm install @stoplight/prism-cli@{PRISM_VERSION}" in result.stdout
    assert "make test" in result.stdout


def test_conftest_reports_prism_output_when_it_exits(tmp_path: Path) -> None:
    if not REPO_PRISM.is_file():
        pytest.fail(f"{REPO_PRISM} is missing: run `make test`, which installs it")
    root = generated_test_tree(tmp_path)
    (root / "tests" / "openapi.json").write_text('{"openapi": "3.0.0"}')
    result = run_generated_tests(root, {**os.environ, "PRISM": str(REPO_PRISM)})
    assert result.returncode == 1
    assert "Prism exited with status" in result.stdout
    assert "No operations found" in result.stdout  # Prism's own words, from its log
