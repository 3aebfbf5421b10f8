"""A small, strict reader of Drivly's `payload-types.ts` and `index.ts` (tests/drivly/): the
collections, their grouping and every field's kind, as Payload generated them. It knows the
TypeScript Payload writes and nothing more: anything else is an error, never skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DRIVLY = Path(__file__).resolve().parent / "drivly"
INTERNAL = ("users", "logs", "pino", "payload-preferences", "payload-migrations")

_TOKEN = re.compile(r"\s+|/\*.*?\*/|//[^\n]*|'(?:[^'\\]|\\.)*'|[A-Za-z_$][\w$]*|\[\]|[{}()\[\]|;:?,]", re.DOTALL)


class Unknown(ValueError):
    """TypeScript this reader does not understand."""


def tokens(text: str) -> list[str]:
    found, at = [], 0
    while at < len(text):
        match = _TOKEN.match(text, at)
        if not match:
            raise Unknown(f"unexpected text at {at}: {text[at:at + 30]!r}")
        token = match.group()
        if not (token.isspace() or token.startswith(("/*", "//"))):
            found.append(token)
        at = match.end()
    return found


# A type: ("name", "string") / ("literal", "Dealer") / ("array", type) / ("union", [types])
# / ("object", {field: (optional, type)}) / ("index",): `{[k: string]: unknown}`.
Type = tuple


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokens(text)
        self.at = 0

    def peek(self) -> str:
        return self.tokens[self.at] if self.at < len(self.tokens) else ""

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if expected is not None and token != expected:
            raise Unknown(f"expected {expected!r}, found {token!r} (token {self.at})")
        self.at += 1
        return token

    def union(self) -> Type:
        if self.peek() == "|":
            self.take()
        members = [self.postfix()]
        while self.peek() == "|":
            self.take()
            members.append(self.postfix())
        return members[0] if len(members) == 1 else ("union", members)

    def postfix(self) -> Type:
        inner = self.primary()
        while self.peek() == "[]":
            self.take()
            inner = ("array", inner)
        return inner

    def primary(self) -> Type:
        token = self.take()
        if token == "(":
            inner = self.union()
            self.take(")")
            return inner
        if token == "{":
            return self.members()
        if token.startswith("'"):
            return ("literal", token[1:-1].replace("\\'", "'"))
        if re.fullmatch(r"[A-Za-z_$][\w$]*", token):
            return ("name", token)
        raise Unknown(f"unexpected {token!r} in a type (token {self.at - 1})")

    def members(self) -> Type:
        if self.peek() == "[":  # `{[k: string]: unknown}`, the only index signature Payload writes
            for expected in ("[", "k", ":", "string", "]", ":", "unknown", ";", "}"):
                self.take(expected)
            return ("index",)
        fields: dict[str, tuple[bool, Type]] = {}
        while self.peek() != "}":
            name = self.take()
            if name.startswith("'"):
                name = name[1:-1]
            optional = self.peek() == "?"
            if optional:
                self.take()
            self.take(":")
            fields[name] = (optional, self.union())
            self.take(";")
        self.take("}")
        return ("object", fields)

    def interfaces(self) -> dict[str, dict[str, tuple[bool, Type]]]:
        found = {}
        while self.peek():
            for expected in ("export", "interface"):
                self.take(expected)
            name = self.take()
            self.take("{")
            members = self.members()
            if members[0] != "object":
                raise Unknown(f"interface {name}: an index signature, not fields")
            found[name] = members[1]
        return found


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # text number boolean date select relationship group array json
    many: bool = False  # hasMany select or relationship
    options: tuple[str, ...] = ()
    target: str = ""  # a relationship's interface name
    required: bool = False
    fields: tuple[Field, ...] = ()  # a group's or an array row's


def _flat(kind: Type) -> list[Type]:
    return [m for member in kind[1] for m in _flat(member)] if kind[0] == "union" else [kind]


def classify(name: str, optional: bool, kind: Type, interfaces: set[str]) -> Field:
    members = _flat(kind)
    nullable = ("name", "null") in members
    rest = [m for m in members if m != ("name", "null")]
    required = not optional
    if rest == [("name", "string")] and name in ("createdAt", "updatedAt") and required:
        return Field(name, "date", required=True)
    if len(rest) == 1 and rest[0][0] == "name" and rest[0][1] in ("string", "number", "boolean"):
        return Field(name, {"string": "text", "number": "number", "boolean": "boolean"}[rest[0][1]],
                     required=required)
    if rest and all(m[0] == "literal" for m in rest):
        return Field(name, "select", options=tuple(m[1] for m in rest), required=required)
    if len(rest) == 1 and rest[0][0] == "array":
        items = _flat(rest[0][1])
        if all(m[0] == "literal" for m in items):
            return Field(name, "select", many=True, options=tuple(m[1] for m in items), required=required)
        if len(items) == 2 and items[0] == ("name", "string") and items[1][0] == "name" and items[1][1] in interfaces:
            return Field(name, "relationship", many=True, target=items[1][1], required=required)
        if len(items) == 1 and items[0][0] == "object":
            return Field(name, "array", fields=_fields(items[0][1], interfaces), required=required)
    if (len(rest) == 2 and rest[0] == ("name", "string") and rest[1][0] == "name"
            and rest[1][1] in interfaces and nullable):
        return Field(name, "relationship", target=rest[1][1], required=required)
    if len(rest) == 1 and rest[0][0] == "object" and not nullable:
        return Field(name, "group", fields=_fields(rest[0][1], interfaces), required=required)
    if rest == [("index",), ("array", ("name", "unknown")), ("name", "string"), ("name", "number"),
                ("name", "boolean")]:
        return Field(name, "json", required=required)
    raise Unknown(f"field {name!r}: a type this reader does not know: {kind!r}")


def _fields(members: dict[str, tuple[bool, Type]], interfaces: set[str]) -> tuple[Field, ...]:
    return tuple(classify(name, optional, kind, interfaces) for name, (optional, kind) in members.items())


@dataclass(frozen=True)
class Collection:
    slug: str
    interface: str
    group: str  # "commerce" or "crm"
    name: str  # its name in that group of index.ts (`trades` for crmTrades)
    fields: tuple[Field, ...]


def collections(folder: Path = DRIVLY) -> list[Collection]:
    """Every collection index.ts exposes, in its order, with the fields payload-types.ts gives."""
    interfaces = _Parser((folder / "payload-types.ts").read_text()).interfaces()
    config = interfaces.pop("Config")
    known = set(interfaces)
    slugs = _config_slugs(config)
    grouped = _index_groups((folder / "index.ts").read_text())
    found = []
    for group, entries in grouped.items():
        for name, slug in entries:
            if slug not in slugs:
                raise Unknown(f"index.ts exposes {slug!r}, which Config.collections lacks")
            interface = slugs[slug]
            found.append(Collection(slug, interface, group, name, _fields(interfaces[interface], known)))
    missing = set(slugs) - {c.slug for c in found} - set(INTERNAL)
    if missing:
        raise Unknown(f"collections neither exposed by index.ts nor internal: {sorted(missing)}")
    return found


def _config_slugs(config: dict[str, tuple[bool, Type]]) -> dict[str, str]:
    """Config.collections: slug -> interface name."""
    kind = config["collections"][1]
    if kind[0] != "object":
        raise Unknown("Config.collections is not an object type")
    slugs = {}
    for slug, (optional, target) in kind[1].items():
        if optional or target[0] != "name":
            raise Unknown(f"Config.collections.{slug}: expected an interface name")
        slugs[slug] = target[1]
    return slugs


_GROUP = re.compile(r"^    (\w+): \{$")
_ENTRY = re.compile(r"^      (\w+): api\.collections\.(\w+),$")


def _index_groups(text: str) -> dict[str, list[tuple[str, str]]]:
    """The `commerce` and `crm` objects SDK() returns: name -> collection slug, in order."""
    body = text.split("  return {\n    api,\n", 1)
    if len(body) != 2:
        raise Unknown("index.ts: SDK()'s `return { api, ... }` not found")
    groups: dict[str, list[tuple[str, str]]] = {}
    current = None
    for line in body[1].splitlines():
        if line in ("  }", "}"):
            break
        if line == "    },":
            current = None
            continue
        opened = _GROUP.match(line)
        entry = _ENTRY.match(line)
        if opened and current is None:
            current = groups.setdefault(opened.group(1), [])
        elif entry and current is not None:
            current.append((entry.group(1), entry.group(2)))
        else:
            raise Unknown(f"index.ts: a line this reader does not know: {line!r}")
    return groups
