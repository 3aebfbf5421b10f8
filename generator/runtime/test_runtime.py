"""Tests of the runtime (requests, auth, retries, errors, parsing, pages, logging) against
httpx.MockTransport, each run with the sync and the async client.

The same file in every SDK: it tests the runtime alone, through clients and endpoints of its
own, and imports the SDK's runtime modules from ``_runtime`` beside it.
"""

from __future__ import annotations

import base64
import dataclasses
import email.utils
import json
import logging
import platform
import time
from collections.abc import Callable
from datetime import timedelta
from enum import Enum
from typing import Any, ClassVar

import httpx
import pydantic
import pytest
from _runtime import base, errors, models
from pydantic import Field

BASE_URL = "http://api.test"
SECRET = "sk-test-0123456789-secret"
PAYLOAD_404 = {"errors": [{"message": "The requested resource was not found."}]}

Handler = Callable[[httpx.Request], httpx.Response]
AnyClient = base.SyncAPIClient | base.AsyncAPIClient


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --- models and endpoints of a synthetic API, so the tests fit any generated SDK ----------


class Status(str, Enum):
    SOLD = "SOLD"
    PENDING = "Pending"


class Item(models.BaseModel):
    id: str
    status: models.OpenEnum[Status] | None = None
    tags: list[str] | None = None
    child: Item | None = None


class ItemPage(models.BaseModel):
    docs: list[Item]
    has_next_page: bool = Field(alias="hasNextPage")
    next_page: int | None = Field(default=None, alias="nextPage")


def path_param(style: str = "simple", explode: bool = False) -> base.Param:
    return base.Param("p", "path", style=style, explode=explode)  # type: ignore[arg-type]


GET_ITEM: base.Endpoint[Item] = base.Endpoint(
    method="GET",
    path="/items/{p}",
    params=(path_param(),),
    replies=(
        base.Reply(status="200", kind="json", type=Item),
        base.Reply(status="204", kind="empty", type=None),
        base.Reply(status="2XX", kind="text", type=str),
        base.Reply(status="default", kind="binary", type=bytes),
    ),
)
LIST_ITEMS: base.Endpoint[list[Item]] = base.Endpoint(
    method="GET",
    path="/items",
    replies=(base.Reply(status="200", kind="json", type=list[Item]),),
)
PAGE_PARAM = base.Param("page", "query")
FIND_ITEMS: base.Endpoint[ItemPage] = base.Endpoint(
    method="GET",
    path="/items",
    params=(PAGE_PARAM,),
    replies=(base.Reply(status="200", kind="json", type=ItemPage),),
    pagination=base.PageSpec(
        items="docs", page_param="page", has_next="has_next_page", next_page="next_page"
    ),
)


def body_endpoint(kind: str, content_type: str | None = None) -> base.Endpoint[Item]:
    return base.Endpoint(
        method="POST",
        path="/items",
        replies=(base.Reply(status="201", kind="json", type=Item),),
        body_kind=kind,  # type: ignore[arg-type]
        content_type=content_type,
    )


# --- clients as the generated ones are built on the runtime ------------------------------


class RuntimeClient(base.SyncAPIClient):
    """A client of an API without security schemes."""

    _base_url_env = "RUNTIME_TEST_BASE_URL"
    _user_agent = "runtime-test/1.0"


class AsyncRuntimeClient(base.AsyncAPIClient):
    _base_url_env = RuntimeClient._base_url_env
    _user_agent = RuntimeClient._user_agent


def with_options(client: AnyClient, **settings: Any) -> AnyClient:
    """What a generated client's ``with_options`` does: a copy with the settings given
    replaced, the rest kept."""
    unchanged: dict[str, Any] = {
        "base_url": None,
        "timeout": base.NOT_GIVEN,
        "max_retries": base.NOT_GIVEN,
        "default_headers": None,
        "default_query": None,
        "strict": base.NOT_GIVEN,
    }
    return client._copy_with({}, **{**unchanged, **settings})


# --- running the same test against the sync and the async client -------------------------


