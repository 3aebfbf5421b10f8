"""Run one command as a child process: its wall time and the peak memory of its process tree."""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# Coarse on purpose: each sample reads every /proc/*/stat and the tree's smaps_rollup, and on
# a 2-core machine a busier sampler would steal CPU from the process being timed.
SAMPLE_SECONDS = 0.02
ERROR_LINES = 3


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mib: float  # RSS summed over the tree: pages shared between processes count in each
    peak_pss_mib: float  # PSS summed over the tree: a shared page counts once in all
    returncode: int
    error: str  # the end of stderr when the command failed, else ""

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def run(command: Sequence[str], *, cwd: Path, env: Mapping[str, str] | None = None) -> Run:
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
        sampler = _TreeSampler(process.pid)
        # wait4 rather than Popen.wait: its ru_maxrss is the largest single process of the tree
        # (the child and every descendant it reaped), which the sampler can miss between samples.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        sampler.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
        stderr.seek(0)
        lines = [line.strip() for line in stderr.read().decode("utf-8", "replace").splitlines()]
        lines = [line for line in lines if line]
    peak_kib = max(usage.ru_maxrss, sampler.peak_rss_kib)
    # A few lines: some tools wrap one message over several.
    error = "" if process.returncode == 0 else " ".join(lines[-ERROR_LINES:]) or "(no message)"
    return Run(seconds, peak_kib / 1024, sampler.peak_pss_kib / 1024, process.returncode, error)


class _TreeSampler:
    """Polls the summed RSS and PSS of a process and all its descendants (e.g. a JVM under a
    wrapper, or black's worker processes, which share most of their pages with their parent)."""

    def __init__(self, root_pid: int) -> None:
        self.root_pid = root_pid
        self.peak_rss_kib = 0
        self.peak_pss_kib = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._done.is_set():
            rss, pss = self._tree_kib()
            self.peak_rss_kib = max(self.peak_rss_kib, rss)
            self.peak_pss_kib = max(self.peak_pss_kib, pss)
            self._done.wait(SAMPLE_SECONDS)

    def _tree_kib(self) -> tuple[int, int]:
        children: dict[int, list[int]] = {}
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                parent = _parent_pid(int(entry.name))
                if parent is not None:
                    children.setdefault(parent, []).append(int(entry.name))
        rss = pss = 0
        pending = [self.root_pid]
        while pending:
            pid = pending.pop()
            process_rss, process_pss = _memory_kib(pid)
            rss, pss = rss + process_rss, pss + process_pss
            pending.extend(children.get(pid, ()))
        return rss, pss


def _parent_pid(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:  # the process ended between listing and reading
        return None
    # The command name (field 2) is in parentheses and may hold spaces: split after it.
    return int(stat.rpartition(")")[2].split()[1])


def _memory_kib(pid: int) -> tuple[int, int]:
    """RSS and PSS of one process, from the kernel's one-record summary of its mappings."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:  # ended, or a zombie whose mappings are gone
        return 0, 0
    fields = dict(line.split(":", 1) for line in rollup.splitlines()[1:])
    return _kib(fields.get("Rss")), _kib(fields.get("Pss"))


def _kib(value: str | None) -> int:
    return int(value.split()[0]) if value else 0  # "  1688 kB"
