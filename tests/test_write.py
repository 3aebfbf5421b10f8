"""The write stage: manifest, hand-edit protection, atomic swap, drift check, locking."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import write
from generator.write import MANIFEST, Drift, HandEditedError, check_tree, write_tree

REPO = Path(__file__).resolve().parent.parent

FILES = {
    "pyproject.toml": b"[project]\nname = 'x'\n",
    "src/pkg/__init__.py": b"from .client import Client\n",
    "src/pkg/client.py": b"class Client:\n    pass\n",
    "src/pkg/models/customer.py": b"class Customer:\n    id: str\n",
    "src/pkg/models/order.py": b"class Order:\n    id: str\n",
}


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file (bytes) and folder (None) under root, by relative path."""
    tree: dict[str, bytes | None] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        tree[relative] = None if path.is_dir() else path.read_bytes()
    return tree


def identity(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_ino, info.st_mtime_ns


def siblings(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name)


# --- writing ---------------------------------------------------------------------------------


def test_fresh_write_creates_files_modes_and_manifest(tmp_path: Path) -> None:
    out = tmp_path / "nested" / "generated"
    report = write_tree(out, FILES)
    assert report.written == tuple(sorted([*FILES, MANIFEST]))
    assert report.unchanged == () and report.removed == ()
    tree = snapshot(out)
    assert {k: v for k, v in tree.items() if v is not None and k != MANIFEST} == FILES
    for path in out.rglob("*"):
        assert path.stat().st_mode & 0o777 == (0o755 if path.is_dir() else 0o644)
    assert out.stat().st_mode & 0o777 == 0o755
    manifest = json.loads((out / MANIFEST).read_bytes())
    assert manifest["files"] == {p: hashlib.sha256(c).hexdigest() for p, c in FILES.items()}
    raw = (out / MANIFEST).read_text()
    assert raw == json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    assert siblings(out) == [".generated.lock"]  # no temporary folder left behind


def test_modes_do_not_depend_on_umask(tmp_path: Path) -> None:
    previous = os.umask(0o077)
    try:
        write_tree(tmp_path / "out", FILES)
    finally:
        os.umask(previous)
    assert (tmp_path / "out" / "src" / "pkg" / "client.py").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "out" / "src" / "pkg").stat().st_mode & 0o777 == 0o755


def test_regeneration_without_changes_touches_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, FILES)
    before = {p: identity(p) for p in [out, *out.rglob("*")]}
    report = write_tree(out, FILES)
    assert report.written == () and report.removed == ()
    assert report.unchanged == tuple(sorted([*FILES, MANIFEST]))
    assert {p: identity(p) for p in [out, *out.rglob("*")]} == before


def test_only_changed_files_are_rewritten(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, FILES)
    client = out / "src/pkg/client.py"
    kept = {p: identity(out / p) for p in FILES if p != "src/pkg/client.py"}
    old_client = identity(client)
    changed = {**FILES, "src/pkg/client.py": b"class Client:\n    timeout = 5\n"}
    report = write_tree(out, changed)
    assert report.written == (MANIFEST, "src/pkg/client.py")
    assert client.read_bytes() == b"class Client:\n    timeout = 5\n"
    assert identity(client)[0] != old_client[0]
    assert {p: identity(out / p) for p in kept} == kept  # same inode and mtime
    assert json.loads((out / MANIFEST).read_bytes())["files"]["src/pkg/client.py"] == (
        hashlib.sha256(changed["src/pkg/client.py"]).hexdigest()
    )


def test_files_no_longer_generated_are_removed_with_their_empty_folders(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, {**FILES, "src/pkg/old/gone.py": b"x = 1\n", "src/pkg/models/legacy.py": b""})
    report = write_tree(out, FILES)
    assert report.removed == ("src/pkg/models/legacy.py", "src/pkg/old/gone.py")
    assert not (out / "src/pkg/old").exists()
    assert not (out / "src/pkg/models/legacy.py").exists()
    assert (out / "src/pkg/models/order.py").exists()
    assert "src/pkg/old/gone.py" not in json.loads((out / MANIFEST).read_bytes())["files"]