class Harness:
    """Builds a client of either kind over a MockTransport and awaits whatever must be awaited."""

    def __init__(self, is_async: bool, monkeypatch: pytest.MonkeyPatch) -> None:
        self.is_async = is_async
        self.monkeypatch = monkeypatch
        self.sleeps: list[float] = []
        self.requests: list[httpx.Request] = []

    def transport(self, handler: Handler) -> httpx.MockTransport:
        def recording(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            return handler(request)

        return httpx.MockTransport(recording)

    def record_sleeps(self, client: AnyClient) -> None:
        if isinstance(client, base.SyncAPIClient):
            self.monkeypatch.setattr(client, "_sleep", self.sleeps.append)
        else:

            async def sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            self.monkeypatch.setattr(client, "_sleep", sleep)

    def client(
        self, handler: Handler, *, schemes: bool = False, **options: Any
    ) -> AnyClient:
        """A client over a MockTransport of handler: a RuntimeClient, or with schemes a
        SchemeClient (whose credentials are options["credentials"])."""
        settings: dict[str, Any] = {
            "credentials": {},
            "base_url": BASE_URL,
            "timeout": base.NOT_GIVEN,
            "max_retries": 2,
            "default_headers": None,
            "default_query": None,
            "strict": False,
            **options,
        }
        client: AnyClient
        if self.is_async:
            kind = AsyncSchemeClient if schemes else AsyncRuntimeClient
            client = kind(
                http_client=httpx.AsyncClient(transport=self.transport(handler)),
                **settings,
            )
        else:
            sync_kind = SchemeClient if schemes else RuntimeClient
            client = sync_kind(
                http_client=httpx.Client(transport=self.transport(handler)), **settings
            )
        self.record_sleeps(client)
        return client

    def scheme_client(
        self, handler: Handler, credentials: dict[str, str | None]
    ) -> AnyClient:
        return self.client(handler, schemes=True, credentials=credentials)

    async def request(
        self,
        client: AnyClient,
        endpoint: base.Endpoint[Any],
        args: dict[str, object] | None = None,
        **options: Any,
    ) -> base.APIResponse[Any]:
        if isinstance(client, base.SyncAPIClient):
            return client.request(endpoint, args or {}, **options)
        return await client.request(endpoint, args or {}, **options)

    async def items(
        self, client: AnyClient, endpoint: base.Endpoint[Any], args: dict[str, object]
    ) -> list[Any]:
        """Every item of every page, by iterating the first page."""
        if isinstance(client, base.SyncAPIClient):
            return list(client.request_page(endpoint, args))
        return [item async for item in client.request_page(endpoint, args)]


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def harness(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Harness:
    return Harness(request.param, monkeypatch)


def json_reply(body: object, status: int = 200, **headers: str) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, headers=headers)

    return handler


def sequence(*responses: httpx.Response | Exception) -> Handler:
    """Answers with each response in turn (raising the exceptions), repeating the last."""
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler


ITEM = {"id": "it_1", "status": "SOLD", "tags": ["a"]}


# --- errors ------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
async def test_status_maps_to_error_class(
    harness: Harness, status: int, error_class: type[errors.APIStatusError]
) -> None:
    client = harness.client(
        json_reply(PAYLOAD_404, status, **{"x-request-id": "req_42"}), max_retries=0
    )
    with pytest.raises(errors.APIStatusError) as raised:
        await harness.request(client, GET_ITEM, {"p": "x"})
    assert type(raised.value) is error_class
    assert raised.value.status_code == status
    assert raised.value.request_id == "req_42"
    assert raised.value.body == PAYLOAD_404
    assert raised.value.response.status_code == status


@pytest.mark.anyio
async def test_error_message_carries_payload_error_texts(harness: Harness) -> None:
    body = {
        "errors": [
            {"message": "The requested resource was not found."},
            {"message": "Really."},
        ]
    }
    client = harness.client(json_reply(body, 404), max_retries=0)
    with pytest.raises(errors.NotFoundError) as raised:
        await harness.request(client, GET_ITEM, {"p": "x"})
    assert (
        str(raised.value)
        == "404 Not Found: The requested resource was not found.; Really."
    )
    assert raised.value.request_id is None


@pytest.mark.anyio
async def test_error_with_text_body_quotes_it(harness: Harness) -> None:
    client = harness.client(
        lambda request: httpx.Response(502, text="upstream down"), max_retries=0
    )
    with pytest.raises(errors.InternalServerError) as raised:
        await harness.request(client, GET_ITEM, {"p": "x"})
    assert str(raised.value) == "502 Bad Gateway: upstream down"
    assert raised.value.body == "upstream down"


# --- retries -----------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("status", [408, 409, 429, 500, 503])
async def test_retryable_statuses_are_retried(harness: Harness, status: int) -> None:
    client = harness.client(
        sequence(httpx.Response(status), httpx.Response(200, json=ITEM))
    )
    response = await harness.request(client, GET_ITEM, {"p": "x"})
    assert response.retries_taken == 1
    assert len(harness.requests) == 2
    assert len(harness.sleeps) == 1
    assert (
        0.375 <= harness.sleeps[0] <= 0.5
    )  # first backoff, 0.5 s less up to 25 % jitter


@pytest.mark.anyio
@pytest.mark.parametrize("status", [400, 401, 404])
async def test_other_client_errors_are_not_retried(
    harness: Harness, status: int
) -> None:
    client = harness.client(json_reply({}, status))
    with pytest.raises(errors.APIStatusError):
        await harness.request(client, GET_ITEM, {"p": "x"})
    assert len(harness.requests) == 1
    assert harness.sleeps == []


@pytest.mark.anyio
async def test_retries_stop_after_max_retries_with_exponential_backoff(
    harness: Harness,
) -> None:
    client = harness.client(json_reply({}, 503), max_retries=4)
    with pytest.raises(errors.InternalServerError):
        await harness.request(client, GET_ITEM, {"p": "x"})
    assert len(harness.requests) == 5
    for retry, delay in enumerate(harness.sleeps):
        expected = min(0.5 * 2**retry, 8.0)
        assert 0.75 * expected <= delay <= expected


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("headers", "low", "high"),
    [
        ({"retry-after": "3"}, 3.0, 3.0),
        ({"retry-after-ms": "1500"}, 1.5, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25, 0.25),
        ({"retry-after": "120"}, 0.375, 0.5),  # beyond 60 s: normal backoff
        ({"retry-after": "0"}, 0.375, 0.5),
        ({"retry-after": "soon"}, 0.375, 0.5),
    ],
)
async def test_retry_after_headers(
    harness: Harness, headers: dict[str, str], low: float, high: float
) -> None:
    client = harness.client(
        sequence(httpx.Response(429, headers=headers), httpx.Response(200, json=ITEM))
    )
    await harness.request(client, GET_ITEM, {"p": "x"})
    assert len(harness.sleeps) == 1
    assert low <= harness.sleeps[0] <= high


@pytest.mark.anyio
async def test_retry_after_http_date(harness: Harness) -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    client = harness.client(
        sequence(
            httpx.Response(503, headers={"retry-after": when}),
            httpx.Response(200, json=ITEM),
        )
    )
    await harness.request(client, GET_ITEM, {"p": "x"})
    assert 8.0 <= harness.sleeps[0] <= 10.0


@pytest.mark.anyio
async def test_x_should_retry_overrides_the_status_rule(harness: Harness) -> None:
    client = harness.client(
        sequence(
            httpx.Response(400, headers={"x-should-retry": "true"}),
            httpx.Response(200, json=ITEM),
        )
    )
    assert (await harness.request(client, GET_ITEM, {"p": "x"})).retries_taken == 1
    harness.requests.clear()
    client = harness.client(json_reply({}, 503, **{"x-should-retry": "false"}))
    with pytest.raises(errors.InternalServerError):
        await harness.request(client, GET_ITEM, {"p": "x"})
    assert len(harness.requests) == 1


@pytest.mark.anyio
async def test_per_call_and_with_options_max_retries(harness: Harness) -> None:
    client = harness.client(json_reply({}, 500))
    with pytest.raises(errors.InternalServerError):
        await harness.request(client, GET_ITEM, {"p": "x"}, max_retries=0)
    assert len(harness.requests) == 1
    harness.requests.clear()
    with pytest.raises(errors.InternalServerError):
        await harness.request(with_options(client, max_retries=3), GET_ITEM, {"p": "x"})
    assert len(harness.requests) == 4
    assert client.max_retries == 2


def write_endpoint(
    method: str = "POST", idempotency_header: str | None = None
) -> base.Endpoint[Item]:
    return base.Endpoint(
        method=method,
        path="/items",
        replies=(base.Reply(status="200", kind="json", type=Item),),
        body_kind="json",
        idempotency_header=idempotency_header,
    )


