"""Streamed responses in the model: which media types are streams, the ``stream`` switch of
an operation that answers JSON or a stream, and example stream bodies for the tests."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from ..literals import py_literal
from . import ir

# Media types read as they arrive. JSON Lines has no registered type; these four are the
# names in use (jsonlines.org, ndjson.org).
STREAM_MEDIA: dict[str, ir.StreamKind] = {
    "text/event-stream": "sse",
    "application/jsonl": "jsonl",
    "application/x-ndjson": "jsonl",
    "application/jsonlines": "jsonl",
    "application/x-jsonlines": "jsonl",
}
STREAM_KINDS = frozenset(STREAM_MEDIA.values())
# The argument of an operation answering JSON or a stream that chooses between them.
SWITCH = "stream"
TWIN_SUFFIX = "_stream"


def stream_kind(media_type: str) -> ir.StreamKind | None:
    return STREAM_MEDIA.get(media_type.split(";")[0].strip().lower())


def example_body(kind: ir.StreamKind, item: Any) -> str:
    """Two items as a server sends them: events ended by ``[DONE]``, or two JSON lines."""
    if kind == "jsonl":
        line = json.dumps(item, separators=(",", ":"))
        return py_literal(f"{line}\n{line}\n")
    data = item if isinstance(item, str) else json.dumps(item, separators=(",", ":"))
    event = "".join(f"data: {line}\n" for line in data.split("\n")) + "\n"
    return py_literal(event * 2 + "data: [DONE]\n\n")


def switch_of(op: ir.Operation) -> ir.Parameter | None:
    """The boolean ``stream`` argument, in the query or a flattened body, when there is one."""
    for param in op.wire_params + op.body_fields:
        if (
            param.wire_name == SWITCH
            and param.location in ("query", "body")
            and param.annotation.text in ("bool", "bool | None")
        ):
            return param
    return None


def fix_switch(op: ir.Operation, switch: ir.Parameter | None, value: bool) -> ir.Operation:
    """``op`` with the switch always sent as ``value`` and gone from the signature."""
    if switch is None:
        return op
    fixed = replace(switch, fixed=repr(value))
    return replace(
        op,
        keyword=tuple(p for p in op.keyword if p is not switch),
        wire_params=tuple(fixed if p is switch else p for p in op.wire_params),
        body_fields=tuple(fixed if p is switch else p for p in op.body_fields),
    )