def test_user_files_are_never_touched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, {**FILES, "src/pkg/old.py": b"x = 1\n"})
    user_files = {
        "notes.txt": b"mine\n",
        "src/pkg/custom.py": b"# my extension\n",
        "src/pkg/old_extras/helper.py": b"# beside a removed module\n",
        "scratch/deep/data.bin": bytes(range(256)),
    }
    for path, content in user_files.items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(content)
    (out / "scratch/empty").mkdir()
    (out / "scratch/link").symlink_to("/nonexistent/target")
    (out / "scratch").chmod(0o700)
    before = {p: identity(out / p) for p in user_files}
    write_tree(out, {**FILES, "src/pkg/client.py": b"# changed\n"})
    assert {p: (out / p).read_bytes() for p in user_files} == user_files
    assert {p: identity(out / p) for p in user_files} == before
    assert (out / "scratch/empty").is_dir()
    assert os.readlink(out / "scratch/link") == "/nonexistent/target"
    assert (out / "scratch").stat().st_mode & 0o777 == 0o700
    assert not (out / "src/pkg/old.py").exists()


def test_hand_edited_file_stops_the_run_and_changes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, {**FILES, "src/pkg/extra.py": b"y = 2\n"})
    (out / "src/pkg/client.py").write_bytes(b"class Client:\n    patched = True\n")
    (out / "src/pkg/extra.py").write_bytes(b"y = 3  # tweaked\n")  # would be removed
    before = snapshot(out)
    out_inode = out.stat().st_ino
    changed = {**FILES, "src/pkg/client.py": b"class Client:\n    new = 1\n"}
    with pytest.raises(HandEditedError) as caught:
        write_tree(out, changed)
    assert caught.value.paths == ("src/pkg/client.py", "src/pkg/extra.py")
    assert "src/pkg/client.py" in str(caught.value) and "--force" in str(caught.value)
    assert snapshot(out) == before and out.stat().st_ino == out_inode

    report = write_tree(out, changed, force=True)
    assert "src/pkg/client.py" in report.written and report.removed == ("src/pkg/extra.py",)
    assert (out / "src/pkg/client.py").read_bytes() == changed["src/pkg/client.py"]
    assert not (out / "src/pkg/extra.py").exists()


def test_unknown_file_in_the_way_of_a_generated_one_is_protected(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "README.md").write_bytes(b"the user's readme\n")
    files = {"README.md": b"generated readme\n"}
    with pytest.raises(HandEditedError) as caught:
        write_tree(out, files)
    assert caught.value.paths == ("README.md",)
    assert write_tree(out, files, force=True).written == (MANIFEST, "README.md")
    assert (out / "README.md").read_bytes() == b"generated readme\n"


def test_identical_unknown_file_is_adopted(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "README.md").write_bytes(b"same\n")
    assert write_tree(out, {"README.md": b"same\n"}).unchanged == ("README.md",)


def test_user_file_where_a_generated_folder_goes_is_protected(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "models").write_bytes(b"a file of mine\n")
    files = {"models/a.py": b"a = 1\n"}
    with pytest.raises(HandEditedError) as caught:
        write_tree(out, files)
    assert caught.value.paths == ("models",)
    write_tree(out, files, force=True)
    assert (out / "models/a.py").read_bytes() == b"a = 1\n"


def test_generated_module_can_become_a_package(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, {"pkg/models": b"was a file\n"})
    report = write_tree(out, {"pkg/models/__init__.py": b""})
    assert report.removed == ("pkg/models",)
    assert (out / "pkg/models/__init__.py").read_bytes() == b""


def test_manifest_entries_outside_the_folder_are_ignored(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, FILES)
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious\n")
    manifest = json.loads((out / MANIFEST).read_bytes())
    manifest["files"]["../victim.txt"] = hashlib.sha256(b"precious\n").hexdigest()
    manifest["files"]["/etc/hostname"] = "0" * 64
    (out / MANIFEST).write_text(json.dumps(manifest))
    write_tree(out, FILES)
    assert victim.read_bytes() == b"precious\n"
    assert json.loads((out / MANIFEST).read_bytes())["files"].keys() == FILES.keys()


def test_unreadable_manifest_protects_everything(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, FILES)
    (out / MANIFEST).write_bytes(b"{not json")
    changed = {**FILES, "src/pkg/client.py": b"# new\n"}
    with pytest.raises(HandEditedError) as caught:
        write_tree(out, changed)
    assert caught.value.paths == ("src/pkg/client.py",)


