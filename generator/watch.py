"""Rebuild whenever the spec, a file it ``$ref``s, or a template changes.

Folders are watched one level deep (never recursively): a spec often sits at a project's root
beside ``.venv`` and ``node_modules``, and watching those would cost thousands of inotify
watches for nothing.  Parent folders are watched rather than files, because editors save by
writing a new file and renaming it over the old one, which ends a watch on the file itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from threading import Event

import watchfiles
from watchfiles import DefaultFilter

DEBOUNCE_MS = 150  # an editor's save (write, rename, chmod) arrives as one burst


@dataclass(frozen=True)
class Watched:
    files: frozenset[Path]  # single files: the spec and every file it $refs
    trees: tuple[Path, ...]  # folders watched with everything under them: the templates

    def folders(self) -> frozenset[Path]:
        found = {path.parent for path in self.files}
        for tree in self.trees:
            if tree.is_dir():
                found.add(tree)
                found.update(p for p in tree.rglob("*") if p.is_dir() and _wanted(p))
        return frozenset(folder for folder in found if folder.is_dir())

    def covers(self, path: Path) -> bool:
        return path in self.files or any(path.is_relative_to(tree) for tree in self.trees)


# Editor swap and backup files, bytecode. Only __pycache__ among folders: the default list
# holds .venv, and an installed sdkgen's own templates live under one.
_IGNORED = DefaultFilter(ignore_dirs=("__pycache__",))


def _wanted(path: Path) -> bool:
    return _IGNORED(watchfiles.Change.modified, str(path))


def watch(
    watched: Watched,
    rebuild: Callable[[tuple[Path, ...]], Watched],
    *,
    debounce_ms: int = DEBOUNCE_MS,
    stop_event: Event | None = None,
) -> None:
    """Call ``rebuild(changed paths)`` after each burst of changes, until stop_event is set
    (or KeyboardInterrupt); rebuild says what to watch from then on."""
    relevant = _Relevant(watched)
    while True:
        folders = relevant.watched.folders()
        for changes in watchfiles.watch(
            *sorted(folders),
            watch_filter=relevant,
            debounce=debounce_ms,
            recursive=False,
            stop_event=stop_event,
        ):
            relevant.watched = rebuild(_paths(changes))
            if relevant.watched.folders() != folders:
                break  # a new $ref file or template folder: watch again, with it
        else:
            return


class _Relevant:
    """The watch filter; what it lets through changes as the spec's $refs change."""

    def __init__(self, watched: Watched) -> None:
        self.watched = watched

    def __call__(self, _: watchfiles.Change, raw: str) -> bool:
        path = Path(raw)
        return _wanted(path) and self.watched.covers(path)


def _paths(changes: Iterable[tuple[watchfiles.Change, str]]) -> tuple[Path, ...]:
    return tuple(sorted({Path(raw) for _, raw in changes}))
