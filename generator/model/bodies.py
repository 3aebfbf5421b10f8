"""Request and response bodies: which media type is sent or parsed, what type it has, and
which object bodies are sent from keyword arguments instead of one ``body``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..literals import py_literal
from ..names import NameTable, pascal, safe_attribute, safe_parameter, snake
from . import ir
from . import types as t
from .document import Document, is_component_schema, join
from .examples import spec_example
from .schemas import Schemas
from .streams import stream_kind

# An object body of more properties than this is one ``body`` TypedDict, not keyword
# arguments. Measured over six corpus SDKs (README, "Request bodies"): the big bodies give
# the savings; below 8 a TypedDict saves under 1% more lines and costs the caller keyword
# arguments (snake_case names, signature help, a TypeError for a misspelt one).
FLATTEN_AT_MOST = 8
_STATUS = re.compile(r"[1-5](?:\d\d|XX)|default", re.IGNORECASE)  # the keys of a responses object


def build_body(
    schemas: Schemas, operation: dict[str, Any], pointer: str, context: str, taken: NameTable
) -> tuple[ir.Body | None, tuple[ir.Parameter, ...]]:
    """The request body in its preferred media type, and the keyword arguments it is sent
    from when an object body is flattened."""
    raw = operation.get("requestBody")
    if raw is None:
        return None, ()
    body, body_pointer = schemas.document.deref(raw, join(pointer, "requestBody"))
    content = body.get("content") or {}
    chosen = choose_media(content, request=True)
    if chosen is None:
        return None, ()
    media_type, kind = chosen
    media = content[media_type] or {}
    schema = media.get("schema", {})
    schema_pointer = join(body_pointer, "content", media_type, "schema")
    required = bool(body.get("required"))
    description = str(body.get("description", ""))
    document = schemas.document
    own_example = media_example(document, media)
    example = spec_example(own_example, schema, document.resolve, document.invalid)
    params = ""  # the TypedDict of a large object body
    if kind in ("json", "form", "multipart"):
        object_example = example if isinstance(example, dict) else {}
        members = body_members(schemas, schema, schema_pointer, context, kind, object_example)
        if members is not None and len(members.members) <= FLATTEN_AT_MOST:
            flattened = ir.Body(
                content_type=media_type,
                kind=kind,
                flattened=True,
                annotation=None,
                signature_annotation=None,
                required=required,
                description=description,
                example=py_literal(example),
            )
            return flattened, flatten(members, taken)
        if members is not None:
            keys = tuple(m.key for m in members.members)
            params = schemas.params_model(members.pointer, members.params_name, keys, kind)
            # The example call sends every required key, and a JSON body the spec's own example
            # too (Prism 5.16 refuses arrays in forms: prism.py expects the required keys only).
            shown = object_example if own_example is not None and kind == "json" else {}
            example = {m.key.key: m.value for m in members.members if m.key.required or m.key.key in shown}
    if params:
        annotation = t.name(params)
    elif kind == "binary":
        annotation = t.union((t.name("bytes"), t.subscript("IO", t.name("bytes"))))
        example = file_example(example)
    elif kind == "text":
        annotation = t.STR
    else:
        annotation = schemas.annotation(schema, schema_pointer, context + "Body")
    sent = ir.Body(
        content_type=media_type,
        kind=kind,
        flattened=False,
        annotation=annotation,
        signature_annotation=t.argument(annotation, required),
        required=required,
        description=description,
        example=py_literal(example),
        params=params,
    )
    return sent, ()

def media_example(document: Document, media: dict[str, Any]) -> Any:
    """The spec's own example of a media type (``example``, else the first of ``examples``),
    when it is plain JSON data; None otherwise."""
    example = media.get("example")
    if example is None and isinstance(media.get("examples"), dict) and media["examples"]:
        first = document.resolve(next(iter(media["examples"].values())))
        example = first.get("value") if isinstance(first, dict) else None
    return example if is_plain_json(example) else None

@dataclass(frozen=True, slots=True)
class Member:
    """A writable property of an object body: a keyword argument when the body is
    flattened, a key of its TypedDict when not."""

    key: ir.ParamsKey
    value: Any  # an example value, for the example call
    example: str  # its Python literal


@dataclass(frozen=True, slots=True)
class Members:
    """An object body's writable properties."""

    pointer: str  # the object schema's, $refs followed: one TypedDict for each
    params_name: str  # the TypedDict's name: the schema's model name (or the operation's) + Params
    members: tuple[Member, ...]


def body_members(
    schemas: Schemas, schema: Any, pointer: str, context: str, kind: str,
    body_example: dict[str, Any],
) -> Members | None:
    """The properties the caller may send in an object body; None for no object.

    A property's example is the spec's, where its body example has one: made-up ones can
    miss (a one-item array in a form body reads back as a plain string).
    """
    target, target_pointer = schemas.document.deref(schema, pointer)
    if not isinstance(target, dict):
        return None
    properties, required = schemas.object_members(target, target_pointer)
    if not properties:
        return None
    if target_pointer not in schemas.named and is_component_schema(target_pointer):
        # The component first: its inline members are then named from it, as they are
        # everywhere else, not from the first operation that happens to send it.
        schemas.annotation_for_ref(target_pointer, target_pointer)
    model_name = schemas.named.get(target_pointer)
    owner = model_name or context + "Body"
    members = []
    for wire_name, (prop, prop_pointer) in properties.items():
        if schemas.document.read_only(prop):
            continue
        resolved = schemas.document.resolve(prop)
        hint = owner + pascal(wire_name, fallback="Field")
        document = schemas.document
        example = spec_example(body_example.get(wire_name), prop, document.resolve, document.invalid)
        if kind == "multipart" and is_file_part(resolved):
            annotation = t.name("FileContent")
            example = file_example(example)
        else:
            annotation = schemas.annotation(prop, prop_pointer, hint)
            if kind != "multipart":  # a multipart part given as a tuple is a file
                annotation = t.as_input(annotation)
        info = resolved if isinstance(resolved, dict) else {}
        key = ir.ParamsKey(
            key=wire_name,
            annotation=annotation,
            required=wire_name in required,
            description=str(info.get("description", "")),
            deprecated=bool(info.get("deprecated")),
        )
        members.append(Member(key, example, py_literal(example)))
    return Members(target_pointer, (model_name or context) + "Params", tuple(members))