# Failures after which the request may have reached the API, and failures after which it
# cannot have (nothing was sent, or the API turned it away without carrying it out).
MAYBE_REACHED: dict[str, Callable[[], httpx.Response | Exception]] = {
    "read timeout": lambda: httpx.ReadTimeout("timed out"),
    "reset after sending": lambda: httpx.ReadError("connection reset by peer"),
    "closed without a response": lambda: httpx.RemoteProtocolError(
        "Server disconnected without sending a response."
    ),
    "write error": lambda: httpx.WriteError("broken pipe"),
    "500": lambda: httpx.Response(500),
    "502": lambda: httpx.Response(502),
    "503 without Retry-After": lambda: httpx.Response(503),
}
NOT_REACHED: dict[str, Callable[[], httpx.Response | Exception]] = {
    "connection refused": lambda: httpx.ConnectError("connection refused"),
    "connect timeout": lambda: httpx.ConnectTimeout("timed out"),
    "pool timeout": lambda: httpx.PoolTimeout("no free connection"),
    "429": lambda: httpx.Response(429),
    "503 with Retry-After": lambda: httpx.Response(503, headers={"retry-after": "1"}),
    "408": lambda: httpx.Response(408),
}


@pytest.mark.anyio
@pytest.mark.parametrize("failure", list(MAYBE_REACHED))
@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_a_write_that_may_have_happened_is_not_retried(
    harness: Harness, method: str, failure: str
) -> None:
    client = harness.client(
        sequence(MAYBE_REACHED[failure](), httpx.Response(200, json=ITEM))
    )
    with pytest.raises(errors.APIError) as raised:
        await harness.request(client, write_endpoint(method), body={"name": "x"})
    assert len(harness.requests) == 1
    assert raised.value.may_have_been_applied
    assert str(raised.value).endswith(
        f"The {method} may have been applied: check before sending it again."
    )
    assert not isinstance(raised.value, errors.AlreadyDeletedError)


@pytest.mark.anyio
@pytest.mark.parametrize("failure", list(NOT_REACHED))
async def test_a_write_that_cannot_have_happened_is_retried(
    harness: Harness, failure: str
) -> None:
    client = harness.client(
        sequence(NOT_REACHED[failure](), httpx.Response(200, json=ITEM))
    )
    response = await harness.request(client, write_endpoint(), body={"name": "x"})
    assert response.retries_taken == 1
    assert len(harness.requests) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("failure", list(MAYBE_REACHED))
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
async def test_idempotent_methods_are_retried_after_any_failure(
    harness: Harness, method: str, failure: str
) -> None:
    client = harness.client(
        sequence(MAYBE_REACHED[failure](), httpx.Response(200, json=ITEM))
    )
    response = await harness.request(client, write_endpoint(method), body={"a": 1})
    assert response.retries_taken == 1
    assert len(harness.requests) == 2


@pytest.mark.anyio
async def test_an_idempotency_key_makes_a_write_retryable(harness: Harness) -> None:
    client = harness.client(
        sequence(
            httpx.ReadTimeout("timed out"),
            httpx.Response(502),
            httpx.Response(200, json=ITEM),
        )
    )
    endpoint = write_endpoint(idempotency_header="Idempotency-Key")
    await harness.request(client, endpoint, body={"name": "x"})
    await harness.request(client, endpoint, body={"name": "x"})
    keys = [request.headers["idempotency-key"] for request in harness.requests]
    assert len(keys) == 4
    assert keys[0] == keys[1] == keys[2] != keys[3]  # one key a call, on every attempt
    assert {request.content for request in harness.requests} == {b'{"name":"x"}'}


@pytest.mark.anyio
async def test_a_callers_idempotency_key_is_sent_unchanged(harness: Harness) -> None:
    client = harness.client(
        sequence(httpx.Response(500), httpx.Response(200, json=ITEM))
    )
    endpoint = write_endpoint(idempotency_header="Idempotency-Key")
    await harness.request(
        client, endpoint, body={}, extra_headers={"idempotency-key": "mine-1"}
    )
    assert [r.headers.get_list("idempotency-key") for r in harness.requests] == [
        ["mine-1"],
        ["mine-1"],
    ]


@pytest.mark.anyio
async def test_a_write_with_a_key_says_it_may_have_happened_when_retries_run_out(
    harness: Harness,
) -> None:
    client = harness.client(sequence(httpx.ReadTimeout("timed out")), max_retries=1)
    endpoint = write_endpoint(idempotency_header="Idempotency-Key")
    with pytest.raises(errors.APITimeoutError) as raised:
        await harness.request(client, endpoint, body={})
    assert len(harness.requests) == 2
    assert raised.value.may_have_been_applied


@pytest.mark.anyio
async def test_a_failure_before_sending_says_nothing_was_applied(
    harness: Harness,
) -> None:
    client = harness.client(sequence(httpx.ConnectError("refused")), max_retries=1)
    with pytest.raises(errors.APIConnectionError) as raised:
        await harness.request(client, write_endpoint(), body={})
    assert len(harness.requests) == 2
    assert not raised.value.may_have_been_applied
    assert str(raised.value) == "Connection error."


@pytest.mark.anyio
async def test_a_read_has_nothing_to_apply(harness: Harness) -> None:
    client = harness.client(sequence(httpx.ReadTimeout("timed out")), max_retries=0)
    with pytest.raises(errors.APITimeoutError) as raised:
        await harness.request(client, GET_ITEM, {"p": "x"})
    assert not raised.value.may_have_been_applied
    assert str(raised.value) == "Request timed out."


@pytest.mark.anyio
async def test_max_retries_zero_sends_a_write_once(harness: Harness) -> None:
    client = harness.client(sequence(httpx.ConnectError("refused")))
    with pytest.raises(errors.APIConnectionError):
        await harness.request(client, write_endpoint(), body={}, max_retries=0)
    assert len(harness.requests) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("failure", ["read timeout", "500"])
async def test_a_retried_delete_that_finds_nothing_was_most_likely_deleted(
    harness: Harness, failure: str
) -> None:
    client = harness.client(
        sequence(MAYBE_REACHED[failure](), httpx.Response(404, json=PAYLOAD_404))
    )
    with pytest.raises(errors.AlreadyDeletedError) as raised:
        await harness.request(client, write_endpoint("DELETE"), body={})
    assert isinstance(raised.value, errors.NotFoundError)
    assert raised.value.may_have_been_applied
    assert str(raised.value) == (
        "404 Not Found: The requested resource was not found. The DELETE was retried"
        " after an attempt that may have reached the API: most likely that attempt"
        " deleted it."
    )


