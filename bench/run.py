"""`make bench`: our generator and SDK against peers, side by side in one run (issue 5).

Every comparison alternates the two sides (A, B, A, B, ...) so a noisy machine hurts both
alike, and reports medians. Prints one markdown table and writes it to bench/RESULTS.md.
Run with the bench venv's python: the peers are installed there, never in the main venv.
"""

from __future__ import annotations

import datetime
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the sibling modules, when run as a script

from measure import Run, run
from runtime import compare_runtime
from synthetic import document as synthetic_document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
TWILIO = CORPUS / "twilio_messaging_v1.yaml"
BOX = CORPUS / "box_openapi.json"
COMMERCE = ROOT / "spec" / "commerce.yaml"
PAYLOAD40 = ROOT / "tests" / "specs" / "features" / "payload40.json"
# Target 3: (case, spec, one file of its SDK or None for all of it, most lines of Python).
LINE_TARGETS = (
    ("3. generated lines of box's SDK", BOX, None, 30_000),
    ("3. generated lines of the commerce SDK's customers.py", COMMERCE, "src/bench_sdk/resources/customers.py", 1_000),
    ("3. generated lines of the 40-collection Payload-style spec's SDK", PAYLOAD40, None, 40_000),
)
RESULTS = ROOT / "bench" / "RESULTS.md"
BIN = Path(sys.executable).parent  # console scripts of the bench venv
COLD_REPEATS = {TWILIO: 7, BOX: 5}  # per side; box costs the peer ~4 s a run
WARM_REPEATS = 7
INCREMENTAL_REPEATS = 3
IMPORT_REPEATS = 15  # rounds of (baseline, box, commerce); a run is ~0.2 s
GROWTH_SIZES = (250, 500, 1000, 2000)  # operations of the synthetic specs
GROWTH_REPEATS = 3
MESSAGE_CHARS = 100
BASELINE_IMPORT = "import httpx, pydantic"
# What a user's first line costs: the import, and a client (none of its resources used).
SDK_IMPORTS = {
    "box's SDK": ("bench_sdk", "import bench_sdk; bench_sdk.Platform(access_token='bench')"),
    "the commerce SDK": (
        "drivly_commerce",
        "import drivly_commerce; drivly_commerce.Commerce(api_key='bench')",
    ),
}

Command = Callable[[Path, Path], list[str]]  # (spec, output folder) -> argv


def ours(spec: Path, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package",
        "bench_sdk",
        "--quiet",
    ]


def python_client(spec: Path, out: Path) -> list[str]:
    return [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(out),
        "--overwrite",
    ]


def openapi_generator(spec: Path, out: Path) -> list[str]:
    # Validation left on: it passes on box, so the peer does its full job.
    return [
        str(BIN / "openapi-generator-cli"),
        "generate",
        "-i",
        str(spec),
        "-g",
        "python",
        "-o",
        str(out),
    ]


@dataclass(frozen=True)
class Row:
    case: str
    ours: str
    peer: str
    ratio: float | None  # ours / peer (for issue 5's row, ours / our cold time)
    target: str
    verdict: str


def main() -> int:
    print(f"bench: {_machine()}", file=sys.stderr)
    twilio_ours, twilio_peer = side_by_side(TWILIO, ours, python_client)
    box_ours, box_peer = side_by_side(BOX, ours, openapi_generator)
    box_python_client = cold(BOX, python_client)
    growth_rows, growth_table = growth()
    rows = [
        ratio_row("1. cold twilio_messaging_v1 vs openapi-python-client", twilio_ours, twilio_peer),
        ratio_row("2. cold box_openapi vs openapi-generator (python)", box_ours, box_peer),
        *line_rows(),
        *import_rows(),
        *growth_rows,
        memory_row("6. peak PSS, twilio vs openapi-python-client", twilio_ours, twilio_peer),
        memory_row("6. peak PSS, box vs openapi-generator", box_ours, box_peer),
        *regeneration_rows(box_ours),
        *runtime_rows(),
    ]
    notes = [
        f"openapi-python-client {version('openapi-python-client')} on box_openapi.json: "
        + ("succeeded" if box_python_client.ok else f"failed: {box_python_client.error}"),
        (
            f"openapi-generator-cli {version('openapi-generator-cli')}: `generate -g python`, "
            "spec validation left on"
        ),
        (
            "peak RSS summed over the process tree, which counts pages shared by processes "
            f"once in each: twilio {_mib(twilio_ours, rss=True)} vs "
            f"{_mib(twilio_peer, rss=True)}, box {_mib(box_ours, rss=True)} vs "
            f"{_mib(box_peer, rss=True)}"
        ),
    ]
    table = render(rows)
    print(table)
    print()
    print(growth_table)
    for note in notes:
        print(f"- {note}")
    RESULTS.write_text(
        f"# make bench\n\n{_machine()}\n\n{table}\n\n"
        f"Target 5, cold runs (empty cache) of bench/synthetic.py's specs, medians of "
        f"{GROWTH_REPEATS}:\n\n{growth_table}\n\n" + "".join(f"- {n}\n" for n in notes),
        encoding="utf-8",
    )
    return 0


