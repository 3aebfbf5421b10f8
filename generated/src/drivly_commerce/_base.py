"""The runtime under every resource: request building, authentication, retries, responses, pages, streams, logging."""

from __future__ import annotations

import base64
import contextlib
import contextvars
import email.utils
import functools
import json
import logging
import os
import platform
import random
import re
import time
import uuid
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from dataclasses import dataclass, field
from datetime import timedelta
from enum import Enum
from typing import (
    IO,
    Any,
    ClassVar,
    Generic,
    Literal,
    ParamSpec,
    Self,
    TypeAlias,
    TypedDict,
    TypeVar,
    Unpack,
    cast,
)
from urllib.parse import quote, urlencode

import anyio
import httpx
import pydantic
import pydantic_core

from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    make_status_error,
)
from ._streaming import AsyncStream, Stream, StreamKind

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIResponse",
    "AsyncAPIClient",
    "AsyncAPIResource",
    "AsyncPage",
    "Endpoint",
    "FileContent",
    "Headers",
    "NotGiven",
    "PageSpec",
    "Param",
    "Query",
    "Reply",
    "RequestOptions",
    "Scheme",
    "SyncAPIClient",
    "SyncAPIResource",
    "SyncPage",
    "Timeout",
    "async_to_raw_response_wrapper",
    "check_header",
    "configure_logging",
    "logger",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

# Named after the SDK's package (this module is its ``_base``), whatever the package is called.
logger = logging.getLogger(__name__.rpartition(".")[0])

_PYTHON_VERSION = "python/" + platform.python_version()
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A Retry-After longer than this is ignored in favour of the normal backoff.
MAX_RETRY_AFTER = 60.0
REDACTED = "<redacted>"


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument left out, as opposed to one passed as None."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Timeout: TypeAlias = float | httpx.Timeout | None


class RequestOptions(TypedDict, total=False):
    """What every operation also accepts, as keyword arguments."""

    extra_headers: Headers | None
    extra_query: Query | None
    timeout: Timeout | NotGiven
    max_retries: int | NotGiven


FileBytes: TypeAlias = bytes | IO[bytes]
FileContent: TypeAlias = (
    FileBytes | tuple[str | None, FileBytes] | tuple[str | None, FileBytes, str | None]
)
"""A file to upload: its bytes or an open binary file, or a (file name, content[, media type]) tuple."""

ParamLocation: TypeAlias = Literal["path", "query", "header", "cookie"]
ParamStyle: TypeAlias = Literal[
    "simple", "form", "label", "matrix", "spaceDelimited", "pipeDelimited", "deepObject"
]
ContentKind: TypeAlias = Literal[
    "json", "form", "multipart", "binary", "text", "empty", "sse", "jsonl"
]


# --- what a resource module declares -----------------------------------------------------


# OpenAPI's default style of a parameter by its location; explode defaults to style "form".
_DEFAULT_STYLES: dict[str, ParamStyle] = {
    "path": "simple",
    "query": "form",
    "header": "simple",
    "cookie": "form",
}


@dataclass(frozen=True, slots=True, init=False)
class Param:
    """A path, query, header or cookie parameter: its wire name, where it goes, how it is
    serialized and its key among a call's arguments.

    What OpenAPI leaves out defaults as OpenAPI says: the style by location (``simple`` in
    the path and headers, ``form`` in the query and cookies), explode for ``form`` only;
    the key is the wire name unless given: ``Param("fallback-locale", "query",
    key="fallback_locale")``.
    """

    name: str
    location: ParamLocation
    style: ParamStyle
    explode: bool
    key: str

    def __init__(
        self,
        name: str,
        location: ParamLocation,
        *,
        key: str | None = None,
        style: ParamStyle | None = None,
        explode: bool | None = None,
    ) -> None:
        style = _DEFAULT_STYLES[location] if style is None else style
        # Frozen: the fields are set past the dataclass's own __setattr__, once.
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "location", location)
        object.__setattr__(self, "style", style)
        object.__setattr__(
            self, "explode", style == "form" if explode is None else explode
        )
        object.__setattr__(self, "key", name if key is None else key)


@dataclass(frozen=True, slots=True)
class Reply:
    """A documented response: its status ("200", "2XX", "default"), body kind and parsed type.

    For a stream (kind ``sse`` or ``jsonl``) the type is one item's, and ``media_type`` is
    what the request asks for.
    """

    status: str
    kind: ContentKind
    type: Any
    media_type: str | None = None


@dataclass(frozen=True, slots=True)
class PageSpec:
    """Page-number pagination: attributes of the page model and the query parameter's key."""

    items: str
    page_param: str
    has_next: str
    next_page: str


@dataclass(frozen=True, eq=False)
class Endpoint(Generic[T]):
    """One operation; ``T`` is what a successful response parses to."""

    method: str
    path: str
    params: tuple[Param, ...] = ()
    replies: tuple[Reply, ...] = ()
    body_kind: ContentKind | None = None
    content_type: str | None = None
    security: tuple[tuple[str, ...], ...] | None = None
    servers: tuple[str, ...] = ()
    pagination: PageSpec | None = None
    idempotency_header: str | None = None
    """The header carrying an idempotency key the API honours: one key per call, the same
    on every attempt, so that any failed attempt may be retried."""
    _plan: _Plan | None = field(default=None, init=False, repr=False)

    @property
    def plan(self) -> _Plan:
        """Everything about the endpoint that does not change per call, worked out once."""
        plan = self._plan
        if plan is None:
            plan = _Plan(self)
            object.__setattr__(self, "_plan", plan)
        return plan


