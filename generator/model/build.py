"""Build the intermediate model from a loaded, validated OpenAPI document.

All naming and typing decisions live here; the templates only print what this returns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Literal
from urllib.parse import unquote

from packaging.version import InvalidVersion, Version

from ..diagnostics import Diagnostic, SpecError
from ..literals import py_literal
from ..load import HTTP_METHODS, LoadedSpec, escape_segment, resolve_pointer, segments_of
from ..names import (
    NameTable,
    pascal,
    safe_attribute,
    safe_class,
    safe_module,
    safe_parameter,
    snake,
    upper_snake,
)
from . import ir
from . import types as t
from .examples import example_for

# Keyword arguments every generated method already has.
CALL_OPTIONS = ("extra_headers", "extra_query", "timeout", "max_retries")
# The name of the ``**options`` catch-all (typed RequestOptions) every generated method ends with.
OPTIONS_KWARGS = "options"
_COMPONENT_SCHEMA = re.compile(r"^/components/schemas/([^/]+)$")
_PATH_TEMPLATE = re.compile(r"{([^}]+)}")

_FORMATS = {
    ("string", "date-time"): "datetime",
    ("string", "date"): "date",
    ("string", "time"): "time",
    ("string", "uuid"): "UUID",
    ("string", "binary"): "bytes",
    ("string", "decimal"): "Decimal",
    ("number", "decimal"): "Decimal",
}
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


@dataclass(frozen=True)
class Options:
    """What the generated distribution is called; from ``[tool.sdkgen]`` or the command line."""

    package: str
    distribution: str
    client_name: str
    env_prefix: str
    spec_file: str = "openapi.json"


def build_api(spec: LoadedSpec, options: Options) -> ir.Api:
    return _Builder(spec, options).build()


def join(pointer: str, *segments: str | int) -> str:
    return pointer + "".join("/" + escape_segment(str(s)) for s in segments)


def ref_pointer(ref: str) -> str:
    """``#/components/schemas/A%20B`` -> ``/components/schemas/A B`` (still ~-escaped)."""
    return unquote(ref[1:])


@dataclass
class _Home:
    """A models/ module in the making: one top-level model and the inline models it owns."""

    module: str
    models: list[ir.Model] = field(default_factory=list)
    deps: set[str] = field(default_factory=set)  # names of models it uses


