"""Tests of streamed responses (server-sent events, JSON Lines) against
httpx.MockTransport and a loopback server, each run with the sync and the async client.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Literal

import httpx
import pydantic
import pytest

import drivly_commerce
from drivly_commerce._base import (
    AsyncAPIClient,
    Endpoint,
    Reply,
    SyncAPIClient,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from drivly_commerce._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStreamError,
    APITimeoutError,
    InternalServerError,
    NotFoundError,
)
from drivly_commerce._models import BaseModel
from drivly_commerce._streaming import AsyncStream, ServerSentEvent, Stream

SYNC_CLIENT = drivly_commerce.Commerce
ASYNC_CLIENT = drivly_commerce.AsyncCommerce
BASE_URL = "http://api.test"
CREDENTIALS: dict[str, Any] = {s.param: "sk-test" for s in SYNC_CLIENT._schemes}
SSE = "text/event-stream"

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Chunk(BaseModel):
    id: str
    n: int | None = None


def stream_endpoint(
    kind: Literal["sse", "jsonl"] = "sse", item: Any = Chunk, media_type: str = SSE
) -> Endpoint[Any]:
    return Endpoint(
        method="GET",
        path="/chunks",
        replies=(Reply(status="200", kind=kind, type=item, media_type=media_type),),
    )


CHUNKS = stream_endpoint()
LINES = stream_endpoint("jsonl", media_type="application/x-ndjson")
TEXTS = stream_endpoint(item=str)


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body sent chunk by chunk, then failing if told to; it records its closing."""

    def __init__(self, chunks: list[bytes], fail: Exception | None = None) -> None:
        self.chunks = chunks
        self.fail = fail
        self.sent = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk
        if self.fail is not None:
            raise self.fail

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def byte_by_byte(text: str) -> list[bytes]:
    """Every chunk boundary a network could make: one byte a chunk."""
    data = text.encode()
    return [data[i : i + 1] for i in range(len(data))]