@dataclass(frozen=True, slots=True)
class Scheme:
    """A security scheme as the client applies it, and where its credential comes from."""

    key: str
    kind: Literal["apiKey", "basic", "bearer", "oauth2", "openIdConnect"]
    location: ParamLocation
    wire_name: str
    prefix: str
    param: str
    env_var: str


# --- parameter serialization (OpenAPI 3 styles) ------------------------------------------


def _scalar(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, pydantic.BaseModel):
        return json.dumps(_jsonable(value), separators=(",", ":"))
    return str(value.value if isinstance(value, Enum) else value)


def _to_plain(value: object) -> object:
    """Models become dicts of wire names; mappings and sequences stay as they are."""
    if isinstance(value, pydantic.BaseModel):
        return _jsonable(value)
    return value


def _pairs(value: object) -> list[tuple[str, str]] | None:
    """An object parameter as (name, value) pairs, or None when the value is not an object."""
    value = _to_plain(value)
    if isinstance(value, Mapping):
        return [
            (str(k), _scalar(v))
            for k, v in value.items()
            if v is not None and v is not NOT_GIVEN
        ]
    return None


def _items(value: object) -> list[str] | None:
    """An array parameter's items, or None when the value is not an array."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_scalar(v) for v in value]
    return None


def _encode_segment(text: str) -> str:
    return quote(text, safe="")


def _path_value(param: Param, value: object) -> str:
    encode = _encode_segment
    items, pairs = _items(value), _pairs(value)
    if param.style == "label":
        lead, sep = ".", "." if param.explode else ","
    elif param.style == "matrix":
        lead, sep = ";", ";" if param.explode else ","
    else:
        lead, sep = "", ","
    named = param.style == "matrix"
    prefix = f";{encode(param.name)}=" if named else lead
    if items is not None:
        if named and param.explode:
            return "".join(f";{encode(param.name)}={encode(v)}" for v in items)
        return prefix + sep.join(encode(v) for v in items)
    if pairs is not None:
        if param.explode:
            joined = sep.join(f"{encode(k)}={encode(v)}" for k, v in pairs)
            return (lead if named else prefix) + joined
        return prefix + ",".join(f"{encode(k)},{encode(v)}" for k, v in pairs)
    return prefix + encode(_scalar(value))


def _deep_pairs(prefix: str, value: object) -> Iterator[tuple[str, str]]:
    """deepObject, nested to any depth: ``where[or][0][status][equals]=SOLD``."""
    value = _to_plain(value)
    if isinstance(value, Mapping):
        for key, item in value.items():
            if item is not None and item is not NOT_GIVEN:
                yield from _deep_pairs(f"{prefix}[{key}]", item)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _deep_pairs(f"{prefix}[{index}]", item)
    else:
        yield prefix, _scalar(value)


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _query_pairs(param: Param, value: object) -> list[tuple[str, str]]:
    if param.style == "deepObject":
        return list(_deep_pairs(param.name, value))
    items, pairs = _items(value), _pairs(value)
    if items is not None:
        if param.explode:
            return [(param.name, v) for v in items]
        return [(param.name, _DELIMITERS.get(param.style, ",").join(items))]
    if pairs is not None:
        if param.explode:
            return pairs
        return [(param.name, ",".join(f"{k},{v}" for k, v in pairs))]
    return [(param.name, _scalar(value))]


def _header_value(param: Param, value: object) -> str:
    items, pairs = _items(value), _pairs(value)
    if items is not None:
        return ",".join(items)
    if pairs is not None:
        return ",".join(f"{k}={v}" if param.explode else f"{k},{v}" for k, v in pairs)
    return _scalar(value)


def _cookie_pairs(param: Param, value: object) -> list[tuple[str, str]]:
    return [(name, _encode_segment(text)) for name, text in _query_pairs(param, value)]


_UNSAFE_HEADER_CHARACTERS = re.compile(r"[\r\n\x00]")


def check_header(name: str, value: str) -> str:
    """``value``, once it is known not to smuggle another header line."""
    if _UNSAFE_HEADER_CHARACTERS.search(name) or _UNSAFE_HEADER_CHARACTERS.search(
        value
    ):
        raise ValueError(
            f"header {name!r}: carriage return, line feed and NUL are not allowed"
        )
    return value


# --- bodies ------------------------------------------------------------------------------


def _jsonable(value: object) -> Any:
    """JSON-ready data: models by wire name with only the fields set; NOT_GIVEN entries dropped."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items() if v is not NOT_GIVEN}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return pydantic_core.to_jsonable_python(value)  # datetime, UUID, Decimal, enums ...


def _is_file(value: object) -> bool:
    return isinstance(value, (bytes, bytearray, tuple)) or hasattr(value, "read")


@dataclass(slots=True)
class _Body:
    """What httpx is given to send a request body."""

    content: bytes | None = None
    data: dict[str, Any] | None = None
    files: list[tuple[str, Any]] | None = None
    content_type: str | None = None