@pytest.mark.anyio
@pytest.mark.parametrize(
    "first",
    [lambda: httpx.Response(404, json=PAYLOAD_404), NOT_REACHED["connection refused"]],
    ids=["404", "connection refused"],
)
async def test_a_delete_of_something_that_was_never_there_is_not_found(
    harness: Harness, first: Callable[[], httpx.Response | Exception]
) -> None:
    client = harness.client(sequence(first(), httpx.Response(404, json=PAYLOAD_404)))
    with pytest.raises(errors.NotFoundError) as raised:
        await harness.request(client, write_endpoint("DELETE"), body={})
    assert type(raised.value) is errors.NotFoundError
    assert not raised.value.may_have_been_applied


@pytest.mark.anyio
async def test_timeout_raises_api_timeout_error_after_retries(harness: Harness) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = harness.client(handler)
    with pytest.raises(errors.APITimeoutError) as raised:
        await harness.request(client, GET_ITEM, {"p": "x"})
    assert isinstance(raised.value.__cause__, httpx.ReadTimeout)
    assert len(harness.requests) == 3
    assert len(harness.sleeps) == 2


@pytest.mark.anyio
async def test_connection_error_raises_api_connection_error(harness: Harness) -> None:
    client = harness.client(sequence(httpx.ConnectError("refused")), max_retries=1)
    with pytest.raises(errors.APIConnectionError) as raised:
        await harness.request(client, GET_ITEM, {"p": "x"})
    assert not isinstance(raised.value, errors.APITimeoutError)
    assert isinstance(raised.value.__cause__, httpx.ConnectError)
    assert len(harness.requests) == 2


@pytest.mark.anyio
async def test_connection_error_then_success(harness: Harness) -> None:
    client = harness.client(
        sequence(httpx.ConnectError("reset"), httpx.Response(200, json=ITEM))
    )
    response = await harness.request(client, GET_ITEM, {"p": "x"})
    assert response.retries_taken == 1
    assert response.parse().id == "it_1"


# --- options -----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_timeouts_default_per_call_and_with_options(harness: Harness) -> None:
    client = harness.client(json_reply(ITEM))
    await harness.request(client, GET_ITEM, {"p": "x"})
    await harness.request(client, GET_ITEM, {"p": "x"}, timeout=1.5)
    await harness.request(
        with_options(client, timeout=httpx.Timeout(9.0)), GET_ITEM, {"p": "x"}
    )
    await harness.request(client, GET_ITEM, {"p": "x"}, timeout=None)
    timeouts = [r.extensions["timeout"] for r in harness.requests]
    assert timeouts[0] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert timeouts[1] == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}
    assert timeouts[2] == {"connect": 9.0, "read": 9.0, "write": 9.0, "pool": 9.0}
    assert timeouts[3] == {"connect": None, "read": None, "write": None, "pool": None}


@pytest.mark.anyio
async def test_default_headers_query_extras_and_user_agent(harness: Harness) -> None:
    client = harness.client(
        json_reply(ITEM),
        default_headers={"X-Team": "a"},
        default_query={"tenant": "t1"},
    )
    await harness.request(
        client,
        GET_ITEM,
        {"p": "x"},
        extra_headers={"X-Team": "b", "X-Trace": "1"},
        extra_query={"debug": True},
    )
    sent = harness.requests[0]
    assert sent.headers["X-Team"] == "b"
    assert sent.headers["X-Trace"] == "1"
    assert sent.headers["Accept"] == "application/json"
    python = platform.python_version()
    assert sent.headers["User-Agent"] == f"runtime-test/1.0 python/{python}"
    assert sent.url.params["tenant"] == "t1"
    assert sent.url.params["debug"] == "true"


@pytest.mark.anyio
async def test_with_options_copies_and_shares_the_pool(harness: Harness) -> None:
    client = harness.client(json_reply(ITEM), default_headers={"X-A": "1"})
    copy = with_options(
        client, base_url="http://other.test", default_headers={"X-B": "2"}, strict=True
    )
    assert copy._http_client is client._http_client
    assert (copy.base_url, copy.strict, client.base_url, client.strict) == (
        "http://other.test",
        True,
        BASE_URL,
        False,
    )
    await harness.request(copy, GET_ITEM, {"p": "x"})
    await harness.request(client, GET_ITEM, {"p": "x"})
    assert harness.requests[0].url.host == "other.test"
    assert (harness.requests[0].headers["X-A"], harness.requests[0].headers["X-B"]) == (
        "1",
        "2",
    )
    assert "X-B" not in harness.requests[1].headers


@pytest.mark.anyio
async def test_closing_leaves_a_callers_http_client_open(harness: Harness) -> None:
    client = harness.client(json_reply(ITEM))
    if isinstance(client, base.SyncAPIClient):
        client.close()
    else:
        await client.close()
    assert not client._http_client.is_closed


def test_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(RuntimeClient._base_url_env, "http://from-env.test/v1/")
    harness = Harness(False, monkeypatch)
    client = harness.client(json_reply(ITEM), base_url=None)
    assert isinstance(client, base.SyncAPIClient)
    assert client.base_url == "http://from-env.test/v1"
    client.request(GET_ITEM, {"p": "x"})
    assert str(harness.requests[0].url) == "http://from-env.test/v1/items/x"


class EnvironmentClient(base.SyncAPIClient):
    _base_url_env = "RUNTIME_TEST_BASE_URL"
    _server_url = "https://default.test/v1"
    _environments: ClassVar[dict[str, str]] = {
        "sandbox": "https://sandbox.test/v1",
        "live": "https://live.test/v1",
    }
    _environment_env = "RUNTIME_TEST_ENV"


def environment_client(**settings: Any) -> EnvironmentClient:
    return EnvironmentClient(
        http_client=None,
        credentials={},
        timeout=base.NOT_GIVEN,
        max_retries=0,
        default_headers=None,
        default_query=None,
        strict=False,
        **{"base_url": None, **settings},
    )


def test_environment_picks_a_named_server_and_base_url_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("RUNTIME_TEST_BASE_URL", "RUNTIME_TEST_ENV"):
        monkeypatch.delenv(name, raising=False)
    sandbox = "https://sandbox.test/v1"
    assert environment_client().base_url == "https://default.test/v1"
    assert environment_client(environment="sandbox").base_url == sandbox
    monkeypatch.setenv("RUNTIME_TEST_ENV", "live")
    assert environment_client().base_url == "https://live.test/v1"
    assert environment_client(environment="sandbox").base_url == sandbox
    monkeypatch.setenv("RUNTIME_TEST_BASE_URL", "https://from-env.test")
    assert environment_client().base_url == "https://from-env.test"
    # The argument wins over the variables, base_url over everything.
    client = environment_client(environment="sandbox")
    assert client.base_url == sandbox and not client._base_url_chosen
    chosen = environment_client(environment="sandbox", base_url="http://mock.test")
    assert chosen.base_url == "http://mock.test" and chosen._base_url_chosen


