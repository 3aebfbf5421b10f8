"""A run ended by a signal takes its workers along and leaves the output folder as it was.

Each case runs a real ``sdkgen generate`` of Box (553 files, two workers) held at one moment
(tests/held_run.py), signals it there the way it happens in practice (Ctrl-C and a terminal's
hang-up reach the whole process group, ``kill`` and CI timeouts the process), and checks the
four promises: the workers are gone within a second, the output folder is byte-identical to
before, the lock is free, and the exit code says which signal ended the run.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from records import CORPUS

from generator.workers import Workers

REPO = Path(__file__).resolve().parent.parent
HELD_RUN = REPO / "tests" / "held_run.py"
BOX = CORPUS / "box_openapi.json"
REACH_SECONDS = 60.0  # to reach the held moment on a busy machine
WORKERS_GONE_SECONDS = 1.0
EXIT_SECONDS = 10.0


def tree_state(root: Path) -> dict[str, tuple[int, bytes | None]]:
    """Every entry under root: its mode and, for a file, its bytes."""
    state: dict[str, tuple[int, bytes | None]] = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        content = path.read_bytes() if path.is_file() and not path.is_symlink() else None
        state[path.relative_to(root).as_posix()] = (info.st_mode, content)
    return state


def children_of(parent: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:  # ended meanwhile
                continue
            if int(fields[1]) == parent:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Running or sleeping; a zombie (dead, not yet reaped by whoever adopted it) is not."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


def lock_is_free(lock: Path) -> bool:
    descriptor = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(descriptor)


@pytest.fixture(scope="module")
def box_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Box's SDK as a run leaves it, but for its README: each run has something to write."""
    out = tmp_path_factory.mktemp("box") / "out"
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "-q", "--spec", str(BOX), "--out", str(out),
         "--package", "box"],
        check=False, cwd=REPO, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    (out / "README.md").unlink()
    return out


# (moment, signal, sent to the process group or to the process)
CASES = [
    ("loading", signal.SIGTERM, "process"),
    ("loading", signal.SIGKILL, "process"),
    ("validating", signal.SIGINT, "group"),
    ("validating", signal.SIGKILL, "process"),
    ("formatting", signal.SIGHUP, "group"),
    ("formatting", signal.SIGTERM, "process"),
    ("writing", signal.SIGTERM, "process"),
    ("writing", signal.SIGINT, "group"),
    ("writing", signal.SIGKILL, "process"),
]


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
@pytest.mark.parametrize(("moment", "number", "target"), CASES,
                         ids=[f"{m}-{signal.Signals(n).name}" for m, n, _ in CASES])
def test_a_signalled_run_leaves_nothing_behind(
    box_sdk: Path, tmp_path: Path, moment: str, number: signal.Signals, target: str
) -> None:
    out = tmp_path / "out"
    shutil.copytree(box_sdk, out, symlinks=True)
    lock = tmp_path / ".out.lock"
    lock.touch()
    before = tree_state(out)
    marker = tmp_path / "held"
    # The tests' cache knows Box as box_sdk generated it: validating and black, which it
    # would skip, get work of their own (a spec at another path, a cache of their own).
    spec, cache = BOX, os.environ["SDKGEN_CACHE_DIR"]
    if moment == "validating":
        spec = tmp_path / BOX.name
        shutil.copyfile(BOX, spec)
    elif moment == "formatting":
        cache = str(tmp_path / "cache")
    run = subprocess.Popen(
        [sys.executable, str(HELD_RUN), moment, str(marker), "generate", "--spec", str(spec),
         "--out", str(out), "--package", "box"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
        env=os.environ | {"SDKGEN_CACHE_DIR": cache},
    )
    try:
        deadline = time.monotonic() + REACH_SECONDS
        while not marker.exists():
            assert run.poll() is None, run.communicate()[1].decode()
            assert time.monotonic() < deadline, f"the run did not reach {moment}"
            time.sleep(0.01)
        workers = children_of(run.pid)
        if moment in ("validating", "formatting") and Workers().parallel:
            assert int(marker.read_text()) in workers  # held in a worker, as the stage is
        signalled = time.monotonic()
        if target == "group":
            os.killpg(run.pid, number)
        else:
            os.kill(run.pid, number)
        stderr = run.communicate(timeout=EXIT_SECONDS)[1].decode()
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
    while any(alive(pid) for pid in workers) and time.monotonic() < signalled + 5:
        time.sleep(0.01)
    took = time.monotonic() - signalled
    assert not any(alive(pid) for pid in workers)
    assert took < WORKERS_GONE_SECONDS, f"workers took {took:.2f} s to end"
    assert run.returncode == (-number if number == signal.SIGKILL else 128 + number), stderr
    assert tree_state(out) == before
    assert lock_is_free(lock)
    if number != signal.SIGKILL:  # a handled signal also removes the half-built tree
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")] == [".out.lock"]
        assert "Traceback" not in stderr, stderr