def _encode_body(
    kind: ContentKind | None, content_type: str | None, body: object
) -> _Body:
    if body is NOT_GIVEN or kind is None or kind == "empty":
        return _Body()
    if kind == "json":
        encoded = json.dumps(
            _jsonable(body), separators=(",", ":"), ensure_ascii=False
        ).encode()
        return _Body(content=encoded, content_type=content_type or "application/json")
    if kind == "text":
        return _Body(
            content=str(body).encode(), content_type=content_type or "text/plain"
        )
    if kind == "binary":
        # Read once, so that a retry re-sends the very same bytes.
        raw = body.read() if hasattr(body, "read") else body
        return _Body(
            content=bytes(cast(bytes, raw)),
            content_type=content_type or "application/octet-stream",
        )
    fields = (
        body.model_dump(by_alias=True, exclude_unset=True)
        if isinstance(body, pydantic.BaseModel)
        else body
    )
    if not isinstance(fields, Mapping):
        raise TypeError(
            f"a {kind} body must be a mapping or a model, not {type(body).__name__}"
        )
    present = {
        str(k): v for k, v in fields.items() if v is not NOT_GIVEN and v is not None
    }
    if kind == "form":
        pairs = [p for k, v in present.items() for p in _query_pairs(_form_field(k), v)]
        return _Body(
            content=urlencode(pairs).encode(),
            content_type="application/x-www-form-urlencoded",
        )
    data: dict[str, Any] = {}
    files: list[tuple[str, Any]] = []
    for key, value in present.items():
        if _is_file(value):
            files.append((key, value))
        elif isinstance(value, list) and value and all(_is_file(v) for v in value):
            files += [(key, v) for v in value]
        elif isinstance(value, (Mapping, pydantic.BaseModel)) or (
            isinstance(value, list)
            and any(isinstance(v, (Mapping, pydantic.BaseModel)) for v in value)
        ):
            data[key] = json.dumps(
                _jsonable(value), separators=(",", ":")
            )  # objects travel as JSON parts
        elif isinstance(value, list):
            data[key] = [_scalar(v) for v in value]
        else:
            data[key] = _scalar(value)
    if not files:
        # httpx sends fields without files as a urlencoded form: text-only parts keep the
        # body multipart as parts without a file name.
        files = [
            (key, (None, v))
            for key, value in data.items()
            for v in (value if isinstance(value, list) else [value])
        ]
        data = {}
    # httpx sets the multipart content type itself, with the boundary.
    return _Body(data=data, files=files)


def _form_field(name: str) -> Param:
    """How a urlencoded body field is written: as an exploded form query parameter."""
    return Param(name, "query")


# --- per-endpoint plan -------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_REFUSED_SEGMENTS = frozenset({"", ".", ".."})


class _ReplyParser:
    """Parses one documented response body: straight from bytes, leniently when it must."""

    __slots__ = ("_adapter", "_model", "reply")

    def __init__(self, reply: Reply) -> None:
        self.reply = reply
        tp = reply.type
        is_model = isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)
        self._model: type[pydantic.BaseModel] | None = tp if is_model else None
        self._adapter: pydantic.TypeAdapter[Any] | None = None

    def adapter(self) -> pydantic.TypeAdapter[Any]:
        if self._adapter is None:
            self._adapter = pydantic.TypeAdapter(self.reply.type)
        return self._adapter

    def parse(self, response: httpx.Response, strict: bool) -> Any:
        kind = self.reply.kind
        if kind == "empty" or self.reply.type is None:
            return None
        if kind == "binary":
            return response.content
        if kind != "json":
            return response.text
        return self.parse_json(response.content, response, strict)

    def item_parser(
        self, response: httpx.Response, strict: bool
    ) -> Callable[[str], Any]:
        """How one event's data, or one line, of a stream is parsed."""
        if self.reply.kind == "sse" and self.reply.type is str:
            return str  # text events, not JSON
        return functools.partial(self.parse_json, response=response, strict=strict)

    def parse_json(
        self, content: str | bytes, response: httpx.Response, strict: bool
    ) -> Any:
        try:
            if self._model is not None:
                return self._model.model_validate_json(content)
            return self.adapter().validate_json(content)
        except pydantic.ValidationError as invalid:
            try:
                data = json.loads(content)
            except ValueError:
                data = content if isinstance(content, str) else response.text
            if strict:
                raise APIResponseValidationError(
                    f"{response.status_code} response does not match the documented type: {invalid}",
                    response=response,
                    body=data,
                ) from invalid
            # Imported on first use, as the models are: defining a pydantic model costs
            # importing pydantic's machinery, which constructing a client does not need.
            from ._models import lenient_validate

            return lenient_validate(self.reply.type, data)


def _undocumented(response: httpx.Response) -> Any:
    """A success nobody documented: None when empty, JSON when it is JSON, else text."""
    if not response.content:
        return None
    if "json" in response.headers.get("content-type", ""):
        return json.loads(response.content)
    return response.text


