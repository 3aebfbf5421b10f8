"""Python literals for spec values: the only way spec text enters generated code."""

from __future__ import annotations

import math
from typing import Any


def py_literal(value: Any) -> str:
    """``repr()``, with strings double-quoted where that needs no escapes, as black writes
    them: black formats code already in its style in one pass instead of two."""
    kind = type(value)
    if kind is str or kind is bytes:
        literal = repr(value)
        prefix = "b" if kind is bytes else ""
        double_quote = b'"' if kind is bytes else '"'
        # repr() only picks single quotes when the text holds no ' (or holds both kinds).
        if literal[len(prefix)] == "'" and double_quote not in value:
            return f'{prefix}"{literal[len(prefix) + 1 : -1]}"'
        return literal
    if kind is float and not math.isfinite(value):
        return f'float("{value}")'  # repr() gives inf and nan, which are no Python literals
    if kind is list:
        return "[" + ", ".join(map(py_literal, value)) + "]"
    if kind is tuple:
        return "(" + ", ".join(map(py_literal, value)) + (",)" if len(value) == 1 else ")")
    if kind is dict:
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)
