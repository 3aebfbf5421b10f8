"""The generator as one straight line: load -> validate -> model -> render -> format -> write."""

from __future__ import annotations

import json
import os
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import fingerprint
from .diagnostics import Diagnostic, SpecError
from .write import Drift, WriteReport, check_tree, manifest_digest, tree_is_as_written, write_tree

if TYPE_CHECKING:
    from .load import LoadedSpec
    from .model.build import Options

SPEC_COPY = "openapi.json"  # beside the generated tests, for the mock server (mock_text)
DEFAULT_SPEC = "openapi.yaml"


@dataclass(frozen=True)
class Config:
    spec: Path
    out: Path
    package: str | None = None
    distribution: str | None = None
    client_name: str | None = None
    env_prefix: str | None = None
    templates: tuple[Path, ...] = ()  # overlays, searched before the built-in templates
    strict: bool = False  # every warning is an error


@dataclass(frozen=True)
class Generated:
    spec: LoadedSpec
    files: dict[str, bytes]
    seconds: float
    notes: tuple[str, ...]  # what the generator passed over, for --verbose
    warnings: tuple[Diagnostic, ...]  # the spec's mistakes the generator worked around
    # fingerprint.environment as the run found it before rendering (None: a file could not be
    # read), so that a template edited meanwhile is not recorded as used.
    environment: str | None = None


@dataclass(frozen=True)
class Unchanged:
    """The last run's result, still true: its inputs and its output folder are as it left them."""

    files: int
    notes: tuple[str, ...]
    seconds: float
    warnings: tuple[str, ...]  # as printed


class ConfigError(Exception):
    """Settings that cannot be used: ``[tool.sdkgen]`` or the options given with it."""


def read_config(project_dir: Path, *, writes: bool = True, **overrides: Any) -> Config:
    """``[tool.sdkgen]`` of project_dir/pyproject.toml, overridden by non-None arguments.

    The settings are made for their own spec: for another one (``spec`` given and not the
    configured one) none of them applies, and a command that writes (or checks) an output
    folder must be given ``out``, or that spec's SDK would replace the project's."""
    settings: dict[str, Any] = {}
    pyproject = project_dir / "pyproject.toml"
    if pyproject.is_file():
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        settings = {k.replace("-", "_"): v for k, v in data.get("tool", {}).get("sdkgen", {}).items()}
    spec = overrides.get("spec")
    if settings and spec is not None and Path(spec).resolve() != (project_dir / settings.get("spec", DEFAULT_SPEC)).resolve():
        if writes and overrides.get("out") is None:
            raise ConfigError(f"{pyproject}: [tool.sdkgen] is made for {settings.get('spec', DEFAULT_SPEC)}, not "
                              f"{spec}: give --out for its SDK (none of [tool.sdkgen] applies to another spec)")
        settings = {}
    settings.update({k: v for k, v in overrides.items() if v is not None})
    if not isinstance(settings.get("strict", False), bool):
        raise ConfigError(f"{pyproject}: [tool.sdkgen] strict must be true or false")


    templates = settings.get("templates") or ()
    if isinstance(templates, (str, Path)):
        templates = (templates,)
    return Config(
        spec=project_dir / settings.get("spec", DEFAULT_SPEC),
        out=project_dir / settings.get("out", "generated"),
        package=settings.get("package"),
        distribution=settings.get("distribution"),
        client_name=settings.get("client_name"),
        env_prefix=settings.get("env_prefix"),
        templates=tuple(project_dir / t for t in templates),
        strict=settings.get("strict", False),
    )


def options_for(config: Config, spec: LoadedSpec) -> Options:
    """Names not configured are derived from the document's title."""
    # Here, not above: names imports pydantic (~30 ms), which a reused run does not need.
    from .model.build import Options
    from .names import CLIENT_RESERVED, PACKAGE_RESERVED, pascal, snake

    title = str((spec.document.get("info") or {}).get("title") or "api")
    package = config.package or snake(title.removesuffix(" API").removesuffix(" Api"), fallback="api_client")
    if package in PACKAGE_RESERVED and not config.package:
        package += "_api"
    stem = title.removesuffix(" API").removesuffix(" Api").split()
    client = config.client_name or pascal(stem[-1] if stem else "", fallback="Client")
    while {client, f"Async{client}"} & CLIENT_RESERVED and not config.client_name:
        client += "Client"
    return Options(
        package=package,
        distribution=config.distribution or package.replace("_", "-"),
        client_name=client,
        env_prefix=config.env_prefix or package.upper(),
        spec_file=SPEC_COPY,
    )


