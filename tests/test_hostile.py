"""Hostile and broken specs through the command line: exit 2, one line per problem, no
traceback, nothing written. What test_load.py and test_write.py already check at the function
level (positions, messages, kills, locks) is not repeated; this checks what a user sees.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.diagnostics import Diagnostic, SpecError
from generator.load import load_spec

REPO = Path(__file__).resolve().parent.parent
HOSTILE = REPO / "tests" / "specs" / "hostile"
DIAGNOSTIC_LINE = re.compile(r"[^\r\n]+:[1-9]\d*:[1-9]\d*: /[^\r\n]*: [^\r\n]*")
CHILD_ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def sdkgen(*args: str | Path, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    # --project points at a folder without pyproject.toml: only the arguments count.
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args), "--project", str(cwd)],
                          check=False, cwd=cwd, env=CHILD_ENV, capture_output=True, text=True, timeout=timeout)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def user_tree(folder: Path) -> Path:
    """An existing output folder with a user's file, to prove a failed run leaves it alone."""
    out = folder / "out"
    (out / "notes").mkdir(parents=True)
    (out / "notes" / "mine.txt").write_bytes(b"the user's\n")
    return out


def assert_refused(result: subprocess.CompletedProcess[str], *expected: str) -> list[str]:
    lines = result.stderr.splitlines()
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and lines
    assert all(DIAGNOSTIC_LINE.fullmatch(line) for line in lines), lines
    for text in expected:
        assert any(text in line for line in lines), (text, lines)
    return lines


@pytest.mark.parametrize(("name", "expected"), [
    ("remote-ref.yaml", ["remote-ref.yaml:7:7: /components/schemas/Pet/$ref: remote $ref not supported"]),
    ("escape-ref.yaml", [("escape-ref.yaml:7:7: /components/schemas/Secret/$ref: $ref '../../../../../../etc/passwd' "
                          "points outside the spec's folder")]),
    ("absolute-ref.yaml", ["absolute-ref.yaml:7:7: /components/schemas/Secret/$ref: $ref to an absolute path"]),
    ("alias-cycle.yaml", [("$ref cycle with no content: #/components/schemas/A -> #/components/schemas/B -> "
                           "#/components/schemas/C -> #/components/schemas/A")]),
    ("duplicate-key.yaml", ["duplicate-key.yaml:8:5: /components/schemas/Pet: duplicate key 'Pet' (first at line 6)"]),
    ("billion-laughs.yaml", ["billion-laughs.yaml:", "5,000,000 nodes"]),
    ("root-ref.yaml", [("root-ref.yaml:9:22: /components/schemas/Pet/properties/everything/$ref: "
                        "$ref must point at a schema, not at the whole document")]),
])
def test_bad_specs_are_refused_by_the_cli_and_nothing_is_written(tmp_path: Path, name: str, expected: list[str]) -> None:
    shutil.copy(HOSTILE / name, tmp_path / name)
    out = user_tree(tmp_path)
    before, siblings = snapshot(out), sorted(os.listdir(tmp_path))
    started = time.perf_counter()
    result = sdkgen("generate", "--spec", tmp_path / name, "--out", out, cwd=tmp_path)
    assert time.perf_counter() - started < 10  # includes interpreter start; the load itself is checked below
    assert_refused(result, *expected)
    assert snapshot(out) == before and sorted(os.listdir(tmp_path)) == siblings


def test_symlink_out_of_the_folder_is_refused_by_the_cli(tmp_path: Path) -> None:
    (tmp_path / "outside.yaml").write_text("type: string\n")
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    (spec_dir / "openapi.yaml").write_text((HOSTILE / "absolute-ref.yaml").read_text().replace("/etc/passwd", "link.yaml"))
    (spec_dir / "link.yaml").symlink_to(tmp_path / "outside.yaml")
    out = user_tree(tmp_path)
    before = snapshot(out)
    result = sdkgen("generate", "--spec", spec_dir / "openapi.yaml", "--out", out, cwd=tmp_path)
    assert_refused(result, "$ref 'link.yaml' points outside the spec's folder (spec/)")
    assert snapshot(out) == before


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_deep_nesting_is_refused_by_the_cli(tmp_path: Path, suffix: str) -> None:
    deep = "[" * 5000 + "]" * 5000
    spec = tmp_path / f"deep{suffix}"
    spec.write_text('{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "x-deep": ' + deep + "}")
    assert_refused(sdkgen("validate", "--spec", spec, cwd=tmp_path), "nesting deeper than")