def test_copies_keep_the_environment_and_unknown_names_are_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("RUNTIME_TEST_BASE_URL", raising=False)
    monkeypatch.setenv("RUNTIME_TEST_ENV", "live")
    client = environment_client(environment="sandbox")
    assert with_options(client).base_url == "https://sandbox.test/v1"
    with pytest.raises(
        errors.ConfigurationError, match="environment 'staging'"
    ) as raised:
        environment_client(environment="staging")
    assert "'sandbox', 'live'" in str(raised.value)
    monkeypatch.setenv("RUNTIME_TEST_ENV", "nope")
    with pytest.raises(errors.ConfigurationError, match="unknown environment 'nope'"):
        environment_client()


# --- authentication ----------------------------------------------------------------------


def scheme(
    key: str, kind: str, location: str, wire_name: str, prefix: str = ""
) -> base.Scheme:
    return base.Scheme(key=key, kind=kind, location=location, wire_name=wire_name, prefix=prefix, param=key, env_var=f"RUNTIME_TEST_{key.upper()}")  # type: ignore[arg-type]


SCHEMES = (
    scheme("header_key", "apiKey", "header", "X-Api-Key"),
    scheme("query_key", "apiKey", "query", "api_key"),
    scheme("cookie_key", "apiKey", "cookie", "session"),
    scheme("bearer", "bearer", "header", "Authorization", "Bearer "),
    scheme("basic", "basic", "header", "Authorization"),
    scheme("oauth", "oauth2", "header", "Authorization", "Bearer "),
    scheme("prefixed_key", "apiKey", "header", "Authorization", "users API-Key "),
)


class SchemeClient(base.SyncAPIClient):
    _schemes = SCHEMES
    _security = (("missing_key",), ("header_key", "query_key", "cookie_key"))
    _base_url_env = "RUNTIME_TEST_BASE_URL"


class AsyncSchemeClient(base.AsyncAPIClient):
    _schemes = SchemeClient._schemes
    _security = SchemeClient._security
    _base_url_env = SchemeClient._base_url_env


ALL_CREDENTIALS: dict[str, str | None] = {
    "header_key": SECRET,
    "query_key": SECRET,
    "cookie_key": SECRET,
    "bearer": SECRET,
    "basic": "user:" + SECRET,
    "oauth": SECRET,
    "prefixed_key": SECRET,
}


def secured(*alternatives: tuple[str, ...]) -> base.Endpoint[Item]:
    return base.Endpoint(
        method="GET",
        path="/items",
        replies=(base.Reply(status="200", kind="json", type=Item),),
        security=alternatives,
    )


@pytest.mark.anyio
async def test_first_satisfiable_requirement_applies_header_query_and_cookie(
    harness: Harness,
) -> None:
    client = harness.scheme_client(json_reply(ITEM), ALL_CREDENTIALS)
    await harness.request(client, LIST_ITEMS)
    sent = harness.requests[0]
    assert sent.headers["X-Api-Key"] == SECRET
    assert sent.url.params["api_key"] == SECRET
    assert sent.headers["Cookie"] == f"session={SECRET}"
    assert "Authorization" not in sent.headers


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("requirement", "authorization"),
    [
        (("bearer",), f"Bearer {SECRET}"),
        (("oauth",), f"Bearer {SECRET}"),
        (("basic",), "Basic " + base64.b64encode(f"user:{SECRET}".encode()).decode()),
    ],
)
async def test_http_and_oauth_schemes(
    harness: Harness, requirement: tuple[str, ...], authorization: str
) -> None:
    client = harness.scheme_client(json_reply(ITEM), ALL_CREDENTIALS)
    await harness.request(client, secured(("missing_key",), requirement))
    assert harness.requests[0].headers["Authorization"] == authorization


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("requirement", "credential", "authorization"),
    [
        (("prefixed_key",), SECRET, f"users API-Key {SECRET}"),
        # A value with a space carries its own scheme: sent as it is, never prefixed twice.
        (("prefixed_key",), f"JWT {SECRET}", f"JWT {SECRET}"),
        (("prefixed_key",), f"users API-Key {SECRET}", f"users API-Key {SECRET}"),
        (("bearer",), f"Bearer {SECRET}", f"Bearer {SECRET}"),
    ],
)
async def test_a_prefix_goes_before_a_bare_credential_only(
    harness: Harness, requirement: tuple[str, ...], credential: str, authorization: str
) -> None:
    credentials = {**ALL_CREDENTIALS, requirement[0]: credential}
    client = harness.scheme_client(json_reply(ITEM), credentials)
    await harness.request(client, secured(("missing_key",), requirement))
    assert harness.requests[0].headers["Authorization"] == authorization


@pytest.mark.anyio
async def test_operation_without_security_sends_no_credential(harness: Harness) -> None:
    client = harness.scheme_client(json_reply(ITEM), ALL_CREDENTIALS)
    await harness.request(client, secured())
    sent = harness.requests[0]
    assert SECRET not in str(sent.url) and SECRET not in str(sent.headers)


def test_missing_required_credential_names_argument_and_env_var(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class OneKeyClient(base.SyncAPIClient):
        _schemes = (scheme("token", "bearer", "header", "Authorization", "Bearer "),)
        _security: ClassVar[tuple[tuple[str, ...], ...]] = (("token",),)

    class OptionalKeyClient(OneKeyClient):
        _security = ((), ("token",))

    monkeypatch.delenv("RUNTIME_TEST_TOKEN", raising=False)
    settings: dict[str, Any] = {
        "http_client": httpx.Client(),
        "base_url": BASE_URL,
        "timeout": base.NOT_GIVEN,
        "max_retries": 0,
        "default_headers": None,
        "default_query": None,
        "strict": False,
    }
    with pytest.raises(errors.ConfigurationError, match=r"token=.*RUNTIME_TEST_TOKEN"):
        OneKeyClient(credentials={"token": None}, **settings)
    assert OptionalKeyClient(credentials={"token": None}, **settings)._credentials == {}
    monkeypatch.setenv("RUNTIME_TEST_TOKEN", "from-env")
    assert OneKeyClient(credentials={"token": None}, **settings)._credentials == {
        "token": "from-env"
    }


@pytest.mark.anyio
async def test_secrets_never_reach_logs_reprs_or_errors(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=base.logger.name)
    client = harness.scheme_client(
        sequence(
            httpx.Response(500),
            httpx.Response(401, json={"errors": [{"message": "Unauthorized"}]}),
        ),
        ALL_CREDENTIALS,
    )
    with pytest.raises(errors.AuthenticationError) as raised:
        await harness.request(client, LIST_ITEMS)
    assert harness.requests[0].url.params["api_key"] == SECRET  # it was sent ...
    assert "api_key=<redacted>" in caplog.text  # ... and logged redacted
    assert (
        "retrying GET" in caplog.text
        and "-> 500" in caplog.text
        and "-> 401" in caplog.text
    )
    for text in (caplog.text, repr(client), str(raised.value), repr(raised.value)):
        assert SECRET not in text


@pytest.mark.anyio
async def test_redirects_are_not_followed_so_credentials_stay_home(
    harness: Harness,
) -> None:
    hosts: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        return httpx.Response(
            302, headers={"location": "https://elsewhere.test/collect"}
        )

    client = harness.client(handler, max_retries=0)
    response = await harness.request(client, GET_ITEM, {"p": "x"})
    assert response.status_code == 302
    assert hosts == ["api.test"]


def test_log_level_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base.logger, "handlers", [])
    monkeypatch.setattr(base.logger, "level", logging.NOTSET)
    monkeypatch.setenv("RUNTIME_TEST_LOG", "info")
    base.configure_logging("RUNTIME_TEST_LOG")
    assert base.logger.level == logging.INFO
    assert len(base.logger.handlers) == 1


