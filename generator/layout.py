"""Code laid out the way black lays it out, for the templates to emit.

A file of the built-in templates whose lines all fit is taken as it is, without black
(``format.settled``), so each helper copies black's choice exactly for one shape of code the
templates write; a line too long that black may break sends its file to black.
``tests/test_layout.py`` checks each layout against black itself. The helpers leave out the
first line's indent: the templates put them after their own.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from typing import Any

from .literals import py_literal
from .model.ir import TypeExpr
from .model.types import members as union_members

LINE_LENGTH = 88  # black's default


def fits(line: str, indent: int = 0) -> bool:
    """Whether ``line`` at ``indent`` stays within black's line length."""
    return indent + len(line) <= LINE_LENGTH


def call_layout(
    head: str, arguments: Sequence[str], tail: str = "", indent: int = 0, brackets: str = "()"
) -> str:
    """``head(arguments)tail`` as black writes a call (or, with other ``brackets``, a
    display): on one line if it fits, else a call's arguments on a line of their own, else
    one a line, literals among them broken in turn."""
    opening, closing = brackets[0], brackets[1]
    joined = ", ".join(arguments)
    if fits(f"{head}{opening}{joined}{closing}{tail}", indent):
        return f"{head}{opening}{joined}{closing}{tail}"
    pad = " " * indent
    # black keeps a call's arguments together when they fit; a display it always explodes.
    if brackets == "()" and fits(joined, indent + 4):
        return f"{head}(\n{pad}    {joined}\n{pad}){tail}"
    lines = "".join(f"{pad}    {_argument_layout(argument, indent + 4)}\n" for argument in arguments)
    return f"{head}{opening}\n{lines}{pad}{closing}{tail}"


def _argument_layout(argument: str, indent: int) -> str:
    """One argument of an exploded call, with its comma; a long literal or dict display
    (``{"id": id}``, ``body={...}``) is broken too."""
    if fits(argument + ",", indent):
        return argument + ","
    try:
        value = ast.literal_eval(argument)
    except (ValueError, SyntaxError):
        return _display_layout(argument, indent) or argument + ","
    return _value_layout(value, "", ",", indent)


_KEYWORD = re.compile(r"[A-Za-z_]\w*=(?=\{)")