def test_billion_laughs_is_refused_fast_with_bounded_memory() -> None:
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(SpecError):
        load_spec(HOSTILE / "billion-laughs.yaml")
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # 10**9 expanded nodes would need tens of GB; the refusal needs well under 20 MB.
    assert seconds < 2 and peak < 20_000_000, (seconds, peak)


# --- recursive models -----------------------------------------------------------------------

RECURSIVE_CHECK = """
import sys
from tree.models import Node, Owner
node = Node.model_validate({"name": "root", "children": [{"name": "leaf", "children": [], "parent": {"name": "root"}}],
                            "owner": {"nodes": [{"name": "other"}], "manager": {"manager": {}}}})
leaf = node.children[0]
assert type(leaf) is Node and type(leaf.parent) is Node and leaf.parent.name == "root"
assert type(node.owner) is Owner and type(node.owner.nodes[0]) is Node and type(node.owner.manager.manager) is Owner
print(node.model_dump(by_alias=True, exclude_none=True)["children"][0]["name"])
"""


def test_recursive_models_generate_import_and_validate_nested_values(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = sdkgen("generate", "--spec", HOSTILE / "recursive.yaml", "--out", out, "--package", "tree", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for path in out.rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    checked = subprocess.run([sys.executable, "-c", RECURSIVE_CHECK], check=False, cwd=tmp_path, capture_output=True, text=True,
                             env={**os.environ, "PYTHONPATH": str(out / "src")}, timeout=60)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout == "leaf\n"


# --- regeneration: hand edits, removals, concurrent runs ------------------------------------


def spec_with_tags(folder: Path, *tags: str) -> Path:
    paths = {f"/{tag}": {"get": {"operationId": f"list_{tag}", "tags": [tag],
                                 "responses": {"200": {"description": "ok"}}}} for tag in tags}
    spec = folder / "spec.json"
    spec.write_text(json.dumps({"openapi": "3.1.0", "info": {"title": "Shop", "version": "1"}, "paths": paths}))
    return spec


def test_hand_edited_file_is_kept_unless_forced_and_removed_files_are_deleted(tmp_path: Path) -> None:
    out = tmp_path / "out"
    spec = spec_with_tags(tmp_path, "pets", "stores")
    assert sdkgen("generate", "--spec", spec, "--out", out, "--package", "shop", cwd=tmp_path).returncode == 0
    stores = out / "src/shop/resources/stores.py"
    pets = out / "src/shop/resources/pets.py"
    assert stores.is_file() and pets.is_file()

    pets.write_text(pets.read_text() + "# my fix\n")
    spec_with_tags(tmp_path, "pets")  # stores is gone from the spec
    before = snapshot(out)
    refused = sdkgen("generate", "--spec", spec, "--out", out, "--package", "shop", cwd=tmp_path)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert len(refused.stderr.splitlines()) == 1
    assert "src/shop/resources/pets.py" in refused.stderr and "--force" in refused.stderr
    assert snapshot(out) == before

    pets.write_text(pets.read_text().removesuffix("# my fix\n"))  # the edit undone: stores goes
    assert sdkgen("generate", "--spec", spec, "--out", out, "--package", "shop", cwd=tmp_path).returncode == 0
    assert not stores.exists() and pets.is_file()

    pets.write_text(pets.read_text() + "# edited again\n")
    forced = sdkgen("generate", "--spec", spec, "--out", out, "--package", "shop", "--force", cwd=tmp_path)
    assert forced.returncode == 0 and "# edited again" not in pets.read_text()


def test_concurrent_cli_runs_are_serialized(tmp_path: Path) -> None:
    """Four runs, two specs, one folder: the result is one whole generation, never a mix."""
    specs = []
    for tags in (("pets",), ("pets", "stores", "orders")):
        folder = tmp_path / "-".join(tags)
        folder.mkdir()
        specs.append(spec_with_tags(folder, *tags))
    expected = []
    for spec in specs:
        reference = spec.parent / "reference"
        assert sdkgen("generate", "--spec", spec, "--out", reference, "--package", "shop", cwd=tmp_path).returncode == 0
        expected.append(snapshot(reference))
    out = tmp_path / "out"
    racers = [subprocess.Popen([sys.executable, "-m", "generator", "generate", "--spec", str(specs[i % 2]),
                                "--out", str(out), "--package", "shop", "--project", str(tmp_path), "-q"],
                               cwd=tmp_path, env=CHILD_ENV, stderr=subprocess.PIPE, text=True)
              for i in range(4)]
    errors = [racer.communicate(timeout=120)[1] for racer in racers]
    assert [racer.returncode for racer in racers] == [0, 0, 0, 0], errors
    assert snapshot(out) in expected
    assert not [name for name in os.listdir(tmp_path) if name.startswith(".out.") and name != ".out.lock"]


# --- known bugs: each fails until its fix lands ---------------------------------------------

HEADER: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "Shop", "version": "1"}}