class _Plan:
    """An endpoint's path template split up, parameters grouped by location, replies by status."""

    __slots__ = (
        "accept",
        "cookies",
        "default",
        "exact",
        "headers",
        "path_params",
        "path_parts",
        "query",
        "ranges",
        "stream",
    )

    def __init__(self, endpoint: Endpoint[Any]) -> None:
        by_name = {p.name: p for p in endpoint.params if p.location == "path"}
        pieces = _PLACEHOLDER.split(endpoint.path)
        # Even indexes are literal text, odd ones placeholder names.
        self.path_parts: tuple[str | Param, ...] = tuple(
            by_name.get(piece, "{" + piece + "}") if index % 2 else piece
            for index, piece in enumerate(pieces)
            if piece
        )
        self.path_params = tuple(p for p in self.path_parts if isinstance(p, Param))
        self.query = tuple(p for p in endpoint.params if p.location == "query")
        self.headers = tuple(p for p in endpoint.params if p.location == "header")
        self.cookies = tuple(p for p in endpoint.params if p.location == "cookie")
        self.exact: dict[int, _ReplyParser] = {}
        self.ranges: dict[int, _ReplyParser] = {}
        self.default: _ReplyParser | None = None
        # JSON when a documented success is JSON (or none has a body); an endpoint that
        # answers only text or bytes must not be refused by an Accept naming JSON alone.
        kinds = {reply.kind for reply in endpoint.replies} - {"empty"}
        self.accept = "application/json" if "json" in kinds or not kinds else "*/*"
        streams = [r for r in endpoint.replies if r.kind in ("sse", "jsonl")]
        self.stream = _ReplyParser(streams[0]) if streams else None
        if streams:
            types = dict.fromkeys(r.media_type or "*/*" for r in streams)
            self.accept = ", ".join(types)
        for reply in endpoint.replies:
            status = reply.status.upper()
            if status.isdigit():
                self.exact[int(status)] = _ReplyParser(reply)
            elif len(status) == 3 and status.endswith("XX") and status[0].isdigit():
                self.ranges[int(status[0])] = _ReplyParser(reply)
            elif status == "DEFAULT":
                self.default = _ReplyParser(reply)

    def path(self, args: Mapping[str, object]) -> str:
        if not self.path_params:
            return "".join(cast("tuple[str, ...]", self.path_parts))
        out = []
        for part in self.path_parts:
            if isinstance(part, str):
                out.append(part)
                continue
            value = args.get(part.key, NOT_GIVEN)
            if value is None or value is NOT_GIVEN:
                raise ValueError(f"path parameter {part.key!r} is required")
            text = _path_value(part, value)
            if text in _REFUSED_SEGMENTS:
                raise ValueError(
                    f"path parameter {part.key!r} must not be empty, '.' or '..', got {value!r}"
                )
            out.append(text)
        return "".join(out)

    def parser_for(self, status: int) -> _ReplyParser | None:
        return self.exact.get(status) or self.ranges.get(status // 100) or self.default

    def stream_of(
        self, response: APIResponse[Any], strict: bool
    ) -> tuple[httpx.Response, StreamKind, Callable[[str], Any]]:
        """What a Stream over the response is made of: the documented stream of its status,
        else the endpoint's first (a 204, say, is then an empty stream)."""
        parser = self.parser_for(response.status_code)
        if parser is None or parser.reply.kind not in ("sse", "jsonl"):
            parser = self.stream
        if parser is None:
            raise TypeError("the endpoint documents no stream")
        kind: StreamKind = "sse" if parser.reply.kind == "sse" else "jsonl"
        http_response = response.http_response
        return http_response, kind, parser.item_parser(http_response, strict)


# --- responses ---------------------------------------------------------------------------


class APIResponse(Generic[T]):
    """A response as it came, with ``parse()`` for the documented type."""

    __slots__ = (
        "_parsed",
        "_parser",
        "_strict",
        "elapsed",
        "http_response",
        "retries_taken",
    )

    _MISSING: ClassVar[object] = object()

    def __init__(
        self,
        http_response: httpx.Response,
        parser: _ReplyParser | None,
        *,
        strict: bool,
        retries_taken: int,
        elapsed: timedelta,
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self.elapsed = elapsed
        """Time from sending the request of the last attempt to reading its whole response."""
        self._parser = parser
        self._strict = strict
        self._parsed: object = self._MISSING

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    def parse(self) -> T:
        """The body as the documented type (parsed once, then cached)."""
        if self._parsed is self._MISSING:
            parser = self._parser
            response = self.http_response
            self._parsed = (
                parser.parse(response, self._strict)
                if parser
                else _undocumented(response)
            )
        return cast(T, self._parsed)

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code} {self.http_response.reason_phrase}]>"


class _Unparsed:
    """Stands in for an APIResponse in raw-response mode: its ``parse()`` is the response itself."""

    __slots__ = ("_response",)

    def __init__(self, response: APIResponse[Any]) -> None:
        self._response = response

    def parse(self) -> APIResponse[Any]:
        return self._response


# Set while a ``with_raw_response`` method runs: the request hands back the APIResponse.
_raw_mode: contextvars.ContextVar[bool] = contextvars.ContextVar(
    __name__ + "._raw_mode", default=False
)


@contextlib.contextmanager
def _parsing() -> Iterator[bool]:
    """Requests made inside parse as usual, even under a raw-response wrapper; yields
    whether one is active (the method then hands back the response it builds on)."""
    token = _raw_mode.set(False)
    try:
        yield token.old_value is True
    finally:
        _raw_mode.reset(token)


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """The same method, returning the APIResponse instead of the parsed body."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _raw_mode.set(True)
        try:
            return cast(APIResponse[R], method(*args, **kwargs))
        finally:
            _raw_mode.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """The same async method, returning the APIResponse instead of the parsed body."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _raw_mode.set(True)
        try:
            return cast(APIResponse[R], await method(*args, **kwargs))
        finally:
            _raw_mode.reset(token)

    return wrapped


# --- the client core, shared by the sync and async clients -------------------------------


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asks us to wait: ``retry-after-ms``, or ``Retry-After`` (seconds or a date)."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    after = headers.get("retry-after")
    if after is None:
        return None
    try:
        return float(after)
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(after)
    except (TypeError, ValueError):
        return None
    return moment.timestamp() - time.time()


# Methods that have the same effect however often they are sent (RFC 9110, 9.2.2).
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})
# Failures before a byte of the request left: it cannot have reached the API.
_NOT_SENT = (
    httpx.ConnectError,  # refused, DNS, TLS handshake
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
)


def _refused(response: httpx.Response) -> bool:
    """Whether the API turned the request away without carrying it out: a 4xx, or a 503
    that says when to come back. Any other 5xx may come after the work was done."""
    status = response.status_code
    if status < 500:
        return True
    return status == 503 and _retry_after(response.headers) is not None


def _should_retry(response: httpx.Response, replayable: bool) -> bool:
    hint = response.headers.get("x-should-retry")
    if hint == "true":
        return True
    if hint == "false":
        return False
    status = response.status_code
    if status in (408, 409, 429):
        return True
    return status >= 500 and (replayable or _refused(response))