class Harness:
    """Builds a client of either kind over a MockTransport and reads its streams."""

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async
        self.requests: list[httpx.Request] = []

    def client(
        self, handler: Handler, **options: Any
    ) -> SyncAPIClient | AsyncAPIClient:
        def recording(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            return handler(request)

        transport = httpx.MockTransport(recording)
        settings: dict[str, Any] = {"base_url": BASE_URL, **CREDENTIALS, **options}
        if self.is_async:
            return ASYNC_CLIENT(
                http_client=httpx.AsyncClient(transport=transport), **settings
            )
        return SYNC_CLIENT(http_client=httpx.Client(transport=transport), **settings)

    async def open(
        self, client: SyncAPIClient | AsyncAPIClient, endpoint: Endpoint[Any]
    ) -> Stream[Any] | AsyncStream[Any]:
        if isinstance(client, SyncAPIClient):
            return client.request_stream(endpoint, {})
        return await client.request_stream(endpoint, {})

    async def read(
        self, body: Body | str, endpoint: Endpoint[Any] = CHUNKS, **options: Any
    ) -> list[Any]:
        """Every item of a stream served from ``body``."""
        stream = await self.open(self.client(serve(body), **options), endpoint)
        return await collect(stream)

    async def read_events(
        self, body: Body | str, endpoint: Endpoint[Any] = CHUNKS
    ) -> list[ServerSentEvent[Any]]:
        stream = await self.open(self.client(serve(body)), endpoint)
        if isinstance(stream, Stream):
            return list(stream.events())
        return [event async for event in stream.events()]


async def collect(
    stream: Stream[Any] | AsyncStream[Any], into: list[Any] | None = None
) -> list[Any]:
    """Iterates the stream to its end; ``into`` keeps what came before an error."""
    items = [] if into is None else into
    if isinstance(stream, Stream):
        items.extend(stream)
    else:
        async for item in stream:
            items.append(item)
    return items


def serve(body: Body | str, status: int = 200, media_type: str = SSE) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        stream = body if isinstance(body, Body) else Body([body.encode()])
        return httpx.Response(
            status, headers={"content-type": media_type}, stream=stream
        )

    return handler


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def harness(request: pytest.FixtureRequest) -> Harness:
    return Harness(request.param)


# --- server-sent events ------------------------------------------------------------------

EVENTS = (
    ": a comment, as a keep-alive\n"
    'data: {"id": "c1", "n": 1}\n'
    "\n"
    "event: delta\n"
    "id: 7\n"
    "retry: 1500\n"
    'data: {"id": "c2",\n'
    'data:  "n": 2}\n'
    "\n"
    "data: [DONE]\n"
    "\n"
)


@pytest.mark.anyio
async def test_events_are_parsed_into_the_documented_type(harness: Harness) -> None:
    items = await harness.read(EVENTS)
    assert items == [Chunk(id="c1", n=1), Chunk(id="c2", n=2)]
    assert all(isinstance(item, Chunk) for item in items)
    sent = harness.requests[0]
    assert sent.headers["Accept"] == SSE


@pytest.mark.anyio
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
async def test_any_line_break_and_any_chunk_boundary(
    harness: Harness, newline: str
) -> None:
    # A byte order mark may open the stream; the first line is read without it.
    text = "\ufeff" + ('data: {"id": "c0"}\n\n' + EVENTS).replace("\n", newline)
    assert await harness.read(Body(byte_by_byte(text))) == [
        Chunk(id="c0"),
        Chunk(id="c1", n=1),
        Chunk(id="c2", n=2),
    ]


@pytest.mark.anyio
async def test_events_carry_name_id_retry_and_raw_text(harness: Harness) -> None:
    first, second = await harness.read_events(EVENTS)
    assert (first.event, first.id, first.retry, first.text) == (
        None,
        None,
        None,
        '{"id": "c1", "n": 1}',
    )
    assert (second.event, second.id, second.retry) == ("delta", "7", 1500)
    assert second.data == Chunk(id="c2", n=2)
    assert second.text == '{"id": "c2",\n "n": 2}'


@pytest.mark.anyio
async def test_done_ends_the_stream_and_the_rest_is_not_read(harness: Harness) -> None:
    body = Body(
        [b'data: {"id": "c1"}\n\n', b"data: [DONE]\n\n", b'data: {"id": "late"}\n\n']
    )
    assert await harness.read(body) == [Chunk(id="c1")]
    assert body.sent == 2
    assert body.closed


@pytest.mark.anyio
async def test_text_events_stay_text(harness: Harness) -> None:
    body = "data: hello\n\nevent: ping\n\ndata:\n\ndata: two\ndata: lines\n\n"
    # An event without data is not dispatched; an empty data line is an empty event.
    assert await harness.read(body, TEXTS) == ["hello", "", "two\nlines"]


@pytest.mark.anyio
async def test_an_error_event_raises_the_sdks_error(harness: Harness) -> None:
    body = Body(
        [
            b'data: {"id": "c1"}\n\n',
            b'event: error\ndata: {"error": {"message": "overloaded"}}\n\n',
            b'data: {"id": "c2"}\n\n',
        ]
    )
    seen: list[Any] = []
    stream = await harness.open(harness.client(serve(body)), CHUNKS)
    with pytest.raises(APIStreamError) as raised:
        await collect(stream, seen)
    assert seen == [Chunk(id="c1")]
    assert str(raised.value) == "The stream reported an error: overloaded"
    assert raised.value.body == {"error": {"message": "overloaded"}}
    assert raised.value.status_code == 200
    assert body.closed and stream.response.is_closed


@pytest.mark.anyio
async def test_a_status_error_is_raised_before_any_stream(harness: Harness) -> None:
    problem = json.dumps({"errors": [{"message": "No such model."}]})
    client = harness.client(serve(problem, 404, "application/json"))
    with pytest.raises(NotFoundError) as raised:
        await harness.open(client, CHUNKS)
    assert str(raised.value) == "404 Not Found: No such model."
    assert raised.value.body == {"errors": [{"message": "No such model."}]}


@pytest.mark.anyio
async def test_a_failed_status_is_retried_before_the_stream_starts(
    harness: Harness,
) -> None:
    answers = [
        httpx.Response(503, headers={"retry-after": "0.01"}),
        httpx.Response(200, headers={"content-type": SSE}, content=EVENTS.encode()),
    ]
    client = harness.client(lambda request: answers.pop(0))
    items = await collect(await harness.open(client, CHUNKS))
    assert len(items) == 2 and len(harness.requests) == 2


@pytest.mark.anyio
async def test_a_server_error_is_raised_after_the_last_retry(harness: Harness) -> None:
    client = harness.client(serve("upstream down", 502, "text/plain"), max_retries=0)
    with pytest.raises(InternalServerError, match="upstream down"):
        await harness.open(client, CHUNKS)


# --- a stream cut short ------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("failure", "error_class"),
    [
        (httpx.RemoteProtocolError("peer closed connection"), APIConnectionError),
        (httpx.ReadError("connection reset"), APIConnectionError),
        (httpx.ReadTimeout("timed out"), APITimeoutError),
    ],
)
async def test_a_connection_broken_mid_stream_raises(
    harness: Harness, failure: Exception, error_class: type[Exception]
) -> None:
    body = Body([b'data: {"id": "c1"}\n\ndata: {"id": "c'], failure)
    seen: list[Any] = []
    stream = await harness.open(harness.client(serve(body)), CHUNKS)
    with pytest.raises(error_class) as raised:
        await collect(stream, seen)
    assert seen == [Chunk(id="c1")]
    assert type(raised.value) is error_class
    assert raised.value.__cause__ is failure
    assert "after 1 events" in str(raised.value)
    assert body.closed


