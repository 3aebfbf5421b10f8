"""``sdkgen watch`` as a user runs it: a subprocess regenerating as the spec is edited."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import REPO
from test_cli import (
    DIAGNOSTIC,
    SUMMARY,
    WARNING,
    add_pet_field,
    edit_spec,
    make_project,
    title_on_every_operation,
)

from generator.watch import Watched

WAIT_SECONDS = 30  # generous: the first generation warms black's cache on a cold machine
RETRY_SECONDS = 2


class Watcher:
    def __init__(self, project: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "generator", "watch"],
            cwd=project, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line.rstrip("\n"))

    def edit(self, changed_file: str, change: Callable[[], None]) -> list[str]:
        """Lines up to the regeneration summary (or failure) that follows change, once watch
        reports changed_file (others may be reported before: the built-in templates are
        watched too, and other people edit them).  The change
        is repeated until watch reports it: the "watching" line is printed just before the
        file system watch starts, so a change made at once can come too early to be seen."""
        for _ in range(WAIT_SECONDS // RETRY_SECONDS):
            change()
            try:
                seen = self.wait_for(
                    lambda line: line.startswith("changed: ") and changed_file in line, RETRY_SECONDS
                )
            except AssertionError:
                continue
            return seen + self.wait_for(
                lambda line: bool(SUMMARY.match(line + " -> ")) or line == "waiting for changes…"
            )
        raise AssertionError(f"watch never reported the change within {WAIT_SECONDS} s")

    def wait_for(self, predicate: Callable[[str], bool], seconds: float = WAIT_SECONDS) -> list[str]:
        """Lines up to and including the first that satisfies predicate."""
        seen: list[str] = []
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                assert self.process.poll() is None, f"watch exited: {seen}"
                continue
            seen.append(line)
            if predicate(line):
                return seen
        raise AssertionError(f"no such line within {WAIT_SECONDS} s; saw {seen}")


@pytest.fixture
def watcher(tmp_path: Path) -> Iterator[tuple[Watcher, Path]]:
    project = make_project(tmp_path)
    running = Watcher(project)
    yield running, project
    if running.process.poll() is None:
        running.process.kill()
        running.process.wait()


def test_watch_regenerates_on_spec_edits_survives_errors_and_stops_on_ctrl_c(
    watcher: tuple[Watcher, Path],
) -> None:
    running, project = watcher
    running.wait_for(lambda line: line.startswith("watching "))
    model = project / "sdk" / "src" / "swagger_petstore" / "models" / "pet.py"
    assert "color" not in model.read_text()

    seen = running.edit("petstore.yaml", lambda: edit_spec(project, add_pet_field("color")))
    assert "changed: petstore.yaml" in seen and SUMMARY.match(seen[-1] + " -> "), seen
    assert "color:" in model.read_text()

    spec = project / "petstore.yaml"
    good = spec.read_text()
    seen = running.edit("petstore.yaml", lambda: spec.write_text(good.replace("paths:", "paths: [", 1)))
    assert seen[-1] == "waiting for changes…"
    assert any(DIAGNOSTIC.match(line) and "petstore.yaml:" in line for line in seen), seen

    seen = running.edit("petstore.yaml", lambda: spec.write_text(good.replace("color", "shade")))
    assert SUMMARY.match(seen[-1] + " -> "), seen
    assert "shade:" in model.read_text() and "color" not in model.read_text()

    running.process.send_signal(signal.SIGINT)
    assert running.process.wait(timeout=WAIT_SECONDS) == 0


def test_watch_prints_the_warnings_of_each_regeneration(watcher: tuple[Watcher, Path]) -> None:
    running, project = watcher
    running.wait_for(lambda line: line.startswith("watching "))
    seen = running.edit("petstore.yaml", lambda: edit_spec(project, title_on_every_operation))
    assert sum(bool(WARNING.match(line)) for line in seen) == 3 and SUMMARY.match(seen[-1] + " -> "), seen


def test_watch_follows_template_overlays(watcher: tuple[Watcher, Path]) -> None:
    running, project = watcher
    running.wait_for(lambda line: line.startswith("watching "))
    readme = project / "overlay" / "README.md.jinja"
    seen = running.edit("overlay/README.md.jinja", lambda: readme.write_text("# {{ api.title }} from my overlay\n"))
    assert "changed: overlay/README.md.jinja" in seen and SUMMARY.match(seen[-1] + " -> "), seen
    assert (project / "sdk" / "README.md").read_text() == "# Swagger Petstore from my overlay\n"


def test_watched_folders_are_the_spec_folders_and_every_template_folder(tmp_path: Path) -> None:
    spec = tmp_path / "spec" / "api.yaml"
    shared = tmp_path / "shared" / "common.yaml"
    templates = tmp_path / "templates"
    for folder in (spec.parent, shared.parent, templates / "src" / "__pycache__"):
        folder.mkdir(parents=True)
    watched = Watched(frozenset({spec, shared}), (templates,))
    assert watched.folders() == {spec.parent, shared.parent, templates, templates / "src"}
    assert watched.covers(shared) and watched.covers(templates / "src" / "x.jinja")
    assert not watched.covers(spec.parent / "notes.txt")
