"""The run's worker processes: started by the first task, holding the run's document."""

from __future__ import annotations

import multiprocessing
import os
import time
from typing import Any

import pytest

from generator.workers import Workers


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
