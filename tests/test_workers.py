"""The run's worker processes: started by the first task, holding the run's document."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from generator.workers import Workers

REPO = Path(__file__).resolve().parent.parent


def title_and_process(document: dict[str, Any]) -> tuple[str, int]:
    return document["info"]["title"], os.getpid()


def nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_a_task_gets_the_document_in_another_process() -> None:
    with Workers({"info": {"title": "inherited"}}) as workers:
        assert not multiprocessing.active_children()  # nothing submitted, nothing started
        title, process = workers.submit_on_document(title_and_process).result()
    assert title == "inherited" and process != os.getpid()
    assert not multiprocessing.active_children()  # stopped when the run ends


def test_leaving_on_an_error_drops_the_work_not_yet_started() -> None:
    with pytest.raises(RuntimeError), Workers() as workers:
        naps = [workers.submit(nap, 0.2) for _ in range(workers.count * 4)]
        raise RuntimeError("the spec proved invalid")
    assert any(future.cancelled() for future in naps)
    assert not multiprocessing.active_children()


def test_as_many_workers_as_cores_this_process_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {3}, raising=False)  # e.g. taskset -c 3
    assert Workers().count == 1 and not Workers().parallel


# A run that makes its workers busy, prints their pids and waits to be killed; the pool is
# made on the main thread (Linux's parent-death signal) or another (the worker's watch on it).
BUSY_RUN = """
import sys, threading, time
from generator.workers import Workers

workers = Workers()

def start():
    for _ in range(workers.count):
        workers.submit(time.sleep, 60)

if sys.argv[1] == "main":
    start()
else:
    thread = threading.Thread(target=start)
    thread.start()
    thread.join()
time.sleep(0.5)  # the workers have started their naps
print(*(process.pid for process in workers._pool._processes.values()), flush=True)
time.sleep(60)
"""


def running(pid: int) -> bool:
    """Not ended; a zombie (ended, not yet reaped by whoever adopted it) has ended."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
@pytest.mark.parametrize("thread", ["main", "other"])
def test_workers_end_within_a_second_of_a_killed_run(thread: str) -> None:
    run = subprocess.Popen([sys.executable, "-c", BUSY_RUN, thread], cwd=REPO,
                           stdout=subprocess.PIPE, text=True)
    try:
        assert run.stdout is not None
        pids = [int(pid) for pid in run.stdout.readline().split()]
        assert pids and all(running(pid) for pid in pids)
        run.kill()
        killed = time.monotonic()
        while any(running(pid) for pid in pids) and time.monotonic() < killed + 5:
            time.sleep(0.01)
        assert not any(running(pid) for pid in pids)
        assert time.monotonic() - killed < 1.0
    finally:
        run.kill()
        run.wait()


def test_no_more_processes_than_asked_for() -> None:
    with Workers(processes=1) as workers:
        naps = [workers.submit(nap, 0.05) for _ in range(workers.count * 2)]
        assert len(multiprocessing.active_children()) == 1
        assert [future.result() for future in naps] == [0.05] * len(naps)
    assert Workers(processes=1).spare_cores == (Workers().count > 1)
    assert Workers(processes=99).processes == Workers().count and not Workers().spare_cores