def produce(config: Config) -> Generated:
    """Everything generate would write, as bytes; raises SpecError on bad input."""
    from .load import load_spec
    from .validate import start_validation, worker_processes
    from .workers import Workers

    started = time.perf_counter()
    spec = load_spec(config.spec)
    # Checking the spec and black are each seconds on a large spec: the workers check it while
    # this process builds and renders, then format. Anything that fails before the formatting
    # starts is reported as the spec's own problems first.
    warnings: tuple[Diagnostic, ...] = ()

    def validated() -> None:
        nonlocal warnings
        warnings = checked()

    # No more workers than the check keeps busy: black's share of a run, when it has one,
    # goes to them and this process, which has a core of its own while it waits for them.
    with Workers(spec.document, processes=worker_processes(spec)) as workers:
        # Imported before the workers fork, so theirs too: the validator needs jsonschema
        # there, and the model's example checks need it here (0.2 s in each process).
        import jsonschema  # noqa: F401

        checked = start_validation(spec, workers, strict=config.strict)
        # Only now, while a worker checks the spec: what the check needs starts it sooner.
        # A reused run (last_run_if_unchanged) imports none of these (jinja2, pydantic).
        from . import runtime
        from .format import format_sources
        from .model.build import build_api
        from .render import render

        environment = _environment(config)
        try:
            api = build_api(spec, options_for(config, spec))
            texts = render(api, template_dirs(config))
        except RecursionError:
            validated()
            raise SpecError([spec.diagnostic("", "schemas nest too deeply to generate code for")]) from None
        except Exception:
            validated()
            raise
        texts[f"tests/{SPEC_COPY}"] = mock_text(spec.document)
        # An overlay's templates write their own layout: then black formats every file.
        formatted = format_sources(
            texts, workers=workers, meanwhile=validated, laid_out=not config.templates
        )
    # The runtime is already black's layout: copied as it is, after the formatting. A template
    # of an overlay rendering a runtime file replaces it.
    outputs = {**runtime.copies(api.package), **formatted}
    files = {path: text.encode("utf-8") for path, text in sorted(outputs.items())}
    return Generated(spec, files, time.perf_counter() - started, api.notes, warnings, environment)


def mock_text(document: dict[str, Any]) -> str:
    """The spec as the generated tests hand it to Prism (generator/mock.py)."""
    from .mock import prism_document

    mock = prism_document(document)
    if mock is document:
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    # Inlined, a cut document nests deep: indentation would be most of its bytes.
    return json.dumps(mock, separators=(",", ":"), ensure_ascii=False) + "\n"


def generate(config: Config, *, force: bool = False) -> tuple[Generated, WriteReport]:
    generated = produce(config)
    report = write_tree(config.out, generated.files, force=force)
    _record_run(config, generated)
    return generated, report


def check(config: Config) -> tuple[Generated, Drift]:
    generated = produce(config)
    drift = check_tree(config.out, generated.files)
    if not drift:
        _record_run(config, generated)
    return generated, drift


def last_run_if_unchanged(config: Config) -> Unchanged | None:
    """What the last generate or clean check reported for config.out, when every input is
    byte-identical to that run's and the folder holds exactly what it wrote; else None: run
    in full.  Imports neither black, jinja2 nor pydantic."""
    started = time.perf_counter()
    record = fingerprint.read_record(config.out)
    if record is None:
        return None
    spec_files = fingerprint.hash_files(path for path, _ in record.spec_files)
    if spec_files is None:
        return None
    try:
        environment = fingerprint.environment(tuple(Path(d) for d in record.template_dirs))
    except OSError:
        return None
    if fingerprint.fingerprint(environment, _options(config), spec_files) != record.fingerprint:
        return None
    if not tree_is_as_written(config.out, record.manifest):
        return None
    return Unchanged(record.files, record.notes, time.perf_counter() - started, record.warnings)


def template_dirs(config: Config) -> tuple[Path, ...]:
    """The template search path: the overlays, then the built-in templates."""
    from .render import BUILTIN_TEMPLATES  # here, not above: render imports jinja2

    return (*config.templates, BUILTIN_TEMPLATES)


def _environment(config: Config) -> str | None:
    try:
        return fingerprint.environment(_absolute_template_dirs(config))
    except OSError:
        return None


def _absolute_template_dirs(config: Config) -> tuple[Path, ...]:
    """As the record lists them: the next run may start in another folder."""
    return tuple(folder.resolve() for folder in template_dirs(config))


def _record_run(config: Config, generated: Generated) -> None:
    # The digests of the bytes the run was made from: a spec file edited while it ran no
    # longer matches them, so the next run goes the full way.
    spec_files = generated.spec.file_digests
    if generated.environment is None:
        return
    fingerprint.write_record(config.out, fingerprint.RunRecord(
        fingerprint=fingerprint.fingerprint(generated.environment, _options(config), spec_files),
        spec_files=spec_files,
        template_dirs=tuple(str(folder) for folder in _absolute_template_dirs(config)),
        manifest=manifest_digest(generated.files),
        files=len(generated.files),
        notes=generated.notes,
        warnings=tuple(str(warning) for warning in generated.warnings),
    ))


def _options(config: Config) -> dict[str, str | bool | list[str] | None]:
    """The options as given: names left to derive follow from the spec, which the fingerprint
    covers.  Overlays by path: the record's template search path must be this config's."""
    return {
        "spec": os.path.realpath(config.spec),
        "out": str(config.out.resolve()),
        "templates": [str(folder.resolve()) for folder in config.templates],
        "package": config.package,
        "distribution": config.distribution,
        "client_name": config.client_name,
        "env_prefix": config.env_prefix,
        "strict": config.strict,
    }
