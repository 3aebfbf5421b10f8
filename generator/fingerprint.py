"""What the output of a run depends on, as one digest, and the record a run leaves behind.

The generated tree is a pure function of the spec files, the templates, the generator's own
code, the packages that shape its output, the Python running it and the options.  A run
stores a record of all that (keyed by its output folder) in the cache; the next run with the
same fingerprint and an untouched output folder has nothing to do.  The record is only a
hint: anything unreadable or unexpected in it means "run in full", never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from .cache import cache_root

RECORD_VERSION = 2
GENERATOR_SOURCE = Path(__file__).resolve().parent
# Their behaviour shapes the output: black lays it out, jinja2 renders it, pyyaml reads the
# spec, the validator decides what is accepted, pydantic's BaseModel names are reserved,
# packaging normalises the package version.
OUTPUT_SHAPING_PACKAGES = (
    "black", "jinja2", "openapi-spec-validator", "pyyaml", "pydantic", "packaging"
)

FileDigests = tuple[tuple[str, str], ...]  # (absolute path, sha256 of its bytes)


@dataclass(frozen=True)
class RunRecord:
    fingerprint: str
    spec_files: FileDigests  # every spec file the run read, root first
    template_dirs: tuple[str, ...]  # the template search path, first wins
    manifest: str  # sha256 of the manifest the run left in the output folder
    files: int
    notes: tuple[str, ...]
    warnings: tuple[str, ...]  # the spec's warnings, as printed


def environment(template_dirs: Sequence[Path]) -> str:
    """Digest of everything but the spec and the options: templates, generator, packages.
    Raises OSError when a file cannot be read."""
    digest = hashlib.sha256()
    _update(digest, "python", sys.version)
    # The built-in templates lie beside the generator: where it is says which ones are used.
    _update(digest, "generator", str(GENERATOR_SOURCE))
    for package in OUTPUT_SHAPING_PACKAGES:
        _update(digest, "package", package, _installed_version(package))
    _update(digest, "code", code_digest())
    for folder in template_dirs:
        _update(digest, "templates", str(folder))
        for template in sorted(path for path in folder.rglob("*") if path.is_file()):
            _update_file(digest, "template", template, folder)
    return digest.hexdigest()


def code_digest() -> str:
    """Digest of the generator's own code. Raises OSError when a file cannot be read."""
    digest = hashlib.sha256()
    for source in sorted(GENERATOR_SOURCE.rglob("*.py")):
        _update_file(digest, "source", source, GENERATOR_SOURCE)
    return digest.hexdigest()


def fingerprint(environment_digest: str, options: Mapping[str, str | bool | list[str] | None],
                spec_files: FileDigests) -> str:
    """Digest of every input of a run; equal fingerprints mean byte-identical output."""
    document = {"environment": environment_digest, "options": options, "spec_files": spec_files}
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()


def hash_files(paths: Iterable[str]) -> FileDigests | None:
    """(path, sha256) of each file; None when one cannot be read."""
    try:
        return tuple((path, hashlib.sha256(Path(path).read_bytes()).hexdigest()) for path in paths)
    except OSError:
        return None


def read_record(out_dir: Path) -> RunRecord | None:
    path = record_path(out_dir)
    if path is None:
        return None
    try:
        data = json.loads(path.read_bytes())
        return _parse_record(data)
    except (OSError, ValueError, TypeError, KeyError):
        return None


def write_record(out_dir: Path, record: RunRecord) -> None:
    """Store record atomically; failing to store it only costs the next run its shortcut."""
    path = record_path(out_dir)
    if path is None:
        return
    data = {"version": RECORD_VERSION, **asdict(record)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            json.dump(data, stream)
        os.replace(temporary, path)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def record_path(out_dir: Path) -> Path | None:
    root = cache_root()
    if root is None:
        return None
    key = hashlib.sha256(os.fsencode(out_dir.resolve())).hexdigest()
    return root / "runs" / f"{key}.json"


def _parse_record(data: Any) -> RunRecord:
    """The record in data; TypeError/ValueError/KeyError when it is not one of ours."""
    if data["version"] != RECORD_VERSION:
        raise ValueError("another record version")
    spec_files = tuple((_text(path), _text(digest)) for path, digest in data["spec_files"])
    if not spec_files or not isinstance(data["files"], int):
        raise ValueError("not a run record")
    return RunRecord(
        fingerprint=_text(data["fingerprint"]),
        spec_files=spec_files,
        template_dirs=tuple(_text(folder) for folder in data["template_dirs"]),
        manifest=_text(data["manifest"]),
        files=data["files"],
        notes=tuple(_text(note) for note in data["notes"]),
        warnings=tuple(_text(warning) for warning in data["warnings"]),
    )


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _installed_version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def _update(digest: hashlib._Hash, *fields: str) -> None:
    """Fields NUL-separated, so no two different field lists hash the same bytes."""
    digest.update("\0".join(fields).encode() + b"\0\0")


def _update_file(digest: hashlib._Hash, kind: str, path: Path, folder: Path) -> None:
    content = path.read_bytes()
    _update(digest, kind, path.relative_to(folder).as_posix(), str(len(content)))
    digest.update(content)
