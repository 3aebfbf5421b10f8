"""Every public spec of the corpus, and every feature spec of ours, generated and held to the
bar of the committed SDK: every module imports, mypy --strict, ruff and black are clean, and
the generated tests pass against a Prism mock of the spec.

The checks are slow subprocesses, so one module-scoped fixture runs them all at once, as many
at a time as there are cores, the slowest first; the tests then only read its results. mypy
checks each SDK's package and its generated tests, one SDK after another in one job over one
cache, so that what they share (httpx, pydantic) is analysed once.
The summary table is printed at the end and written to build/corpus.md.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import REPO
from records import CORPUS, FEATURES, SPECS, package_name, spec_id

from generator.load import load_spec
from generator.model.build import build_api
from generator.pipeline import Config, generate, options_for

PRISM = REPO / "node_modules" / ".bin" / "prism"
SUMMARY = REPO / "build" / "corpus.md"  # untracked: the README keeps a copy
PYTHON = sys.executable
STEP_TIMEOUT_SECONDS = 900

# A feature spec split over several files keeps its parts in a folder beside it.
CORPUS_SPECS = [p for p in SPECS if p.parent == CORPUS]
FEATURE_SPECS = [p for p in SPECS if p.parent == FEATURES]

# Imports every module of the package named in argv[1]: a module that fails at import
# time (a forward reference, a name clash) fails here even if no test touches it.
IMPORT_ALL = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(module.name)
"""


@dataclass
class Step:
    ok: bool
    seconds: float
    output: str


@dataclass
class Sdk:
    spec: Path
    out: Path
    package: str
    operations: int = 0
    models: int = 0
    files: int = 0
    lines: int = 0
    generate_seconds: float = 0.0
    generate_error: str = ""
    warnings: int = 0
    steps: dict[str, Step] = field(default_factory=dict)


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Step:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, check=False, cwd=cwd, env=env, capture_output=True, text=True,
            timeout=STEP_TIMEOUT_SECONDS,
        )
        ok, output = done.returncode == 0, done.stdout + done.stderr
    except subprocess.TimeoutExpired as expired:
        ok, output = False, f"timed out after {expired.timeout} s"
    return Step(ok, time.perf_counter() - started, output)


def produce(spec: Path, root: Path) -> Sdk:
    package = package_name(spec)
    sdk = Sdk(spec, root / package, package)
    started = time.perf_counter()
    try:
        generated, _ = generate(Config(spec=spec, out=sdk.out, package=package))
    except Exception as error:  # noqa: BLE001 - any failure is this spec's result, not the run's
        sdk.generate_error = f"{type(error).__name__}: {error}"
        return sdk
    sdk.generate_seconds = time.perf_counter() - started
    sdk.files = len(generated.files)
    sdk.warnings = len(generated.warnings)
    sdk.lines = sum(
        text.count(b"\n") for path, text in generated.files.items() if path.endswith(".py")
    )
    loaded = load_spec(spec)
    api = build_api(loaded, options_for(Config(spec=spec, out=sdk.out, package=package), loaded))
    sdk.operations = sum(len(r.operations) for r in api.resources)
    sdk.models = sum(len(m.models) for m in api.model_modules)
    return sdk


def checks(sdks: list[Sdk], root: Path) -> list[tuple[float, Callable[[], None]]]:
    """(expected cost, job): every check of every generated SDK."""
    ready = [s for s in sdks if not s.generate_error]
    env = {**os.environ, "PRISM": str(PRISM)}
    jobs: list[tuple[float, Callable[[], None]]] = []

    def job(sdk: Sdk, name: str, command: list[str], cost: float) -> None:
        def work() -> None:
            sdk.steps[name] = run(command, sdk.out, {**env, "PYTHONPATH": str(sdk.out / "src")})

        jobs.append((cost, work))

    for sdk in ready:
        job(sdk, "import", [PYTHON, "-c", IMPORT_ALL, sdk.package], sdk.lines / 20000)
        job(sdk, "ruff", [PYTHON, "-m", "ruff", "check", "--no-cache", "src", "tests"], sdk.lines / 50000)
        # Most files never went through black (generator/format.py: settled): black, as a user
        # runs it, must find nothing to change in any of them.
        job(sdk, "black", [PYTHON, "-m", "black", "--check", "--quiet", "src", "tests"], sdk.lines / 12000)
        # Nothing deselected: what Prism cannot serve, the generated tests mark themselves
        # (PRISM_REFUSES: strict xfails that say why). tests/test_runtime.py is the same in every
        # SDK (tests/test_static_runtime.py): `make test` runs it once, in the commerce SDK.
        job(sdk, "tests", [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--ignore=tests/test_runtime.py", "tests"],
            1 + sdk.lines / 3000)

    def mypy_all() -> None:
        # Every SDK's tests are top-level modules of the same names (conftest, test_operations,
        # ...), which one mypy run cannot hold twice: so a run per SDK, one after another over
        # one cache (mypy's SQLite cache is not for concurrent runs), so that httpx and pydantic
        # are analysed once. Run from root, each SDK's paths are its own: mypy trusts a cached
        # module whose path, size and mtime match, so `tests/_runtime.py` of two SDKs whose
        # names are as long could otherwise pass for each other.
        for sdk in ready:
            sdk.steps["mypy"] = run(
                [PYTHON, "-m", "mypy", "--strict", "--cache-dir", str(root / ".mypy_cache"),
                 f"{sdk.package}/src/{sdk.package}", f"{sdk.package}/tests"],
                root,
            )

    jobs.append((sum(s.lines for s in ready) / 2000, mypy_all))
    return jobs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Sdk]:
    root = tmp_path_factory.mktemp("corpus")
    sdks = [produce(spec, root) for spec in SPECS]
    jobs = sorted(checks(sdks, root), key=lambda pair: -pair[0])
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for future in [pool.submit(work) for _, work in jobs]:
            future.result()
    write_summary(sdks)
    return {sdk.spec: sdk for sdk in sdks}


