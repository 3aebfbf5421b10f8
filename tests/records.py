"""Golden records: what every corpus and feature spec generates, one sha256 a file.

A record is `tests/records/<spec id>.txt`: the spec's warnings, then one `<sha256>  <path>`
line per generated file, or, for a spec the generator refuses, its diagnostics (with paths
relative to the repo). A
change that reshapes any SDK therefore shows up as a change to these files, reviewed in the
same commit. `test_records.py` compares; `make records` (this module run as a script)
rewrites them and prints the records that changed.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
CORPUS = TESTS / "corpus"
FEATURES = TESTS / "specs" / "features"
RECORDS = TESTS / "records"
SPEC_SUFFIXES = (".yaml", ".yml", ".json")
SPECS = sorted(p for p in CORPUS.glob("*") if p.suffix in SPEC_SUFFIXES) + sorted(
    p for p in FEATURES.glob("*") if p.suffix in SPEC_SUFFIXES
)


def spec_id(spec: Path) -> str:
    return ("features/" if spec.parent == FEATURES else "") + spec.name


def package_name(spec: Path) -> str:
    """Distinct per spec, so every SDK can share one mypy run and one PYTHONPATH."""
    prefix = "feature_" if spec.parent == FEATURES else "corpus_"
    return prefix + re.sub(r"\W", "_", spec.stem).lower()


def record_path(spec: Path) -> Path:
    return RECORDS / (spec_id(spec).replace("/", "__") + ".txt")


def record(spec: Path, out: Path) -> str:
    """The record of what spec generates now (out is never written)."""
    from generator.diagnostics import SpecError
    from generator.pipeline import Config, produce

    prefix = str(REPO) + "/"
    try:
        generated = produce(Config(spec=spec, out=out, package=package_name(spec)))
    except SpecError as error:
        return "".join(f"{d.severity} {str(d).replace(prefix, '')}\n" for d in error.diagnostics)
    return "".join(f"warning {str(d).replace(prefix, '')}\n" for d in generated.warnings) + "".join(
        f"{hashlib.sha256(data).hexdigest()}  {path}\n" for path, data in generated.files.items()
    )


def main() -> int:
    RECORDS.mkdir(exist_ok=True)
    changed = 0
    for spec in SPECS:
        path = record_path(spec)
        new = record(spec, REPO / "build" / "records-out")
        old = path.read_text(encoding="utf-8") if path.is_file() else ""
        if new != old:
            changed += 1
            path.write_text(new, encoding="utf-8")
            print(f"{spec_id(spec)}: {describe(old, new)}")
    known = {record_path(spec) for spec in SPECS}
    for stale in sorted(set(RECORDS.glob("*.txt")) - known):
        stale.unlink()
        print(f"{stale.name}: removed (no such spec)")
    print(f"{changed} of {len(SPECS)} records changed")
    return 0


def describe(old: str, new: str) -> str:
    """Which files a record's change adds, removes or alters."""
    def files(text: str) -> dict[str, str]:
        pairs = (line.split("  ", 1) for line in text.splitlines() if not line.startswith(DIAGNOSTICS))
        return {path: digest for digest, path in pairs}

    before, after = files(old), files(new)
    if not old:
        return f"new: {len(after)} files, {new.count('error ')} errors, {new.count('warning ')} warnings"
    parts = [f"+{p}" for p in sorted(after.keys() - before.keys())]
    parts += [f"-{p}" for p in sorted(before.keys() - after.keys())]
    parts += [f"~{p}" for p in sorted(before.keys() & after.keys()) if before[p] != after[p]]
    for kind in DIAGNOSTICS:
        counts = [sum(line.startswith(kind) for line in text.splitlines()) for text in (old, new)]
        if counts[0] != counts[1]:
            parts.append(f"{kind.strip()}s {counts[0]} -> {counts[1]}")
    return " ".join(parts) or "reordered"


DIAGNOSTICS = ("error ", "warning ")


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
