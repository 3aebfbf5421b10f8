"""Write the generated tree atomically, keep a manifest of what we wrote, and detect drift.

write_tree builds the complete new tree in a sibling temporary folder (new files written,
everything else hard-linked from the old tree so unchanged files keep inode and mtime),
then swaps it with the old folder in one renameat2(RENAME_EXCHANGE) call. A run killed at
any point leaves either the old tree or the new one; leftovers beside the folder are
cleaned up by the next run.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import hashlib
import json
import os
import shutil
import stat
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

MANIFEST = ".sdkgen-manifest.json"
FILE_MODE = 0o644
DIR_MODE = 0o755


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]


@dataclass(frozen=True)
class Drift:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    hand_edited: tuple[str, ...]
    # Lines added and removed per changed path, for summary(); not part of equality.
    line_changes: Mapping[str, tuple[int, int]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.hand_edited)

    def summary(self) -> str:
        lines: list[tuple[str, str]] = []
        lines += [(path, f"+ {path}") for path in self.added]
        for path in self.changed:
            plus, minus = self.line_changes.get(path, (0, 0))
            lines.append((path, f"~ {path} (+{plus} -{minus} lines)"))
        lines += [(path, f"- {path}") for path in self.removed]
        lines += [(path, f"! {path} (edited by hand)") for path in self.hand_edited]
        return "\n".join(text for _, text in sorted(lines))


class HandEditedError(Exception):
    """Generated files were changed since sdkgen wrote them; nothing was written."""

    def __init__(self, paths: tuple[str, ...]) -> None:
        self.paths = paths
        super().__init__(
            f"{len(paths)} file(s) differ from what sdkgen last wrote there (edited by hand): "
            f"{', '.join(paths)}; nothing was written; --force overwrites them"
        )


def write_tree(out_dir: Path, files: Mapping[str, bytes], *, force: bool = False) -> WriteReport:
    """Make out_dir hold exactly the generated files (plus the user's own), atomically."""
    _validate_paths(files)
    out_dir = out_dir.resolve()
    if out_dir.exists() and not out_dir.is_dir():
        raise NotADirectoryError(f"{out_dir}: exists and is not a folder")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with _locked(_sibling(out_dir, "lock")):
        _recover(out_dir)
        survey = _survey(out_dir, files)
        drift = survey.drift
        if drift.hand_edited and not force:
            raise HandEditedError(drift.hand_edited)
        if not drift:
            return WriteReport(written=(), unchanged=survey.unchanged, removed=())
        outputs = survey.outputs
        rewrite = (
            set(drift.added) | set(drift.changed) | set(drift.hand_edited).intersection(outputs)
        )
        removed = set(drift.removed) | set(drift.hand_edited).difference(outputs)
        _replace_tree(out_dir, outputs, rewrite, removed)
        return WriteReport(
            written=tuple(sorted(rewrite)),
            unchanged=survey.unchanged,
            removed=tuple(sorted(removed)),
        )


def check_tree(out_dir: Path, files: Mapping[str, bytes]) -> Drift:
    """How out_dir differs from what write_tree would make of it; writes nothing."""
    _validate_paths(files)
    out_dir = out_dir.resolve()
    survey = _survey(out_dir, files)
    line_changes = {
        path: _count_line_changes(_read_regular(out_dir / path) or b"", survey.outputs[path])
        for path in survey.drift.changed
    }
    return replace(survey.drift, line_changes=line_changes)


def manifest_digest(files: Mapping[str, bytes]) -> str:
    """sha256 of the manifest write_tree leaves beside files: what tree_is_as_written expects."""
    return _sha256(_manifest_bytes(files))


def tree_is_as_written(out_dir: Path, expected_manifest_digest: str) -> bool:
    """Whether out_dir holds that manifest and every file it lists, byte for byte, as regular
    files in real folders: then write_tree and check_tree would find nothing to do."""
    out_dir = out_dir.resolve()
    try:
        manifest = _read_regular(out_dir / MANIFEST)
        if manifest is None or _sha256(manifest) != expected_manifest_digest:
            return False
        recorded = _manifest_entries(manifest)
        if any((out_dir / folder).is_symlink() for folder in _ancestors(recorded)):
            return False
        return all(
            (content := _read_regular(out_dir / path)) is not None and _sha256(content) == digest
            for path, digest in recorded.items()
        )
    except OSError:  # missing or unreadable: not as written
        return False


# --- planning -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Survey:
    outputs: dict[str, bytes]  # the generated files plus the new manifest
    unchanged: tuple[str, ...]
    # removed: in the old manifest, no longer generated, untouched since;
    # hand_edited: would be overwritten or removed, but are not as we left them.
    drift: Drift


def _survey(out_dir: Path, files: Mapping[str, bytes]) -> _Survey:
    recorded = _read_manifest(out_dir)
    outputs = dict(files)
    outputs[MANIFEST] = _manifest_bytes(files)
    added: list[str] = []
    changed: list[str] = []
    unchanged: list[str] = []
    removed: list[str] = []
    hand_edited: list[str] = []
    for path, content in outputs.items():
        try:
            current = _read_regular(out_dir / path)
        except FileNotFoundError:
            added.append(path)
            continue
        if current == content:
            unchanged.append(path)
        elif current is not None and (path == MANIFEST or recorded.get(path) == _sha256(current)):
            changed.append(path)
        else:  # not what we wrote last time, or never ours: overwriting it would lose work
            hand_edited.append(path)
    for path, digest in recorded.items():
        if path in outputs:
            continue
        try:
            current = _read_regular(out_dir / path)
        except FileNotFoundError:
            continue
        untouched = current is not None and _sha256(current) == digest
        (removed if untouched else hand_edited).append(path)
    # A file of the user's (or a symlink) where the new tree needs a directory.
    known = set(removed) | set(hand_edited)
    for directory in sorted(_ancestors(outputs) - known):
        node = out_dir / directory
        if node.is_symlink() or (node.exists() and not node.is_dir()):
            hand_edited.append(directory)
    drift = Drift(
        added=tuple(sorted(added)),
        changed=tuple(sorted(changed)),
        removed=tuple(sorted(removed)),
        hand_edited=tuple(sorted(hand_edited)),
    )
    return _Survey(outputs, tuple(sorted(unchanged)), drift)


def _read_regular(path: Path) -> bytes | None:
    """The bytes of a regular file, None for anything else there; FileNotFoundError if nothing."""
    try:
        info = path.lstat()
    except (FileNotFoundError, NotADirectoryError):
        raise FileNotFoundError(path) from None
    if not stat.S_ISREG(info.st_mode):
        return None
    return path.read_bytes()


def _read_manifest(out_dir: Path) -> dict[str, str]:
    """Path -> sha256 of what the last run wrote; an unreadable manifest records nothing."""
    try:
        return _manifest_entries((out_dir / MANIFEST).read_bytes())
    except OSError:
        return {}


def _manifest_entries(manifest: bytes) -> dict[str, str]:
    try:
        entries = json.loads(manifest)["files"]
    except (ValueError, TypeError, KeyError):
        return {}
    if not isinstance(entries, dict):
        return {}
    # The manifest is on disk and could be edited: a path in it must never lead out of out_dir.
    return {
        path: digest
        for path, digest in entries.items()
        if isinstance(digest, str) and _path_problem(path) is None
    }


def _manifest_bytes(files: Mapping[str, bytes]) -> bytes:
    entries = {path: _sha256(content) for path, content in files.items()}
    document = {"generator": "sdkgen", "version": 1, "files": entries}
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode()


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _count_line_changes(old: bytes, new: bytes) -> tuple[int, int]:
    """(lines added, lines removed) by multiset: linear time even for a multi-megabyte file."""
    old_lines, new_lines = Counter(old.splitlines()), Counter(new.splitlines())
    return sum((new_lines - old_lines).values()), sum((old_lines - new_lines).values())


def _ancestors(paths: Iterable[str]) -> set[str]:
    return {
        "/".join(path.split("/")[:depth])
        for path in paths
        for depth in range(1, path.count("/") + 1)
    }


def _validate_paths(files: Mapping[str, bytes]) -> None:
    for path in files:
        problem = _path_problem(path)
        if problem is not None:
            raise ValueError(f"generated path {path!r}: {problem}")
        if path == MANIFEST:
            raise ValueError(f"generated path {path!r}: reserved for the generator's manifest")
    clashes = sorted(_ancestors(files).intersection(files))
    if clashes:
        raise ValueError(f"generated path {clashes[0]!r}: is both a file and a folder")


def _path_problem(path: object) -> str | None:
    if not isinstance(path, str) or not path:
        return "must be a non-empty string"
    if "\\" in path or "\0" in path:
        return "must not contain a backslash or NUL"
    if path.startswith("/"):
        return "must be relative"
    if any(part in ("", ".", "..") for part in path.split("/")):
        return "must not contain empty, '.' or '..' parts"
    return None


# --- building and swapping ------------------------------------------------------------------


def _sibling(out_dir: Path, kind: str) -> Path:
    return out_dir.with_name(f".{out_dir.name}.{kind}")


@contextmanager
def _locked(lock_path: Path) -> Iterator[None]:
    descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock; a killed process releases it too


def _recover(out_dir: Path) -> None:
    """Finish or undo what a killed run left beside out_dir (we hold the lock: nobody else runs)."""
    previous = _sibling(out_dir, "old")
    if previous.exists():
        if out_dir.exists():
            shutil.rmtree(previous)  # killed after the new tree was in place
        else:
            os.rename(previous, out_dir)  # killed between the two renames of the fallback
    prefix = f".{out_dir.name}.tmp-"
    for entry in os.scandir(out_dir.parent):
        if entry.name.startswith(prefix) and entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path)


