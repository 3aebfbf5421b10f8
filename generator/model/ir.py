"""The intermediate model: plain, frozen, typed data that templates read.

Every decision is made before rendering: Python names are final and unique, type
annotations are ``TypeExpr`` values (their text, the names they use, their parts), literal
values are already Python literals (``generator.literals.py_literal``).  Raw spec text (titles, descriptions) stays raw
here; templates embed it only through the escaping filters that ``generator.render``
registers (``docstring``, ``comment``, ``markdown``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ParamLocation = Literal["path", "query", "header", "cookie"]
# Where a method argument goes: a parameter location, or a property of a flattened body.
ArgLocation = Literal["path", "query", "header", "cookie", "body"]
ParamStyle = Literal[
    "simple", "form", "label", "matrix", "spaceDelimited", "pipeDelimited", "deepObject"
]
# How a request or response body travels on the wire.
ContentKind = Literal["json", "form", "multipart", "binary", "text", "empty", "sse", "jsonl"]
StreamKind = Literal["sse", "jsonl"]  # the content kinds read as they arrive


@dataclass(frozen=True, slots=True)
class Import:
    """``from {module} import {names}``, or ``import {module}`` when names is empty."""

    module: str
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TypeExpr:
    """A type annotation of the generated code, built once where the type is decided
    (``generator.model.types`` makes them); ``str()`` of it is its text.

    - ``name``: ``str``, ``Customer``, ``builtins.list``;
    - ``subscript``: ``head[members]``, e.g. ``list[Customer]``, ``Literal["a", 1]``;
    - ``union``: ``members`` joined with ``|``, never a union among them;
    - ``value``: code that is no type, inside a subscript: a literal, ``Tag("cat")``.
    """

    kind: Literal["name", "subscript", "union", "value"]
    text: str  # as it is written in the generated code
    names: frozenset[str]  # module-level names it uses, builtins excepted: what to import
    members: tuple[TypeExpr, ...] = ()  # a union's members, a subscript's arguments
    head: TypeExpr | None = None  # what a subscript subscripts

    def __str__(self) -> str:
        return self.text


# --- models -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Field:
    py_name: str  # attribute name, never a keyword or a pydantic reserved name
    alias: str  # the key on the wire
    annotation: TypeExpr  # full annotation, e.g. list[CompanyType | str] | None
    required: bool
    value: str | None  # right-hand side of the declaration: "None", "Field(alias='x')", or none
    description: str
    deprecated: bool


@dataclass(frozen=True, slots=True)
class ObjectModel:
    kind: Literal["object"]
    name: str  # class name
    description: str
    fields: tuple[Field, ...]
    deprecated: bool
    pointer: str  # where it stands in the spec


@dataclass(frozen=True, slots=True)
class EnumMember:
    py_name: str
    value: str  # Python literal of the wire value


@dataclass(frozen=True, slots=True)
class EnumModel:
    kind: Literal["enum"]
    name: str
    description: str
    base: Literal["str", "int"]
    members: tuple[EnumMember, ...]
    deprecated: bool
    pointer: str


@dataclass(frozen=True, slots=True)
class AliasModel:
    """A named type that is not a class: unions, arrays, maps, primitives at top level."""

    kind: Literal["alias"]
    name: str
    description: str
    annotation: TypeExpr
    deprecated: bool
    pointer: str
    # Refers to itself, through other aliases or not: a TypeAliasType with the annotation as
    # a string, which pydantic and mypy both resolve lazily.
    recursive: bool = False


@dataclass(frozen=True, slots=True)
class ParamsKey:
    key: str  # the wire name, which is the key
    annotation: TypeExpr  # the value's type, without Required[...]
    required: bool
    description: str
    deprecated: bool
    declared: TypeExpr | None = None  # as the TypedDict declares it: Required[...] if required


@dataclass(frozen=True, slots=True)
class ParamsModel:
    """A request body of many properties as one TypedDict (``CustomerParams``): what the
    caller passes as ``body``, keyed by wire names, shared by every operation sending it."""

    kind: Literal["params"]
    name: str
    of: str  # the model of the same schema, "" for an operation's inline body
    description: str
    keys: tuple[ParamsKey, ...]
    # Every key can stand in a class body (an identifier, no keyword, no ``__`` name that
    # Python would mangle, none an annotation uses); else TypedDict's functional form.
    class_syntax: bool
    deprecated: bool
    pointer: str


Model = ObjectModel | EnumModel | AliasModel | ParamsModel


@dataclass(frozen=True, slots=True)
class ModelModule:
    """One file under models/: one model, or every model of one reference cycle."""

    module: str  # file stem under models/
    models: tuple[Model, ...]
    imports: tuple[tuple[Import, ...], ...]  # sections: standard library, third party, local
    exports: tuple[str, ...]  # model names in the order ruff's isort wants them imported
    dunder_all: tuple[str, ...]  # the same names as ruff wants __all__ (case-sensitive)


# --- operations -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Parameter:
    py_name: str  # keyword argument name, unique within the operation
    wire_name: str
    location: ArgLocation
    style: ParamStyle
    explode: bool
    required: bool
    annotation: TypeExpr  # annotation without the NotGiven part
    signature_annotation: TypeExpr  # as the signature declares it: "| NotGiven" when optional
    description: str
    deprecated: bool
    example: str  # Python literal of a value the spec accepts, for tests and README examples
    # Python literal the SDK always sends for this argument, which is then not in the
    # signature: the ``stream`` switch of an operation split into a JSON and a stream method.
    fixed: str | None = None
    # A path, query, header or cookie parameter's runtime ``Param(...)``: its arguments as
    # code, OpenAPI's defaults left out (``"fallback-locale", "query", key="fallback_locale"``).
    param_args: tuple[str, ...] = ()
    component: str = ""  # its entry of components/parameters, "/components/parameters/Depth"
    shared: str = ""  # the constant of ``_parameters`` that its Param is; "" when declared inline


@dataclass(frozen=True, slots=True)
class Body:
    content_type: str  # the media type sent, e.g. "application/json"
    kind: ContentKind
    flattened: bool  # sent from keyword arguments (Operation.body_fields), not one ``body``
    annotation: TypeExpr | None  # what the caller passes as ``body``; None when flattened
    signature_annotation: TypeExpr | None  # as the signature declares it, like Parameter's
    required: bool
    description: str
    example: str  # Python literal of a value the spec accepts
    params: str = ""  # the TypedDict ``body`` is, for a body of many properties (bodies.py)


@dataclass(frozen=True, slots=True)
class Response:
    status: str  # "200", "2XX" or "default"
    kind: ContentKind
    annotation: TypeExpr  # parsed type; None for empty bodies; one item's type for a stream
    description: str
    is_error: bool
    media_type: str = ""  # the media type chosen, "" for empty bodies


@dataclass(frozen=True, slots=True)
class Stream:
    """A success response read as it arrives: the operation returns ``Stream[...]`` of
    ``return_annotation``, the type of one event's data or one line."""

    kind: StreamKind
    media_type: str  # what the request's Accept asks for
    switch: Parameter | None  # the argument fixed to ask for the stream (``stream: true``)
    example_body: str  # Python str literal of a stream of two example items, for tests