class _Attempts:
    """The attempts of one call: whether another may follow, and the error when none does.

    An attempt that may have reached the API is repeated only when that cannot apply the
    request twice: an idempotent method, or an idempotency key the API honours.
    """

    __slots__ = ("call", "reached", "retries_taken")

    def __init__(self, call: _Call) -> None:
        self.call = call
        self.retries_taken = 0
        self.reached = False  # some attempt so far may have reached the API

    def after_failure(self, failure: httpx.TransportError) -> float:
        """The wait before the next attempt; raises the caller's error when there is none."""
        call = self.call
        self.reached |= not isinstance(failure, _NOT_SENT)
        if self.retries_taken >= call.max_retries or (
            self.reached and not call.replayable
        ):
            error = (
                APITimeoutError
                if isinstance(failure, httpx.TimeoutException)
                else APIConnectionError
            )
            raise error(call.request, may_have_been_applied=self.reached) from failure
        return self._next(type(failure).__name__, None)

    def after_status(self, response: httpx.Response) -> float:
        """The wait before the next attempt; raises the status error when there is none."""
        earlier = self.reached
        self.reached |= not _refused(response)
        if self.retries_taken >= self.call.max_retries or not _should_retry(
            response, self.call.replayable
        ):
            raise make_status_error(
                response,
                may_have_been_applied=self.reached,
                earlier_attempt_reached=earlier,
            )
        return self._next(f"status {response.status_code}", response)

    def _next(self, reason: str, response: httpx.Response | None) -> float:
        delay = _retry_delay(self.retries_taken, response)
        self.call.log_retry(reason, delay, self.retries_taken)
        self.retries_taken += 1
        return delay


def _retry_delay(retries_taken: int, response: httpx.Response | None) -> float:
    if response is not None:
        after = _retry_after(response.headers)
        if after is not None and 0 < after <= MAX_RETRY_AFTER:
            return after
    delay = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_RETRY_DELAY)
    # Jitter spreads out clients that failed together.
    return delay * (1 - 0.25 * random.random())