def _display_layout(argument: str, indent: int) -> str | None:
    """A dict display of expressions, perhaps a keyword's value, one item a line as black
    explodes it; None for anything else, left to black."""
    keyword = _KEYWORD.match(argument)
    display = argument[keyword.end() :] if keyword else argument
    try:
        node = ast.parse(display, mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(node, ast.Dict):
        return None
    keys = [key for key in node.keys if key is not None]
    if not keys or len(keys) < len(node.keys):  # empty, or with a ** item
        return None
    pad = " " * indent
    items = [f"{ast.get_source_segment(display, k)}: {ast.get_source_segment(display, v)}"
             for k, v in zip(keys, node.values)]
    lines = "".join(f"{pad}    {item},\n" for item in items)
    return f"{keyword.group() if keyword else ''}{{\n{lines}{pad}}},"


def literal_layout(literal: str, prefix: str = "", suffix: str = "", indent: int = 0) -> str:
    """``prefix literal suffix``, a long collection broken as black breaks it. ``literal`` is
    a py_literal output (parsing it back is safe: literal_eval runs no code); one that is no
    plain literal (``float("inf")``) is left for black to lay out."""
    try:
        value = ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        return prefix + literal + suffix
    return _value_layout(value, prefix, suffix, indent)


_BRACKETS: dict[type, tuple[str, str]] = {list: ("[", "]"), tuple: ("(", ")"), dict: ("{", "}")}


def _value_layout(value: Any, prefix: str, suffix: str, indent: int) -> str:
    one_line = prefix + py_literal(value) + suffix
    kind = type(value)
    if fits(one_line, indent) or kind not in (list, tuple, dict) or not value:
        return one_line
    opening, closing = _BRACKETS[kind]
    items = (
        [(py_literal(k) + ": ", v) for k, v in value.items()]
        if kind is dict
        else [("", v) for v in value]
    )
    pad = " " * indent
    if len(items) == 1:
        # One item has no comma to break at: black keeps it on one line inside the brackets.
        key, item = items[0]
        inner = _value_layout(item, key, "," if kind is tuple else "", indent + 4)
        return f"{prefix}{opening}\n{pad}    {inner}\n{pad}{closing}{suffix}"
    lines = "".join(f"{pad}    {_value_layout(item, key, ',', indent + 4)}\n" for key, item in items)
    return f"{prefix}{opening}\n{lines}{pad}{closing}{suffix}"


def def_layout(
    name: str, parameters: Sequence[str], returns: str, indent: int = 0, keyword_width: int = 0
) -> str:
    """``def name(parameters) -> returns:`` as black writes it: a lone parameter broken onto
    its own line gets a trailing comma, several on one line do not. ``keyword_width``: what
    stands before ``def`` on its line (``async ``)."""
    joined = ", ".join(parameters)
    line = f"def {name}({joined}) -> {returns}:"
    pad = " " * indent
    if fits(line, indent + keyword_width):
        return line
    if fits(joined + ("," if len(parameters) == 1 else ""), indent + 4):
        comma = "," if len(parameters) == 1 else ""
        return f"def {name}(\n{pad}    {joined}{comma}\n{pad}) -> {returns}:"
    lines = "".join(f"{pad}    {parameter},\n" for parameter in parameters)
    return f"def {name}(\n{lines}{pad}) -> {returns}:"


def annotated(target: str, annotation: TypeExpr, value: str = "", indent: int = 0) -> str:
    """A class attribute ``target: annotation = value`` as black lays out the long ones we
    emit (the value split or parenthesized first, then the annotation); rarer shapes are
    left to black."""
    line = f"{target}: {annotation}" + (f" = {value}" if value else "")
    if fits(line, indent):
        return line
    pad = " " * indent
    if value:
        head, _, arguments = value[:-1].partition("(")
        call_fits = fits(f"{target}: {annotation} = {head}(", indent) and fits(arguments, indent + 4)
        if value.endswith(")") and call_fits:
            return f"{target}: {annotation} = {head}(\n{pad}    {arguments}\n{pad})"
        if fits(f"{target}: {annotation} = (", indent) and fits(value, indent + 4):
            return f"{target}: {annotation} = (\n{pad}    {value}\n{pad})"
        return _subscript_layout(target, annotation, f"] = {value}", indent) or parameter(
            target, annotation, value, indent
        )
    if annotation.kind == "union" and fits(annotation.text, indent + 4):
        return f"{target}: (\n{pad}    {annotation}\n{pad})"
    return _subscript_layout(target, annotation, "]", indent) or line


def _subscript_layout(target: str, annotation: TypeExpr, tail: str, indent: int) -> str | None:
    """``target: head[`` / the subscript's inside / ``tail`` (from its ``]``), black's split
    of a long subscript annotation when the pieces fit; else None."""
    if annotation.kind != "subscript" or annotation.head is None:
        return None
    head, inside = annotation.head.text, ", ".join(m.text for m in annotation.members)
    # A lone name that is too long anyway goes on a line of its own all the same.
    inside_fits = fits(inside, indent + 4) or inside.isidentifier()
    if fits(f"{target}: {head}[", indent) and inside_fits and fits(tail, indent):
        pad = " " * indent
        return f"{target}: {head}[\n{pad}    {inside}\n{pad}{tail}"
    return None


def parameter(name: str, annotation: TypeExpr, default: str = "", indent: int = 0) -> str:
    """``name: annotation = default`` (a parameter, or an attribute whose value black left
    alone): black puts a long annotation in parentheses, a union one member a line."""
    line = f"{name}: {annotation}" + (f" = {default}" if default else "")
    end = f") = {default}" if default else ")"
    if fits(line + ",", indent):
        return line
    pad = " " * indent
    if fits(annotation.text, indent + 4):
        return f"{name}: (\n{pad}    {annotation}\n{pad}{end}"
    members = [m.text for m in union_members(annotation)]
    # Members black cannot break further stand one a line, even when one is too long.
    if len(members) > 1 and all(fits(f"| {m}", indent + 4) or m.isidentifier() for m in members):
        lines = f"\n{pad}    | ".join(members)
        return f"{name}: (\n{pad}    {lines}\n{pad}{end}"
    return line


def assigned(target: str, value: str, indent: int = 0) -> str:
    """``target = value``; when too long and the value ends in no bracket, black puts it in
    parentheses on a line of its own."""
    line = f"{target} = {value}"
    if fits(line, indent) or value.endswith((")", "]", "}")) or not fits(value, indent + 4):
        return line
    pad = " " * indent
    return f"{target} = (\n{pad}    {value}\n{pad})"