def produce_text(tmp_path: Path, text: str, name: str = "spec.json") -> list[Diagnostic]:
    """The diagnostics of generating text; any other exception fails the calling test."""
    spec = tmp_path / name
    spec.write_text(text, encoding="utf-8")
    try:
        pipeline.produce(pipeline.Config(spec=spec, out=tmp_path / "out", package="shop"))
    except SpecError as error:
        assert all(DIAGNOSTIC_LINE.fullmatch(str(d)) for d in error.diagnostics)
        return list(error.diagnostics)
    return []


def operation(**extra: Any) -> dict[str, Any]:
    return {"/items": {"post": {"operationId": "create", "responses": {"200": {"description": "ok"}}, **extra}}}


@pytest.mark.parametrize("name", ["spec.json", "spec.yaml"])
def test_huge_integer_is_a_diagnostic(tmp_path: Path, name: str) -> None:
    text = json.dumps({**HEADER, "paths": {}})[:-1] + ', "x-big": ' + "9" * 5000 + "}"
    found = produce_text(tmp_path, text, name)
    assert [d.pointer for d in found] == ["/x-big"]


def test_extension_under_paths_is_allowed(tmp_path: Path) -> None:
    assert produce_text(tmp_path, json.dumps({**HEADER, "paths": {"x-internal": "yes", **operation()}})) == []


def test_extension_under_responses_is_allowed(tmp_path: Path) -> None:
    paths = operation()
    paths["/items"]["post"]["responses"]["x-note"] = "internal"
    assert produce_text(tmp_path, json.dumps({**HEADER, "paths": paths})) == []


def test_nul_in_a_file_ref_is_a_diagnostic(tmp_path: Path) -> None:
    document = {**HEADER, "paths": {}, "components": {"schemas": {"A": {"$ref": "a\x00.yaml"}}}}
    assert [d.pointer for d in produce_text(tmp_path, json.dumps(document))] == ["/components/schemas/A/$ref"]


def test_lone_surrogate_is_a_diagnostic(tmp_path: Path) -> None:
    text = json.dumps({**HEADER, "paths": operation(description="half \ud800 a pair")})
    assert [d.pointer for d in produce_text(tmp_path, text)] == ["/paths/~1items/post/description"]


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers_are_a_diagnostic(tmp_path: Path, value: str) -> None:
    parameter = {"name": "limit", "in": "query", "required": True, "schema": {"type": "number"}, "example": 0}
    text = json.dumps({**HEADER, "paths": operation(parameters=[parameter])}).replace('"example": 0', f'"example": {value}')
    assert [d.pointer for d in produce_text(tmp_path, text)] == ["/paths/~1items/post/parameters/0/example"]


@pytest.mark.parametrize("schema", [{"type": "array", "items": {"type": "string"}, "minItems": 10**9},
                                    {"type": "string", "minLength": 10**10},
                                    {"type": "string", "pattern": "^a{1000000000}$"}])
def test_huge_size_constraints_generate_quickly(tmp_path: Path, schema: dict[str, Any]) -> None:
    body = {"required": True, "content": {"application/json": {"schema": {
        "type": "object", "required": ["v"], "properties": {"v": schema}}}}}
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({**HEADER, "paths": operation(requestBody=body)}))
    # A child process, so a runaway allocation cannot take the test run down with it.
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30)); "
    run = limit + "from generator.cli import main; raise SystemExit(main())"
    try:
        result = subprocess.run([sys.executable, "-c", run, "generate", "--spec", str(spec), "--out",
                                 str(tmp_path / "out"), "--project", str(tmp_path)],
                                check=False, cwd=tmp_path, env=CHILD_ENV, capture_output=True, text=True, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("generation did not finish in 20 s")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c"])
def test_diagnostic_stays_on_one_line_for_every_line_separator(separator: str) -> None:
    text = str(Diagnostic(f"a{separator}.yaml", 1, 1, f"/x{separator}y", f"bad{separator}value"))
    assert len(text.splitlines()) == 1