@pytest.mark.parametrize(
    "bad",
    [
        "/etc/passwd",
        "../escape.py",
        "a/../../b.py",
        "a\\b.py",
        "a\0b",
        "",
        "a//b.py",
        "./a.py",
        "a/",
    ],
)
def test_unsafe_paths_are_rejected(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValueError, match="generated path"):
        write_tree(tmp_path / "out", {bad: b"x"})
    with pytest.raises(ValueError, match="generated path"):
        check_tree(tmp_path / "out", {bad: b"x"})
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("files", [{MANIFEST: b"{}"}, {"a": b"", "a/b.py": b""}])
def test_reserved_and_clashing_paths_are_rejected(tmp_path: Path, files: dict[str, bytes]) -> None:
    with pytest.raises(ValueError, match="generated path"):
        write_tree(tmp_path / "out", files)


def test_fallback_without_renameat2_gives_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(write, "_exchange", lambda first, second: False)
    out = tmp_path / "out"
    write_tree(out, FILES)
    (out / "mine.txt").write_bytes(b"mine\n")
    changed = {**FILES, "src/pkg/client.py": b"# new\n"}
    write_tree(out, changed)
    expected = {**changed, "mine.txt": b"mine\n"}
    assert {k: v for k, v in snapshot(out).items() if v is not None and k != MANIFEST} == expected
    assert siblings(out) == [".out.lock"]


def test_next_run_recovers_from_an_interrupted_fallback_swap(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, FILES)
    expected = snapshot(out)
    out.rename(tmp_path / ".out.old")  # killed between the two renames
    (tmp_path / ".out.tmp-stray").mkdir()  # and a temp folder from another killed run
    (tmp_path / ".out.tmp-stray" / "half.py").write_bytes(b"x")
    assert write_tree(out, FILES).written == ()
    assert snapshot(out) == expected
    assert siblings(out) == [".out.lock"]


def test_writing_into_a_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "out").write_bytes(b"")
    with pytest.raises(NotADirectoryError):
        write_tree(tmp_path / "out", FILES)


# --- check -----------------------------------------------------------------------------------


def test_check_reports_every_kind_of_drift_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, {**FILES, "src/pkg/stale.py": b"old\n", "src/pkg/tweaked.py": b"a\n"})
    assert not check_tree(
        out, {**FILES, "src/pkg/stale.py": b"old\n", "src/pkg/tweaked.py": b"a\n"}
    )
    (out / "src/pkg/tweaked.py").write_bytes(b"a\nb\n")
    (out / "mine.txt").write_bytes(b"user file: not drift\n")
    now = {
        **FILES,
        "src/pkg/client.py": b"class Client:\n    timeout = 5\n    retries = 2\n",
        "src/pkg/new.py": b"new\n",
        "src/pkg/tweaked.py": b"a\n",
    }
    before = snapshot(out)
    drift = check_tree(out, now)
    assert snapshot(out) == before
    assert drift == Drift(
        added=("src/pkg/new.py",),
        changed=(MANIFEST, "src/pkg/client.py"),
        removed=("src/pkg/stale.py",),
        hand_edited=("src/pkg/tweaked.py",),
    )
    assert drift
    assert drift.summary().splitlines() == [
        "~ .sdkgen-manifest.json (+2 -2 lines)",  # client hash; new.py in, stale.py out
        "~ src/pkg/client.py (+2 -1 lines)",
        "+ src/pkg/new.py",
        "- src/pkg/stale.py",
        "! src/pkg/tweaked.py (edited by hand)",
    ]


def test_check_of_a_missing_folder_lists_everything_as_added(tmp_path: Path) -> None:
    drift = check_tree(tmp_path / "absent", FILES)
    assert drift.added == tuple(sorted([*FILES, MANIFEST]))
    assert not (tmp_path / "absent").exists()


# --- killed and concurrent runs --------------------------------------------------------------

CHILD = """
import sys, json
sys.path.insert(0, {repo!r})
from pathlib import Path
from generator import write
out, variant, fallback = sys.argv[1], sys.argv[2], sys.argv[3] == "fallback"
if fallback:
    write._exchange = lambda first, second: False
files = {{path: content.encode() for path, content in json.loads(Path(sys.argv[4]).read_text()).items()}}
print("ready", flush=True)
sys.stdin.readline()
write.write_tree(Path(out), files)
print("done", flush=True)
"""


