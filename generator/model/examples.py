"""Values a schema accepts, for generated tests and README examples.

A value is taken from the spec when it offers one (``example``, ``examples``, ``default``,
``enum``, ``const``); otherwise it is made up to satisfy the schema's type, format, bounds
and pattern, so that a validating mock server (Prism) accepts the request.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .schemas import primary_type

try:  # Python 3.11+: the regex parser moved under re.
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse

Resolve = Callable[[Any], Any]
Problem = Callable[[Any, Any], 'str | None']  # (value, schema) -> why the schema refuses it

# Examples stay small whatever bounds a spec sets: they end up in generated source.
MAX_EXAMPLE_ITEMS = 3
MAX_EXAMPLE_LENGTH = 64

_FORMAT_EXAMPLES = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "12:00:00",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "byte": "AA==",
}


def example_for(schema: Any, resolve: Resolve, depth: int = 0) -> Any:
    """A JSON value accepted by ``schema`` (``resolve`` follows ``$ref``)."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > 8:
        return "string"
    # const first: an example or default beside it that differs is refused by a validating
    # mock server (OpenAPI 3.1 const parameters).
    for key in ("const", "example", "default"):
        if key in schema and schema[key] is not None:
            return schema[key]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    enum = [value for value in schema.get("enum") or () if value is not None]
    if enum:
        return enum[0]
    for combinator in ("allOf", "oneOf", "anyOf"):
        parts = [resolve(part) for part in schema.get(combinator) or ()]
        parts = [part for part in parts if not _is_null_schema(part)]
        if combinator == "allOf" and parts:
            values = [example_for(part, resolve, depth + 1) for part in parts]
            objects = [value for value in values if isinstance(value, dict)]
            if not objects:
                return values[0]
            # Parts that only annotate ({description: ...}) give made-up strings: not objects,
            # and not what the object parts describe, so only the objects merge.
            merged: dict[str, Any] = {}
            for value in objects:
                merged.update(value)
            return merged
        if parts:
            return example_for(parts[0], resolve, depth + 1)
    kind = primary_type(schema)
    if kind == "object":
        required = schema.get("required") or ()
        properties = schema.get("properties") or {}
        # A required name the schema gives no property for is still required: any value does.
        return {name: example_for(properties.get(name, {}), resolve, depth + 1) for name in required}
    if kind == "array":
        item = example_for(schema.get("items", {}), resolve, depth + 1)
        return [item] * min(max(1, _count(schema.get("minItems"), 1)), MAX_EXAMPLE_ITEMS)
    if kind == "integer":
        return int(_number_in_bounds(schema, 1))
    if kind == "number":
        return _number_in_bounds(schema, 1.5)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _string_example(schema)


def spec_example(value: Any, schema: Any, resolve: Resolve, problem: Problem) -> Any:
    """value, an example the spec gives beside ``schema`` (a parameter's ``example``), when
    the schema accepts it; else one made from the schema."""
    if value is None or problem(value, schema):
        return example_for(schema, resolve)
    return value


def acceptor(document: dict[str, Any]) -> Problem:
    """Why a value is invalid for a schema of document, as a validating mock server checks
    it, or None: spec examples that are (an id given as 81 where the schema says string)
    would make the example call fail. A schema that cannot be checked has no verdict."""
    import jsonschema  # here, not above: only a spec with examples pays for the import

    version = str(document.get("openapi", ""))
    validator = jsonschema.Draft4Validator if version.startswith("3.0") else jsonschema.Draft202012Validator
    components = document.get("components")

    def problem(value: Any, schema: Any) -> str | None:
        if not isinstance(schema, dict):
            return None
        # The document's components beside the schema: its "#/components/..." refs resolve.
        root = {**schema, "components": components} if "components" not in schema else schema
        try:
            checked = validator(root, format_checker=jsonschema.FormatChecker())
            errors = [e for e in checked.iter_errors(value) if not _read_only_missing(e)]
            error = jsonschema.exceptions.best_match(errors)
        except Exception:  # noqa: BLE001 - a schema the validator cannot follow: no verdict
            return None
        return None if error is None else error.message[:200]

    return problem


def _read_only_missing(error: Any) -> bool:
    """A missing required property that is readOnly: requests leave it out, as OpenAPI says."""
    if error.validator != "required" or not isinstance(error.schema, dict):
        return False
    properties = error.schema.get("properties") or {}
    # jsonschema reports each missing property on its own, named first in the message.
    name = next((n for n in error.validator_value if error.message.startswith(repr(n))), None)
    prop = properties.get(name) if isinstance(properties, dict) else None
    return isinstance(prop, dict) and prop.get("readOnly") is True


def _count(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def _number_in_bounds(schema: dict[str, Any], preferred: float) -> float:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    value = preferred
    if isinstance(low, (int, float)) and not isinstance(low, bool) and value <= low:
        value = low + 1
    if isinstance(high, (int, float)) and not isinstance(high, bool) and value >= high:
        value = high - 1 if high - 1 >= (low if isinstance(low, (int, float)) else high - 1) else high
    return value


def _string_example(schema: dict[str, Any]) -> str:
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        made = string_matching(pattern)
        if made is not None:
            return made
    value = _FORMAT_EXAMPLES.get(str(schema.get("format")), "string")
    min_length = schema.get("minLength")
    max_length = schema.get("maxLength")
    if isinstance(min_length, int) and len(value) < min_length:
        value = value + "x" * (min(min_length, MAX_EXAMPLE_LENGTH) - len(value))
    if isinstance(max_length, int) and len(value) > max_length:
        value = value[:max_length]
    return value


def string_matching(pattern: str) -> str | None:
    """The shortest simple string matching ``pattern``, or None if it cannot tell.

    Real specs guard ids with patterns such as ``^MG[0-9a-fA-F]{32}$``; a mock server that
    validates requests refuses anything else, so tests need a value that matches.
    """
    try:
        parsed = sre_parse.parse(pattern)
        made = _emit(parsed)
        if re.search(pattern, made) is None:
            return None
        return made
    except (re.error, ValueError, TypeError, IndexError, RecursionError, AttributeError):
        return None


def _emit(items: Any) -> str:
    out: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_emit_class(arg))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = arg
            if low > MAX_EXAMPLE_LENGTH:
                raise ValueError("pattern needs a long string")
            out.append(_emit(sub) * low)  # the fewest repetitions the pattern allows
        elif name == "SUBPATTERN":
            out.append(_emit(arg[-1]))
        elif name == "BRANCH":
            out.append(_emit(arg[1][0]))
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        else:
            raise ValueError(f"unsupported regex construct {name}")
    return "".join(out)


def _emit_class(items: Any) -> str:
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            return chr(arg[0])
        if name == "CATEGORY":
            category = str(arg)
            if "DIGIT" in category and "NOT" not in category:
                return "0"
            if "SPACE" in category and "NOT" not in category:
                return " "
            return "a"
        if name == "NEGATE":
            raise ValueError("negated class")
    raise ValueError("empty class")