def flatten(members: Members, taken: NameTable) -> tuple[ir.Parameter, ...]:
    """A small object body as keyword arguments, one a property, named as ``taken`` allows."""
    params = []
    for member in members.members:
        key = member.key
        base = safe_parameter(safe_attribute(snake(key.key, fallback="field")))
        params.append(
            ir.Parameter(
                py_name=taken.claim(base if not taken.is_taken(base) else f"{base}_body"),
                wire_name=key.key,
                location="body",
                style="form",
                explode=True,
                required=key.required,
                annotation=key.annotation,
                signature_annotation=t.argument(key.annotation, key.required),
                description=key.description,
                deprecated=key.deprecated,
                example=member.example,
            )
        )
    return tuple(params)


def build_responses(
    schemas: Schemas, operation: dict[str, Any], pointer: str, context: str,
    *, streams_first: bool = False,
) -> tuple[ir.Response, ...]:
    """Every documented status; ``default`` is an error unless no 2XX is documented.
    ``streams_first``: where a response offers a stream, the stream is chosen."""
    raw_responses = operation.get("responses") or {}
    has_success = any(str(code).startswith("2") for code in raw_responses)
    result = []
    for code, raw in raw_responses.items():
        if not _STATUS.fullmatch(str(code)):  # an extension, or a key that is ignored (a warning)
            continue
        status = str(code).upper()
        response, response_pointer = schemas.document.deref(raw, join(pointer, "responses", str(code)))
        is_error = not (status.startswith("2") or (status == "DEFAULT" and not has_success))
        if status == "DEFAULT":
            status = "default"
        content = response.get("content") or {}
        chosen = choose_media(content, request=False, streams_first=streams_first)
        media_type = ""
        if chosen is None:
            kind: ir.ContentKind = "empty"
            annotation = t.NONE
        else:
            media_type, kind = chosen
            schema = (content[media_type] or {}).get("schema")
            if kind == "binary":
                annotation = t.name("bytes")
            elif kind == "text" or (kind == "sse" and schema is None):
                annotation = t.STR  # events without a schema are text
            elif schema is None:
                annotation = t.ANY
            elif is_error:
                annotation = t.ANY  # error bodies stay raw JSON on the error object
            else:
                suffix = "Response" if status in ("200", "2XX", "default") else f"Response{status}"
                annotation = schemas.annotation(
                    schema, join(response_pointer, "content", media_type, "schema"),
                    context + suffix,
                )
        result.append(
            ir.Response(
                status=status,
                kind=kind,
                annotation=annotation,
                description=str(response.get("description", "")),
                is_error=is_error,
                media_type=media_type,
            )
        )
    return tuple(result)


def offers_stream(document: Document, operation: dict[str, Any]) -> bool:
    """Whether a success response offers a stream beside another media type."""
    for code, raw in (operation.get("responses") or {}).items():
        response = document.resolve(raw)
        content = response.get("content") if isinstance(response, dict) else None
        if (
            str(code).startswith("2")
            and isinstance(content, dict)
            and len(content) > 1
            and any(stream_kind(str(media_type)) for media_type in content)
        ):
            return True
    return False


def choose_media(
    content: dict[str, Any], *, request: bool, streams_first: bool = False
) -> tuple[str, ir.ContentKind] | None:
    """Prefer JSON; then forms, streams, text and binary, in a fixed order for
    determinism. ``streams_first``: a stream before anything else."""
    ranked: list[tuple[int, str, ir.ContentKind]] = []
    for media_type in content:
        base = media_type.split(";")[0].strip().lower()
        streamed = stream_kind(base)
        if streamed is not None and not request:
            ranked.append((-1 if streams_first else 3, media_type, streamed))
        elif base == "application/json" or base.endswith("+json"):
            ranked.append((0, media_type, "json"))
        elif base == "application/x-www-form-urlencoded":
            ranked.append((1, media_type, "form"))
        elif base == "multipart/form-data":
            ranked.append((2, media_type, "multipart"))
        elif base.startswith("text/"):
            ranked.append((3, media_type, "text"))
        elif base == "*/*" and not request:
            ranked.append((4, media_type, "json"))
        else:
            ranked.append((5, media_type, "binary"))
    if not ranked:
        return None
    _, media_type, kind = min(ranked, key=lambda r: r[0])
    return media_type, kind


def is_plain_json(value: Any) -> bool:
    """Only JSON's own types: a YAML date or a set would not survive repr() into a test."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and is_plain_json(v) for k, v in value.items())
    if isinstance(value, list):
        return all(map(is_plain_json, value))
    return value is None or isinstance(value, (str, int, float, bool))


def is_file_part(schema: Any) -> bool:
    """Whether a multipart property is a file: a binary string, which 3.0 marks with
    ``format: binary`` and 3.1 (JSON Schema) with ``contentEncoding: binary``."""
    return isinstance(schema, dict) and "binary" in (schema.get("format"), schema.get("contentEncoding"))


def file_example(example: Any) -> bytes:
    """Binary content travels as bytes: a made-up (or spec) string example, encoded."""
    return example.encode() if isinstance(example, str) else b"example"