# --- parameters --------------------------------------------------------------------------


PATH_CASES = [
    ("simple", False, "a b/c", "/items/a%20b%2Fc"),
    ("simple", False, "../x", "/items/..%2Fx"),
    ("simple", False, [1, 2], "/items/1,2"),
    ("simple", False, {"a": 1, "b": 2}, "/items/a,1,b,2"),
    ("simple", True, {"a": 1, "b": 2}, "/items/a=1,b=2"),
    ("simple", False, True, "/items/true"),
    ("label", False, "v", "/items/.v"),
    ("label", False, [1, 2], "/items/.1,2"),
    ("label", True, [1, 2], "/items/.1.2"),
    ("label", True, {"a": 1, "b": 2}, "/items/.a=1.b=2"),
    ("matrix", False, "v", "/items/;p=v"),
    ("matrix", False, [1, 2], "/items/;p=1,2"),
    ("matrix", True, [1, 2], "/items/;p=1;p=2"),
    ("matrix", True, {"a": 1, "b": False}, "/items/;a=1;b=false"),
    ("matrix", False, {"a": 1}, "/items/;p=a,1"),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("style", "explode", "value", "path"), PATH_CASES)
async def test_path_styles(
    harness: Harness, style: str, explode: bool, value: object, path: str
) -> None:
    endpoint: base.Endpoint[Item] = base.Endpoint(
        method="GET",
        path="/items/{p}",
        params=(path_param(style, explode),),
        replies=GET_ITEM.replies,
    )
    await harness.request(harness.client(json_reply(ITEM)), endpoint, {"p": value})
    assert harness.requests[0].url.raw_path.decode() == path


@pytest.mark.anyio
@pytest.mark.parametrize("value", ["", ".", "..", None])
async def test_unsafe_path_values_are_refused_before_sending(
    harness: Harness, value: object
) -> None:
    with pytest.raises(ValueError, match="'p'"):
        await harness.request(harness.client(json_reply(ITEM)), GET_ITEM, {"p": value})
    assert harness.requests == []


QUERY_CASES = [
    ("form", True, [1, 2], [("q", "1"), ("q", "2")]),
    ("form", False, [1, 2], [("q", "1,2")]),
    ("form", True, {"a": 1, "b": "x"}, [("a", "1"), ("b", "x")]),
    ("form", False, {"a": 1, "b": "x"}, [("q", "a,1,b,x")]),
    ("form", True, True, [("q", "true")]),
    ("form", True, Status.SOLD, [("q", "SOLD")]),
    ("form", True, None, []),
    ("form", True, base.NOT_GIVEN, []),
    ("spaceDelimited", False, [1, 2], [("q", "1 2")]),
    ("pipeDelimited", False, [1, 2], [("q", "1|2")]),
    ("pipeDelimited", True, [1, 2], [("q", "1"), ("q", "2")]),
    ("deepObject", True, {"a": 1, "b": "x"}, [("q[a]", "1"), ("q[b]", "x")]),
    (
        "deepObject",
        True,
        {
            "or": [{"status": {"equals": "SOLD"}}, {"tags": {"in": ["a", "b"]}}],
            "draft": False,
        },
        [
            ("q[or][0][status][equals]", "SOLD"),
            ("q[or][1][tags][in][0]", "a"),
            ("q[or][1][tags][in][1]", "b"),
            ("q[draft]", "false"),
        ],
    ),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("style", "explode", "value", "pairs"), QUERY_CASES)
async def test_query_styles(
    harness: Harness,
    style: str,
    explode: bool,
    value: object,
    pairs: list[tuple[str, str]],
) -> None:
    param = base.Param("q", "query", key="q_key", style=style, explode=explode)  # type: ignore[arg-type]
    endpoint: base.Endpoint[Item] = base.Endpoint(
        method="GET", path="/items", params=(param,), replies=GET_ITEM.replies
    )
    await harness.request(harness.client(json_reply(ITEM)), endpoint, {"q_key": value})
    assert harness.requests[0].url.params.multi_items() == pairs


@pytest.mark.parametrize(
    ("param", "expected"),
    [
        (base.Param("id", "path"), ("id", "path", "simple", False, "id")),
        (base.Param("page", "query"), ("page", "query", "form", True, "page")),
        (
            base.Param("X-Trace", "header"),
            ("X-Trace", "header", "simple", False, "X-Trace"),
        ),
        (
            base.Param("session", "cookie"),
            ("session", "cookie", "form", True, "session"),
        ),
        (
            base.Param("where", "query", style="deepObject"),
            ("where", "query", "deepObject", False, "where"),
        ),
        (
            base.Param("ids", "query", explode=False),
            ("ids", "query", "form", False, "ids"),
        ),
        (
            base.Param("fallback-locale", "query", key="fallback_locale"),
            ("fallback-locale", "query", "form", True, "fallback_locale"),
        ),
        (
            base.Param("p", "path", style="matrix", explode=True),
            ("p", "path", "matrix", True, "p"),
        ),
    ],
)
def test_a_param_defaults_as_openapi_does(
    param: base.Param, expected: tuple[str, str, str, bool, str]
) -> None:
    assert (
        param.name,
        param.location,
        param.style,
        param.explode,
        param.key,
    ) == expected


