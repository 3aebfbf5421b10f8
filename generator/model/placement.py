"""Where each tag's operations appear on the client: ``client.pets`` by default, or the dotted
path its tag object's ``x-resource`` gives (``client.crm.vehicles``, ``client.crm`` then a
group of resources).

Decided once, here, for both the validation (``sdkgen validate`` reports a bad path at its
place) and the model (which builds the resources and groups of it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .. import runtime
from ..names import NameTable, safe_attribute, snake

EXTENSION = "x-resource"


@dataclass(frozen=True, slots=True)
class Placement:
    tag: str  # as the document's tags list spells it, else as its first operation does
    path: tuple[str, ...]  # attribute names from the client: ("crm", "vehicles")
    explicit: bool  # given by x-resource
    description: str


# (JSON pointer, message): a mistake of an x-resource, placed by the caller.
Problem = tuple[str, str]


def operation_tag(path: str, operation: dict[str, Any]) -> str:
    """The tag an operation is grouped by: its first, else its path's first literal segment."""
    tags = operation.get("tags")
    if isinstance(tags, list) and tags:
        return str(tags[0])
    for segment in path.split("/"):
        if segment and not segment.startswith("{"):
            return segment
    return "default"


def place_resources(
    tag_objects: Any, tags_in_use: Iterable[str]
) -> tuple[dict[str, Placement], list[Problem]]:
    """The placement of every tag in use (the tag of each operation, in document order),
    keyed by the tag casefolded: tags that differ only in case are one resource.

    Paths given by ``x-resource`` are claimed first and must not meet each other, a client
    attribute or a tag's default name; default names are numbered around what is taken
    (``pets``, ``pets_2``), as ever.
    """
    spelled: dict[str, str] = {}
    docs: dict[str, str] = {}
    given: dict[str, tuple[tuple[str, ...], str]] = {}  # tag -> (path, pointer)
    problems: list[Problem] = []
    for index, tag_info in enumerate(tag_objects if isinstance(tag_objects, list) else ()):
        if not isinstance(tag_info, dict):
            continue
        key = str(tag_info.get("name")).casefold()
        spelled.setdefault(key, str(tag_info.get("name")))
        docs.setdefault(key, str(tag_info.get("description", "")))
        if EXTENSION not in tag_info:
            continue
        pointer = f"/tags/{index}/{EXTENSION}"
        path, problem = parse_path(tag_info[EXTENSION])
        if problem:
            problems.append((pointer, problem))
        elif key in given and given[key][0] != path:
            placed = dotted(given[key][0])
            problems.append((pointer, (f"tag {spelled[key]!r} is placed at {placed!r} already "
                                       f"({given[key][1]}): tags that differ only in case are one resource")))
        else:
            given.setdefault(key, (path, pointer))
    in_use: list[str] = []
    for tag in tags_in_use:
        key = tag.casefold()
        spelled.setdefault(key, tag)
        if key not in in_use:
            in_use.append(key)

    resources: dict[tuple[str, ...], str] = {}  # path -> pointer of the x-resource giving it
    groups: dict[tuple[str, ...], str] = {}  # every proper prefix of those paths, likewise
    for key in in_use:
        if key not in given:
            continue
        path, pointer = given[key]
        clash = _clash(path, resources, groups)
        if clash:
            problems.append((pointer, clash))
            continue
        resources[path] = pointer
        for end in range(1, len(path)):
            groups.setdefault(path[:end], pointer)
    top: dict[str, str] = {}  # first attribute of each path -> pointer of the first giving it
    for path, pointer in (*resources.items(), *groups.items()):
        top.setdefault(path[0], pointer)
    attrs = NameTable([*runtime.CLIENT_ATTRIBUTES, *top])
    placements: dict[str, Placement] = {}
    for key in in_use:
        if key in given:
            path = given[key][0]
            placements[key] = Placement(spelled[key], path, True, docs.get(key, ""))
            continue
        name = safe_attribute(snake(spelled[key], fallback="default"))
        if name in top:
            problems.append((top[name], (f"client.{name} would also be the resource of tag "
                                         f"{spelled[key]!r}, which has no x-resource: give it one")))
        placements[key] = Placement(spelled[key], (attrs.claim(name),), False, docs.get(key, ""))
    return placements, problems


def parse_path(value: Any) -> tuple[tuple[str, ...], str]:
    """The attribute names of an x-resource value, and what is wrong with it ("" if nothing)."""
    usage = "x-resource must be a dotted path of snake_case Python names, like 'crm.vehicles'"
    if not isinstance(value, str) or not value:
        return (), f"{usage}, not {value!r}"
    path = tuple(value.split("."))
    for segment in path:
        sanitized = safe_attribute(snake(segment, fallback="_"))
        if segment != sanitized or not segment.isidentifier():
            fits = segment and sanitized.isidentifier() and not sanitized.startswith("_")
            hint = f": write {sanitized!r}" if fits else ""
            return (), f"{usage}; {segment!r} is not one{hint}"
    if path[0] in runtime.CLIENT_ATTRIBUTES:
        return (), f"client.{path[0]} is the client's own; x-resource cannot take it"
    return path, ""


def dotted(path: tuple[str, ...]) -> str:
    return ".".join(path)


def _clash(path: tuple[str, ...], resources: dict[tuple[str, ...], str], groups: dict[tuple[str, ...], str]) -> str:
    """Why ``path`` cannot be a resource beside those placed already; "" when it can."""
    name = dotted(path)
    if path in resources:
        return f"client.{name} is the resource of another tag already ({resources[path]})"
    if path in groups:
        return f"client.{name} is a group of resources already ({groups[path]}), not a resource"
    for end in range(1, len(path)):
        if path[:end] in resources:
            return (f"client.{dotted(path[:end])} is a resource ({resources[path[:end]]}), so it "
                    "cannot hold others")
    return ""
