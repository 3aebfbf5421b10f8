"""Making and rewriting ``ir.TypeExpr`` annotations.

An annotation is built from its parts, so its text, the names it uses and its union members
are known without reading the text back: spec strings inside it (enum values in a
``Literal``, discriminator tags) are opaque ``value`` parts that nothing looks into.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable

from .ir import TypeExpr

_BUILTINS = frozenset(dir(builtins))


def name(text: str) -> TypeExpr:
    """A plain name: a builtin (``str``, ``None``), a model, or a name imported from elsewhere."""
    return TypeExpr("name", text, frozenset() if text in _BUILTINS else frozenset({text}))


def qualified(module: str, attribute: str) -> TypeExpr:
    """``module.attribute``, e.g. ``builtins.list``: the module is what gets imported."""
    return TypeExpr("name", f"{module}.{attribute}", frozenset({module}))


def value(text: str, names: Iterable[str] = ()) -> TypeExpr:
    """Code that is not a type (a literal, ``Tag("cat")``); ``names`` are the ones it uses."""
    return TypeExpr("value", text, frozenset(names))


def subscript(head: TypeExpr | str, *arguments: TypeExpr) -> TypeExpr:
    """``head[arguments]``: ``subscript("list", name("int"))`` is ``list[int]``."""
    head = name(head) if isinstance(head, str) else head
    text = f"{head.text}[{', '.join(a.text for a in arguments)}]"
    names = head.names.union(*(a.names for a in arguments))
    return TypeExpr("subscript", text, names, arguments, head)


def union(parts: Iterable[TypeExpr]) -> TypeExpr:
    """The parts joined with ``|``, in order; a part that is a union adds its members."""
    members = [m for part in parts for m in (part.members if part.kind == "union" else (part,))]
    if len(members) == 1:
        return members[0]
    text = " | ".join(m.text for m in members)
    return TypeExpr("union", text, frozenset().union(*(m.names for m in members)), tuple(members))


def merge_union(parts: Iterable[TypeExpr]) -> TypeExpr:
    """As ``union``, each member once: ``X | str`` and ``str`` give ``X | str`` (a repeated
    member is an error to ruff's PYI016 and noise to readers), and literals as one
    ``Literal[...]`` where the first stood (a oneOf of consts; PYI030)."""
    members = list(dict.fromkeys(m for part in parts for m in (part.members if part.kind == "union" else (part,))))
    literals = [m for m in members if m.kind == "subscript" and m.head == LITERAL]
    if len(literals) > 1:
        first = members.index(literals[0])
        members = [m for m in members if m not in literals]
        members.insert(first, subscript(LITERAL, *dict.fromkeys(v for m in literals for v in m.members)))
    return union(members)


def members(annotation: TypeExpr) -> tuple[TypeExpr, ...]:
    """The members of a union; an annotation that is no union is its own only member."""
    return annotation.members if annotation.kind == "union" else (annotation,)


def is_optional(annotation: TypeExpr) -> bool:
    """Whether the annotation ends in ``| None``."""
    return annotation.kind == "union" and annotation.members[-1].text == "None"


def or_none(annotation: TypeExpr) -> TypeExpr:
    """``annotation | None``, unless it already takes None (or anything)."""
    if annotation.text in ("Any", "None") or is_optional(annotation):
        return annotation
    return union((annotation, NONE))


def list_item(annotation: TypeExpr) -> TypeExpr | None:
    """``X`` of ``list[X]`` or ``list[X] | None``; None for any other annotation."""
    if annotation.kind == "union" and len(annotation.members) == 2 and is_optional(annotation):
        annotation = annotation.members[0]
    if annotation.kind == "subscript" and annotation.head == LIST:
        return annotation.members[0]
    return None


def names_in_order(annotation: TypeExpr) -> list[str]:
    """The names an annotation uses in the order its text mentions them, repeats kept."""
    if annotation.kind in ("name", "value"):
        return sorted(annotation.names)
    parts = ((annotation.head,) if annotation.head else ()) + annotation.members
    return [name for part in parts for name in names_in_order(part)]


def words(annotation: TypeExpr) -> set[str]:
    """Every name the annotation's text refers to, builtins included: what a class body
    binding a name of its own would hide from it."""
    if annotation.kind == "name":
        return {annotation.text.partition(".")[0]}
    if annotation.kind == "value":
        return set(annotation.names)
    parts = ((annotation.head,) if annotation.head else ()) + annotation.members
    return set().union(*(words(part) for part in parts))


def substitute(annotation: TypeExpr, replace: Callable[[str], TypeExpr | None]) -> TypeExpr:
    """The annotation with every name for which ``replace`` gives a type replaced by it;
    ``value`` parts (literals, tags) are left as they are."""
    if annotation.kind == "name":
        return replace(annotation.text) or annotation
    if annotation.kind == "union":
        # Each member once: two models widened to ``A | dict[str, Any]`` and ``B | dict[str, Any]``
        # share the dict.
        return merge_union(substitute(m, replace) for m in annotation.members)
    if annotation.kind == "subscript":
        assert annotation.head is not None
        head = substitute(annotation.head, replace)
        return subscript(head, *(substitute(m, replace) for m in annotation.members))
    return annotation


def qualify_builtins(annotation: TypeExpr, shadowed: set[str]) -> TypeExpr:
    """``list[X]`` -> ``builtins.list[X]`` where a method or field named ``list`` hides it."""
    if not shadowed:
        return annotation
    return substitute(annotation, lambda n: qualified("builtins", n) if n in shadowed else None)


# Builtins that annotations use, and that a method or field of the same name would hide.
BUILTIN_TYPES = frozenset({"bool", "bytes", "dict", "float", "int", "list", "object", "str",
                           "tuple", "type"})


def accepting_dicts(annotation: TypeExpr, objects: set[str]) -> TypeExpr:
    """An argument's annotation also taking a plain dict wherever it takes a model class
    (one of ``objects``): the caller may write the fields by wire name."""
    return substitute(annotation, lambda n: union((name(n), DICT_ANY)) if n in objects else None)


def as_input(annotation: TypeExpr) -> TypeExpr:
    """An argument's annotation accepting any sequence where it takes a list: ``list[X]``
    -> ``Sequence[X]``, in unions and in the items of lists (``Sequence`` is covariant;
    a dict's values are not, and keep their lists)."""
    if annotation.kind == "union":
        return union(as_input(m) for m in annotation.members)
    if annotation.kind == "subscript" and annotation.head == LIST:
        return subscript(SEQUENCE, *(as_input(m) for m in annotation.members))
    return annotation


def argument(annotation: TypeExpr, required: bool) -> TypeExpr:
    """An argument's annotation in a signature: an optional one also takes ``NOT_GIVEN``."""
    return annotation if required else union((annotation, NOT_GIVEN))


ANY = name("Any")
NONE = name("None")
STR = name("str")
LIST = name("list")
SEQUENCE = name("Sequence")
LITERAL = name("Literal")
NOT_GIVEN = name("NotGiven")  # the runtime's "argument not given"
# What a caller may pass instead of a model: its fields as a plain dict.
DICT_ANY = subscript("dict", STR, ANY)