@dataclass(frozen=True, slots=True)
class Pagination:
    """Page-number pagination, recognised from the response shape (Payload's ``docs``,
    ``hasNextPage``, ``nextPage``) or declared with the ``x-pagination`` extension."""

    item_annotation: TypeExpr  # one item of the page
    items_attr: str  # attribute of the page model holding the items
    has_next_attr: str  # attribute telling whether another page follows
    next_page_attr: str  # attribute holding the next page number
    page_param: str  # py_name of the query parameter that selects the page
    page_wire: str  # the page parameter, and the three fields, as spelled on the wire
    items_wire: str
    has_next_wire: str
    next_page_wire: str
    page_example: str  # Python literal of a page the spec accepts, for generated tests


@dataclass(frozen=True, slots=True)
class Operation:
    py_name: str  # method name on the resource
    endpoint: str  # module-level constant holding the runtime Endpoint
    method: str  # upper-case HTTP method
    path: str  # path template as in the spec, "/customers/{id}"
    summary: str
    description: str
    deprecated: bool
    positional: tuple[Parameter, ...]  # required path parameters, in path order
    keyword: tuple[Parameter, ...]  # every other argument in signature order, required first
    wire_params: tuple[Parameter, ...]  # path, query, header and cookie parameters
    body_fields: tuple[Parameter, ...]  # properties of a flattened object body
    body: Body | None
    responses: tuple[Response, ...]
    return_annotation: TypeExpr
    return_model: str | None  # the class returned, when it is exactly one model class
    security: tuple[tuple[str, ...], ...] | None  # requirement alternatives; None inherits
    servers: tuple[str, ...]  # per-path or per-operation servers, empty for the API's own
    pagination: Pagination | None
    # The header carrying an idempotency key the API honours: the client sends one key per
    # call, the same on every attempt, so that a POST may be retried like a GET.
    idempotency_header: str | None
    example_args: str  # arguments of an example call the spec accepts: "'cus_123', depth=1"
    # The same call's keyword arguments (the body as ``body``) as a dict display, for tests.
    example_keywords: str
    pointer: str
    stream: Stream | None = None
    # Why Prism 5.16 refuses the example call (a limit of Prism's, or no example the
    # generator makes satisfies the spec); "" when it serves it. The generated mock test of
    # such an operation is a strict xfail with this reason.
    prism_refuses: str = ""