def test_a_param_is_frozen_and_compares_by_value() -> None:
    param = base.Param("fallback-locale", "query", key="fallback_locale")
    with pytest.raises(dataclasses.FrozenInstanceError):
        param.key = "other"  # type: ignore[misc]
    assert param == base.Param(
        "fallback-locale", "query", key="fallback_locale", style="form", explode=True
    )
    assert hash(param) == hash(dataclasses.replace(param))
    assert not hasattr(param, "__dict__")


HEADER_AND_COOKIE = (
    base.Param("X-Trace", "header", key="trace"),
    base.Param("X-Ids", "header", key="ids"),
    base.Param("X-Meta", "header", key="meta", explode=True),
    base.Param("X-Absent", "header", key="absent"),
    base.Param("session", "cookie"),
    base.Param("prefs", "cookie", explode=False),
)


@pytest.mark.anyio
async def test_header_and_cookie_parameters(harness: Harness) -> None:
    endpoint: base.Endpoint[Item] = base.Endpoint(
        method="GET", path="/items", params=HEADER_AND_COOKIE, replies=GET_ITEM.replies
    )
    args: dict[str, object] = {
        "trace": "t-1",
        "ids": [1, 2],
        "meta": {"a": 1, "b": True},
        "absent": None,
        "session": "s 1",
        "prefs": ["x", "y"],
    }
    await harness.request(harness.client(json_reply(ITEM)), endpoint, args)
    sent = harness.requests[0]
    assert (sent.headers["X-Trace"], sent.headers["X-Ids"], sent.headers["X-Meta"]) == (
        "t-1",
        "1,2",
        "a=1,b=true",
    )
    assert "X-Absent" not in sent.headers
    assert sent.headers["Cookie"] == "session=s%201; prefs=x%2Cy"


@pytest.mark.anyio
@pytest.mark.parametrize("where", ["param", "extra_headers", "default_headers"])
async def test_line_breaks_in_header_values_are_refused(
    harness: Harness, where: str
) -> None:
    endpoint: base.Endpoint[Item] = base.Endpoint(
        method="GET",
        path="/items",
        params=HEADER_AND_COOKIE[:1],
        replies=GET_ITEM.replies,
    )
    with pytest.raises(ValueError, match="line feed"):
        if where == "default_headers":
            harness.client(
                json_reply(ITEM), default_headers={"X-Evil": "a\r\nInjected: 1"}
            )
        elif where == "extra_headers":
            await harness.request(
                harness.client(json_reply(ITEM)),
                endpoint,
                extra_headers={"X-Evil": "a\nInjected: 1"},
            )
        else:
            await harness.request(
                harness.client(json_reply(ITEM)),
                endpoint,
                {"trace": "a\r\nInjected: 1"},
            )
    assert harness.requests == []


# --- bodies ------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_json_body_none_is_null_and_not_given_is_absent(harness: Harness) -> None:
    client = harness.client(json_reply(ITEM, 201))
    body = {
        "email": None,
        "phone": base.NOT_GIVEN,
        "item": Item(id="x"),
        "items": [Item(id="y", status=Status.SOLD)],
    }
    await harness.request(client, body_endpoint("json", "application/json"), body=body)
    sent = harness.requests[0]
    assert sent.headers["Content-Type"] == "application/json"
    assert json.loads(sent.content) == {
        "email": None,
        "item": {"id": "x"},
        "items": [{"id": "y", "status": "SOLD"}],
    }


@pytest.mark.anyio
async def test_json_body_model_sends_only_set_fields_by_wire_name(
    harness: Harness,
) -> None:
    client = harness.client(json_reply(ITEM, 201))
    page = ItemPage(docs=[], hasNextPage=False)
    await harness.request(client, body_endpoint("json"), body=page)
    assert json.loads(harness.requests[0].content) == {"docs": [], "hasNextPage": False}


@pytest.mark.anyio
async def test_form_body(harness: Harness) -> None:
    client = harness.client(json_reply(ITEM, 201))
    await harness.request(
        client,
        body_endpoint("form"),
        body={"name": "a b", "tags": ["x", "y"], "ok": True, "skip": base.NOT_GIVEN},
    )
    sent = harness.requests[0]
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert sent.content == b"name=a+b&tags=x&tags=y&ok=true"


@pytest.mark.anyio
async def test_multipart_body(harness: Harness) -> None:
    client = harness.client(json_reply(ITEM, 201))
    body = {
        "name": "n",
        "file": ("a.txt", b"hello", "text/plain"),
        "raw": b"bytes",
        "meta": {"k": 1},
    }
    await harness.request(
        client, body_endpoint("multipart", "multipart/form-data"), body=body
    )
    sent = harness.requests[0]
    assert sent.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    content = sent.content
    assert b'name="name"\r\n\r\nn\r\n' in content
    assert (
        b'name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello'
        in content
    )
    assert b"bytes" in content
    assert b'name="meta"\r\n\r\n{"k":1}\r\n' in content


@pytest.mark.anyio
async def test_multipart_body_without_files_stays_multipart(harness: Harness) -> None:
    client = harness.client(json_reply(ITEM, 201))
    body = {"name": "n", "tags": ["x", "y"], "ok": True}
    await harness.request(
        client, body_endpoint("multipart", "multipart/form-data"), body=body
    )
    sent = harness.requests[0]
    assert sent.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    content = sent.content
    for part in (b"n", b"x", b"y", b"true"):
        assert b"\r\n\r\n" + part + b"\r\n" in content
    assert content.count(b'name="tags"') == 2
    assert b"filename" not in content


@pytest.mark.anyio
async def test_binary_and_text_bodies(harness: Harness) -> None:
    client = harness.client(json_reply(ITEM, 201))
    await harness.request(client, body_endpoint("binary", "image/png"), body=b"\x89PNG")
    await harness.request(client, body_endpoint("text", "text/plain"), body="hi")
    binary, text = harness.requests
    assert (binary.content, binary.headers["Content-Type"]) == (b"\x89PNG", "image/png")
    assert (text.content, text.headers["Content-Type"]) == (b"hi", "text/plain")


# --- responses ---------------------------------------------------------------------------