def _replace_tree(
    out_dir: Path, outputs: dict[str, bytes], rewrite: set[str], removed: set[str]
) -> None:
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        os.chmod(staging, DIR_MODE)
        generated_dirs = _ancestors(outputs)
        if out_dir.is_dir():
            # Everything we do not write anew comes over as a hard link: same inode, same mtime.
            _link_tree(out_dir, staging, "", rewrite | removed, generated_dirs)
        for path in sorted(rewrite):
            _write_file(staging, path, outputs[path])
        for path in removed:
            _remove_empty_parents(staging, path)
    except BaseException:  # interrupted, or the disk is full: out_dir was not touched
        shutil.rmtree(staging, ignore_errors=True)
        raise
    # The commit point: a run interrupted after the swap leaves the new tree in place.
    _swap_into_place(staging, out_dir)


def _link_tree(
    source: Path, target: Path, prefix: str, skip: set[str], generated_dirs: set[str]
) -> None:
    # skip holds every path written anew or removed, including (with force) a user's folder
    # where a generated file goes and a user's file where a generated folder goes.
    with os.scandir(source) as entries:
        for entry in entries:
            relative = prefix + entry.name
            if relative in skip:
                continue
            if entry.is_dir(follow_symlinks=False):
                os.mkdir(target / entry.name)
                own_mode = stat.S_IMODE(entry.stat(follow_symlinks=False).st_mode)
                os.chmod(target / entry.name, DIR_MODE if relative in generated_dirs else own_mode)
                _link_tree(
                    Path(entry.path), target / entry.name, relative + "/", skip, generated_dirs
                )
            else:
                os.link(entry.path, target / entry.name, follow_symlinks=False)