@dataclass(frozen=True, slots=True)
class SharedParam:
    """A Param that parameters of ``components/parameters`` are, as one constant of
    ``_parameters``, which every endpoint sending one of them names."""

    name: str  # the constant, "FALLBACK_LOCALE"
    param_args: tuple[str, ...]  # as Parameter.param_args


@dataclass(frozen=True, slots=True)
class Resource:
    name: str  # tag as written in the spec
    attr: str  # attribute of the client or of its group: "customers", "vehicles"
    dotted: str  # where it is from the client: "customers", "crm.vehicles" (x-resource)
    module: str  # module under resources/
    class_name: str  # "Customers"
    async_class_name: str  # "AsyncCustomers"
    description: str
    operations: tuple[Operation, ...]
    imports: tuple[tuple[Import, ...], ...]  # sections: standard library, third party, local
    returned_models: tuple[str, ...]  # model classes its operations return, for its tests
    exports: tuple[str, ...]  # class_name and async_class_name, in the order imports want
    dunder_all: tuple[str, ...] = ()  # the same names as ruff wants __all__ (case-sensitive)


@dataclass(frozen=True, slots=True)
class Group:
    """A name holding resources and further groups: ``client.crm`` when tags are placed at
    ``crm.leads`` and ``crm.vehicles`` (``x-resource``). The client is the root group."""

    attr: str  # attribute of the client or of the enclosing group; "" for the root
    dotted: str  # from the client: "crm"; "" for the root
    class_name: str  # "Crm"; the client class for the root
    async_class_name: str
    resources: tuple[Resource, ...]  # its attributes that are resources, in module order
    groups: tuple[Group, ...]  # its attributes that are groups, by name


# --- the API ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ServerVariable:
    name: str
    default: str
    description: str


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    description: str
    variables: tuple[ServerVariable, ...]


@dataclass(frozen=True, slots=True)
class Environment:
    """A server of the document named by ``x-environment``: the client's ``environment=``."""

    name: str
    url: str  # with the server variables' defaults filled in
    description: str


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    key: str  # name under components.securitySchemes
    kind: Literal["apiKey", "basic", "bearer", "oauth2", "openIdConnect"]
    location: ParamLocation  # where the credential goes
    wire_name: str  # header, query or cookie name ("Authorization" for http schemes)
    # Put before the credential on the wire, unless it already carries a scheme (has a
    # space): "Bearer " for bearer and tokens, an apiKey's x-credential-prefix.
    prefix: str
    param: str  # client constructor argument, "api_key"
    env_var: str  # environment variable read when the argument is not given
    description: str
    # How the generated tests pass a credential of this scheme: 'api_key="test-credential"'.
    example_argument: str


@dataclass(frozen=True, slots=True)
class Webhook:
    name: str  # key under ``webhooks``
    py_name: str
    method: str
    annotation: TypeExpr  # payload type
    description: str
    example: str  # Python literal of a payload the spec accepts, for the generated tests


@dataclass(frozen=True, slots=True)
class Api:
    title: str
    description: str
    version: str  # the API's, as info.version gives it
    package_version: str  # the SDK package's: PEP 440, normalised ("v2" -> "2")
    openapi_version: str
    package: str  # import name, "drivly_commerce"
    distribution: str  # "drivly-commerce"
    client_class: str  # "Commerce"
    async_client_class: str  # "AsyncCommerce"
    env_prefix: str  # "DRIVLY": DRIVLY_API_KEY, DRIVLY_BASE_URL, DRIVLY_LOG
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    security: tuple[tuple[str, ...], ...]  # global requirement alternatives
    resources: tuple[Resource, ...]  # every resource, wherever it is placed, in module order
    root: Group  # what the clients hold: top-level resources and groups
    groups: tuple[Group, ...]  # every group below the root, depth first, for their classes
    model_modules: tuple[ModelModule, ...]
    model_exports: tuple[str, ...]  # every model name, sorted as ruff expects for __all__
    resource_exports: tuple[str, ...]  # every resource class name, sorted likewise
    returned_models: tuple[str, ...]  # model classes operations return, sorted, for the tests
    webhooks: tuple[Webhook, ...]
    webhook_imports: tuple[tuple[Import, ...], ...]  # what webhooks.py imports
    license: str
    urls: tuple[tuple[str, str], ...]  # project URLs for package metadata
    spec_file: str  # the spec copy beside the generated tests, "openapi.json"
    notes: tuple[str, ...]  # what the generator passed over (callbacks, links ...)
    environments: tuple[Environment, ...] = ()  # named servers, in document order
    shared_params: tuple[SharedParam, ...] = ()  # what _parameters.py holds, in document order
    # The names environment= takes, Literal["sandbox", ...], and the client's annotation of it,
    # that or None; both None without any.
    environment_names: TypeExpr | None = None
    environment_annotation: TypeExpr | None = None
