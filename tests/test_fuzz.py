"""Mutated valid documents: either code that compiles or one-line diagnostics, nothing else.

FUZZ_EXAMPLES sets the number of examples (``make fuzz``: 10000); the outcome counts are
written to the terminal at the end of the test.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.diagnostics import SpecError
from generator.load import load_spec, pointer_of

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS / "corpus"
COMMERCE = TESTS.parent / "spec" / "commerce.yaml"
SEED_NAMES = ("petstore.yaml", "petstore-expanded.yaml", "uspto.yaml", "tictactoe.yaml",
              "link-example.yaml", "webhook-example.yaml", "api-with-examples.yaml")
SEEDS = [CORPUS / name for name in SEED_NAMES] + ([COMMERCE] if COMMERCE.is_file() else [])
HOSTILE_TEXT: list[str] = json.loads((TESTS / "specs" / "hostile" / "strings.json").read_text(encoding="utf-8"))
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "250"))
DIAGNOSTIC_LINE = re.compile(r"[^\r\n]+:[1-9]\d*:[1-9]\d*: /[^\r\n]*: [^\r\n]*")
BAD_REFS = ["#/nope", "#/components/schemas/Missing", "#", "#Pet", "#/paths/~2x", "other.yaml#/x",
            "../../etc/passwd", "/etc/passwd", "http://example.com/s.yaml", "%zz", "#/info/title/0"]
# Around MAX_DEPTH, once per example: json.dumps itself recurses once per level, so the
# stack depth it gets to depends on the caller, and hypothesis needs repeatable draws.
DEPTHS = [3, 40, 499, 501, 700]


Location = tuple[str | int, ...]


@cache
def seed(path: Path) -> str:
    if path == COMMERCE:  # split over files: its bundled form is the one-file seed
        return json.dumps(load_spec(path).document)
    return json.dumps(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))


def locations(document: Any) -> list[Location]:
    """Every node's location, the root included; a loop, as nesting may be deeper than the stack."""
    found: list[Location] = []
    pending: list[tuple[Location, Any]] = [((), document)]
    while pending:
        at, node = pending.pop()
        found.append(at)
        children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        pending += [((*at, key), child) for key, child in children]
    return found


def parent_of(document: Any, at: Location) -> Any:
    for key in at[:-1]:
        document = document[key]
    return document


odd_values: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from([*HOSTILE_TEXT, None, True, False, 0, -1, 2**63, 1.5, -0.0, [], {}, "", "x" * 100_000]),
    st.text(max_size=40),
    st.dictionaries(st.text(max_size=8), st.integers() | st.text(max_size=8), max_size=3),
).map(copy.deepcopy)  # a sampled [] or {} is shared between examples: mutating it would leak


@st.composite
def mutants(draw: st.DrawFn) -> tuple[str, str]:
    """(file name, text) of a seed document after one to three mutations."""
    document = json.loads(seed(draw(st.sampled_from(SEEDS))))
    deepest = 0
    for _ in range(draw(st.integers(1, 3))):
        places = locations(document)
        at = draw(st.sampled_from(places))
        kind = draw(st.sampled_from(["drop", "swap", "ref", "rename", "nest"]))
        if not at:  # the root: only its type can change
            document = draw(odd_values)
            continue
        parent, key = parent_of(document, at), at[-1]
        if kind == "drop":
            del parent[key]
        elif kind == "swap":
            parent[key] = draw(odd_values)
        elif kind == "ref":
            target = draw(st.sampled_from(places))
            valid = "#" + pointer_of(str(segment) for segment in target)
            parent[key] = {"$ref": draw(st.sampled_from([valid, *BAD_REFS, *HOSTILE_TEXT]))}
        elif kind == "rename" and isinstance(parent, dict):
            parent[draw(st.sampled_from(HOSTILE_TEXT) | st.text(max_size=20))] = parent.pop(key)
        elif kind == "nest" and not deepest:
            depth = draw(st.sampled_from(DEPTHS))
            deepest = depth
            value = parent[key]
            for level in range(depth):
                value = [value] if level % 2 else {"x": value}
            parent[key] = value
    # YAML's emitter recurses once per level; deep documents are written as JSON.
    if deepest < 100 and draw(st.booleans()):
        return "spec.yaml", yaml.safe_dump(document, allow_unicode=draw(st.booleans()), sort_keys=False)
    return "spec.json", json.dumps(document, ensure_ascii=draw(st.booleans()))


def generate_and_classify(spec: Path, out: Path) -> str:
    """'ok' or 'spec error', after checking what either outcome promises."""
    try:
        generated = pipeline.produce(pipeline.Config(spec=spec, out=out))
    except SpecError as error:
        # What the CLI prints: one diagnostic per line, each in the documented shape.
        printed = "\n".join(str(diagnostic) for diagnostic in error.diagnostics)
        lines = printed.split("\n")
        assert error.diagnostics and len(lines) == len(error.diagnostics)
        bad = [line for line in lines if not DIAGNOSTIC_LINE.fullmatch(line)]
        assert not bad, bad
        return "spec error"
    for path, content in generated.files.items():
        if path.endswith(".py"):
            compile(content.decode("utf-8"), path, "exec")
    return "ok"


def test_seeds_generate(tmp_path: Path) -> None:
    # The mutations start from documents that generate; otherwise "ok" would never happen.
    for path in SEEDS:
        assert generate_and_classify(path, tmp_path / "out") == "ok", path


def test_mutated_documents_generate_or_fail_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    outcomes: Counter[str] = Counter()

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(mutants())
    def check(mutant: tuple[str, str]) -> None:
        name, text = mutant
        spec = tmp_path / name
        spec.write_text(text, encoding="utf-8")
        outcomes[generate_and_classify(spec, tmp_path / "out")] += 1

    check()
    summary = f"fuzz: {sum(outcomes.values())} examples: {outcomes['ok']} ok, {outcomes['spec error']} spec errors"
    with capsys.disabled():  # visible without -s
        print("\n" + summary)
    assert outcomes["ok"] and outcomes["spec error"]