def _as_timeout(timeout: Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def configure_logging(env_var: str) -> None:
    """``<env_var>=debug|info`` sends this SDK's log lines to stderr at that level."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(env_var, "").lower()
    )
    if level is not None and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(
            logging.Formatter(
                "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"
            )
        )
        logger.addHandler(handler)
        logger.setLevel(level)


@dataclass(frozen=True, slots=True)
class _Call:
    """One prepared request, sent as many times as retries allow."""

    request: httpx.Request
    plan: _Plan
    max_retries: int
    replayable: bool  # sending it again cannot apply it twice
    log_url: str

    @property
    def stream(self) -> bool:
        """The body is left for a Stream to read as it arrives (an error's is read at once)."""
        return self.plan.stream is not None

    def log_retry(self, reason: str, delay: float, retries_taken: int) -> None:
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "retrying %s %s in %.2f s after %s (retry %d of %d)",
                self.request.method,
                self.log_url,
                delay,
                reason,
                retries_taken + 1,
                self.max_retries,
            )


class _ClientCore:
    """Configuration and request building shared by both clients."""

    # Set by each generated client class.
    _schemes: ClassVar[tuple[Scheme, ...]] = ()
    _security: ClassVar[tuple[tuple[str, ...], ...]] = ()
    _base_url_env: ClassVar[str] = ""
    _server_url: ClassVar[str | None] = None
    _server_variables: ClassVar[Mapping[str, str]] = {}
    _environments: ClassVar[Mapping[str, str]] = {}
    _environment_env: ClassVar[str] = ""
    _user_agent: ClassVar[str] = ""  # "<distribution>/<version>"
    _owns_http_client: bool
    _base_url_chosen: bool

    def _configure(
        self,
        *,
        credentials: Mapping[str, str | None],
        base_url: str | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Headers | None,
        default_query: Query | None,
        strict: bool,
        environment: str | None = None,
    ) -> None:
        self._credentials = self._resolve_credentials(credentials)
        self._environment = environment
        # A base URL the caller chose (a mock, a proxy) also wins over per-operation servers.
        from_env = None if environment else os.environ.get(self._base_url_env)
        self._base_url_chosen = bool(base_url or from_env)
        self.base_url = (
            base_url or from_env or self._resolve_base_url(environment)
        ).rstrip("/")
        self.timeout = (
            DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else _as_timeout(timeout)
        )
        self.max_retries = max_retries
        self.strict = strict
        self._default_query = dict(default_query or {})
        self._default_headers = {
            name: check_header(name, value)
            for name, value in (default_headers or {}).items()
        }
        user_agent = f"{self._user_agent} {_PYTHON_VERSION}".lstrip()
        self._headers = {"User-Agent": user_agent, **self._default_headers}
        self._secret_query_names = frozenset(
            s.wire_name for s in self._schemes if s.location == "query"
        )
        self._default_auth = self._auth(self._security)

    def _resolve_credentials(self, given: Mapping[str, str | None]) -> dict[str, str]:
        """Credentials by scheme key: the argument, else its environment variable."""
        found: dict[str, str] = {}
        for scheme in self._schemes:
            value = given.get(scheme.key) or os.environ.get(scheme.env_var)
            if value:
                found[scheme.key] = value
        required = len(self._schemes) == 1 and self._security and all(self._security)
        if required and not found:
            scheme = self._schemes[0]
            raise ConfigurationError(
                f"{type(self).__name__} needs a credential: pass {scheme.param}=... or set the"
                f" {scheme.env_var} environment variable"
            )
        return found

    def _resolve_base_url(self, environment: str | None) -> str:
        """The server of the named environment (the argument, else the environment variable),
        else the API's first server with its variables' defaults."""
        name = environment or (
            os.environ.get(self._environment_env) if self._environment_env else None
        )
        if name:
            if name not in self._environments:
                known = ", ".join(map(repr, self._environments))
                raise ConfigurationError(
                    f"unknown environment {name!r}: the API names {known or 'none'}"
                )
            return self._environments[name]
        if self._server_url is None:
            raise ConfigurationError(
                f"the API names no server: pass base_url=... or set the {self._base_url_env} environment variable"
            )
        url = self._server_url
        for name, default in self._server_variables.items():
            url = url.replace("{" + name + "}", default)
        return url

    def _auth(
        self, requirement: tuple[tuple[str, ...], ...]
    ) -> tuple[dict[str, str], list[tuple[str, str]], list[str]]:
        """Headers, query pairs and cookies of the first alternative whose credentials are all present."""
        headers: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        cookies: list[str] = []
        by_key = {s.key: s for s in self._schemes}
        for alternative in requirement:
            if not all(
                key in self._credentials and key in by_key for key in alternative
            ):
                continue
            for key in alternative:
                scheme, secret = by_key[key], self._credentials[key]
                if scheme.kind == "basic":
                    secret = "Basic " + base64.b64encode(secret.encode()).decode()
                elif " " not in secret:
                    # A credential with a space carries its own scheme (`JWT <token>`): as it is.
                    secret = scheme.prefix + secret
                if scheme.location == "header":
                    headers[scheme.wire_name] = check_header(scheme.wire_name, secret)
                elif scheme.location == "query":
                    query.append((scheme.wire_name, secret))
                else:
                    cookies.append(f"{scheme.wire_name}={_encode_segment(secret)}")
            break
        return headers, query, cookies

    def _prepare(
        self,
        http_client: httpx.Client | httpx.AsyncClient,
        endpoint: Endpoint[Any],
        args: Mapping[str, object],
        *,
        body: object,
        extra_headers: Headers | None,
        extra_query: Query | None,
        timeout: Timeout | NotGiven,
        max_retries: int | NotGiven,
    ) -> _Call:
        plan = endpoint.plan
        own_server = endpoint.servers and not self._base_url_chosen
        base = endpoint.servers[0].rstrip("/") if own_server else self.base_url
        url = base + plan.path(args)
        auth_headers, auth_query, auth_cookies = (
            self._default_auth
            if endpoint.security is None
            else self._auth(endpoint.security)
        )
        headers = {"Accept": plan.accept, **self._headers, **auth_headers}
        for param in plan.headers:
            value = args.get(param.key)
            if value is not None and value is not NOT_GIVEN:
                headers[param.name] = check_header(
                    param.name, _header_value(param, value)
                )
        cookies = list(auth_cookies)
        for param in plan.cookies:
            value = args.get(param.key)
            if value is not None and value is not NOT_GIVEN:
                cookies += [
                    f"{name}={text}" for name, text in _cookie_pairs(param, value)
                ]
        if cookies:
            headers["Cookie"] = check_header("Cookie", "; ".join(cookies))
        # Any: httpx's parameter type is a union that a list of str pairs does not match (invariance).
        query: list[tuple[str, Any]] = [
            (k, _scalar(v)) for k, v in self._default_query.items()
        ]
        for param in plan.query:
            value = args.get(param.key)
            if value is not None and value is not NOT_GIVEN:
                query += _query_pairs(param, value)
        if extra_query:
            query += [(k, _scalar(v)) for k, v in extra_query.items() if v is not None]
        query += auth_query
        encoded = _encode_body(endpoint.body_kind, endpoint.content_type, body)
        if encoded.content_type is not None:
            headers["Content-Type"] = encoded.content_type
        if extra_headers:
            for name, value in extra_headers.items():
                headers[name] = check_header(name, value)
        replayable = endpoint.method in _IDEMPOTENT_METHODS
        key_header = endpoint.idempotency_header
        if key_header is not None:
            replayable = True
            if key_header.lower() not in {name.lower() for name in headers}:
                headers[key_header] = str(uuid.uuid4())
        request = http_client.build_request(
            endpoint.method,
            url,
            params=query or None,
            headers=headers,
            content=encoded.content,
            data=encoded.data,
            files=encoded.files,
            timeout=(
                self.timeout if isinstance(timeout, NotGiven) else _as_timeout(timeout)
            ),
        )
        retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        return _Call(
            request,
            plan,
            retries,
            replayable,
            (
                self._loggable_url(request.url)
                if logger.isEnabledFor(logging.INFO)
                else ""
            ),
        )

    def _loggable_url(self, url: httpx.URL) -> str:
        """The URL with every credential carried in its query replaced by <redacted>."""
        if not self._secret_query_names or not url.query:
            return str(url)
        pairs = [
            f"{quote(k)}={REDACTED if k in self._secret_query_names else quote(v)}"
            for k, v in url.params.multi_items()
        ]
        return str(url.copy_with(query=None)) + "?" + "&".join(pairs)

    def _log_response(
        self, call: _Call, response: httpx.Response, attempt: int, started: float
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %d %s (attempt %d, %.3f s)",
                call.request.method,
                call.log_url,
                response.status_code,
                response.reason_phrase,
                attempt,
                time.perf_counter() - started,
            )

    def _success(
        self,
        call: _Call,
        response: httpx.Response,
        attempts: _Attempts,
        started: float,
    ) -> APIResponse[Any]:
        return APIResponse(
            response,
            call.plan.parser_for(response.status_code),
            strict=self.strict,
            retries_taken=attempts.retries_taken,
            elapsed=timedelta(seconds=time.perf_counter() - started),
        )

    def _next_page_args(
        self, spec: PageSpec, args: Mapping[str, object], page: object
    ) -> dict[str, object] | None:
        if not getattr(page, spec.has_next, None):
            return None
        next_page = getattr(page, spec.next_page, None)
        if next_page is None:
            return None
        return {**args, spec.page_param: next_page}

    def _copy_with(
        self,
        credentials: Mapping[str, str | None],
        *,
        base_url: str | None,
        timeout: Timeout | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Headers | None,
        default_query: Query | None,
        strict: bool | NotGiven,
    ) -> Self:
        """A client sharing this one's connection pool, with the given settings replaced."""
        copy = object.__new__(type(self))
        # Resources hold the client they were made for, so the copy makes its own.
        copy.__dict__.update(
            {
                k: v
                for k, v in self.__dict__.items()
                if not isinstance(v, (SyncAPIResource, AsyncAPIResource))
            }
        )
        copy._owns_http_client = False
        copy._configure(
            credentials={
                **self._credentials,
                **{k: v for k, v in credentials.items() if v is not None},
            },
            base_url=base_url or (self.base_url if self._base_url_chosen else None),
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=(
                self.max_retries if isinstance(max_retries, NotGiven) else max_retries
            ),
            default_headers={**self._default_headers, **(default_headers or {})},
            default_query={**self._default_query, **(default_query or {})},
            strict=self.strict if isinstance(strict, NotGiven) else strict,
            environment=self._environment,
        )
        return copy

    def __repr__(self) -> str:
        # Credentials are deliberately left out.
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"


class SyncAPIClient(_ClientCore):
    """The synchronous client: sends requests through an ``httpx.Client``."""

    def __init__(self, *, http_client: httpx.Client | None, **settings: Any) -> None:
        self._configure(**settings)
        self._owns_http_client = http_client is None
        self._http_client = http_client if http_client is not None else httpx.Client()

    def _sleep(self, seconds: float) -> None:
        """Every wait between attempts goes through here (tests replace it)."""
        time.sleep(seconds)

    def request(
        self,
        endpoint: Endpoint[T],
        args: Mapping[str, object],
        *,
        body: object = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[T]:
        """Send the request, retrying as configured; a 4xx or 5xx raises after the last attempt."""
        call = self._prepare(
            self._http_client,
            endpoint,
            args,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        response = self._send(call)
        if _raw_mode.get():
            return cast(APIResponse[T], _Unparsed(response))
        return response

    def call(
        self,
        endpoint: Endpoint[T],
        args: Mapping[str, object],
        *,
        body: object = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> T:
        """Send the request as ``request`` does; the parsed body (under a raw-response
        wrapper, the APIResponse)."""
        return self.request(endpoint, args, body=body, **options).parse()

    def _send(self, call: _Call) -> APIResponse[Any]:
        attempts = _Attempts(call)
        while True:
            started = time.perf_counter()
            try:
                response = self._http_client.send(call.request, stream=call.stream)
                if call.stream and response.status_code >= 400:
                    response.read()
            except httpx.TransportError as failure:
                self._sleep(attempts.after_failure(failure))
                continue
            self._log_response(call, response, attempts.retries_taken + 1, started)
            if response.status_code < 400:
                return self._success(call, response, attempts, started)
            delay = attempts.after_status(response)
            response.close()
            self._sleep(delay)

    def request_page(
        self,
        endpoint: Endpoint[Any],
        args: Mapping[str, object],
        *,
        body: object = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Any]:
        """The first page, fetched now; iterating the page walks every following page."""
        options = _PageOptions(body, extra_headers, extra_query, timeout, max_retries)
        with _parsing() as raw:
            response = self.request(endpoint, args, **options.as_kwargs())
        page = SyncPage[Any](self, endpoint, dict(args), options, response)
        if raw:
            return cast(SyncPage[Any], _RawResponse(response, page))
        return page

    def request_stream(
        self,
        endpoint: Endpoint[T],
        args: Mapping[str, object],
        *,
        body: object = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Stream[T]:
        """Send the request as ``request`` does; the stream reads the body as it arrives."""
        with _parsing() as raw:
            response = self.request(endpoint, args, body=body, **options)
        stream = Stream[T](*endpoint.plan.stream_of(response, self.strict))
        return cast(Stream[T], _RawResponse(response, stream)) if raw else stream

    def close(self) -> None:
        """Close the connection pool, unless it was passed in as ``http_client``."""
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_ClientCore):
    """The asynchronous client: sends requests through an ``httpx.AsyncClient``."""

    def __init__(
        self, *, http_client: httpx.AsyncClient | None, **settings: Any
    ) -> None:
        self._configure(**settings)
        self._owns_http_client = http_client is None
        self._http_client = (
            http_client if http_client is not None else httpx.AsyncClient()
        )

    async def _sleep(self, seconds: float) -> None:
        """Every wait between attempts goes through here (tests replace it)."""
        await anyio.sleep(seconds)

    async def request(
        self,
        endpoint: Endpoint[T],
        args: Mapping[str, object],
        *,
        body: object = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[T]:
        """Send the request, retrying as configured; a 4xx or 5xx raises after the last attempt."""
        call = self._prepare(
            self._http_client,
            endpoint,
            args,
            body=body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            max_retries=max_retries,
        )
        response = await self._send(call)
        if _raw_mode.get():
            return cast(APIResponse[T], _Unparsed(response))
        return response

    async def call(
        self,
        endpoint: Endpoint[T],
        args: Mapping[str, object],
        *,
        body: object = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> T:
        """Send the request as ``request`` does; the parsed body (under a raw-response
        wrapper, the APIResponse)."""
        return (await self.request(endpoint, args, body=body, **options)).parse()

    async def _send(self, call: _Call) -> APIResponse[Any]:
        attempts = _Attempts(call)
        while True:
            started = time.perf_counter()
            try:
                response = await self._http_client.send(
                    call.request, stream=call.stream
                )
                if call.stream and response.status_code >= 400:
                    await response.aread()
            except httpx.TransportError as failure:
                await self._sleep(attempts.after_failure(failure))
                continue
            self._log_response(call, response, attempts.retries_taken + 1, started)
            if response.status_code < 400:
                return self._success(call, response, attempts, started)
            delay = attempts.after_status(response)
            await response.aclose()
            await self._sleep(delay)

    def request_page(
        self,
        endpoint: Endpoint[Any],
        args: Mapping[str, object],
        *,
        body: object = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Any]:
        """The first page, fetched when awaited or iterated; iterating walks every following page."""
        options = _PageOptions(body, extra_headers, extra_query, timeout, max_retries)
        page = AsyncPage[Any](self, endpoint, dict(args), options)
        if _raw_mode.get():
            return cast(AsyncPage[Any], page.first_response())
        return page

    async def request_stream(
        self,
        endpoint: Endpoint[T],
        args: Mapping[str, object],
        *,
        body: object = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[T]:
        """Send the request as ``request`` does; the stream reads the body as it arrives."""
        with _parsing() as raw:
            response = await self.request(endpoint, args, body=body, **options)
        stream = AsyncStream[T](*endpoint.plan.stream_of(response, self.strict))
        return cast(AsyncStream[T], _RawResponse(response, stream)) if raw else stream

    async def close(self) -> None:
        """Close the connection pool, unless it was passed in as ``http_client``."""
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class SyncAPIResource:
    """A group of operations; calls go through the client it was made for."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """A group of async operations; calls go through the client it was made for."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client


# --- pages -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _PageOptions:
    """The per-call options of the first page, repeated for every following page."""

    body: object
    extra_headers: Headers | None
    extra_query: Query | None
    timeout: Timeout | NotGiven
    max_retries: int | NotGiven

    def as_kwargs(self) -> dict[str, Any]:
        return {
            "body": self.body,
            "extra_headers": self.extra_headers,
            "extra_query": self.extra_query,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
        }


def _page_spec(endpoint: Endpoint[Any]) -> PageSpec:
    if endpoint.pagination is None:
        raise TypeError(f"{endpoint.method} {endpoint.path} is not paginated")
    return endpoint.pagination


class SyncPage(Generic[T]):
    """One page of results. Iterating it yields every item of this page and all the pages after it."""

    def __init__(
        self,
        client: SyncAPIClient,
        endpoint: Endpoint[Any],
        args: dict[str, object],
        options: _PageOptions,
        response: APIResponse[Any],
    ) -> None:
        self._client = client
        self._endpoint = endpoint
        self._spec = _page_spec(endpoint)
        self._args = args
        self._options = options
        self.response = response
        self.page: Any = response.parse()
        """The whole parsed page, with its counts."""

    @property
    def items(self) -> list[T]:
        """The items of this page only."""
        return list(getattr(self.page, self._spec.items, None) or ())

    def has_next_page(self) -> bool:
        return (
            self._client._next_page_args(self._spec, self._args, self.page) is not None
        )

    def get_next_page(self) -> SyncPage[T] | None:
        """The following page, or None after the last."""
        args = self._client._next_page_args(self._spec, self._args, self.page)
        if args is None:
            return None
        response = self._client.request(
            self._endpoint, args, **self._options.as_kwargs()
        )
        return SyncPage[T](self._client, self._endpoint, args, self._options, response)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page: SyncPage[T] | None = self
        while page is not None:
            yield page
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"<SyncPage of {len(self.items)} items>"


class AsyncPage(Generic[T]):
    """One page of results: ``await`` it for the first page; ``async for`` yields every item of every page."""

    def __init__(
        self,
        client: AsyncAPIClient,
        endpoint: Endpoint[Any],
        args: dict[str, object],
        options: _PageOptions,
        response: APIResponse[Any] | None = None,
    ) -> None:
        self._client = client
        self._endpoint = endpoint
        self._spec = _page_spec(endpoint)
        self._args = args
        self._options = options
        self._response = response

    async def first_response(self) -> _RawResponse[AsyncPage[T]]:
        """The raw first response, whose ``parse()`` is this page (raw-response mode)."""
        await self._load()
        assert self._response is not None
        return _RawResponse(self._response, self)

    async def _load(self) -> None:
        if self._response is None:
            with _parsing():
                self._response = await self._client.request(
                    self._endpoint, self._args, **self._options.as_kwargs()
                )

    @property
    def response(self) -> APIResponse[Any]:
        if self._response is None:
            raise RuntimeError("await the page before reading it")
        return self._response

    @property
    def page(self) -> Any:
        """The whole parsed page, with its counts."""
        return self.response.parse()

    @property
    def items(self) -> list[T]:
        """The items of this page only."""
        return list(getattr(self.page, self._spec.items, None) or ())

    def has_next_page(self) -> bool:
        return (
            self._client._next_page_args(self._spec, self._args, self.page) is not None
        )

    async def get_next_page(self) -> AsyncPage[T] | None:
        """The following page, or None after the last."""
        args = self._client._next_page_args(self._spec, self._args, self.page)
        if args is None:
            return None
        following = AsyncPage[T](self._client, self._endpoint, args, self._options)
        await following._load()
        return following

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        await self._load()
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        yield from self._load().__await__()
        return self

    def __repr__(self) -> str:
        loaded = (
            f"{len(self.items)} items" if self._response is not None else "not loaded"
        )
        return f"<AsyncPage {loaded}>"


class _RawResponse(APIResponse[T]):
    """The response a raw-response method hands back, whose ``parse()`` gives what the method
    returns otherwise: a first page, or a stream."""

    __slots__ = ()

    def __init__(self, response: APIResponse[Any], parsed: T) -> None:
        super().__init__(
            response.http_response,
            None,
            strict=response._strict,
            retries_taken=response.retries_taken,
            elapsed=response.elapsed,
        )
        self._parsed = parsed
