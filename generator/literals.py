"""Python literals for spec values: the only way spec text enters generated code."""

from __future__ import annotations

import math
import re
from typing import Any

# In the body of a single-quoted repr(): an escaped backslash, an escaped ', or a ".
_QUOTE_ESCAPES = re.compile(r"\\\\|\\'|\"")
_DOUBLE_QUOTED = {"\\\\": "\\\\", "\\'": "'", '"': '\\"'}


def py_literal(value: Any) -> str:
    """``repr()``, with strings quoted as black quotes them: in double quotes unless that
    takes more backslashes. Code already in black's style is code black need not format."""
    kind = type(value)
    if kind is str or kind is bytes:
        literal = repr(value)
        prefix = "b" if kind is bytes else ""
        double, single = ('"', "'") if kind is str else (b'"', b"'")
        # repr() picks single quotes unless the text holds ' and no ".
        if literal[len(prefix)] == '"' or value.count(double) > value.count(single):
            return literal
        body = _QUOTE_ESCAPES.sub(lambda m: _DOUBLE_QUOTED[m.group()], literal[len(prefix) + 1 : -1])
        return f'{prefix}"{body}"'
    if kind is float:
        if not math.isfinite(value):
            return f'float("{value}")'  # repr() gives inf and nan, which are no Python literals
        return repr(value).replace("e+", "e")  # black writes 1e+20 as 1e20
    if kind is list:
        return "[" + ", ".join(map(py_literal, value)) + "]"
    if kind is tuple:
        return "(" + ", ".join(map(py_literal, value)) + (",)" if len(value) == 1 else ")")
    if kind is dict:
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)
