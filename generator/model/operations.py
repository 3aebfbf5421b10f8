"""Operations: resources (one a tag), their methods' parameters, bodies, responses and
pagination, and the webhooks; each type comes from ``Schemas``, which builds the models on
the way."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from .. import runtime
from ..imports import group_imports, import_key, isort_key
from ..literals import py_literal
from ..load import HTTP_METHODS
from ..names import (
    CLIENT_RESERVED,
    NameTable,
    pascal,
    safe_class,
    safe_module,
    safe_parameter,
    snake,
    upper_snake,
)
from . import ir
from . import types as t
from .bodies import build_body, build_responses, choose_media, media_example, offers_stream
from .document import Document, join
from .examples import example_for, spec_example
from .modules import names_needed
from .placement import dotted, operation_tag, place_resources
from .prism import prism_refusal
from .schemas import Schemas
from .security import security_requirements
from .servers import operation_servers
from .streams import STREAM_KINDS, TWIN_SUFFIX, example_body, fix_switch, switch_of

# Keyword arguments every generated method already has.
CALL_OPTIONS = ("extra_headers", "extra_query", "timeout", "max_retries")
# The name of the ``**options`` catch-all (typed RequestOptions) every generated method ends with.
OPTIONS_KWARGS = "options"
_PATH_TEMPLATE = re.compile(r"{([^}]+)}")
IDEMPOTENCY_EXTENSION = "x-idempotency-key"
IDEMPOTENCY_HEADERS = ("idempotency-key", "x-idempotency-key")  # lower-case
_HTTP_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # a header name (RFC 9110, 5.1)
_COMPONENT_PARAMETER = re.compile(r"^/components/parameters/[^/]+$")
# OpenAPI's default style by location (explode defaults to style "form"), as the runtime's
# Param has them: a Param states only what differs.
DEFAULT_STYLES = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}
# An operation's tuple: path, method, path item, operation object, pointer.
Entry = tuple[str, str, dict[str, Any], dict[str, Any], str]


class Operations:
    """Resources and webhooks, built against one ``Schemas``."""

    def __init__(self, document: Document, schemas: Schemas, client_name: str) -> None:
        self.document = document
        self.schemas = schemas
        self.client_name = client_name

    def iter_operations(self) -> Iterator[Entry]:
        """Every operation of every path, in document order."""
        for path, raw_item in (self.document.root.get("paths") or {}).items():
            if not path.startswith("/"):  # x- extensions live beside the paths
                continue
            item, _ = self.document.deref(raw_item, join("/paths", path))
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield path, method, item, item[method], join("/paths", path, method)

    def build_resources(self) -> tuple[ir.Resource, ...]:
        """One resource per tag (an operation's first, else its path's first segment), placed
        where ``placement`` says, in module order; imports and exports are decided later, by
        ``finish_resource``."""
        grouped: dict[str, list[Entry]] = {}  # by tag, casefolded
        tags = []
        for path, method, item, operation, pointer in self.iter_operations():
            tags.append(operation_tag(path, operation))
            grouped.setdefault(tags[-1].casefold(), []).append((path, method, item, operation, pointer))
            for key in ("callbacks",):
                if operation.get(key):
                    self.document.notes.append(f"{pointer}: {key} are not generated; passed over")
        placements, problems = place_resources(self.document.root.get("tags"), tags)
        for pointer, message in problems:
            self.document.problem(pointer, message)
        classes = NameTable()
        modules = NameTable()
        resources = []
        for key, operations in grouped.items():
            placement = placements[key]
            # A resource placed by x-resource is named by its path: crm.vehicles, CrmVehicles.
            name = " ".join(placement.path) if placement.explicit else placement.tag
            class_name = classes.claim(safe_class(pascal(name, fallback="Default")), "")
            method_names = NameTable(["with_raw_response", "with_options"])
            endpoint_names = NameTable()
            built = tuple(
                streamed
                for entry in operations
                for streamed in self.with_streams(
                    self.build_operation(class_name, method_names, endpoint_names, *entry),
                    entry[3], class_name, method_names, endpoint_names,
                )
            )
            resources.append(
                ir.Resource(
                    name=placement.tag,
                    attr=placement.path[-1],
                    dotted=dotted(placement.path),
                    module=modules.claim(safe_module("_".join(placement.path))),
                    class_name=class_name,
                    async_class_name=f"Async{class_name}",
                    description=placement.description,
                    operations=built,
                    imports=(),  # decided once model modules are grouped
                    returned_models=tuple(
                        sorted({o.return_model for o in built if o.return_model and not o.pagination})
                    ),
                    exports=(),  # decided with the class names, in finish_resource
                )
            )
        # In module order: the client and resources/__init__ import them in this order, and
        # isort (ruff I001) wants imports sorted.
        return tuple(sorted(resources, key=lambda r: r.module))

    def distinct_resource_classes(self, resources: tuple[ir.Resource, ...]) -> tuple[ir.Resource, ...]:
        """A resource class named like a model (tag ``pets``, schema ``Pets``) would shadow the
        model it imports in its own module, and one named like the client (tag ``bodies``, API
        "Feature Bodies") the client: such a resource class takes a ``Resource`` suffix."""
        client = self.client_name
        models = {m.name for m in self.schemas.models()} | {client, f"Async{client}"}
        taken = NameTable([*models, *(r.class_name for r in resources),
                           *(r.async_class_name for r in resources)])
        result = []
        for resource in resources:
            if {resource.class_name, resource.async_class_name} & models:
                name = taken.claim(f"{resource.class_name}Resource", "")
                async_name = taken.claim(f"Async{name}", "")
                resource = replace(resource, class_name=name, async_class_name=async_name)
            result.append(resource)
        return tuple(result)

    def build_operation(
        self,
        resource_class: str,
        method_names: NameTable,
        endpoint_names: NameTable,
        path: str,
        method: str,
        item: dict[str, Any],
        operation: dict[str, Any],
        pointer: str,
    ) -> ir.Operation:
        """One method of a resource; ``method_names`` and ``endpoint_names`` hold the names
        its resource has handed out already."""
        py_name = method_names.claim(
            safe_parameter(operation_name(method, path, operation)), "_"
        )
        context = resource_class + pascal(py_name)
        parameters = self.collect_parameters(item, operation, path, pointer)
        taken = NameTable(["self", "body", OPTIONS_KWARGS, *CALL_OPTIONS])
        params = []
        for param_pointer, param in parameters:
            params.append(self.build_parameter(param, param_pointer, context, taken))
        path_order = [m.group(1) for m in _PATH_TEMPLATE.finditer(path)]
        positional = tuple(
            sorted(
                (p for p in params if p.location == "path"),
                key=lambda p: path_order.index(p.wire_name) if p.wire_name in path_order else 0,
            )
        )
        body, body_fields = build_body(self.schemas, operation, pointer, context, taken)
        keyword = tuple(
            sorted(
                [p for p in params if p.location != "path"] + list(body_fields),
                key=lambda p: not p.required,
            )
        )
        responses = build_responses(self.schemas, operation, pointer, context)
        success = [r for r in responses if not r.is_error]
        annotations = list(dict.fromkeys(r.annotation for r in success)) or [t.NONE]
        if t.NONE in annotations:  # None last, as people write it
            annotations = [a for a in annotations if a != t.NONE] + [t.NONE]
        return_annotation = t.union(annotations)
        example_args, example_keywords = example_call(positional, keyword, body)
        return ir.Operation(
            py_name=py_name,
            endpoint="_" + endpoint_names.claim(py_name.upper()),
            method=method.upper(),
            path=path,
            summary=str(operation.get("summary", "")),
            description=str(operation.get("description", "")),
            deprecated=bool(operation.get("deprecated")),
            positional=positional,
            keyword=keyword,
            wire_params=tuple(params),
            body_fields=body_fields,
            body=body,
            responses=responses,
            return_annotation=return_annotation,
            return_model=return_annotation.text
            if isinstance(self.schemas.model_named(return_annotation), (ir.ObjectModel, ir.EnumModel))
            else None,
            security=security_requirements(operation.get("security")),
            servers=operation_servers(
                operation.get("servers") or item.get("servers"), self.document.root.get("servers")
            ),
            pagination=self.pagination(operation, params, responses),
            idempotency_header=self.idempotency_header(method, operation, params, pointer),
            example_args=example_args,
            example_keywords=example_keywords,
            pointer=pointer,
            prism_refuses=prism_refusal(self.document, path, method, operation, params, body, body_fields, success),
        )

    def with_streams(
        self,
        op: ir.Operation,
        operation: dict[str, Any],
        resource_class: str,
        method_names: NameTable,
        endpoint_names: NameTable,
    ) -> tuple[ir.Operation, ...]:
        """A stream response makes the operation return a Stream of its items. One that
        answers JSON or a stream (both under one status) becomes two methods: ``op`` for
        JSON and ``op_stream`` for the stream, the ``stream`` argument fixed in each."""
        if any(r.kind in STREAM_KINDS for r in op.responses if not r.is_error):
            return (self.as_stream(op, operation, op.responses, None),)
        if not offers_stream(self.document, operation):
            return (op,)
        context = resource_class + pascal(op.py_name)
        responses = build_responses(
            self.schemas, operation, op.pointer, context, streams_first=True
        )
        switch = switch_of(op)
        py_name = method_names.claim(op.py_name + TWIN_SUFFIX)
        twin = replace(
            fix_switch(op, switch, True),
            py_name=py_name,
            endpoint="_" + endpoint_names.claim(py_name.upper()),
        )
        twin = self.as_stream(twin, operation, responses, switch and replace(switch, fixed="True"))
        plain = fix_switch(op, switch, False)
        result = []
        for each in (plain, twin):
            args, keywords = example_call(each.positional, each.keyword, each.body)
            result.append(replace(each, example_args=args, example_keywords=keywords))
        return tuple(result)

    def as_stream(
        self,
        op: ir.Operation,
        operation: dict[str, Any],
        responses: tuple[ir.Response, ...],
        switch: ir.Parameter | None,
    ) -> ir.Operation:
        """``op`` returning a Stream of the items of its first stream response."""
        first = next(r for r in responses if not r.is_error and r.kind in STREAM_KINDS)
        raw: Any = next(
            (v for k, v in (operation.get("responses") or {}).items() if str(k).upper() == first.status.upper()),
            {},
        )
        media = (self.document.resolve(raw).get("content") or {}).get(first.media_type) or {}
        item = example_for(media.get("schema", {}), self.document.resolve)
        kind: ir.StreamKind = "sse" if first.kind == "sse" else "jsonl"
        model = self.schemas.model_named(first.annotation)
        return replace(
            op,
            responses=responses,
            return_annotation=first.annotation,
            return_model=first.annotation.text if isinstance(model, (ir.ObjectModel, ir.EnumModel)) else None,
            pagination=None,
            stream=ir.Stream(kind, first.media_type, switch, example_body(kind, item)),
        )

    def idempotency_header(
        self, method: str, operation: dict[str, Any], params: list[ir.Parameter], pointer: str
    ) -> str | None:
        """The header of an idempotency key the API honours, if it has one.

        ``x-idempotency-key`` on the operation (a header name; true for Idempotency-Key;
        false for none), else on the document for every POST and PATCH, else a header
        parameter named Idempotency-Key or X-Idempotency-Key.
        """
        root = self.document.root
        if IDEMPOTENCY_EXTENSION in operation:
            return self.idempotency_extension(
                operation[IDEMPOTENCY_EXTENSION], join(pointer, IDEMPOTENCY_EXTENSION)
            )
        if IDEMPOTENCY_EXTENSION in root and method in ("post", "patch"):
            return self.idempotency_extension(root[IDEMPOTENCY_EXTENSION], join("", IDEMPOTENCY_EXTENSION))
        return next(
            (
                p.wire_name
                for p in params
                if p.location == "header" and p.wire_name.lower() in IDEMPOTENCY_HEADERS
            ),
            None,
        )

    def idempotency_extension(self, value: Any, pointer: str) -> str | None:
        if value is True:
            return "Idempotency-Key"
        if isinstance(value, str) and _HTTP_TOKEN.fullmatch(value):
            return value
        # The document's own setting is read for every operation: reported once.
        if value is not False and all(p.pointer != pointer for p in self.document.problems):
            self.document.problem(pointer, f"{IDEMPOTENCY_EXTENSION} must be a header name, true or false")
        return None

    def pagination(
        self, operation: dict[str, Any], params: list[ir.Parameter], responses: tuple[ir.Response, ...]
    ) -> ir.Pagination | None:
        """Page-number pagination: an explicit ``x-pagination`` or Payload's response shape.

        ``x-pagination: {items: docs, hasNext: hasNextPage, nextPage: nextPage, page: page}``
        names the wire fields of the response and the page query parameter; every key is
        optional and defaults to Payload's names.
        """
        declared = operation.get("x-pagination")
        if declared is False:
            return None
        settings = {"items": "docs", "hasNext": "hasNextPage", "nextPage": "nextPage", "page": "page"}
        if isinstance(declared, dict):
            settings.update({k: str(v) for k, v in declared.items() if k in settings})
        page_param = next(
            (p for p in params if p.location == "query" and p.wire_name == settings["page"]), None
        )
        success = [r for r in responses if not r.is_error and r.kind == "json"]
        if page_param is None or len(success) != 1:
            return None
        model = self.schemas.model_named(success[0].annotation)
        if not isinstance(model, ir.ObjectModel):
            return None
        by_alias = {f.alias: f for f in model.fields}
        items = by_alias.get(settings["items"])
        has_next = by_alias.get(settings["hasNext"])
        next_page = by_alias.get(settings["nextPage"])
        if items is None or has_next is None or next_page is None:
            return None
        item_annotation = t.list_item(items.annotation)
        if item_annotation is None:
            return None
        page_example: Any = None
        for code, raw in (operation.get("responses") or {}).items():
            media = next(iter((self.document.resolve(raw).get("content") or {}).values()), None)
            if str(code).startswith("2") and isinstance(media, dict):
                page_example = media_example(self.document, media)
                if page_example is None:
                    page_example = example_for(media.get("schema", {}), self.document.resolve)
                break
        return ir.Pagination(
            item_annotation=item_annotation,
            items_attr=items.py_name,
            has_next_attr=has_next.py_name,
            next_page_attr=next_page.py_name,
            page_param=page_param.py_name,
            page_wire=page_param.wire_name,
            items_wire=items.alias,
            has_next_wire=has_next.alias,
            next_page_wire=next_page.alias,
            page_example=py_literal(page_example),
        )

    def collect_parameters(
        self, item: dict[str, Any], operation: dict[str, Any], path: str, pointer: str
    ) -> list[tuple[str, dict[str, Any]]]:
        """Path-item parameters overridden by operation ones with the same name and location.

        A name of the path template that neither declares is a required string (a warning of
        the validation): first, so that it keeps its name beside a query parameter of the same.
        """
        path_pointer = pointer.rsplit("/", 1)[0]
        merged: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        for owner, owner_pointer in ((item, path_pointer), (operation, pointer)):
            for index, raw in enumerate(owner.get("parameters") or ()):
                param, param_pointer = self.document.deref(raw, join(owner_pointer, "parameters", index))
                merged[(str(param.get("in")), str(param.get("name")))] = (param_pointer, param)
        undeclared = [
            (pointer, {"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
            for name in dict.fromkeys(_PATH_TEMPLATE.findall(path)) if ("path", name) not in merged
        ]
        return undeclared + list(merged.values())

    def build_parameter(
        self, param: dict[str, Any], pointer: str, context: str, taken: NameTable
    ) -> ir.Parameter:
        """A path, query, header or cookie parameter; its name one ``taken`` does not hold."""
        location = str(param.get("in"))
        wire_name = str(param.get("name"))
        style = str(param.get("style", DEFAULT_STYLES.get(location, "form")))
        explode = bool(param.get("explode", style == "form"))
        schema = param.get("schema")
        if schema is None:  # content-typed parameter: JSON in a string.
            media: dict[str, Any] = next(iter((param.get("content") or {}).values()), {})
            schema = media.get("schema", {})
        required = bool(param.get("required")) or location == "path"
        annotation = self.schemas.annotation(schema, join(pointer, "schema"), context + pascal(wire_name))
        example = spec_example(param.get("example"), schema, self.document.resolve, self.document.invalid)
        base = safe_parameter(snake(wire_name, fallback="param"))
        name = base if not taken.is_taken(base) else f"{base}_{location}"
        py_name = taken.claim(safe_parameter(name))
        return ir.Parameter(
            py_name=py_name,
            wire_name=wire_name,
            location=location,  # type: ignore[arg-type]
            style=style,  # type: ignore[arg-type]
            explode=explode,
            required=required,
            annotation=annotation,
            signature_annotation=t.argument(annotation, required),
            description=str(param.get("description", "")),
            deprecated=bool(param.get("deprecated")),
            example=py_literal(example),
            param_args=param_arguments(wire_name, location, py_name, style, explode),
            component=pointer if _COMPONENT_PARAMETER.match(pointer) else "",
        )

    def build_webhooks(self) -> tuple[ir.Webhook, ...]:
        """The payloads of the document's ``webhooks``, for the SDK's parse functions."""
        result = []
        names = NameTable()
        for name, raw in (self.document.root.get("webhooks") or {}).items():
            item, item_pointer = self.document.deref(raw, join("/webhooks", name))
            for method in HTTP_METHODS:
                operation = item.get(method) if isinstance(item, dict) else None
                if not isinstance(operation, dict):
                    continue
                body, body_pointer = self.document.deref(
                    operation.get("requestBody") or {}, join(item_pointer, method, "requestBody")
                )
                content = body.get("content") or {}
                chosen = choose_media(content, request=True)
                annotation = t.ANY
                schema: Any = {}
                if chosen is not None and chosen[1] == "json":
                    schema = (content[chosen[0]] or {}).get("schema", {})
                    annotation = self.schemas.annotation(
                        schema,
                        join(body_pointer, "content", chosen[0], "schema"),
                        pascal(name) + "Webhook",
                    )
                result.append(
                    ir.Webhook(
                        name=str(name),
                        py_name=names.claim(snake(str(name), fallback="webhook")),
                        method=method.upper(),
                        annotation=annotation,
                        description=str(operation.get("summary") or operation.get("description") or ""),
                        example=py_literal(example_for(schema, self.document.resolve)),
                    )
                )
        return tuple(result)

    def finish_resource(
        self,
        resource: ir.Resource,
        module_of: Mapping[str, str],
        shared: Mapping[tuple[str, ...], ir.SharedParam],
    ) -> ir.Resource:
        """Once every model is known and in its module (``module_of``): let callers pass plain
        dicts for objects, keep builtins a method name hides reachable, name the ``shared``
        Param constant a component parameter is, decide the imports."""
        objects = {m.name for m in self.schemas.models() if isinstance(m, ir.ObjectModel)}
        shadowed = {op.py_name for op in resource.operations} & t.BUILTIN_TYPES

        def widen(annotation: ir.TypeExpr) -> ir.TypeExpr:
            return t.qualify_builtins(t.accepting_dicts(annotation, objects), shadowed)

        def widen_param(param: ir.Parameter) -> ir.Parameter:
            # Body fields arrive widened to sequences (bodies.body_members): a multipart part
            # given as a tuple is a file.
            annotation = widen(param.annotation if param.location == "body" else t.as_input(param.annotation))
            constant = shared.get(param.param_args) if param.component else None
            return replace(
                param,
                annotation=annotation,
                signature_annotation=t.argument(annotation, param.required),
                shared=constant.name if constant else "",
            )

        operations = []
        for op in resource.operations:
            body = op.body
            if body is not None and body.annotation is not None:
                annotation = widen(t.as_input(body.annotation) if body.kind == "json" else body.annotation)
                body = replace(
                    body, annotation=annotation, signature_annotation=t.argument(annotation, body.required)
                )
            operations.append(
                replace(
                    op,
                    positional=tuple(map(widen_param, op.positional)),
                    keyword=tuple(map(widen_param, op.keyword)),
                    wire_params=tuple(map(widen_param, op.wire_params)),
                    body_fields=tuple(map(widen_param, op.body_fields)),
                    body=body,
                    return_annotation=t.qualify_builtins(op.return_annotation, shadowed),
                    pagination=op.pagination and replace(
                        op.pagination,
                        item_annotation=t.qualify_builtins(op.pagination.item_annotation, shadowed),
                    ),
                )
            )
        finished = replace(
            resource,
            operations=tuple(operations),
            exports=tuple(sorted((resource.class_name, resource.async_class_name), key=import_key)),
            dunder_all=tuple(sorted((resource.class_name, resource.async_class_name), key=isort_key)),
        )
        return replace(finished, imports=resource_imports(finished, module_of))


def group_resources(
    resources: tuple[ir.Resource, ...], client_class: str, async_client_class: str
) -> tuple[ir.Group, tuple[ir.Group, ...]]:
    """The client as the root group of its resources, and every group below it (depth first):
    ``crm.leads`` and ``crm.vehicles`` make a group ``crm``, its class ``Crm``."""
    # Group classes live in _client beside the clients and the resource classes it imports.
    taken = NameTable([*CLIENT_RESERVED, client_class, async_client_class,
                       *(n for r in resources for n in (r.class_name, r.async_class_name))])
    below: dict[str, list[str]] = {}  # dotted group -> the dotted groups right under it
    for resource in resources:
        parts = resource.dotted.split(".")
        for end in range(len(parts) - 1):
            children = below.setdefault(".".join(parts[:end]), [])
            if ".".join(parts[: end + 1]) not in children:
                children.append(".".join(parts[: end + 1]))

    def build(name: str) -> ir.Group:
        class_name, async_name = client_class, async_client_class
        if name:
            class_name = pascal(name.replace(".", " "))
            if taken.is_taken(class_name) or taken.is_taken(f"Async{class_name}"):
                class_name += "Group"
            class_name = taken.claim(class_name, "")
            async_name = taken.claim(f"Async{class_name}", "")
        return ir.Group(
            attr=name.rpartition(".")[2],
            dotted=name,
            class_name=class_name,
            async_class_name=async_name,
            resources=tuple(r for r in resources if r.dotted.rpartition(".")[0] == name),
            groups=tuple(build(child) for child in sorted(below.get(name, ()))),
        )

    def below_root(group: ir.Group) -> Iterator[ir.Group]:
        for child in group.groups:
            yield child
            yield from below_root(child)

    root = build("")
    return root, tuple(below_root(root))


def share_parameters(
    resources: tuple[ir.Resource, ...], parameters: Mapping[str, Any], reserved: Iterable[str]
) -> dict[tuple[str, ...], ir.SharedParam]:
    """One Param constant for each Param that a parameter of ``components/parameters``
    (``parameters``, in the document's order) is in some operation, by its arguments: a
    Param is the same whichever component declares it (37 collections' ``where`` are one
    ``WHERE``). Named after its argument key (``fallback_locale`` -> ``FALLBACK_LOCALE``),
    shadowing none of the ``reserved`` names a resource module binds."""
    uses: dict[str, dict[tuple[str, ...], str]] = {}  # pointer -> its Params' arguments -> key
    for resource in resources:
        for op in resource.operations:
            for param in op.wire_params:
                if param.component:
                    uses.setdefault(param.component, {})[param.param_args] = param.py_name
    # Upper case, never a leading underscore: no endpoint constant (_LIST) or dunder either.
    names = NameTable(reserved, fold_case=False)
    shared: dict[tuple[str, ...], ir.SharedParam] = {}
    for component in parameters:
        for args, key in uses.get(join("/components/parameters", component), {}).items():
            if args not in shared:
                name = names.claim(upper_snake(key, fallback="PARAM"))
                shared[args] = ir.SharedParam(name=name, param_args=args)
    return shared


def param_arguments(wire_name: str, location: str, key: str, style: str, explode: bool) -> tuple[str, ...]:
    """The arguments of the runtime's ``Param(...)``: what differs from its defaults."""
    args = [py_literal(wire_name), py_literal(location)]
    if key != wire_name:
        args.append(f"key={py_literal(key)}")
    if style != DEFAULT_STYLES.get(location):
        args.append(f"style={py_literal(style)}")
    if explode != (style == "form"):
        args.append(f"explode={explode}")
    return tuple(args)


def example_call(
    positional: tuple[ir.Parameter, ...], keyword: tuple[ir.Parameter, ...], body: ir.Body | None
) -> tuple[str, str]:
    """A call the spec accepts, every required argument with its example: its arguments,
    and its keyword arguments (the body as ``body``) as a dict display."""
    # A TypedDict body is sent even where the body is optional: it holds the keys the spec
    # requires (flattened, they would be required keyword arguments).
    sent_body = [body.example] if body and not body.flattened and (body.required or body.params) else []
    required = [p for p in keyword if p.required]
    arguments = [p.example for p in positional] + sent_body + [f"{p.py_name}={p.example}" for p in required]
    keywords = [f"{py_literal(p.py_name)}: {p.example}" for p in required]
    keywords += [f'"body": {example}' for example in sent_body]
    return ", ".join(arguments), "{" + ", ".join(keywords) + "}"


def operation_name(method: str, path: str, operation: dict[str, Any]) -> str:
    """The method name: from ``operationId`` (its last part when dotted: ``crm.leads.list``
    keeps operationIds unique across resources while every resource has its ``list``),
    else from the method and path."""
    if operation.get("operationId"):
        return snake(str(operation["operationId"]).rpartition(".")[2], fallback="operation")
    words = [method] + [
        ("by_" + s[1:-1]) if s.startswith("{") else s for s in path.split("/") if s
    ]
    return snake(" ".join(words), fallback="operation")


def resource_imports(
    resource: ir.Resource, module_of: Mapping[str, str]
) -> tuple[tuple[ir.Import, ...], ...]:
    """What a resources/ module imports: the runtime names its methods use, and every model
    and helper their annotations mention."""
    annotations: list[ir.TypeExpr] = []
    wanted: list[tuple[str, str]] = [("functools", "cached_property"), ("typing", "Unpack")]
    used = {"Endpoint", "SyncAPIResource", "AsyncAPIResource", "RequestOptions",
            "to_raw_response_wrapper", "async_to_raw_response_wrapper"}
    for op in resource.operations:
        if any(not p.required for p in op.keyword) or (
            op.body is not None and not op.body.flattened and not op.body.required
        ):
            used |= {"NotGiven", "NOT_GIVEN"}
        annotations.append(op.return_annotation)
        annotations += [p.annotation for p in op.wire_params + op.body_fields]
        # Error responses are not rendered (their bodies stay raw on the error object).
        replies = [r for r in op.responses if not r.is_error]
        annotations += [r.annotation for r in replies]
        if replies:
            used.add("Reply")
        if op.body is not None and op.body.annotation is not None:
            annotations.append(op.body.annotation)
        if any(not p.shared for p in op.wire_params):
            used.add("Param")
        wanted += [(".._parameters", p.shared) for p in op.wire_params if p.shared]
        if op.pagination is not None:
            used |= {"PageSpec", "SyncPage", "AsyncPage"}
            annotations.append(op.pagination.item_annotation)
    if any(op.stream for op in resource.operations):
        used |= {"AsyncStream", "Stream"}
    wanted += [("." + runtime.MODULE_OF[name], name) for name in used]
    wanted += names_needed(annotations, module_of, models_package="..models.")
    return group_imports(wanted)