def verdict(sdk: Sdk, name: str) -> str:
    step = sdk.steps.get(name)
    if step is None:
        return "-"
    text = f"{'ok' if step.ok else 'FAIL'} {step.seconds:.0f} s"
    if name == "tests":
        counts = re.search(r"\d+ passed.*? in ", step.output)
        text += f" ({counts.group(0).removesuffix(' in ')})" if counts else ""
    return text


def summary_table(sdks: list[Sdk]) -> str:
    rows = [
        "| spec | operations | models | files | lines | generate s | warnings | mypy | ruff | black | tests |",
        "|---|---:|---:|---:|---:|---:|---:|---|---|---|---|",
    ]
    for sdk in sdks:
        generated = f"{sdk.generate_seconds:.1f}" if not sdk.generate_error else "FAIL"
        rows.append(
            f"| {spec_id(sdk.spec)} | {sdk.operations} | {sdk.models} | {sdk.files} |"
            f" {sdk.lines} | {generated} | {sdk.warnings} | {verdict(sdk, 'mypy')} | {verdict(sdk, 'ruff')} |"
            f" {verdict(sdk, 'black')} | {verdict(sdk, 'tests')} |"
        )
    return "\n".join(rows)


def write_summary(sdks: list[Sdk]) -> None:
    SUMMARY.parent.mkdir(exist_ok=True)
    SUMMARY.write_text(
        "# Corpus\n\nEvery public spec in `tests/corpus` and every feature spec in"
        " `tests/specs/features`, generated by `tests/test_corpus.py` (part of `make test`):"
        " mypy --strict, ruff and black on the generated code and its tests, and its generated"
        " tests against Prism."
        " Lines count generated Python.\n\n" + summary_table(sdks) + "\n",
        encoding="utf-8",
    )


def check(corpus: dict[Path, Sdk], spec: Path, name: str) -> None:
    sdk = corpus[spec]
    assert not sdk.generate_error, sdk.generate_error
    step = sdk.steps[name]
    assert step.ok, f"{name} failed for {spec.name}:\n{step.output[-6000:]}"


SPEC_IDS = [spec_id(s) for s in SPECS]


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_generates(corpus: dict[Path, Sdk], spec: Path) -> None:
    assert not corpus[spec].generate_error, corpus[spec].generate_error
    assert corpus[spec].files > 0


@pytest.mark.parametrize("name", ["import", "mypy", "ruff", "black", "tests"])
@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_generated_sdk(corpus: dict[Path, Sdk], spec: Path, name: str) -> None:
    check(corpus, spec, name)


def test_corpus_is_all_there() -> None:
    """A corpus folder that moved would otherwise make every test above vanish silently."""
    listed = (CORPUS / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert sorted(line.split("\t")[0] for line in listed if line) == [p.name for p in CORPUS_SPECS]
    assert FEATURE_SPECS, "no feature specs found"


def test_summary(corpus: dict[Path, Sdk], capsys: pytest.CaptureFixture[str]) -> None:
    """Last in the file: prints the table of build/corpus.md where `make test` shows it."""
    with capsys.disabled():
        print("\n\n" + summary_table(list(corpus.values())))
    assert SUMMARY.read_text(encoding="utf-8").count("\n| ") == len(SPECS) + 1
