"""The generator as one straight line: load -> validate -> model -> render -> format -> write."""

from __future__ import annotations

import json
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .diagnostics import SpecError
from .format import format_sources
from .load import LoadedSpec, load_spec
from .model.build import Options, build_api
from .names import pascal, snake
from .render import BUILTIN_TEMPLATES, render
from .validate import validate
from .write import Drift, WriteReport, check_tree, write_tree

SPEC_COPY = "openapi.json"  # beside the generated tests, for the mock server


@dataclass(frozen=True)
class Config:
    spec: Path
    out: Path
    package: str | None = None
    distribution: str | None = None
    client_name: str | None = None
    env_prefix: str | None = None
    templates: tuple[Path, ...] = ()  # overlays, searched before the built-in templates


@dataclass(frozen=True)
class Generated:
    spec: LoadedSpec
    files: dict[str, bytes]
    seconds: float
    notes: tuple[str, ...]  # what the generator passed over, for --verbose


def read_config(project_dir: Path, **overrides: Any) -> Config:
    """``[tool.sdkgen]`` of project_dir/pyproject.toml, overridden by non-None arguments."""
    settings: dict[str, Any] = {}
    pyproject = project_dir / "pyproject.toml"
    if pyproject.is_file():
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        settings = {k.replace("-", "_"): v for k, v in data.get("tool", {}).get("sdkgen", {}).items()}
    settings.update({k: v for k, v in overrides.items() if v is not None})
    templates = settings.get("templates") or ()
    if isinstance(templates, (str, Path)):
        templates = (templates,)
    return Config(
        spec=project_dir / settings.get("spec", "openapi.yaml"),
        out=project_dir / settings.get("out", "generated"),
        package=settings.get("package"),
        distribution=settings.get("distribution"),
        client_name=settings.get("client_name"),
        env_prefix=settings.get("env_prefix"),
        templates=tuple(project_dir / t for t in templates),
    )


def options_for(config: Config, spec: LoadedSpec) -> Options:
    """Names not configured are derived from the document's title."""
    title = str((spec.document.get("info") or {}).get("title") or "api")
    package = config.package or snake(title.removesuffix(" API").removesuffix(" Api"), fallback="api_client")
    stem = title.removesuffix(" API").removesuffix(" Api").split()
    client = config.client_name or pascal(stem[-1] if stem else "", fallback="Client")
    return Options(
        package=package,
        distribution=config.distribution or package.replace("_", "-"),
        client_name=client,
        env_prefix=config.env_prefix or package.upper(),
        spec_file=SPEC_COPY,
    )


def produce(config: Config) -> Generated:
    """Everything generate would write, as bytes; raises SpecError on bad input."""
    started = time.perf_counter()
    spec = load_spec(config.spec)
    # Validation runs while black formats in other processes: both are seconds on a large
    # spec. Anything that fails before then is reported as the spec's own problems first.
    try:
        api = build_api(spec, options_for(config, spec))
        texts = render(api, (*config.templates, BUILTIN_TEMPLATES))
    except RecursionError:
        validate(spec)
        raise SpecError([spec.diagnostic("", "schemas nest too deeply to generate code for")]) from None
    except Exception:
        validate(spec)
        raise
    texts[f"tests/{SPEC_COPY}"] = json.dumps(spec.document, indent=2, ensure_ascii=False) + "\n"
    formatted = format_sources(texts, meanwhile=lambda: validate(spec))
    files = {path: text.encode("utf-8") for path, text in sorted(formatted.items())}
    return Generated(spec, files, time.perf_counter() - started, api.notes)


def generate(config: Config, *, force: bool = False) -> tuple[Generated, WriteReport]:
    generated = produce(config)
    return generated, write_tree(config.out, generated.files, force=force)


def check(config: Config) -> tuple[Generated, Drift]:
    generated = produce(config)
    return generated, check_tree(config.out, generated.files)