@pytest.mark.anyio
@pytest.mark.parametrize(
    "ending", ['data: {"id": "c', 'data: {"id": "c2"}\n', 'data: {"id": "c2"}']
)
async def test_a_body_ending_inside_an_event_raises(
    harness: Harness, ending: str
) -> None:
    seen: list[Any] = []
    stream = await harness.open(
        harness.client(serve('data: {"id": "c1"}\n\n' + ending)), CHUNKS
    )
    with pytest.raises(APIConnectionError, match="in the middle of an event") as raised:
        await collect(stream, seen)
    assert seen == [Chunk(id="c1")]
    assert not isinstance(raised.value, APITimeoutError)


@pytest.mark.anyio
@pytest.mark.parametrize("ending", ["data: [DONE]", ": bye", "id: 9\n"])
async def test_a_body_may_end_after_a_sentinel_or_between_events(
    harness: Harness, ending: str
) -> None:
    assert await harness.read('data: {"id": "c1"}\n\n' + ending) == [Chunk(id="c1")]


def loopback_server(
    response: bytes,
) -> Iterator[str]:
    """Serves one raw HTTP response on 127.0.0.1, then closes the connection."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(10)

        def answer() -> None:
            connection, _ = listener.accept()
            with connection:
                connection.recv(65536)
                connection.sendall(response)

        thread = threading.Thread(target=answer, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
        thread.join(10)


CUT_CHUNKED = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
    b"transfer-encoding: chunked\r\n\r\n"
    b'14\r\ndata: {"id": "c1"}\n\n\r\n'
    b'a\r\ndata: {"id'
)


@pytest.fixture
def cut_server() -> Iterator[str]:
    yield from loopback_server(CUT_CHUNKED)


def test_a_real_connection_closed_mid_stream_raises(cut_server: str) -> None:
    client = SYNC_CLIENT(base_url=cut_server, **CREDENTIALS)
    seen: list[Any] = []
    with client, pytest.raises(APIConnectionError) as raised:
        seen.extend(client.request_stream(CHUNKS, {}))
    assert seen == [Chunk(id="c1")]
    assert isinstance(raised.value.__cause__, httpx.RemoteProtocolError)


@pytest.mark.anyio
async def test_a_real_connection_closed_mid_stream_raises_async(
    cut_server: str,
) -> None:
    client = ASYNC_CLIENT(base_url=cut_server, **CREDENTIALS)
    seen: list[Any] = []
    async with client:
        with pytest.raises(APIConnectionError) as raised:
            await collect(await client.request_stream(CHUNKS, {}), seen)
    assert seen == [Chunk(id="c1")]
    assert isinstance(raised.value.__cause__, httpx.RemoteProtocolError)


# --- closing -----------------------------------------------------------------------------


def endless() -> Body:
    return Body([b'data: {"id": "c%d"}\n\n' % n for n in range(1000)])


def test_breaking_out_of_the_loop_closes_the_response() -> None:
    body = endless()
    client = Harness(False).client(serve(body))
    assert isinstance(client, SyncAPIClient)
    stream = client.request_stream(CHUNKS, {})
    for item in stream:
        assert item == Chunk(id="c0")
        break
    assert body.closed and stream.response.is_closed
    assert body.sent == 1
    assert list(stream) == []  # a closed stream has nothing more


@pytest.mark.anyio
async def test_async_with_closes_the_response_after_a_break() -> None:
    body = endless()
    client = Harness(True).client(serve(body))
    assert isinstance(client, AsyncAPIClient)
    async with await client.request_stream(CHUNKS, {}) as stream:
        async for item in stream:
            assert item == Chunk(id="c0")
            break
    assert body.closed and stream.response.is_closed
    assert [item async for item in stream] == []


@pytest.mark.anyio
async def test_close_and_next(harness: Harness) -> None:
    body = endless()
    stream = await harness.open(harness.client(serve(body)), CHUNKS)
    if isinstance(stream, Stream):
        assert next(stream) == Chunk(id="c0")
        stream.close()
        with pytest.raises(StopIteration):
            next(stream)
    else:
        assert await anext(stream) == Chunk(id="c0")
        await stream.close()
        with pytest.raises(StopAsyncIteration):
            await anext(stream)
    assert body.closed and body.sent == 1


@pytest.mark.anyio
async def test_the_end_of_the_stream_closes_the_response(harness: Harness) -> None:
    body = Body([b'data: {"id": "c1"}\n\n'])
    stream = await harness.open(harness.client(serve(body)), CHUNKS)
    assert await collect(stream) == [Chunk(id="c1")]
    assert body.closed and stream.response.is_closed


# --- parsing -----------------------------------------------------------------------------

ODD = 'data: {"id": 5, "extra": true}\n\ndata: not json\n\n'


@pytest.mark.anyio
async def test_lenient_parsing_keeps_what_does_not_fit(harness: Harness) -> None:
    odd, text = await harness.read(ODD)
    assert isinstance(odd, Chunk) and vars(odd)["id"] == 5
    assert odd.model_extra == {"extra": True}
    assert text == "not json"


@pytest.mark.anyio
async def test_strict_mode_raises_for_an_event_that_does_not_fit(
    harness: Harness,
) -> None:
    body = Body([ODD.encode()])
    stream = await harness.open(harness.client(serve(body), strict=True), CHUNKS)
    with pytest.raises(APIResponseValidationError) as raised:
        await collect(stream)
    assert raised.value.body == {"id": 5, "extra": True}
    assert isinstance(raised.value.__cause__, pydantic.ValidationError)
    assert body.closed


# --- JSON Lines --------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("ending", ["\n", "\r\n", ""])
async def test_json_lines(harness: Harness, ending: str) -> None:
    text = '{"id": "l1", "n": 1}\n\n{"id": "l2"}' + ending
    assert await harness.read(Body(byte_by_byte(text)), LINES) == [
        Chunk(id="l1", n=1),
        Chunk(id="l2"),
    ]
    assert harness.requests[0].headers["Accept"] == "application/x-ndjson"


@pytest.mark.anyio
async def test_json_lines_of_strings_are_json(harness: Harness) -> None:
    endpoint = stream_endpoint("jsonl", str, "application/jsonl")
    assert await harness.read('"a"\n"[DONE]"\n', endpoint) == ["a", "[DONE]"]


@pytest.mark.anyio
async def test_json_lines_ending_inside_a_line_raise(harness: Harness) -> None:
    seen: list[Any] = []
    body = '{"id": "l1"}\n{"id": "l'
    client = harness.client(serve(body, media_type="application/jsonl"))
    stream = await harness.open(client, LINES)
    with pytest.raises(APIConnectionError, match="in the middle of a line"):
        await collect(stream, seen)
    assert seen == [Chunk(id="l1")]


@pytest.mark.anyio
async def test_json_lines_cut_by_the_connection_raise(harness: Harness) -> None:
    body = Body([b'{"id": "l1"}\n{"id"'], httpx.RemoteProtocolError("closed"))
    stream = await harness.open(harness.client(serve(body)), LINES)
    with pytest.raises(APIConnectionError, match="after 1 events"):
        await collect(stream)


# --- the raw response --------------------------------------------------------------------


def test_raw_response_of_a_stream() -> None:
    client = Harness(False).client(serve(EVENTS))
    assert isinstance(client, SyncAPIClient)

    def chunks() -> Stream[Chunk]:
        return client.request_stream(CHUNKS, {})

    raw = to_raw_response_wrapper(chunks)()
    assert raw.status_code == 200 and raw.headers["content-type"] == SSE
    stream = raw.parse()
    assert isinstance(stream, Stream) and stream.response is raw.http_response
    assert len(list(stream)) == 2
    assert repr(stream) == "<Stream [200 OK]>"


@pytest.mark.anyio
async def test_raw_response_of_an_async_stream() -> None:
    client = Harness(True).client(serve(EVENTS))
    assert isinstance(client, AsyncAPIClient)

    async def chunks() -> AsyncStream[Chunk]:
        return await client.request_stream(CHUNKS, {})

    raw = await async_to_raw_response_wrapper(chunks)()
    assert raw.status_code == 200
    stream = raw.parse()
    assert isinstance(stream, AsyncStream) and stream.response is raw.http_response
    assert len([item async for item in stream]) == 2