class _Builder:
    def __init__(self, spec: LoadedSpec, options: Options) -> None:
        self.spec = spec
        self.doc = spec.document
        self.options = options
        self.class_names = NameTable(["Model"])
        self.module_names = NameTable(["models", "resources"])
        self.named: dict[str, str] = {}  # pointer -> class name, set before the model is built
        self.home_of: dict[str, _Home] = {}  # class name -> module in the making
        self.homes: list[_Home] = []
        self.home_stack: list[_Home] = []
        self.problems: list[Diagnostic] = []
        self.notes: list[str] = []

    # --- document access --------------------------------------------------------------

    def at(self, pointer: str) -> Any:
        return resolve_pointer(self.doc, segments_of(pointer))

    def deref(self, node: Any, pointer: str, *, objects_only: bool = True) -> tuple[Any, str]:
        """Follow ``$ref`` chains; returns the target and its pointer.

        Parameters, responses, bodies and path items are objects, so a reference to
        anything else is the spec's mistake, reported where the reference stands; only a
        schema may also be a boolean (``objects_only=False``).
        """
        seen, origin = 0, pointer
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            pointer = ref_pointer(node["$ref"])
            node = self.at(pointer)
            seen += 1
            if seen > 64:
                raise SpecError([self.spec.diagnostic(pointer, "$ref chain too long")])
        if seen and objects_only and not isinstance(node, dict):
            raise SpecError([self.spec.diagnostic(origin, f"$ref must point at an object, not at {pointer}")])
        return node, pointer

    def resolve(self, node: Any) -> Any:
        return self.deref(node, "", objects_only=False)[0]

    def problem(self, pointer: str, message: str) -> None:
        self.problems.append(self.spec.diagnostic(pointer, message))

    # --- the whole API ----------------------------------------------------------------

    def build(self) -> ir.Api:
        info = self.doc.get("info") or {}
        resources = self.build_resources()
        # Component schemas nobody references still become models: users may need them.
        for name in self.doc.get("components", {}).get("schemas", {}) or {}:
            component = join("/components/schemas", name)
            self.annotation_for_ref(component, component)
        webhooks = self.build_webhooks()
        model_modules = self.build_model_modules()
        resources = tuple(
            self.finish_resource(resource) for resource in self.distinct_resource_classes(resources)
        )
        if self.problems:
            raise SpecError(self.problems)
        license_info = info.get("license") or {}
        urls: list[tuple[str, str]] = []
        if isinstance(info.get("contact"), dict) and info["contact"].get("url"):
            urls.append(("Homepage", str(info["contact"]["url"])))
        if isinstance(self.doc.get("externalDocs"), dict) and self.doc["externalDocs"].get("url"):
            urls.append(("Documentation", str(self.doc["externalDocs"]["url"])))
        version = str(info.get("version", "0.0.0"))
        return ir.Api(
            title=str(info.get("title", "")),
            description=str(info.get("description", "")),
            version=version,
            package_version=self.package_version(version),
            openapi_version=str(self.doc.get("openapi")),
            package=self.options.package,
            distribution=self.options.distribution,
            client_class=self.options.client_name,
            async_client_class=f"Async{self.options.client_name}",
            env_prefix=self.options.env_prefix,
            servers=self.build_servers(self.doc.get("servers")),
            security_schemes=self.build_security_schemes(),
            security=self.build_security(self.doc.get("security")) or (),
            resources=resources,
            model_modules=model_modules,
            model_exports=tuple(
                sorted((n for m in model_modules for n in m.exports), key=isort_key)
            ),
            returned_models=tuple(
                sorted({m for r in resources for m in r.returned_models}, key=import_key)
            ),
            resource_exports=tuple(
                sorted(
                    (n for r in resources for n in (r.class_name, r.async_class_name)),
                    key=isort_key,
                )
            ),
            webhooks=webhooks,
            webhook_imports=group_imports(
                [("pydantic", "TypeAdapter")]
                + self.names_needed(
                    [w.annotation for w in webhooks], root=".", models_package=".models."
                )
            )
            if webhooks
            else (),
            license=str(license_info.get("name", "")),
            urls=tuple(urls),
            spec_file=self.options.spec_file,
            notes=tuple(self.notes),
        )

    def build_servers(self, servers: Any) -> tuple[ir.Server, ...]:
        result = []
        for server in servers or ():
            variables = tuple(
                ir.ServerVariable(
                    name=name,
                    default=str(var.get("default", "")),
                    enum=tuple(str(v) for v in var.get("enum") or ()),
                    description=str(var.get("description", "")),
                )
                for name, var in (server.get("variables") or {}).items()
            )
            result.append(
                ir.Server(
                    url=str(server.get("url", "/")),
                    description=str(server.get("description", "")),
                    variables=variables,
                )
            )
        return tuple(result)

    def server_urls(self, servers: Any) -> tuple[str, ...]:
        """Per-path or per-operation servers, with variable defaults filled in.

        Servers equal to the document's own are dropped: they say nothing new, and an
        operation with servers of its own ignores the client's base_url (a mock, a proxy).
        """
        urls = tuple(map(self.server_url, self.build_servers(servers)))
        own = tuple(map(self.server_url, self.build_servers(self.doc.get("servers"))))
        return () if urls == own else urls

    @staticmethod
    def server_url(server: ir.Server) -> str:
        url = server.url
        for var in server.variables:
            url = url.replace("{" + var.name + "}", var.default)
        return url

    def build_security(self, security: Any) -> tuple[tuple[str, ...], ...] | None:
        if security is None:
            return None
        return tuple(tuple(requirement) for requirement in security)

    def build_security_schemes(self) -> tuple[ir.SecurityScheme, ...]:
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        canonical = {"apiKey": "api_key", "bearer": "bearer_token", "basic": "basic_auth"}
        drafts = []
        for key, raw in schemes.items():
            scheme, _ = self.deref(raw, join("/components/securitySchemes", key))
            kind = str(scheme.get("type"))
            location: ir.ParamLocation = "header"
            wire_name, prefix = "Authorization", ""
            if kind == "apiKey":
                location = scheme.get("in", "header")
                wire_name = str(scheme.get("name", "Authorization"))
                kind_name = "apiKey"
            elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                kind_name = "basic"
            elif kind == "http":
                kind_name, prefix = "bearer", "Bearer "
            elif kind in ("oauth2", "openIdConnect"):
                kind_name, prefix = kind, "Bearer "
            else:  # mutualTLS and unknown kinds carry no credential we can send.
                self.notes.append(f"security scheme {key!r} ({kind}) is not supported; ignored")
                continue
            drafts.append((key, kind_name, location, wire_name, prefix, scheme))
        params = [canonical.get(kind, "access_token") for _, kind, *_ in drafts]
        clashing = {p for p in params if params.count(p) > 1}
        taken = NameTable(["base_url", "timeout", "max_retries", "default_headers",
                           "default_query", "http_client", "strict"])
        result = []
        for (key, kind, location, wire_name, prefix, scheme), param in zip(drafts, params):
            name = taken.claim(snake(key, fallback="credential") if param in clashing else param)
            result.append(
                ir.SecurityScheme(
                    key=key,
                    kind=kind,  # type: ignore[arg-type]
                    location=location,
                    wire_name=wire_name,
                    prefix=prefix,
                    param=name,
                    env_var=f"{self.options.env_prefix}_{name.upper()}",
                    description=str(scheme.get("description", "")),
                )
            )
        return tuple(result)

    # --- resources and operations -----------------------------------------------------

    def iter_operations(self) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any], str]]:
        for path, raw_item in (self.doc.get("paths") or {}).items():
            if not path.startswith("/"):  # x- extensions live beside the paths
                continue
            item, _ = self.deref(raw_item, join("/paths", path))
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield path, method, item, item[method], join("/paths", path, method)

    def build_resources(self) -> tuple[ir.Resource, ...]:
        grouped: dict[str, list[tuple[str, str, dict[str, Any], dict[str, Any], str]]] = {}
        for path, method, item, operation, pointer in self.iter_operations():
            tags = operation.get("tags") or []
            tag = str(tags[0]) if tags else self.tag_from_path(path)
            grouped.setdefault(tag, []).append((path, method, item, operation, pointer))
            for key in ("callbacks",):
                if operation.get(key):
                    self.notes.append(f"{pointer}: {key} are not generated; passed over")
        tag_docs = {
            str(t.get("name")): str(t.get("description", ""))
            for t in self.doc.get("tags") or ()
            if isinstance(t, dict)
        }
        attrs = NameTable(["with_options", "close", "aclose", "request", "request_page",
                           "base_url", "timeout", "max_retries"])
        classes = NameTable()
        modules = NameTable()
        resources = []
        for tag, operations in grouped.items():
            attr = attrs.claim(safe_attribute(snake(tag, fallback="default")))
            class_name = classes.claim(safe_class(pascal(tag, fallback="Default")), "")
            method_names = NameTable(["with_raw_response", "with_options"])
            endpoint_names = NameTable()
            built = tuple(
                self.build_operation(class_name, method_names, endpoint_names, *entry)
                for entry in operations
            )
            resources.append(
                ir.Resource(
                    name=tag,
                    attr=attr,
                    module=modules.claim(safe_module(attr)),
                    class_name=class_name,
                    async_class_name=f"Async{class_name}",
                    description=tag_docs.get(tag, ""),
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
        client = self.options.client_name
        models = {m.name for home in self.homes for m in home.models} | {client, f"Async{client}"}
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

    @staticmethod
    def tag_from_path(path: str) -> str:
        for segment in path.split("/"):
            if segment and not segment.startswith("{"):
                return segment
        return "default"

    def operation_name(self, method: str, path: str, operation: dict[str, Any]) -> str:
        if operation.get("operationId"):
            return snake(str(operation["operationId"]), fallback="operation")
        words = [method] + [
            ("by_" + s[1:-1]) if s.startswith("{") else s for s in path.split("/") if s
        ]
        return snake(" ".join(words), fallback="operation")

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
        py_name = method_names.claim(
            safe_parameter(self.operation_name(method, path, operation)), "_"
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
        body, body_fields = self.build_body(operation, pointer, context, taken)
        keyword = tuple(
            sorted(
                [p for p in params if p.location != "path"] + list(body_fields),
                key=lambda p: not p.required,
            )
        )
        responses = self.build_responses(operation, pointer, context)
        success = [r for r in responses if not r.is_error]
        annotations = list(dict.fromkeys(r.annotation for r in success)) or [t.NONE]
        if t.NONE in annotations:  # None last, as people write it
            annotations = [a for a in annotations if a != t.NONE] + [t.NONE]
        return_annotation = t.union(annotations)
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
            if isinstance(self.model_named(return_annotation), (ir.ObjectModel, ir.EnumModel))
            else None,
            security=self.build_security(operation.get("security")),
            servers=self.server_urls(operation.get("servers") or item.get("servers")),
            pagination=self.pagination(operation, params, responses),
            example_args=", ".join(
                [p.example for p in positional]
                + [f"{p.py_name}={p.example}" for p in keyword if p.required]
                + ([f"body={body.example}"] if body and not body.flattened and body.required else [])
            ),
            pointer=pointer,
        )

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
        model = self.model_named(success[0].annotation)
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
            media = next(iter((self.resolve(raw).get("content") or {}).values()), None)
            if str(code).startswith("2") and isinstance(media, dict):
                page_example = self.media_example(media)
                if page_example is None:
                    page_example = example_for(media.get("schema", {}), self.resolve)
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

    def model_if_built(self, name: str) -> ir.Model | None:
        """The finished model of that name; None for annotations and models still being built."""
        home = self.home_of.get(name)
        return next((m for m in home.models if m.name == name), None) if home else None

    def model_named(self, annotation: ir.TypeExpr) -> ir.Model | None:
        """The finished model an annotation is exactly the name of, if any."""
        return self.model_if_built(annotation.text) if annotation.kind == "name" else None

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
                param, param_pointer = self.deref(raw, join(owner_pointer, "parameters", index))
                merged[(str(param.get("in")), str(param.get("name")))] = (param_pointer, param)
        undeclared = [
            (pointer, {"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
            for name in dict.fromkeys(_PATH_TEMPLATE.findall(path)) if ("path", name) not in merged
        ]
        return undeclared + list(merged.values())

    def build_parameter(
        self, param: dict[str, Any], pointer: str, context: str, taken: NameTable
    ) -> ir.Parameter:
        location = str(param.get("in"))
        wire_name = str(param.get("name"))
        default_style = {"path": "simple", "header": "simple"}.get(location, "form")
        style = str(param.get("style", default_style))
        explode = bool(param.get("explode", style == "form"))
        schema = param.get("schema")
        if schema is None:  # content-typed parameter: JSON in a string.
            media: dict[str, Any] = next(iter((param.get("content") or {}).values()), {})
            schema = media.get("schema", {})
        required = bool(param.get("required")) or location == "path"
        annotation = self.annotation(schema, join(pointer, "schema"), context + pascal(wire_name))
        example = param.get("example")
        if example is None:
            example = example_for(schema, self.resolve)
        base = safe_parameter(snake(wire_name, fallback="param"))
        name = base if not taken.is_taken(base) else f"{base}_{location}"
        return ir.Parameter(
            py_name=taken.claim(safe_parameter(name)),
            wire_name=wire_name,
            location=location,  # type: ignore[arg-type]
            style=style,  # type: ignore[arg-type]
            explode=explode,
            required=required,
            annotation=annotation,
            signature_annotation=annotation,
            description=str(param.get("description", "")),
            deprecated=bool(param.get("deprecated")),
            example=py_literal(example),
        )

    def build_body(
        self, operation: dict[str, Any], pointer: str, context: str, taken: NameTable
    ) -> tuple[ir.Body | None, tuple[ir.Parameter, ...]]:
        raw = operation.get("requestBody")
        if raw is None:
            return None, ()
        body, body_pointer = self.deref(raw, join(pointer, "requestBody"))
        content = body.get("content") or {}
        chosen = self.choose_media(content, request=True)
        if chosen is None:
            return None, ()
        media_type, kind = chosen
        media = content[media_type] or {}
        schema = media.get("schema", {})
        schema_pointer = join(body_pointer, "content", media_type, "schema")
        required = bool(body.get("required"))
        description = str(body.get("description", ""))
        example = self.media_example(media)
        if example is None:
            example = example_for(schema, self.resolve)
        if kind in ("json", "form", "multipart"):
            fields = self.flatten_body(
                schema, schema_pointer, context, taken, kind,
                example if isinstance(example, dict) else {},
            )
            if fields is not None:
                flattened = ir.Body(
                    media_type, kind, True, None, None, required, description, py_literal(example)
                )
                return flattened, fields
        if kind == "binary":
            annotation = t.union((t.name("bytes"), t.subscript("IO", t.name("bytes"))))
            example = file_example(example)
        elif kind == "text":
            annotation = t.STR
        else:
            annotation = self.annotation(schema, schema_pointer, context + "Body")
        body_model = ir.Body(
            media_type, kind, False, annotation, annotation, required, description, py_literal(example)
        )
        return body_model, ()

    def media_example(self, media: dict[str, Any]) -> Any:
        """The spec's own example of a media type (``example``, else the first of ``examples``),
        when it is plain JSON data; None otherwise."""
        example = media.get("example")
        if example is None and isinstance(media.get("examples"), dict) and media["examples"]:
            first = self.resolve(next(iter(media["examples"].values())))
            example = first.get("value") if isinstance(first, dict) else None
        return example if is_plain_json(example) else None

    def flatten_body(
        self, schema: Any, pointer: str, context: str, taken: NameTable, kind: str,
        spec_example: dict[str, Any],
    ) -> tuple[ir.Parameter, ...] | None:
        """An object body becomes keyword arguments, one per property the caller may send.

        A field's example is the spec's, where its body example has one: made-up ones can
        miss (a one-item array in a form body reads back as a plain string).
        """
        target, target_pointer = self.deref(schema, pointer)
        if not isinstance(target, dict):
            return None
        properties, required = self.object_members(target, target_pointer)
        if not properties:
            return None
        if target_pointer not in self.named and _COMPONENT_SCHEMA.match(target_pointer):
            # The component first: its inline members are then named from it, as they are
            # everywhere else, not from the first operation that happens to send it.
            self.annotation_for_ref(target_pointer, target_pointer)
        owner = self.named.get(target_pointer) or context + "Body"
        params = []
        for wire_name, (prop, prop_pointer) in properties.items():
            resolved = self.resolve(prop)
            if isinstance(resolved, dict) and resolved.get("readOnly"):
                continue
            hint = owner + pascal(wire_name, fallback="Field")
            example = spec_example.get(wire_name)
            if example is None:
                example = example_for(prop, self.resolve)
            if kind == "multipart" and isinstance(resolved, dict) and resolved.get("format") == "binary":
                annotation = t.name("FileContent")
                example = file_example(example)
            else:
                annotation = self.annotation(prop, prop_pointer, hint)
            base = safe_parameter(safe_attribute(snake(wire_name, fallback="field")))
            py_name = taken.claim(base if not taken.is_taken(base) else f"{base}_body")
            params.append(
                ir.Parameter(
                    py_name=py_name,
                    wire_name=wire_name,
                    location="body",
                    style="form",
                    explode=True,
                    required=wire_name in required,
                    annotation=annotation,
                    signature_annotation=annotation,
                    description=str((resolved or {}).get("description", "")) if isinstance(resolved, dict) else "",
                    deprecated=bool(isinstance(resolved, dict) and resolved.get("deprecated")),
                    example=py_literal(example),
                )
            )
        return tuple(params)

    @staticmethod
    def choose_media(content: dict[str, Any], *, request: bool) -> tuple[str, ir.ContentKind] | None:
        """Prefer JSON; then forms, text and binary, in a fixed order for determinism."""
        ranked: list[tuple[int, str, ir.ContentKind]] = []
        for media_type in content:
            base = media_type.split(";")[0].strip().lower()
            if base == "application/json" or base.endswith("+json"):
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

    def build_responses(
        self, operation: dict[str, Any], pointer: str, context: str
    ) -> tuple[ir.Response, ...]:
        raw_responses = operation.get("responses") or {}
        has_success = any(str(code).startswith("2") for code in raw_responses)
        result = []
        for code, raw in raw_responses.items():
            if str(code).startswith("x-"):  # an extension, not a status
                continue
            status = str(code).upper()
            response, response_pointer = self.deref(raw, join(pointer, "responses", str(code)))
            is_error = not (status.startswith("2") or (status == "DEFAULT" and not has_success))
            if status == "DEFAULT":
                status = "default"
            content = response.get("content") or {}
            chosen = self.choose_media(content, request=False)
            if chosen is None:
                kind: ir.ContentKind = "empty"
                annotation = t.NONE
            else:
                media_type, kind = chosen
                schema = (content[media_type] or {}).get("schema")
                if kind == "binary":
                    annotation = t.name("bytes")
                elif kind == "text":
                    annotation = t.STR
                elif schema is None:
                    annotation = t.ANY
                elif is_error:
                    annotation = t.ANY  # error bodies stay raw JSON on the error object
                else:
                    suffix = "Response" if status in ("200", "2XX", "default") else f"Response{status}"
                    annotation = self.annotation(
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
                )
            )
        return tuple(result)

    def build_webhooks(self) -> tuple[ir.Webhook, ...]:
        result = []
        names = NameTable()
        for name, raw in (self.doc.get("webhooks") or {}).items():
            item, item_pointer = self.deref(raw, join("/webhooks", name))
            for method in HTTP_METHODS:
                operation = item.get(method) if isinstance(item, dict) else None
                if not isinstance(operation, dict):
                    continue
                body, body_pointer = self.deref(
                    operation.get("requestBody") or {}, join(item_pointer, method, "requestBody")
                )
                content = body.get("content") or {}
                chosen = self.choose_media(content, request=True)
                annotation = t.ANY
                schema: Any = {}
                if chosen is not None and chosen[1] == "json":
                    schema = (content[chosen[0]] or {}).get("schema", {})
                    annotation = self.annotation(
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
                        example=py_literal(example_for(schema, self.resolve)),
                    )
                )
        return tuple(result)

    # --- schemas ----------------------------------------------------------------------

    def annotation(self, schema: Any, pointer: str, hint: str) -> ir.TypeExpr:
        """The Python annotation for a schema; named models are created on the way."""
        if isinstance(schema, bool) or schema is None:
            return t.ANY
        if not isinstance(schema, dict):
            self.problem(pointer, "schema must be an object")
            return t.ANY
        if isinstance(schema.get("$ref"), str):
            return self.annotation_for_ref(ref_pointer(schema["$ref"]), join(pointer, "$ref"))
        nullable = self.is_nullable(schema)
        base = self.base_annotation(schema, pointer, hint)
        return t.or_none(base) if nullable else base

    def annotation_for_ref(self, pointer: str, origin: str) -> ir.TypeExpr:
        """The annotation for the schema at ``pointer``, which ``origin`` references."""
        if not segments_of(pointer):  # "#": the whole document, which is no schema
            self.problem(origin, "$ref must point at a schema, not at the whole document")
            return t.ANY
        target = self.at(pointer)
        if isinstance(target, dict) and isinstance(target.get("$ref"), str):
            return self.annotation_for_ref(ref_pointer(target["$ref"]), join(pointer, "$ref"))
        if not isinstance(target, dict):  # a boolean schema (3.1): anything, or nothing, goes
            return t.ANY
        if pointer in self.named:
            name = self.named[pointer]
            self.depend(name)
        else:
            raw_name = pascal(segments_of(pointer)[-1])
            # Primitive or container components become type aliases so names carry meaning.
            name = self.named_model(pointer, raw_name, target, alias=not self.needs_model(target))
        parts = [t.name(name)]
        base = self.enum_base(target) if target.get("enum") is not None else None
        if base is not None:
            parts.append(t.name(base))  # values the spec does not list yet parse
        # An alias carries its own None; a class cannot, so the reference adds it.
        if self.is_nullable(target) and not isinstance(self.model_if_built(name), ir.AliasModel):
            parts.append(t.NONE)
        return t.union(parts)

    def depend(self, name: str) -> None:
        if self.home_stack:
            self.home_stack[-1].deps.add(name)

    def needs_model(self, schema: Any) -> bool:
        if not isinstance(schema, dict):
            return False
        if schema.get("enum") is not None and self.enum_base(schema) is not None:
            return True
        if schema.get("properties") or len(schema.get("allOf") or ()) > 1:
            return True
        return self.primary_type(schema) == "object" and bool(schema.get("properties"))

    def named_model(self, pointer: str, raw_name: str, schema: Any, *, alias: bool) -> str:
        name = self.class_names.claim(safe_class(raw_name), "")
        self.named[pointer] = name
        component = bool(_COMPONENT_SCHEMA.match(pointer))
        if component or not self.home_stack:
            home = _Home(self.module_names.claim(safe_module(snake(name))))
            self.homes.append(home)
            self.home_stack.append(home)
            pushed = True
        else:
            home, pushed = self.home_stack[-1], False
            self.depend(name)
        self.home_of[name] = home
        try:
            if alias:
                inner = self.inline_annotation(schema, pointer, name)
                model: ir.Model = ir.AliasModel(
                    "alias", name, self.description(schema), inner, self.deprecated(schema), pointer
                )
            elif schema.get("enum") is not None and self.enum_base(schema) is not None:
                model = self.build_enum(name, schema, pointer)
            else:
                model = self.build_object(name, schema, pointer)
            home.models.append(model)
        finally:
            if pushed:
                self.home_stack.pop()
        if pushed and self.home_stack:
            self.depend(name)
        return name

    def inline_annotation(self, schema: Any, pointer: str, hint: str) -> ir.TypeExpr:
        """An alias's right-hand side: the schema's annotation, never the alias itself."""
        nullable = self.is_nullable(schema)
        base = self.base_annotation(schema, pointer, hint + "Item", allow_model=False)
        if nullable and base.text not in ("Any", "None"):
            return t.union((base, t.NONE))
        return base

    def base_annotation(
        self, schema: dict[str, Any], pointer: str, hint: str, *, allow_model: bool = True
    ) -> ir.TypeExpr:
        if "const" in schema:
            return t.subscript("Literal", t.value(self.literal(schema["const"])))
        enum = schema.get("enum")
        if enum is not None:
            base = self.enum_base(schema)
            if base is not None and allow_model:
                name = self.named.get(pointer) or self.named_model(pointer, hint, schema, alias=False)
                self.depend(name)
                return t.union((t.name(name), t.name(base)))
            values = [v for v in enum if v is not None]
            literals = [
                t.value(self.literal(v)) for v in values if isinstance(v, (str, int, float, bool))
            ]
            kinds = sorted({_PRIMITIVES.get(self.json_type(v), "Any") for v in values})
            if not literals:
                return t.ANY
            return t.union([t.subscript("Literal", *literals), *map(t.name, kinds)])
        all_of = schema.get("allOf") or []
        if len(all_of) == 1 and not schema.get("properties"):
            return self.annotation(all_of[0], join(pointer, "allOf", 0), hint)
        if (schema.get("properties") or len(all_of) > 1) and allow_model:
            if pointer in self.named:
                self.depend(self.named[pointer])
                return t.name(self.named[pointer])
            return t.name(self.named_model(pointer, hint, schema, alias=False))
        for combinator in ("oneOf", "anyOf"):
            if schema.get(combinator):
                return self.union(schema, combinator, pointer, hint)
        kind = self.primary_type(schema)
        if isinstance(schema.get("type"), list):
            kinds = [k for k in schema["type"] if k != "null"]
            if len(kinds) > 1:
                return t.merge_union(
                    self.base_annotation(dict(schema, type=k), pointer, hint, allow_model=allow_model)
                    for k in kinds
                )
        if kind == "array":
            if schema.get("prefixItems"):
                members = [
                    self.annotation(item, join(pointer, "prefixItems", i), f"{hint}Item{i}")
                    for i, item in enumerate(schema["prefixItems"])
                ]
                return t.subscript("tuple", *members)
            items = schema.get("items", {})
            return t.subscript("list", self.annotation(items, join(pointer, "items"), hint + "Item"))
        if kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.annotation(extra, join(pointer, "additionalProperties"), hint + "Value")
                return t.subscript("dict", t.STR, value)
            return t.DICT_ANY
        if kind in _PRIMITIVES:
            return t.name(_FORMATS.get((kind, str(schema.get("format"))), _PRIMITIVES[kind]))
        if kind == "null":
            return t.NONE
        return t.ANY

    def union(self, schema: dict[str, Any], combinator: str, pointer: str, hint: str) -> ir.TypeExpr:
        members: list[ir.TypeExpr] = []
        refs: list[str | None] = []
        for index, part in enumerate(schema[combinator]):
            resolved = self.resolve(part)
            if isinstance(resolved, dict) and resolved.get("type") == "null":
                continue
            annotation = self.annotation(part, join(pointer, combinator, index), f"{hint}{index}")
            if annotation not in members:
                members.append(annotation)
                refs.append(ref_pointer(part["$ref"]) if isinstance(part, dict) and "$ref" in part else None)
        if not members:
            return t.NONE
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict) and all(refs) and len(members) > 1:
            tags = self.discriminator_tags(discriminator, refs)
            if tags is not None:
                tagged = t.union(
                    t.subscript("Annotated", member, t.value(f"Tag({py_literal(tag)})", ["Tag"]))
                    for member, tag in zip(members, tags)
                )
                prop = py_literal(str(discriminator.get("propertyName")))
                by = t.value(f"Discriminator(by_property({prop}))", ["Discriminator", "by_property"])
                return t.subscript("Annotated", tagged, by)
        return t.merge_union(members)

    def discriminator_tags(self, discriminator: dict[str, Any], refs: list[str | None]) -> list[str] | None:
        """The wire value of each member: from ``mapping``, else the schema's own name."""
        by_pointer: dict[str, str] = {}
        for value, target in (discriminator.get("mapping") or {}).items():
            target_pointer = ref_pointer(target) if target.startswith("#") else join("/components/schemas", target)
            by_pointer.setdefault(target_pointer, str(value))
        tags = []
        for ref in refs:
            assert ref is not None
            if ref in by_pointer:
                tags.append(by_pointer[ref])
            elif _COMPONENT_SCHEMA.match(ref):
                tags.append(segments_of(ref)[-1])
            else:
                return None
        return tags if len(set(tags)) == len(tags) else None

    def object_members(
        self, schema: dict[str, Any], pointer: str
    ) -> tuple[dict[str, tuple[Any, str]], set[str]]:
        """Properties and required names, with ``allOf`` parts merged in order."""
        properties: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        for index, part in enumerate(schema.get("allOf") or ()):
            resolved, part_pointer = self.deref(part, join(pointer, "allOf", index))
            if isinstance(resolved, dict):
                sub_properties, sub_required = self.object_members(resolved, part_pointer)
                properties.update(sub_properties)
                required |= sub_required
        for name, prop in (schema.get("properties") or {}).items():
            properties[str(name)] = (prop, join(pointer, "properties", name))
        required |= {str(r) for r in schema.get("required") or ()}
        return properties, required

    def build_object(self, name: str, schema: dict[str, Any], pointer: str) -> ir.ObjectModel:
        properties, required = self.object_members(schema, pointer)
        attributes = NameTable()
        fields = []
        for wire_name, (prop, prop_pointer) in properties.items():
            annotation = self.annotation(prop, prop_pointer, name + pascal(wire_name, fallback="Field"))
            resolved = self.resolve(prop)
            is_required = wire_name in required
            if not is_required:
                annotation = t.or_none(annotation)
            details = resolved if isinstance(resolved, dict) else {}
            py_name = attributes.claim(safe_attribute(snake(wire_name, fallback="field")))
            default = "None" if is_required else self.default_value(prop)
            if py_name == wire_name:
                value = None if is_required else default
            else:
                value = (
                    f"Field(alias={py_literal(wire_name)})"
                    if is_required
                    else f"Field({default}, alias={py_literal(wire_name)})"
                )
            fields.append(
                ir.Field(
                    py_name=py_name,
                    alias=wire_name,
                    annotation=annotation,
                    required=is_required,
                    value=value,
                    description=self.description(prop if isinstance(prop, dict) and prop.get("description") else details),
                    deprecated=bool(details.get("deprecated")),
                    read_only=bool(details.get("readOnly")),
                    write_only=bool(details.get("writeOnly")),
                )
            )
        extra = schema.get("additionalProperties")
        extra_annotation = None
        if isinstance(extra, dict) and extra:
            extra_annotation = self.annotation(extra, join(pointer, "additionalProperties"), name + "Value")
        shadowed = {f.py_name for f in fields} & BUILTIN_TYPES
        fields = [
            replace(f, annotation=qualify_builtins(self.prefer_enum_members(f.annotation), shadowed))
            for f in fields
        ]
        return ir.ObjectModel(
            kind="object",
            name=name,
            description=self.description(schema),
            fields=tuple(fields),
            extra_annotation=extra_annotation,
            deprecated=self.deprecated(schema),
            pointer=pointer,
        )

    def default_value(self, prop: Any) -> str:
        """The Python literal of an optional property's ``default`` when it is a literal of the property's
        own type (and one of its enum values), else "None". Requests stay as they were: models are
        sent with exclude_unset."""
        resolved = self.resolve(prop)
        if not isinstance(prop, dict) or not isinstance(resolved, dict):
            return "None"
        default = prop.get("default", resolved.get("default"))
        kind = self.primary_type(resolved)
        if (kind, str(resolved.get("format"))) in _FORMATS:
            return "None"  # a date's default is a str on the wire, a date in the model
        fits = {
            "string": isinstance(default, str),
            "integer": isinstance(default, int) and not isinstance(default, bool),
            "number": isinstance(default, (int, float)) and not isinstance(default, bool),
            "boolean": isinstance(default, bool),
        }
        if isinstance(resolved.get("enum"), list) and default not in resolved["enum"]:
            return "None"  # refused by its schema (a warning of the validation): not used
        return py_literal(default) if fits.get(kind or "", False) else "None"

    def package_version(self, version: str) -> str:
        """The API's version as the package's: PEP 440's form of it, else 0.0.0 (a version
        like ``2023-10-16`` or ``v1 beta`` would make a package nobody can build)."""
        try:
            return str(Version(version))
        except InvalidVersion:
            self.notes.append(
                f"/info/version: {version!r} is not a PEP 440 version; the package is 0.0.0"
            )
            return "0.0.0"

    def prefer_enum_members(self, annotation: ir.TypeExpr) -> ir.TypeExpr:
        """``E | str`` -> ``OpenEnum[E]`` (``E | int`` -> ``OpenIntEnum[E]``) for enums E.

        pydantic's smart unions would turn a known value into a plain str (str is the exact
        type match); the aliases (in the SDK's ``_models``) try the enum first, which gives
        members for known values and keeps unknown ones as they came.
        """
        if annotation.kind == "subscript":
            assert annotation.head is not None
            return t.subscript(annotation.head, *map(self.prefer_enum_members, annotation.members))
        if annotation.kind != "union":
            return annotation
        members, rest = [], list(map(self.prefer_enum_members, annotation.members))
        while rest:
            member = rest.pop(0)
            if (
                rest
                and rest[0].text in _OPEN_ENUMS
                and member.kind == "name"
                and isinstance(self.model_if_built(member.text), ir.EnumModel)
            ):
                member = t.subscript(_OPEN_ENUMS[rest.pop(0).text], member)
            members.append(member)
        return t.union(members)

    def build_enum(self, name: str, schema: dict[str, Any], pointer: str) -> ir.EnumModel:
        base = self.enum_base(schema)
        assert base is not None
        members = NameTable()
        built = []
        for index, value in enumerate(v for v in schema["enum"] if v is not None):
            if base == "int":
                label = f"VALUE_{value}" if value >= 0 else f"VALUE_MINUS_{-value}"
            else:
                label = upper_snake(str(value), fallback="value") if str(value) else "EMPTY"
                if not label.isidentifier() or label == "VALUE":
                    label = f"VALUE_{index}"
            built.append(ir.EnumMember(members.claim(safe_parameter(label)), py_literal(value)))
        return ir.EnumModel(
            kind="enum",
            name=name,
            description=self.description(schema),
            base=base,
            members=tuple(built),
            deprecated=self.deprecated(schema),
            pointer=pointer,
        )

    def enum_base(self, schema: dict[str, Any]) -> Literal["str", "int"] | None:
        """``str`` or ``int`` when every value has that type; mixed enums become Literals."""
        values = [v for v in schema.get("enum") or () if v is not None]
        if values and all(isinstance(v, str) for v in values):
            return "str"
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return "int"
        return None

    @staticmethod
    def literal(value: Any) -> str:
        if isinstance(value, (str, int, bool)) or value is None:
            return py_literal(value)
        return py_literal(str(value))

    @staticmethod
    def json_type(value: Any) -> str:
        if isinstance(value, bool):
            return "boolean"
        if isinstance(value, int):
            return "integer"
        if isinstance(value, float):
            return "number"
        return "string"

    @staticmethod
    def primary_type(schema: dict[str, Any]) -> str | None:
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            return str(kinds[0]) if kinds else "null"
        if kind is None and schema.get("properties"):
            return "object"
        return str(kind) if kind is not None else None

    def is_nullable(self, schema: dict[str, Any]) -> bool:
        kind = schema.get("type")
        if schema.get("nullable") is True or (isinstance(kind, list) and "null" in kind):
            return True
        if None in (schema.get("enum") or ()):
            return True
        for combinator in ("oneOf", "anyOf"):
            for part in schema.get(combinator) or ():
                resolved = self.resolve(part)
                if isinstance(resolved, dict) and resolved.get("type") == "null":
                    return True
        return False

    @staticmethod
    def description(schema: Any) -> str:
        if not isinstance(schema, dict):
            return ""
        return str(schema.get("description") or schema.get("title") or "")

    @staticmethod
    def deprecated(schema: Any) -> bool:
        return isinstance(schema, dict) and bool(schema.get("deprecated"))

    # --- model modules ----------------------------------------------------------------

    def finish_resource(self, resource: ir.Resource) -> ir.Resource:
        """Once every model is known: let callers pass plain dicts for objects, then import."""
        objects = {m.name for home in self.homes for m in home.models if isinstance(m, ir.ObjectModel)}

        shadowed = {op.py_name for op in resource.operations} & BUILTIN_TYPES

        def widen(annotation: ir.TypeExpr) -> ir.TypeExpr:
            widened = t.substitute(
                annotation, lambda n: t.union((t.name(n), t.DICT_ANY)) if n in objects else None
            )
            return qualify_builtins(widened, shadowed)

        def widen_param(param: ir.Parameter) -> ir.Parameter:
            annotation = widen(param.annotation)
            return replace(
                param,
                annotation=annotation,
                signature_annotation=annotation if param.required else t.union((annotation, NOT_GIVEN)),
            )

        operations = []
        for op in resource.operations:
            body = op.body
            if body is not None and body.annotation is not None:
                annotation = widen(body.annotation)
                signature = annotation if body.required else t.union((annotation, NOT_GIVEN))
                body = replace(body, annotation=annotation, signature_annotation=signature)
            operations.append(
                replace(
                    op,
                    positional=tuple(map(widen_param, op.positional)),
                    keyword=tuple(map(widen_param, op.keyword)),
                    wire_params=tuple(map(widen_param, op.wire_params)),
                    body_fields=tuple(map(widen_param, op.body_fields)),
                    body=body,
                    return_annotation=qualify_builtins(op.return_annotation, shadowed),
                    pagination=op.pagination and replace(
                        op.pagination,
                        item_annotation=qualify_builtins(op.pagination.item_annotation, shadowed),
                    ),
                )
            )
        finished = replace(
            resource,
            operations=tuple(operations),
            exports=tuple(sorted((resource.class_name, resource.async_class_name), key=import_key)),
        )
        return replace(finished, imports=self.resource_imports(finished))

    def resource_imports(self, resource: ir.Resource) -> tuple[tuple[ir.Import, ...], ...]:
        annotations: list[ir.TypeExpr] = []
        runtime = {"Endpoint", "SyncAPIResource", "AsyncAPIResource", "RequestOptions",
                   "to_raw_response_wrapper", "async_to_raw_response_wrapper"}
        for op in resource.operations:
            if any(not p.required for p in op.keyword) or (
                op.body is not None and not op.body.flattened and not op.body.required
            ):
                runtime |= {"NotGiven", "NOT_GIVEN"}
            annotations.append(op.return_annotation)
            annotations += [p.annotation for p in op.wire_params + op.body_fields]
            # Error responses are not rendered (their bodies stay raw on the error object).
            replies = [r for r in op.responses if not r.is_error]
            annotations += [r.annotation for r in replies]
            if replies:
                runtime.add("Reply")
            if op.body is not None and op.body.annotation is not None:
                annotations.append(op.body.annotation)
            if op.wire_params:
                runtime.add("Param")
            if op.pagination is not None:
                runtime |= {"PageSpec", "SyncPage", "AsyncPage"}
                annotations.append(op.pagination.item_annotation)
        wanted = [("functools", "cached_property"), ("typing", "Unpack")]
        wanted += [(".._base", name) for name in runtime]
        wanted += self.names_needed(annotations, models_package="..models.")
        return group_imports(wanted)

    def names_needed(
        self,
        annotations: list[ir.TypeExpr],
        models_package: str,
        own: frozenset[str] | set[str] = frozenset(),
        root: str = "..",
    ) -> list[tuple[str, str]]:
        """(module, name) pairs for every model and helper the annotations mention.

        ``root`` is the importing module's relative path to the package root: ``..`` from
        models/ and resources/, ``.`` from a module at the root.
        """
        wanted = []
        for word in sorted(frozenset().union(*(a.names for a in annotations))):
            if word in own:
                continue
            if word in self.home_of:
                wanted.append((models_package + self.home_of[word].module, word))
            elif word == "builtins":
                wanted.append(("builtins", ""))
            elif word in _HELPER_MODULES:
                module = _HELPER_MODULES[word]
                # "._x" names a module of the generated package itself, seen from its root.
                wanted.append((root + module[1:] if module.startswith(".") else module, word))
        return wanted

    def build_model_modules(self) -> tuple[ir.ModelModule, ...]:
        """Group homes that reference each other in a cycle into one module (Tarjan's SCC)."""
        index_of = {id(home): i for i, home in enumerate(self.homes)}
        edges: list[set[int]] = [
            {index_of[id(self.home_of[d])] for d in home.deps if d in self.home_of} - {i}
            for i, home in enumerate(self.homes)
        ]
        components = _strongly_connected(edges)
        modules = []
        drafts: list[tuple[str, list[ir.Model], set[str]]] = []
        for component in components:
            homes = [self.homes[i] for i in sorted(component)]
            models = [model for home in homes for model in home.models]
            names = {model.name for model in models}
            module = homes[0].module
            ordered = self.order_models(models, module)
            drafts.append((module, ordered, names))
            for home in homes:
                home.module = module
        for module, ordered, names in drafts:
            exports = tuple(sorted(names, key=import_key))
            modules.append(
                ir.ModelModule(module, tuple(ordered), self.model_imports(ordered, names), exports)
            )
        return tuple(sorted(modules, key=lambda m: m.module))

    def model_imports(self, models: list[ir.Model], own: set[str]) -> tuple[tuple[ir.Import, ...], ...]:
        annotations: list[ir.TypeExpr] = []
        wanted: list[tuple[str, str]] = []
        for model in models:
            if isinstance(model, ir.ObjectModel):
                wanted.append((".._models", "BaseModel"))
                annotations += [f.annotation for f in model.fields]
                if any(f.value and f.value.startswith("Field(") for f in model.fields):
                    wanted.append(("pydantic", "Field"))
            elif isinstance(model, ir.EnumModel):
                wanted.append(("enum", "Enum"))
            else:
                wanted.append(("typing", "TypeAlias"))
                annotations.append(model.annotation)
        wanted += self.names_needed(annotations, models_package=".", own=own)
        return group_imports(wanted)

    def order_models(self, models: list[ir.Model], module: str) -> list[ir.Model]:
        """Classes first (their annotations are lazy); aliases after what they name."""
        classes = [m for m in models if not isinstance(m, ir.AliasModel)]
        aliases = {m.name: m for m in models if isinstance(m, ir.AliasModel)}
        ordered: list[ir.Model] = list(classes)
        placed: set[str] = set()
        visiting: set[str] = set()

        def place(alias: ir.AliasModel) -> None:
            if alias.name in placed:
                return
            if alias.name in visiting:
                self.problem(alias.pointer, "recursive type alias: the cycle must pass through an object schema")
                return
            visiting.add(alias.name)
            for word in t.names_in_order(alias.annotation):
                if word in aliases:
                    place(aliases[word])
            visiting.discard(alias.name)
            placed.add(alias.name)
            ordered.append(alias)

        for alias in aliases.values():
            place(alias)
        return ordered


# Names an annotation may use that come from outside the models package.
_HELPER_MODULES = {
    "Any": "typing",
    "Annotated": "typing",
    "IO": "typing",
    "Literal": "typing",
    "datetime": "datetime",
    "date": "datetime",
    "time": "datetime",
    "UUID": "uuid",
    "Decimal": "decimal",
    "Tag": "pydantic",
    "Discriminator": "pydantic",
    "by_property": "._models",
    "OpenEnum": "._models",
    "OpenIntEnum": "._models",
    "FileContent": "._base",
    "Field": "pydantic",
    "builtins": "",  # a plain ``import builtins``
}
# The runtime's open-enum aliases (``_models``), by the base type of the enum they wrap.
_OPEN_ENUMS = {"str": "OpenEnum", "int": "OpenIntEnum"}
NOT_GIVEN = t.name("NotGiven")


def is_plain_json(value: Any) -> bool:
    """Only JSON's own types: a YAML date or a set would not survive repr() into a test."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and is_plain_json(v) for k, v in value.items())
    if isinstance(value, list):
        return all(map(is_plain_json, value))
    return value is None or isinstance(value, (str, int, float, bool))


def file_example(example: Any) -> bytes:
    """Binary content travels as bytes: a made-up (or spec) string example, encoded."""
    return example.encode() if isinstance(example, str) else b"example"


_STDLIB = frozenset({"builtins", "collections.abc", "datetime", "decimal", "enum", "functools",
                     "typing", "uuid"})


def group_imports(pairs: list[tuple[str, str]]) -> tuple[tuple[ir.Import, ...], ...]:
    """Import statements in sections, ordered as isort (and ruff's I001) expect.

    A pair with an empty name is a plain ``import module``.
    """
    by_module: dict[str, set[str]] = {}
    for module, name in pairs:
        names = by_module.setdefault(module, set())
        if name:
            names.add(name)

    def section(module: str) -> int:
        return 0 if module in _STDLIB else 2 if module.startswith(".") else 1

    def module_key(module: str) -> tuple[bool, int, str]:
        # Plain imports before from-imports; relative ones furthest first.
        dots = len(module) - len(module.lstrip("."))
        return (bool(by_module[module]), -dots, module.lower())

    sections = []
    for number in range(3):
        modules = sorted((m for m in by_module if section(m) == number), key=module_key)
        if modules:
            sections.append(tuple(
                ir.Import(m, tuple(sorted(by_module[m], key=import_key))) for m in modules
            ))
    return tuple(sections)


def import_key(name: str) -> tuple[int, str, str]:
    """The names of one ``from ... import``: as isort_key, but ruff's isort compares them
    case-insensitively (``Files`` before ``FileVersion``), unlike ``__all__``."""
    category, _ = isort_key(name)
    return (category, name.lower(), name)


def isort_key(name: str) -> tuple[int, str]:
    """CONSTANTS, then Classes, then everything else, as ruff's ``order-by-type`` sorts."""
    if name.isupper() and len(name) > 1:
        return (0, name)
    return (1 if name[0].isupper() else 2, name)


def qualify_builtins(annotation: ir.TypeExpr, shadowed: set[str]) -> ir.TypeExpr:
    """``list[X]`` -> ``builtins.list[X]`` where a method or field named ``list`` hides it."""
    if not shadowed:
        return annotation
    return t.substitute(annotation, lambda n: t.qualified("builtins", n) if n in shadowed else None)


# Builtins that annotations use, and that a method or field of the same name would hide.
BUILTIN_TYPES = frozenset({"bool", "bytes", "dict", "float", "int", "list", "object", "str",
                           "tuple", "type"})


def _strongly_connected(edges: list[set[int]]) -> list[list[int]]:
    """Tarjan's algorithm, iterative so deep reference chains cannot overflow the stack."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    result: list[list[int]] = []
    counter = 0
    for root in range(len(edges)):
        if root in index:
            continue
        work: list[tuple[int, Iterator[int]]] = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(component)
    return result
