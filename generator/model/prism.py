"""The example calls of the generated mock tests that Prism 5.16 refuses, and why: a limit
of Prism's, or no example the generator makes satisfies the spec. The generated test of
such an operation is a strict xfail with the reason (ir.Operation.prism_refuses)."""

from __future__ import annotations

import ast
from typing import Any

from . import ir
from .bodies import choose_media
from .document import Document


def prism_refusal(
    document: Document, path: str, method: str, operation: dict[str, Any], params: list[ir.Parameter],
    body: ir.Body | None, body_fields: tuple[ir.Parameter, ...], success: list[ir.Response],
) -> str:
    """Why Prism 5.16 refuses this operation's example call (``success``: the responses it
    parses as results), or ""."""
    if "#" in path:
        answered = _fragment_answer(document, path, method, success)
        if answered:
            return answered
    for param in params:
        if param.required and param.location == "query" and param.style == "form" and param.explode:
            schema = document.resolve(_own_parameter_schema(document, operation, param.wire_name))
            if isinstance(schema, dict) and "properties" not in schema and (schema.get("oneOf") or schema.get("anyOf")):
                return (
                    f"Prism 5.16 rebuilds the exploded query object {param.wire_name!r} from the"
                    " schema's own properties only, and this one's are in its oneOf/anyOf branches"
                )
    raw_body = document.resolve(operation.get("requestBody"))
    content = raw_body.get("content") if isinstance(raw_body, dict) else None
    if not isinstance(content, dict):
        return ""
    if body is not None and body.kind == "json":
        media = content.get(body.content_type) or {}
        sent: Any = None
        if body_fields:  # the example call passes the required fields only
            sent = {f.wire_name: ast.literal_eval(f.example) for f in body_fields if f.required}
        elif body.required or body.params:  # what the example call sends (example_call)
            sent = ast.literal_eval(body.example)
        problem = document.invalid(sent, media.get("schema")) if sent is not None else None
        if problem:
            return f"no example call sdkgen makes satisfies the request body's schema: {problem}"
    chosen = choose_media(content, request=True)
    if chosen is None or chosen[1] not in ("form", "multipart"):
        return ""
    schema = document.resolve((content[chosen[0]] or {}).get("schema"))
    if not isinstance(schema, dict):
        return ""
    properties = schema.get("properties") or {}
    sent_fields = [document.resolve(properties.get(name)) for name in schema.get("required") or ()]
    declared = [field.get("type") for field in sent_fields if isinstance(field, dict)]
    kinds = {kind for types in declared for kind in (types if isinstance(types, list) else [types])}
    if chosen[1] == "form" and "array" in kinds:
        return "Prism 5.16 rejects every form-urlencoded array as 'must be array', once or repeated"
    if chosen[1] == "multipart" and "object" in kinds:
        return "Prism 5.16 reads every multipart part as a string, so a JSON object part fails its validation"
    return ""


def _own_parameter_schema(document: Document, operation: dict[str, Any], name: str) -> Any:
    """The schema of the operation's own parameter called name (None for a path-item one)."""
    for raw in operation.get("parameters") or ():
        param = document.resolve(raw)
        if isinstance(param, dict) and param.get("name") == name:
            return param.get("schema")
    return None


def _fragment_answer(document: Document, path: str, method: str, success: list[ir.Response]) -> str:
    """Why the answer to a path with a ``#fragment`` (box's ``/metadata_templates/schema#classifications``)
    cannot be this operation's, or "". The fragment is never sent, so Prism serves the
    operation of the bare path (its own path, else a template matching it) and answers with
    that one's lowest 2XX: a status this operation does not document has nothing to parse."""
    bare = path.partition("#")[0]
    paths = document.root.get("paths") or {}
    routes = [bare] + [p for p in paths if "#" not in p and p != bare and _template_matches(p, bare)]
    served = next(
        (
            (route, item[method])
            for route in routes
            for item in [document.resolve(paths.get(route))]
            if isinstance(item, dict) and isinstance(item.get(method), dict)
        ),
        None,
    )
    if served is None:
        return f"Prism routes it without its #fragment, to {bare}, where the spec has no {method.upper()}"
    route, twin = served
    statuses = sorted(str(code) for code in twin.get("responses") or () if str(code)[:1] == "2" and str(code).isdigit())
    if not statuses:
        return ""
    documented = {r.status.upper() for r in success}
    status = statuses[0]
    if documented & {status, f"{status[0]}XX", "DEFAULT"}:
        return ""
    return (
        f"Prism serves it as {method.upper()} {route} (the #fragment is not sent), whose {status}"
        " this operation does not document"
    )


def _template_matches(template: str, path: str) -> bool:
    """Whether Prism routes path to template: segment by segment, {name} matching any one."""
    wanted, given = template.split("/"), path.split("/")
    return len(wanted) == len(given) and all(
        w == g or (w.startswith("{") and w.endswith("}") and g != "") for w, g in zip(wanted, given)
    )