def tree_files(variant: str, count: int = 400) -> dict[str, str]:
    """A few hundred modules; 'new' changes a third, drops a tenth and adds some."""
    files: dict[str, str] = {}
    for i in range(count):
        if variant == "new" and i % 10 == 0:
            continue
        body = f"# module {i}\n" + "value = 'x'\n" * 20
        files[f"src/pkg/group{i % 7}/m{i}.py"] = body + (
            "# new\n" if variant == "new" and i % 3 == 0 else ""
        )
    if variant == "new":
        files.update({f"src/pkg/added/a{i}.py": f"a = {i}\n" for i in range(50)})
    return files


def start_child(out: Path, variant: str, mode: str) -> subprocess.Popen[str]:
    script = CHILD.format(repo=str(REPO))
    files = out.with_name(f"{variant}.json")
    if not files.exists():
        files.write_text(json.dumps(tree_files(variant)))
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(out), variant, mode, str(files)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline() == "ready\n"
    return child


def go(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None
    child.stdin.write("go\n")
    child.stdin.flush()


def encoded(files: dict[str, str]) -> dict[str, bytes]:
    return {path: content.encode() for path, content in files.items()}


def reference_trees(
    tmp_path: Path,
) -> tuple[Path, dict[str, bytes | None], dict[str, bytes | None]]:
    """A folder holding the old tree plus a user file, and the snapshots before and after."""
    reference = tmp_path / "reference"
    write_tree(reference, encoded(tree_files("old")))
    (reference / "src/pkg/mine.py").write_bytes(b"user\n")
    old = snapshot(reference)
    write_tree(reference, encoded(tree_files("new")))
    new = snapshot(reference)
    out = tmp_path / "out"
    write_tree(out, encoded(tree_files("old")))
    (out / "src/pkg/mine.py").write_bytes(b"user\n")
    assert snapshot(out) == old != new
    return out, old, new


@pytest.mark.parametrize(("mode", "points"), [("renameat2", 30), ("fallback", 12)])
def test_run_killed_at_any_point_leaves_old_or_new_tree(
    tmp_path: Path, mode: str, points: int
) -> None:
    probe = [tmp_path / "probe-a", tmp_path / "probe-b"]
    for folder in probe:
        folder.mkdir()
    assert write._exchange(*probe)  # renameat2 works here, so the first case really tests it
    out, old, new = reference_trees(tmp_path)

    # Calibrate: how long a full run takes once told to go (the faster of two: the first
    # run pays for cold caches).
    durations = []
    for _ in range(2):
        child = start_child(out, "new", mode)
        started = time.perf_counter()
        go(child)
        assert child.stdout is not None and child.stdout.readline() == "done\n"
        durations.append(time.perf_counter() - started)
        child.wait()
        assert snapshot(out) == new
        write_tree(out, encoded(tree_files("old")))
        assert snapshot(out) == old
    duration = min(durations)

    interrupted = 0
    children = [start_child(out, "new", mode) for _ in range(points)]
    for index, child in enumerate(children):
        go(child)
        time.sleep(duration * 1.3 * index / (points - 1))
        child.kill()
        child.wait()
        interrupted += any(name.startswith((".out.tmp-", ".out.old")) for name in siblings(out))
        if mode == "fallback":
            write._recover(out.resolve())  # what the next run does first
        state = snapshot(out)
        assert state in (old, new), f"mixed tree after a kill at {index}/{points}"
        write._recover(out.resolve())
        if state == new:
            write_tree(out, encoded(tree_files("old")))
    # Many kills landed in the middle of a run, with the new tree half built. (Exactly
    # when each lands depends on the machine's load, so only a floor is asserted.)
    assert interrupted >= points // 4, f"only {interrupted} of {points} kills landed mid-run"


def test_a_held_lock_makes_the_next_run_wait(tmp_path: Path) -> None:
    out, old, new = reference_trees(tmp_path)
    with open(tmp_path / ".out.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        child = start_child(out, "new", "renameat2")
        go(child)
        time.sleep(0.5)
        assert child.poll() is None and snapshot(out) == old
    assert child.stdout is not None and child.stdout.readline() == "done\n"
    assert child.wait() == 0
    assert snapshot(out) == new


def test_concurrent_runs_are_serialized(tmp_path: Path) -> None:
    out, old, new = reference_trees(tmp_path)
    racers = [start_child(out, variant, "renameat2") for variant in ("new", "old", "new", "old")]
    for child in racers:
        go(child)
    assert [child.wait() for child in racers] == [0, 0, 0, 0]
    assert snapshot(out) in (old, new)
    assert siblings(out) == [".out.lock", ".reference.lock", "new.json", "old.json", "reference"]
