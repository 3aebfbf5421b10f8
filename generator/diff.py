"""What a user of the generated SDK would notice between two versions of a spec.

Both versions are compared as intermediate models (the names, signatures and types the SDK
exposes), not as text: reordering a YAML file or renaming a ``$ref`` target that keeps its
class name changes nothing here.  Each change carries the semver level it implies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any, Literal, TypeVar

from .model import ir

Level = Literal["major", "minor", "patch"]
Action = Literal["added", "removed", "changed"]
Bump = Literal["major", "minor", "patch", "none"]

_RANK: dict[str, int] = {"major": 0, "minor": 1, "patch": 2}
UNKNOWN_ENUM_NOTE = "clients built before it accept it too: the SDK keeps unknown enum values"

T = TypeVar("T")


@dataclass(frozen=True, order=True)
class Change:
    level: Level  # first, so changes sort by importance
    kind: str  # "operation", "parameter", "model", "field", "enum value", "client argument" ...
    subject: str  # as the user spells it: "pets.list_pets", "pets.list_pets(limit)", "Pet.tag"
    action: Action
    detail: str = ""

    @property
    def breaking(self) -> bool:
        return self.level == "major"

    def __str__(self) -> str:
        marker = "BREAKING" if self.breaking else self.level
        detail = f": {self.detail}" if self.detail else ""
        return f"{marker:<8}  {self.action} {self.kind} {self.subject}{detail}"


@dataclass(frozen=True)
class ApiDiff:
    changes: tuple[Change, ...]

    @property
    def bump(self) -> Bump:
        """major for anything breaking, minor for additions, patch for the rest."""
        if not self.changes:
            return "none"
        return min((change.level for change in self.changes), key=_RANK.__getitem__)

    def summary(self) -> str:
        if not self.changes:
            return "no change a user of the SDK would notice; semver: none"
        breaking = sum(change.breaking for change in self.changes)
        lines = [str(change) for change in self.changes]
        count = len(self.changes)
        lines.append(f"semver: {self.bump} ({count} change{'' if count == 1 else 's'}, {breaking} breaking)")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "bump": self.bump,
            "breaking": any(change.breaking for change in self.changes),
            "changes": [asdict(change) | {"breaking": change.breaking} for change in self.changes],
        }


def diff_apis(old: ir.Api, new: ir.Api) -> ApiDiff:
    changes = [
        *_keyed("operation", _operations(old), _operations(new), lambda _: "minor", _operation_changes),
        *_keyed("model", _models(old), _models(new), lambda _: "minor", _model_changes),
        *_keyed(
            "client argument",
            {s.param: s for s in old.security_schemes},
            {s.param: s for s in new.security_schemes},
            lambda _: "minor",
            lambda _, before, after: [],
        ),
        # environment="name": a name gone breaks the callers that pass it.
        *_keyed(
            "environment",
            {e.name: e for e in old.environments},
            {e.name: e for e in new.environments},
            lambda _: "minor",
            lambda _, before, after: [],
        ),
        *_keyed(
            "webhook",
            {w.py_name: w for w in old.webhooks},
            {w.py_name: w for w in new.webhooks},
            lambda _: "minor",
            lambda name, before, after: _retyped("webhook", name, before.annotation, after.annotation),
        ),
    ]
    if not changes and old != new:
        changes.append(
            Change("patch", "other", old.title, "changed", "documentation, servers or metadata only")
        )
    return ApiDiff(tuple(sorted(set(changes))))


def _keyed(
    kind: str,
    old: Mapping[str, T],
    new: Mapping[str, T],
    added_level: Callable[[T], Level],
    compare: Callable[[str, T, T], Iterable[Change]],
) -> list[Change]:
    """Removed (always breaking), added (at added_level) and changed entries of two maps."""
    changes = [Change("major", kind, name, "removed") for name in old.keys() - new.keys()]
    for name in new.keys() - old.keys():
        changes.append(Change(added_level(new[name]), kind, name, "added", _added_detail(new[name])))
    for name in old.keys() & new.keys():
        if old[name] != new[name]:
            changes.extend(compare(name, old[name], new[name]))
    return changes


def _added_detail(item: object) -> str:
    if isinstance(item, ir.Parameter | ir.Field):
        return "required" if item.required else "optional"
    if isinstance(item, ir.EnumMember):
        return UNKNOWN_ENUM_NOTE
    return ""


def _retyped(kind: str, subject: str, before: object, after: object) -> list[Change]:
    """A changed type (an annotation, or an enum's base) is breaking."""
    if str(before) == str(after):
        return []
    return [Change("major", kind, subject, "changed", f"type {before} -> {after}")]


def _requiredness(kind: str, subject: str, before: bool, after: bool) -> list[Change]:
    if before == after:
        return []
    if after:
        return [Change("major", kind, subject, "changed", "now required")]
    return [Change("minor", kind, subject, "changed", "now optional")]


def _deprecation(kind: str, subject: str, before: bool, after: bool) -> list[Change]:
    if after and not before:
        return [Change("minor", kind, subject, "changed", "deprecated")]
    if before and not after:
        return [Change("patch", kind, subject, "changed", "no longer deprecated")]
    return []


# --- operations -------------------------------------------------------------------------


def _operations(api: ir.Api) -> dict[str, ir.Operation]:
    return {f"{r.dotted}.{op.py_name}": op for r in api.resources for op in r.operations}


def _arguments(operation: ir.Operation) -> dict[str, ir.Parameter]:
    return {p.py_name: p for p in (*operation.positional, *operation.keyword)}


def _argument_level(parameter: ir.Parameter) -> Level:
    return "major" if parameter.required else "minor"  # callers must now pass it


def _operation_changes(name: str, old: ir.Operation, new: ir.Operation) -> list[Change]:
    changes = _keyed(
        "parameter",
        {f"{name}({k})": v for k, v in _arguments(old).items()},
        {f"{name}({k})": v for k, v in _arguments(new).items()},
        _argument_level,
        _argument_changes,
    )
    old_order = [p.py_name for p in old.positional]
    new_order = [p.py_name for p in new.positional]
    if old_order != new_order:
        changes.append(
            Change("major", "operation", name, "changed",
                   f"positional arguments ({', '.join(old_order)}) -> ({', '.join(new_order)})")
        )
    changes += _body_changes(name, old.body, new.body)
    changes += _retyped("operation", name, old.return_annotation, new.return_annotation)
    changes += _deprecation("operation", name, old.deprecated, new.deprecated)
    if (old.method, old.path) != (new.method, new.path):
        changes.append(
            Change("patch", "operation", name, "changed",
                   f"calls {new.method} {new.path} instead of {old.method} {old.path}")
        )
    return changes


def _argument_changes(subject: str, old: ir.Parameter, new: ir.Parameter) -> list[Change]:
    return [
        *_retyped("parameter", subject, old.annotation, new.annotation),
        *_requiredness("parameter", subject, old.required, new.required),
        *_deprecation("parameter", subject, old.deprecated, new.deprecated),
    ]


def _body_changes(name: str, old: ir.Body | None, new: ir.Body | None) -> list[Change]:
    """A body not flattened into keyword arguments is the ``body`` argument."""
    subject = f"{name}(body)"
    before = str(old.annotation) if old and old.annotation else ""
    after = str(new.annotation) if new and new.annotation else ""
    if before == after:
        required = (bool(old and old.required), bool(new and new.required))
        return _requiredness("parameter", subject, *required) if before else []
    if not before:
        return [Change("major" if new and new.required else "minor", "parameter", subject, "added")]
    if not after:
        return [Change("major", "parameter", subject, "removed")]
    return _retyped("parameter", subject, before, after)


# --- models -----------------------------------------------------------------------------


def _models(api: ir.Api) -> dict[str, ir.Model]:
    return {model.name: model for module in api.model_modules for model in module.models}


def _model_changes(name: str, old: ir.Model, new: ir.Model) -> list[Change]:
    changes = _deprecation("model", name, old.deprecated, new.deprecated)
    if isinstance(old, ir.ObjectModel) and isinstance(new, ir.ObjectModel):
        return changes + _keyed(
            "field",
            {f"{name}.{f.py_name}": f for f in old.fields},
            {f"{name}.{f.py_name}": f for f in new.fields},
            lambda field: "major" if field.required else "minor",  # constructing it needs it
            _field_changes,
        )
    if isinstance(old, ir.EnumModel) and isinstance(new, ir.EnumModel):
        changes += _retyped("model", name, old.base, new.base)
        return changes + _keyed(
            "enum value",
            {f"{name}[{m.value}]": m for m in old.members},
            {f"{name}[{m.value}]": m for m in new.members},
            lambda _: "minor",
            lambda subject, before, after: [
                Change("major", "enum value", subject, "changed",
                       f"member {before.py_name} -> {after.py_name}")
            ],
        )
    if isinstance(old, ir.AliasModel) and isinstance(new, ir.AliasModel):
        return changes + _retyped("model", name, old.annotation, new.annotation)
    return changes + [Change("major", "model", name, "changed", f"{old.kind} -> {new.kind}")]


def _field_changes(subject: str, old: ir.Field, new: ir.Field) -> list[Change]:
    changes = [
        *_retyped("field", subject, old.annotation, new.annotation),
        *_requiredness("field", subject, old.required, new.required),
        *_deprecation("field", subject, old.deprecated, new.deprecated),
    ]
    if old.alias != new.alias:
        changes.append(
            Change("patch", "field", subject, "changed", f"wire name {old.alias} -> {new.alias}")
        )
    return changes