@pytest.mark.anyio
async def test_raw_response_fields_and_cached_parse(harness: Harness) -> None:
    client = harness.client(json_reply(ITEM, 200, **{"x-request-id": "req_1"}))
    response = await harness.request(client, GET_ITEM, {"p": "x"})
    assert response.status_code == 200
    assert response.headers["x-request-id"] == response.request_id == "req_1"
    assert isinstance(response.http_response, httpx.Response)
    assert response.retries_taken == 0
    assert isinstance(response.elapsed, timedelta)
    parsed = response.parse()
    assert isinstance(parsed, Item) and parsed.status is Status.SOLD
    assert response.parse() is parsed


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "content", "expected"),
    [
        (204, b"", None),
        (201, b"made", "made"),  # "2XX"
        (302, b"\x00\x01", b"\x00\x01"),  # "default"
    ],
)
async def test_reply_chosen_by_exact_status_then_range_then_default(
    harness: Harness, status: int, content: bytes, expected: object
) -> None:
    client = harness.client(lambda request: httpx.Response(status, content=content))
    assert (await harness.request(client, GET_ITEM, {"p": "x"})).parse() == expected


@pytest.mark.anyio
async def test_unknown_enum_value_parses_natively(harness: Harness) -> None:
    client = harness.client(json_reply({"id": "1", "status": "Archived"}), strict=True)
    parsed = (await harness.request(client, GET_ITEM, {"p": "x"})).parse()
    assert parsed.status == "Archived"


WRONG_SHAPES = {
    "id": "1",
    "status": "SOLD",
    "extra": {"kept": True},
    "tags": "not-a-list",
    "child": {"id": 2, "tags": ["t"]},
}


@pytest.mark.anyio
async def test_lenient_parsing_keeps_what_validates_and_the_raw_rest(
    harness: Harness,
) -> None:
    client = harness.client(json_reply(WRONG_SHAPES))
    parsed = (await harness.request(client, GET_ITEM, {"p": "x"})).parse()
    assert isinstance(parsed, Item)
    assert parsed.status is Status.SOLD
    assert parsed.model_extra == {"extra": {"kept": True}}
    assert parsed.tags == "not-a-list"  # type: ignore[comparison-overlap]
    assert isinstance(parsed.child, Item)
    assert parsed.child.id == 2  # type: ignore[comparison-overlap]
    assert parsed.child.tags == ["t"]


@pytest.mark.anyio
async def test_lenient_parsing_of_a_list(harness: Harness) -> None:
    client = harness.client(json_reply([ITEM, {"id": ["wrong"]}, "junk"]))
    parsed = (await harness.request(client, LIST_ITEMS)).parse()
    assert isinstance(parsed[0], Item) and parsed[0].id == "it_1"
    assert isinstance(parsed[1], Item) and vars(parsed[1])["id"] == ["wrong"]
    assert parsed[2] == "junk"


@pytest.mark.anyio
async def test_strict_mode_raises_validation_error(harness: Harness) -> None:
    client = harness.client(json_reply(WRONG_SHAPES), strict=True)
    response = await harness.request(client, GET_ITEM, {"p": "x"})
    with pytest.raises(errors.APIResponseValidationError) as raised:
        response.parse()
    assert raised.value.status_code == 200
    assert raised.value.body == WRONG_SHAPES
    assert isinstance(raised.value.__cause__, pydantic.ValidationError)


# --- raw-response wrappers and pages -----------------------------------------------------


def pages_handler(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params.get("page", "1"))
    more = page < 3
    return httpx.Response(
        200,
        json={
            "docs": [{"id": f"p{page}a"}, {"id": f"p{page}b"}],
            "hasNextPage": more,
            "nextPage": page + 1 if more else None,
        },
    )


@pytest.mark.anyio
async def test_pagination_walks_three_pages(harness: Harness) -> None:
    client = harness.client(pages_handler)
    items = await harness.items(client, FIND_ITEMS, {"page": base.NOT_GIVEN})
    assert [item.id for item in items] == ["p1a", "p1b", "p2a", "p2b", "p3a", "p3b"]
    assert [r.url.params.get("page") for r in harness.requests] == [None, "2", "3"]


def test_sync_page_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    client = Harness(False, monkeypatch).client(pages_handler)
    assert isinstance(client, base.SyncAPIClient)
    first = client.request_page(FIND_ITEMS, {})
    assert isinstance(first, base.SyncPage)
    assert [item.id for item in first.items] == ["p1a", "p1b"]
    assert first.has_next_page()
    assert [len(page.items) for page in first.iter_pages()] == [2, 2, 2]
    last = first.get_next_page()
    assert last is not None and last.get_next_page() is not None


@pytest.mark.anyio
async def test_async_page_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    client = Harness(True, monkeypatch).client(pages_handler)
    assert isinstance(client, base.AsyncAPIClient)
    first = await client.request_page(FIND_ITEMS, {})
    assert isinstance(first, base.AsyncPage)
    assert [item.id for item in first.items] == ["p1a", "p1b"]
    pages = [page async for page in first.iter_pages()]
    assert [page.items[0].id for page in pages] == ["p1a", "p2a", "p3a"]
    assert not pages[-1].has_next_page()
    assert await pages[-1].get_next_page() is None


def test_sync_raw_response_wrapper(monkeypatch: pytest.MonkeyPatch) -> None:
    client = Harness(False, monkeypatch).client(pages_handler)
    assert isinstance(client, base.SyncAPIClient)

    def get_item() -> Item:
        return client.request(GET_ITEM, {"p": "x"}).parse()

    def find() -> base.SyncPage[Item]:
        return client.request_page(FIND_ITEMS, {})

    raw = base.to_raw_response_wrapper(get_item)()
    assert isinstance(raw, base.APIResponse) and raw.status_code == 200
    raw_page = base.to_raw_response_wrapper(find)()
    assert isinstance(raw_page, base.APIResponse)
    page = raw_page.parse()
    assert isinstance(page, base.SyncPage) and len(list(page)) == 6
    assert isinstance(get_item(), Item)  # outside the wrapper, methods parse again


@pytest.mark.anyio
async def test_async_raw_response_wrapper(monkeypatch: pytest.MonkeyPatch) -> None:
    client = Harness(True, monkeypatch).client(pages_handler)
    assert isinstance(client, base.AsyncAPIClient)

    async def get_item() -> Item:
        return (await client.request(GET_ITEM, {"p": "x"})).parse()

    def find() -> base.AsyncPage[Item]:
        return client.request_page(FIND_ITEMS, {})

    raw = await base.async_to_raw_response_wrapper(get_item)()
    assert isinstance(raw, base.APIResponse) and raw.status_code == 200
    raw_page = await base.async_to_raw_response_wrapper(find)()
    assert isinstance(raw_page, base.APIResponse)
    page = raw_page.parse()
    assert isinstance(page, base.AsyncPage) and len([item async for item in page]) == 6
    assert isinstance(await get_item(), Item)