def _write_file(root: Path, path: str, content: bytes) -> None:
    destination = root / path
    for parent in reversed(destination.relative_to(root).parents[:-1]):
        directory = root / parent
        if not directory.is_dir():
            os.mkdir(directory)
            os.chmod(directory, DIR_MODE)  # explicit: mkdir's mode is masked by the umask
    descriptor = os.open(
        destination, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, FILE_MODE
    )
    with os.fdopen(descriptor, "wb") as stream:
        os.fchmod(descriptor, FILE_MODE)
        stream.write(content)


def _remove_empty_parents(root: Path, path: str) -> None:
    for parent in Path(path).parents[:-1]:
        try:
            os.rmdir(root / parent)
        except OSError:  # not empty (or already gone): the user's or still generated
            return


def _swap_into_place(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.rename(staging, out_dir)
    elif _exchange(staging, out_dir):
        shutil.rmtree(staging)  # now the old tree
    else:
        # No renameat2: two renames, with _recover finishing the job if we die in between.
        previous = _sibling(out_dir, "old")
        os.rename(out_dir, previous)
        os.rename(staging, out_dir)
        shutil.rmtree(previous)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_libc = ctypes.CDLL(None, use_errno=True)
_renameat2 = getattr(_libc, "renameat2", None)  # glibc 2.28+; absent elsewhere


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically; False where the C library or filesystem cannot."""
    if _renameat2 is None:
        return False
    result = _renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))