def cold(spec: Path, command: Command) -> Run:
    """A fresh output folder and, for us, an empty cache folder."""
    with tempfile.TemporaryDirectory(prefix="bench-") as work:
        env = os.environ | {"SDKGEN_CACHE_DIR": str(Path(work) / "cache")}
        return run(command(spec, Path(work) / "out"), cwd=Path(work), env=env)


def side_by_side(spec: Path, first: Command, second: Command) -> tuple[list[Run], list[Run]]:
    pairs = [(cold(spec, first), cold(spec, second)) for _ in range(COLD_REPEATS[spec])]
    print(
        f"  {spec.name}: {_runs(p[0] for p in pairs)} | {_runs(p[1] for p in pairs)}",
        file=sys.stderr,
    )
    return [a for a, _ in pairs], [b for _, b in pairs]


def line_rows() -> list[Row]:
    """Target 3: lines of generated Python, what a reader and black would see (the corpus
    checks in `make test` hold every SDK to mypy --strict, ruff, black and its tests)."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        for case, spec, file, most in LINE_TARGETS:
            out = Path(folder) / spec.stem
            done = run(ours(spec, out), cwd=Path(folder), env=os.environ | {"SDKGEN_CACHE_DIR": folder})
            if not done.ok:
                rows.append(Row(case, _failure([done]), "-", None, f"<= {most:,}", "FAIL"))
                continue
            paths = [out / file] if file else sorted(out.rglob("*.py"))
            lines = sum(path.read_bytes().count(b"\n") for path in paths)
            rows.append(Row(case, f"{lines:,}", "-", None, f"<= {most:,}", _verdict(lines <= most)))
    return rows


def import_rows() -> list[Row]:
    """Target 4: a fresh interpreter importing an SDK and constructing its client, against
    one importing httpx and pydantic, the rounds alternating. Both SDKs are copied out of the
    tree and compiled to bytecode first, as an installed package is."""
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        work = Path(folder)
        cache = {"SDKGEN_CACHE_DIR": str(work / "cache")}
        box = run(ours(BOX, work / "box"), cwd=work, env=os.environ | cache)
        shutil.copytree(ROOT / "generated" / "src" / "drivly_commerce", work / "drivly_commerce")
        sources = [work / "box" / "src", work / "drivly_commerce"]
        subprocess.run([sys.executable, "-m", "compileall", "-q", *map(str, sources)], check=True)
        env = os.environ | {"PYTHONPATH": os.pathsep.join([str(sources[0]), str(work)])}
        commands = [BASELINE_IMPORT, *(code for _, code in SDK_IMPORTS.values())]
        failed = next((c for c in commands if not _imports(c, env, work)), None)
        if not box.ok or failed:
            reason = _failure([box]) or f"failed: {failed}"
            return [Row(_import_case(sdk), reason, "-", None, "<= 1.5x", "FAIL") for sdk in SDK_IMPORTS]
        rounds = [[_wall(command, env) for command in commands] for _ in range(IMPORT_REPEATS)]
    baseline = statistics.median(r[0] for r in rounds)
    rows = []
    for index, sdk in enumerate(SDK_IMPORTS, start=1):
        seconds = statistics.median(r[index] for r in rounds)
        rows.append(
            Row(
                _import_case(sdk),
                f"{seconds * 1e3:.0f} ms",
                f"{baseline * 1e3:.0f} ms",
                seconds / baseline,
                "<= 1.5x",
                _verdict(seconds / baseline <= 1.5),
            )
        )
    return rows


def _import_case(sdk: str) -> str:
    return f"4. import {sdk} and construct its client, vs `{BASELINE_IMPORT}`"


def _imports(code: str, env: Mapping[str, str], copies: Path) -> bool:
    """Whether ``code`` runs, importing the SDKs' copies in ``copies``, not the installed SDK."""
    packages = tuple(package for package, _ in SDK_IMPORTS.values())
    probe = (
        f"{code}\nimport sys\nassert all(module.__file__.startswith({str(copies)!r}) "
        f"for name, module in list(sys.modules.items()) if name.startswith({packages!r}))"
    )
    return subprocess.run([sys.executable, "-c", probe], env=env, check=False).returncode == 0


