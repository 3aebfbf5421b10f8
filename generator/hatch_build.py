"""Regenerate a generated SDK from its spec while it is being packaged.

The SDK's own ``hatch_build.py`` (rendered from templates/hatch_build.py.jinja) calls this
when ``generator`` is importable.  The spec is found without recording any path in the SDK:
the project whose ``[tool.sdkgen] out`` is the folder being built owns it.  An unpacked sdist
or a copy elsewhere has no such project, and is packaged as it is.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from . import pipeline
from .cli import changed_files
from .write import write_tree

PYPROJECT = "pyproject.toml"


class MetadataRegenerated(Exception):
    """The spec changed the package metadata, which the build backend had already read."""


def owning_project(sdk_root: Path) -> pipeline.Config | None:
    """The [tool.sdkgen] configuration, above sdk_root, that generates into sdk_root."""
    sdk_root = sdk_root.resolve()
    for folder in sdk_root.parents:
        if "sdkgen" not in _read_toml(folder / PYPROJECT).get("tool", {}):
            continue
        config = pipeline.read_config(folder)
        if config.out.resolve() == sdk_root and config.spec.is_file():
            return config
    return None


def regenerate_for_build(sdk_root: Path) -> str:
    """Bring sdk_root up to date with its spec (writing only when stale); a line for the build
    log.  SpecError and HandEditedError propagate: the build must not package either."""
    config = owning_project(sdk_root)
    if config is None:
        return f"{sdk_root}: no project generates into this folder; packaging it as it is"
    metadata_before = _read_toml(sdk_root / PYPROJECT).get("project")
    generated, drift = pipeline.check(config)
    if not drift:
        return f"{sdk_root}: up to date with {config.spec}"
    report = write_tree(config.out, generated.files)
    if _read_toml(sdk_root / PYPROJECT).get("project") != metadata_before:
        raise MetadataRegenerated(
            f"{sdk_root / PYPROJECT}: regenerated from {config.spec} with new package metadata, "
            "which this build had already read; run the build again"
        )
    return f"{sdk_root}: regenerated from {config.spec} ({len(changed_files(report))} files changed)"


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
