"""``sdkgen``: parse arguments, run the pipeline, report.

Exit codes: 0 ok, 1 ``check`` found drift, 2 bad input (spec, template overlay, hand-edited
output), 3 internal error.  Problems are one line each on stderr; results on stdout only for
``diff``, whose output is meant to be read by other programs too.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
import tomllib
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from . import pipeline
from .diagnostics import Diagnostic, SpecError
from .load import load_spec
from .validate import validate
from .write import MANIFEST, Drift, HandEditedError, WriteReport

if TYPE_CHECKING:
    import jinja2

EXIT_OK, EXIT_DRIFT, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
# Each ends a run as Ctrl-C does; the exit code is then 128 + the signal's number.
ENDING_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
PROGRESS_AFTER_SECONDS = 1.0
WARNINGS_SHOWN = 5  # by generate, check and watch; validate and -v show every one

EXIT_CODES = """exit codes:
  0  success
  1  `check` found the output folder out of date
  2  bad input: the spec, a template overlay, or generated files edited by hand
  3  internal error (a bug of sdkgen's; -v prints the trace)
  130, 143, 129  interrupted by SIGINT (Ctrl-C), SIGTERM or SIGHUP: nothing written"""


def _version() -> str:
    try:
        return version("commerce-sdkgen")
    except PackageNotFoundError:
        return "unknown"


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="sdkgen",
        description="Generate a typed Python SDK from an OpenAPI 3.0 or 3.1 document.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    root.add_argument("--version", action="version", version=f"sdkgen {_version()}")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        command = commands.add_parser(
            name, help=help_text, description=help_text, epilog=EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.add_argument("--project", type=Path, default=Path("."),
                             help="folder whose pyproject.toml holds [tool.sdkgen] (default: .)")
        command.add_argument("-q", "--quiet", action="store_true", help="print errors only")
        command.add_argument("-v", "--verbose", action="store_true",
                             help="print every file written, every note and every warning")
        if name != "diff":
            command.add_argument("--strict", action="store_true", default=None,
                                 help="make every warning an error (default: [tool.sdkgen] strict)")
        return command

    validate_command = add("validate", "Check the document and report every problem, errors and "
                                       "warnings; write nothing.")
    validate_command.add_argument("--spec", type=Path, help="the OpenAPI document (default: [tool.sdkgen] spec)")
    for name, help_text in (
        ("generate", "Write the SDK into the output folder (only files that changed)."),
        ("check", "Exit 1 with a summary when the output folder differs from what generate would write."),
        ("watch", "Generate, then regenerate whenever the spec, a file it $refs or a template changes."),
    ):
        command = add(name, help_text)
        command.add_argument("--spec", type=Path, help="the OpenAPI document (default: [tool.sdkgen] spec)")
        command.add_argument("--out", type=Path, help="output folder (default: [tool.sdkgen] out)")
        command.add_argument("--package", help="import name of the SDK (default: [tool.sdkgen] package)")
        command.add_argument(
            "--templates", type=Path, action="append", metavar="DIR",
            help="folder of templates overriding the built-in ones file by file; repeatable, "
                 "first wins (default: [tool.sdkgen] templates)",
        )
        if name != "check":
            command.add_argument("--force", action="store_true",
                                 help="overwrite generated files that were edited by hand")
    diff = add("diff", "List what a user of the SDK would notice between two versions of a spec, "
                       "and the semver bump it implies.")
    diff.add_argument("old", type=Path, help="the earlier OpenAPI document")
    diff.add_argument("new", type=Path, help="the later OpenAPI document")
    diff.add_argument("--format", choices=("text", "json"), default="text",
                      help="json: one object {bump, breaking, changes} for CI (default: text)")
    return root


class Console:
    """Where people read: stderr, coloured only on a terminal and never when NO_COLOR is set."""

    def __init__(self, stream: TextIO, *, quiet: bool = False, verbose: bool = False) -> None:
        self.stream = stream
        self.quiet = quiet
        self.verbose = verbose
        self.interactive = stream.isatty()
        self.colour = self.interactive and not os.environ.get("NO_COLOR")  # no-color.org

    def paint(self, text: str, colour: str) -> str:
        codes = {"red": "31", "green": "32", "yellow": "33", "bold": "1"}
        return f"\033[{codes[colour]}m{text}\033[0m" if self.colour else text

    def say(self, text: str) -> None:
        if not self.quiet:
            print(text, file=self.stream, flush=True)

    def detail(self, text: str) -> None:
        if self.verbose and not self.quiet:
            print(text, file=self.stream, flush=True)

    def error(self, text: str) -> None:
        print(self.paint(text, "red"), file=self.stream, flush=True)

    def warn(self, text: str) -> None:
        if not self.quiet:
            print(self.paint(text, "yellow"), file=self.stream, flush=True)

    def warnings(self, warnings: Sequence[str]) -> None:
        """The first few warnings, then how many more; every one with -v."""
        shown = warnings if self.verbose else warnings[:WARNINGS_SHOWN]
        for warning in shown:
            self.warn(warning)
        if len(warnings) > len(shown):
            self.warn(f"... and {len(warnings) - len(shown)} more warning(s) (-v shows every one)")

    @contextmanager
    def progress(self, label: str) -> Iterator[None]:
        """After a second, a ticking ``label… 1.4 s`` line, erased when the work ends."""
        if not self.interactive or self.quiet:
            yield
            return
        done = threading.Event()
        started = time.perf_counter()

        def tick() -> None:
            if done.wait(PROGRESS_AFTER_SECONDS):
                return
            while not done.wait(0.1):
                self.stream.write(f"\r{label}… {time.perf_counter() - started:.1f} s")
                self.stream.flush()
            self.stream.write("\r\033[K")
            self.stream.flush()

        ticker = threading.Thread(target=tick, daemon=True)
        ticker.start()
        try:
            yield
        finally:
            done.set()
            ticker.join()


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    console = Console(sys.stderr, quiet=args.quiet, verbose=args.verbose)
    with _signals_interrupt() as received:
        try:
            config = _config(args)
            return _COMMANDS[args.command](args, config, console)
        except KeyboardInterrupt:
            number = received[0] if received else signal.SIGINT
            if args.command == "watch" and number == signal.SIGINT:
                return EXIT_OK  # Ctrl-C is how watch is meant to end
            return 128 + number
        except Exception as error:  # noqa: BLE001 - every failure becomes one line and an exit code
            return report_failure(error, console, args.project)


@contextmanager
def _signals_interrupt() -> Iterator[list[int]]:
    """SIGTERM and SIGHUP raise KeyboardInterrupt, as SIGINT does: the run unwinds, so its
    workers are killed, a half-built tree is removed and the lock is released, where Python's
    default would end the process on the spot. The list receives the signal's number."""
    received: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield received  # signal handlers can only be set there
        return

    def interrupt(number: int, frame: object) -> None:
        if not received:  # a second signal must not cut the first one's cleanup short
            received.append(number)
            raise KeyboardInterrupt

    previous = {}
    for number in ENDING_SIGNALS:
        handler = signal.getsignal(number)
        # Left alone: ignored (nohup, a background job) or set outside Python (None).
        if handler is not signal.SIG_IGN and handler is not None:
            previous[number] = signal.signal(number, interrupt)
    try:
        yield received
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _config(args: argparse.Namespace) -> pipeline.Config:
    templates = getattr(args, "templates", None)
    return pipeline.read_config(
        args.project,
        writes=args.command in ("generate", "check", "watch"),
        spec=getattr(args, "spec", None) and args.spec.resolve(),
        out=getattr(args, "out", None) and args.out.resolve(),
        package=getattr(args, "package", None),
        templates=templates and tuple(t.resolve() for t in templates),
        strict=getattr(args, "strict", None),
    )


def report_failure(error: Exception, console: Console, project: Path) -> int:
    """One line per problem on stderr; the exit code the failure deserves."""
    if isinstance(error, SpecError):
        for diagnostic in error.diagnostics:
            if diagnostic.severity == "error":
                console.error(str(diagnostic))
            else:
                console.warn(str(diagnostic))
        if all(diagnostic.severity == "warning" for diagnostic in error.diagnostics):
            console.error(f"{len(error.diagnostics)} warning(s), errors under strict "
                          "(--strict or strict = true under [tool.sdkgen])")
        return EXIT_BAD_INPUT
    if isinstance(error, (HandEditedError, pipeline.ConfigError)):
        console.error(str(error))
        return EXIT_BAD_INPUT
    # Here, not above: jinja2 and black cost a run that reuses the last one ~0.1 s.
    import jinja2

    from .format import FormatError
    from .render import BUILTIN_TEMPLATES

    if isinstance(error, jinja2.TemplateError):
        diagnostic = _template_diagnostic(error)
        ours = Path(diagnostic.file).is_relative_to(BUILTIN_TEMPLATES)
        console.error(("internal error: " if ours else "") + str(diagnostic))
        return EXIT_INTERNAL if ours else EXIT_BAD_INPUT
    if isinstance(error, FormatError):
        console.error(f"internal error: generated code did not format: {error}")
        return EXIT_INTERNAL
    if isinstance(error, (OSError, tomllib.TOMLDecodeError)):  # unreadable config or output folder
        console.error(f"{getattr(error, 'filename', None) or project}: {error}")
        return EXIT_BAD_INPUT
    console.error(f"internal error: {type(error).__name__}: {error} (rerun with -v for the trace)")
    if console.verbose:
        traceback.print_exception(error, file=console.stream)
    return EXIT_INTERNAL


def _template_diagnostic(error: jinja2.TemplateError) -> Diagnostic:
    """Where in which template it went wrong: the syntax error's place, else the innermost
    template frame of the traceback (Jinja maps those frames to template lines)."""
    import jinja2  # here, not above: see report_failure

    if isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
        return Diagnostic(error.filename, error.lineno, 1, "", error.message or str(error))
    file, line = "<templates>", 1
    trace: TracebackType | None = error.__traceback__
    while trace is not None:
        name = trace.tb_frame.f_code.co_filename
        if name.endswith(".jinja"):
            file, line = name, trace.tb_lineno
        trace = trace.tb_next
    message = f"template {error.message} not found" if isinstance(error, jinja2.TemplateNotFound) else str(error)
    return Diagnostic(file, line, 1, "", message)


# --- commands -----------------------------------------------------------------------------


def _validate(args: argparse.Namespace, config: pipeline.Config, console: Console) -> int:
    from .workers import Workers  # here, not above: other commands may not start any

    spec = load_spec(config.spec)
    with Workers(spec.document) as workers:
        warnings = validate(spec, workers, strict=config.strict)
    for warning in warnings:
        console.warn(str(warning))
    console.say(f"{config.spec}: valid" + (f", {len(warnings)} warning(s)" if warnings else ""))
    return EXIT_OK


def _generate(args: argparse.Namespace, config: pipeline.Config, console: Console) -> int:
    unchanged = None if args.force else pipeline.last_run_if_unchanged(config)
    if unchanged is not None:
        _say_notes(unchanged.notes, console)
        console.warnings(unchanged.warnings)
        summary = summary_line(unchanged.files, "0 changed", unchanged.seconds)
        console.say(f"{summary} -> {config.out}")
        return EXIT_OK
    with console.progress("generating"):
        generated, report = pipeline.generate(config, force=args.force)
    for path in report.written:
        console.detail(f"  wrote {path}")
    for path in report.removed:
        console.detail(f"  removed {path}")
    _say_notes(generated.notes, console)
    console.warnings([str(warning) for warning in generated.warnings])
    console.say(generated_summary(generated, report) + f" -> {config.out}")
    return EXIT_OK


def _say_notes(notes: Sequence[str], console: Console) -> None:
    for note in notes:
        console.detail(f"  note: {note}")


def changed_files(report: WriteReport) -> list[str]:
    """Generated files written or removed; the manifest is bookkeeping, not output."""
    return [path for path in (*report.written, *report.removed) if path != MANIFEST]


def generated_summary(generated: pipeline.Generated, report: WriteReport) -> str:
    return summary_line(len(generated.files), f"{len(changed_files(report))} changed", generated.seconds)


def summary_line(files: int, outcome: str, seconds: float) -> str:
    return f"{files} files, {outcome}, {seconds:.1f} s"


def _check(args: argparse.Namespace, config: pipeline.Config, console: Console) -> int:
    unchanged = pipeline.last_run_if_unchanged(config)
    if unchanged is not None:
        files, seconds = unchanged.files, unchanged.seconds
        console.warnings(unchanged.warnings)
    else:
        with console.progress("checking"):
            generated, drift = pipeline.check(config)
        console.warnings([str(warning) for warning in generated.warnings])
        if drift:
            differing = sum(map(len, (drift.added, drift.changed, drift.removed, drift.hand_edited)))
            console.error(f"{config.out} is out of date with {config.spec}: {differing} file(s) "
                          f"differ; run `sdkgen generate`:")
            print(_paint_drift(drift, console), file=console.stream)
            return EXIT_DRIFT
        files, seconds = len(generated.files), generated.seconds
    console.say(summary_line(files, "up to date", seconds) + f" in {config.out}")
    return EXIT_OK


def _paint_drift(drift: Drift, console: Console) -> str:
    colours = {"+": "green", "~": "yellow", "-": "red", "!": "red"}
    return "\n".join(console.paint(line, colours.get(line[:1], "bold"))
                     for line in drift.summary().splitlines())


def _watch(args: argparse.Namespace, config: pipeline.Config, console: Console) -> int:
    from .watch import Watched, watch  # watchfiles is needed by this command only

    trees = tuple(t.resolve() for t in pipeline.template_dirs(config) if t.is_dir())
    spec_files = frozenset({config.spec.resolve()})

    def regenerate(changed: tuple[Path, ...]) -> Watched:
        nonlocal spec_files
        if changed:
            console.say("changed: " + ", ".join(_shown(path) for path in changed))
        try:
            with console.progress("generating"):
                generated, report = pipeline.generate(config, force=args.force)
        except Exception as error:  # noqa: BLE001 - shown, then we keep watching for the fix
            report_failure(error, console, args.project)
            console.say("waiting for changes…")
        else:
            # A broken spec keeps the files of the last good one watched: the fix may be there.
            spec_files = frozenset({config.spec.resolve(), *(p.resolve() for p in generated.spec.files)})
            for path in changed_files(report):
                console.detail(f"  {path}")
            console.warnings([str(warning) for warning in generated.warnings])
            console.say(console.paint(generated_summary(generated, report), "green"))
        return Watched(spec_files, trees)

    watched = regenerate(())
    console.say(f"watching {config.spec} and {len(trees)} template folder(s); Ctrl-C stops")
    watch(watched, regenerate)
    return EXIT_OK


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _diff(args: argparse.Namespace, config: pipeline.Config, console: Console) -> int:
    # Here, not above: the model imports pydantic, which a reused generate run does not need.
    from .diff import diff_apis
    from .model.build import build_api

    apis = []
    for path in (args.old, args.new):
        spec = load_spec(path)
        validate(spec)
        apis.append(build_api(spec, pipeline.options_for(config, spec)))
    result = diff_apis(*apis)
    if args.format == "json":
        print(json.dumps(result.to_json(), indent=2))
    else:
        print(result.summary())
    return EXIT_OK


_COMMANDS = {
    "validate": _validate,
    "generate": _generate,
    "check": _check,
    "watch": _watch,
    "diff": _diff,
}
