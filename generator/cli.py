"""``sdkgen``: parse arguments, run the pipeline, report. Exit codes: 0 ok, 1 drift, 2 bad input."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import pipeline
from .diagnostics import SpecError
from .format import FormatError
from .load import load_spec
from .validate import validate
from .write import HandEditedError

EXIT_OK, EXIT_DRIFT, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def _version() -> str:
    try:
        return version("commerce-sdkgen")
    except PackageNotFoundError:
        return "unknown"


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="sdkgen",
        description="Generate a typed Python SDK from an OpenAPI 3.0 or 3.1 document.",
        epilog="Exit codes: 0 success, 1 `check` found generated code out of date, 2 bad input.",
    )
    root.add_argument("--version", action="version", version=f"sdkgen {_version()}")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.add_argument("--spec", type=Path, help="the OpenAPI document (default: [tool.sdkgen] spec)")
        command.add_argument("--project", type=Path, default=Path("."),
                             help="folder whose pyproject.toml holds [tool.sdkgen] (default: .)")
        command.add_argument("-q", "--quiet", action="store_true", help="print errors only")
        command.add_argument("-v", "--verbose", action="store_true", help="print every file and note")
        return command

    add("validate", "Check the document and report every problem; write nothing.")
    for name, help_text in (
        ("generate", "Write the SDK into the output folder (only files that changed)."),
        ("check", "Exit 1 with a summary when the output folder differs from what generate would write."),
    ):
        command = add(name, help_text)
        command.add_argument("--out", type=Path, help="output folder (default: [tool.sdkgen] out)")
        command.add_argument("--package", help="import name of the SDK (default: [tool.sdkgen] package)")
        command.add_argument("--templates", type=Path, action="append",
                             help="folder of templates overriding the built-in ones, file by file")
        if name == "generate":
            command.add_argument("--force", action="store_true",
                                 help="overwrite generated files that were edited by hand")
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    project = args.project
    config = pipeline.read_config(
        project,
        spec=args.spec and args.spec.resolve(),
        out=getattr(args, "out", None) and args.out.resolve(),
        package=getattr(args, "package", None),
        templates=getattr(args, "templates", None) and tuple(t.resolve() for t in args.templates),
    )
    try:
        return _run(args, config)
    except SpecError as error:
        for diagnostic in error.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_BAD_INPUT
    except HandEditedError as error:
        print(f"{config.out}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except FormatError as error:
        print(f"internal error: generated code did not format: {error}", file=sys.stderr)
        return EXIT_INTERNAL
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug of ours: one line, and the trace only when asked
        print(f"internal error: {type(error).__name__}: {error} (rerun with -v for the trace)",
              file=sys.stderr)
        if args.verbose:
            traceback.print_exc()
        return EXIT_INTERNAL


def _run(args: argparse.Namespace, config: pipeline.Config) -> int:
    say = (lambda *_: None) if args.quiet else (lambda text: print(text, file=sys.stderr))
    if args.command == "validate":
        validate(load_spec(config.spec))
        say(f"{config.spec}: valid")
        return EXIT_OK
    if args.command == "check":
        generated, drift = pipeline.check(config)
        if drift:
            print(f"{config.out} is out of date with {config.spec}; run `make generate`:", file=sys.stderr)
            print(drift.summary(), file=sys.stderr)
            return EXIT_DRIFT
        say(f"{config.out} is up to date ({len(generated.files)} files, {generated.seconds:.2f} s)")
        return EXIT_OK
    generated, report = pipeline.generate(config, force=args.force)
    if args.verbose:
        for path in report.written:
            say(f"  wrote {path}")
        for path in report.removed:
            say(f"  removed {path}")
        for note in generated.notes:
            say(f"  note: {note}")
    changed = len(report.written) + len(report.removed)
    say(f"{len(generated.files)} files, {changed} changed, {generated.seconds:.1f} s -> {config.out}")
    return EXIT_OK
