"""Worker processes a run shares between its two slow stages: checking the spec and black.

Each worker holds the run's bundled document from its start (inherited where processes fork,
sent once otherwise), so a check of it can run there while this process renders.

The workers never outlive the run: an interrupted run (Ctrl-C, SIGTERM, SIGHUP) kills them
before it exits, and a run killed outright takes them along (Linux's parent-death signal, or
a watch on the parent elsewhere).
"""

from __future__ import annotations

import ctypes
import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType
from typing import Any, Self, TypeVar

Result = TypeVar("Result")
Document = dict[str, Any]

PARENT_POLL_SECONDS = 0.1  # where the parent-death signal cannot be used
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>

_document: Document = {}  # in a worker: the document of the run that started it


def _start_worker(document: Document, parent: int, forked_by_main_thread: bool) -> None:
    global _document
    _document = document
    # Ctrl-C and a terminal's hang-up reach the whole process group: the run decides what
    # they mean and stops its workers itself. SIGTERM ends a worker at once, without the
    # run's handler that a forked worker would otherwise inherit.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with(parent, forked_by_main_thread)
    # A forked worker starts with its parent's heap (spec, model, sources): frozen, the
    # collector skips it instead of walking it on each full collection. A cold box run's
    # CPU time: 6.1 s, frozen 5.4 s; peak memory unchanged.
    gc.freeze()


def _die_with(parent: int, forked_by_main_thread: bool) -> None:
    """End this worker when the run that started it ends, however it ends (even SIGKILL)."""
    # Linux sends the signal when the thread that forked us exits: only the main thread's
    # end is the run's end.
    if sys.platform == "linux" and forked_by_main_thread:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:  # the run died before the signal was armed
                os._exit(1)
            return

    def watch_parent() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch_parent, name="parent-watch", daemon=True).start()


def _on_document(function: Callable[[Document], Result]) -> Result:
    return function(_document)


def _usable_cores() -> int:
    # The cores this process may run on (taskset, a container's cpuset), not all the machine's:
    # processes beyond them would only take turns.
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


class Workers:
    """Up to one process a core, all started by the first task (none when nothing is
    submitted).

    ``processes`` caps how many: on a fork, Python's pool starts every process at once, and an
    idle one still holds its own copy of each page it touches (twilio's run: 23 MiB of PSS for
    a worker that never had a task).
    """

    def __init__(self, document: Document | None = None, *, processes: int | None = None) -> None:
        self.count = _usable_cores()
        self.processes = self.count if processes is None else max(1, min(processes, self.count))
        self._document = document if document is not None else {}
        self._pool: ProcessPoolExecutor | None = None

    @property
    def parallel(self) -> bool:
        """Whether tasks can run beside this process (on one core they would only wait)."""
        return self.count > 1

    @property
    def spare_cores(self) -> bool:
        """Whether this process has a core of its own beside the workers' while it waits."""
        return self.processes < self.count

    def submit(self, function: Callable[..., Result], *args: Any) -> Future[Result]:
        if self._pool is None:
            # Forking workers start here, in this call's thread (ProcessPoolExecutor
            # launches them all with the first task when it forks).
            on_main_thread = threading.current_thread() is threading.main_thread()
            self._pool = ProcessPoolExecutor(
                max_workers=self.processes,
                initializer=_start_worker,
                initargs=(self._document, os.getpid(), on_main_thread),
            )
        return self._pool.submit(function, *args)

    def submit_on_document(self, function: Callable[[Document], Result]) -> Future[Result]:
        """function(document) in a worker; function must be importable by name."""
        return self.submit(_on_document, function)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._pool is None:
            return
        if kind is not None and not issubclass(kind, Exception):
            # Interrupted (KeyboardInterrupt, which SIGTERM and SIGHUP become too): a worker
            # in the middle of a task would finish it first, and a batch of black takes
            # seconds. Nothing of theirs is wanted any more.
            self._kill()
        # Work nobody will read (the spec proved invalid, a file would not parse) is dropped.
        self._pool.shutdown(cancel_futures=True)

    def _kill(self) -> None:
        assert self._pool is not None
        # ProcessPoolExecutor offers no way to stop busy workers before Python 3.14
        # (kill_workers); its process table is the one handle on them.
        processes = list(getattr(self._pool, "_processes", {}).values())
        for process in processes:
            process.kill()
        for process in processes:
            process.join()