def _wall(code: str, env: Mapping[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    return time.perf_counter() - started


def growth() -> tuple[list[Row], str]:
    """Target 5: cold time and peak PSS over synthetic specs of GROWTH_SIZES operations, and
    the exponent k of the least-squares fit cost = c * operations ** k on a log-log scale."""
    measured: list[tuple[int, list[Run]]] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        for operations in GROWTH_SIZES:
            spec = Path(folder) / f"synthetic-{operations}.json"
            spec.write_text(json.dumps(synthetic_document(operations)), encoding="utf-8")
            runs = [cold(spec, ours) for _ in range(GROWTH_REPEATS)]
            print(f"  {spec.name}: {_runs(runs)}", file=sys.stderr)
            measured.append((operations, runs))
    table = [
        "| operations | cold | peak PSS |",
        "|---:|---:|---:|",
        *(f"| {n:,} | {_seconds(runs)} | {_mib(runs)} |" for n, runs in measured),
    ]
    failure = next((_failure(runs) for _, runs in measured if _failure(runs)), "")
    case = f"5. growth exponent, {GROWTH_SIZES[0]:,} -> {GROWTH_SIZES[-1]:,} operations"
    if failure:
        return [Row(f"{case}: {what}", failure, "-", None, "<= 1.1", "FAIL")
                for what in ("cold time", "peak PSS")], "\n".join(table)
    sizes = [n for n, _ in measured]
    rows = []
    for what, cost in (("cold time", _median_seconds), ("peak PSS", _median_mib)):
        exponent = fitted_exponent(sizes, [cost(runs) for _, runs in measured])
        rows.append(
            Row(f"{case}: {what}", f"{exponent:.2f}", "-", None, "<= 1.1", _verdict(exponent <= 1.1))
        )
    return rows, "\n".join(table)


def fitted_exponent(sizes: Sequence[float], costs: Sequence[float]) -> float:
    """The slope of the least-squares line through (log size, log cost)."""
    xs, ys = [math.log(n) for n in sizes], [math.log(c) for c in costs]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sum(
        (x - mean_x) ** 2 for x in xs
    )


def regeneration_rows(box_cold: list[Run]) -> list[Row]:
    """Targets 3 and 4: no-op regeneration and `check`, then one added field at a time."""
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        work = Path(folder)
        env = os.environ | {"SDKGEN_CACHE_DIR": str(work / "cache")}
        document = json.loads(BOX.read_text(encoding="utf-8"))
        spec, out = work / "box.json", work / "out"
        spec.write_text(json.dumps(document), encoding="utf-8")
        first = run(ours(spec, out), cwd=work, env=env)
        if not first.ok:
            failed = _failure([first])
            return [
                Row("7. no-op regeneration of box", failed, "-", None, "<= 0.5 s", "FAIL"),
                check_row(),
                Row("issue 5: box + 1 field, vs our cold box", failed, "-", None, "<= 0.1x", "FAIL"),
            ]
        no_op = [run(ours(spec, out), cwd=work, env=env) for _ in range(WARM_REPEATS)]
        rows = [absolute_row("7. no-op regeneration of box", no_op, 0.5), check_row()]
        schema_name, schema = next(
            (name, schema)
            for name, schema in document["components"]["schemas"].items()
            if "properties" in schema
        )
        incremental: list[Run] = []
        rewrites_exact = True
        for index in range(INCREMENTAL_REPEATS):
            schema["properties"][f"benchAdded{index}"] = {"type": "string"}
            spec.write_text(json.dumps(document), encoding="utf-8")
            before = _snapshot(out)
            incremental.append(run(ours(spec, out), cwd=work, env=env))
            rewrites_exact &= _report_rewrites(schema_name, before, _snapshot(out))
    row = ratio_row("issue 5: box + 1 field, vs our cold box", incremental, box_cold, target=0.1)
    peer = "cold " + row.peer + ("; mtimes ok" if rewrites_exact else "; EXTRA REWRITES")
    verdict = row.verdict if rewrites_exact else "FAIL"
    return [*rows, Row(row.case, row.ours, peer, row.ratio, row.target, verdict)]


def check_row() -> Row:
    """`sdkgen check` from the repository root, its cache warmed by one untimed run."""
    with tempfile.TemporaryDirectory(prefix="bench-") as cache:
        env = os.environ | {"SDKGEN_CACHE_DIR": cache}
        command = [sys.executable, "-m", "generator", "check", "--quiet"]
        runs = [run(command, cwd=ROOT, env=env) for _ in range(WARM_REPEATS + 1)][1:]
    return absolute_row("7. `sdkgen check` on commerce", runs, 1.0)


def runtime_rows() -> list[Row]:
    cases = ("7. customers.delete, sync", "7. customers.delete, async", "7. parse the response")
    targets = (1.15, 1.15, 1.2)
    try:
        comparisons = compare_runtime(COMMERCE)
    # Whatever the SDK or spec in progress raises is reported in its rows; the rest still runs.
    except Exception as error:  # noqa: BLE001
        failed = f"not available: {type(error).__name__}: {error}"
        return [Row(case, failed, "-", None, f"<= {t}x", "FAIL") for case, t in zip(cases, targets)]
    print(f"  runtime: {comparisons[0].note}", file=sys.stderr)
    rows = []
    for case, target, comparison in zip(cases, targets, comparisons):
        ratio = comparison.ours / comparison.baseline
        rows.append(
            Row(
                case,
                f"{comparison.ours * 1e6:.1f} us",
                f"{comparison.baseline * 1e6:.1f} us",
                ratio,
                f"<= {target}x",
                _verdict(ratio <= target),
            )
        )
    return rows


def ratio_row(case: str, ours_runs: list[Run], peer_runs: list[Run], target: float = 0.5) -> Row:
    failure = _failure(ours_runs) or _failure(peer_runs)
    if failure:
        return Row(case, _seconds(ours_runs), _seconds(peer_runs), None, f"<= {target}x", "FAIL")
    ratio = _median_seconds(ours_runs) / _median_seconds(peer_runs)
    return Row(
        case,
        _seconds(ours_runs),
        _seconds(peer_runs),
        ratio,
        f"<= {target}x",
        _verdict(ratio <= target),
    )


def memory_row(case: str, ours_runs: list[Run], peer_runs: list[Run]) -> Row:
    """Target 6: peak PSS of the process tree (RSS would count black's workers' pages shared
    with their parent once for each of them)."""
    if _failure(ours_runs) or _failure(peer_runs):
        return Row(case, _mib(ours_runs), _mib(peer_runs), None, "<= 1.0x", "FAIL")
    ratio = _median_mib(ours_runs) / _median_mib(peer_runs)
    return Row(case, _mib(ours_runs), _mib(peer_runs), ratio, "<= 1.0x", _verdict(ratio <= 1.0))


def absolute_row(case: str, runs: list[Run], limit: float) -> Row:
    passed = not _failure(runs) and _median_seconds(runs) <= limit
    return Row(case, _seconds(runs), "-", None, f"<= {limit} s", _verdict(passed))


def render(rows: Sequence[Row]) -> str:
    lines = ["| case | ours | peer | ratio | target | verdict |", "|---|---|---|---|---|---|"]
    for row in rows:
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f}x"
        lines.append(
            f"| {row.case} | {row.ours} | {row.peer} | {ratio} | {row.target} | {row.verdict} |"
        )
    return "\n".join(lines)


def _snapshot(out: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(p.relative_to(out)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in out.rglob("*")
        if p.is_file()
    }


def _report_rewrites(
    schema: str, before: dict[str, tuple[int, bytes]], after: dict[str, tuple[int, bytes]]
) -> bool:
    """Whether exactly the files whose content changed were written (others keep their mtime)."""
    changed = {p for p, (_, content) in after.items() if p not in before or before[p][1] != content}
    rewritten = {p for p, (mtime, _) in after.items() if p not in before or before[p][0] != mtime}
    exact = rewritten == changed
    print(
        f"  +1 field in {schema}: {len(after)} files, {len(changed)} changed, "
        f"{len(rewritten)} rewritten; mtimes of the other {len(after) - len(changed)} "
        f"unchanged: {'yes' if exact else 'NO: ' + ', '.join(sorted(rewritten - changed)[:5])}",
        file=sys.stderr,
    )
    return exact


def _failure(runs: list[Run]) -> str:
    """The first failure, shortened to fit a table cell."""
    failed = next((r for r in runs if not r.ok), None)
    if failed is None:
        return ""
    message = (
        failed.error if len(failed.error) <= MESSAGE_CHARS else failed.error[:MESSAGE_CHARS] + "..."
    )
    return f"failed (exit {failed.returncode}): {message}"


def _median_seconds(runs: list[Run]) -> float:
    return statistics.median(r.seconds for r in runs)


def _median_mib(runs: list[Run], rss: bool = False) -> float:
    return statistics.median(r.peak_mib if rss else r.peak_pss_mib for r in runs)


def _seconds(runs: list[Run]) -> str:
    return _failure(runs) or f"{_median_seconds(runs):.2f} s"


def _mib(runs: list[Run], rss: bool = False) -> str:
    return _failure(runs) or f"{_median_mib(runs, rss):.0f} MiB"


def _runs(runs: Iterable[Run]) -> str:
    return " ".join(f"{r.seconds:.2f}s/{r.peak_pss_mib:.0f}M" if r.ok else "fail" for r in runs)


def _verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def _machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    # The load average says whether the run had the machine to itself (a shared one often not).
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}, nproc {len(os.sched_getaffinity(0))}, "
        f"{cpu}, Python {platform.python_version()}, load average {load}"
    )


if __name__ == "__main__":
    sys.exit(main())
