"""Responses read as they arrive: server-sent events and JSON Lines, as iterators of typed items."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Generic, Literal, Self, TypeAlias, TypeVar

import httpx

from ._errors import (
    APIConnectionError,
    APIStreamError,
    APITimeoutError,
    decode_text,
    error_messages,
)

__all__ = ["AsyncStream", "ServerSentEvent", "Stream", "StreamKind"]

T = TypeVar("T")

StreamKind: TypeAlias = Literal["sse", "jsonl"]
"""``sse``: text/event-stream; ``jsonl``: one JSON value a line (application/jsonl, x-ndjson)."""

# An event whose data is exactly this ends the stream (OpenAI's convention, widely copied).
DONE = "[DONE]"
# A byte order mark may open the stream; it is not part of the first line.
BOM = "\ufeff"
# Longest event text quoted in an error message.
_MAX_QUOTED = 300


@dataclass(frozen=True, slots=True)
class ServerSentEvent(Generic[T]):
    """One event of a stream: ``data`` parsed into the documented type, and the raw fields.

    A JSON Lines stream has one event a line, with only ``data`` and ``text``.
    """

    data: T
    text: str
    """The data as it was sent."""
    event: str | None = None
    """The event's name; None when the server gave none (a browser calls that ``message``)."""
    id: str | None = None
    """The last event id seen so far, as a reconnecting client would send it."""
    retry: int | None = None
    """The reconnection time in milliseconds, when this event set one."""


class _Lines:
    """Splits bytes into lines at CR, LF or CRLF, whatever the chunks' boundaries."""

    __slots__ = ("_after_cr", "_pending", "_started")

    def __init__(self) -> None:
        # The start of a line whose end has not come yet.
        self._pending: list[bytes] = []
        # A LF at the start of the next chunk ends the same line as the CR before it.
        self._after_cr = False
        self._started = False

    def feed(self, chunk: bytes) -> list[str]:
        if self._after_cr and chunk.startswith(b"\n"):
            chunk = chunk[1:]
        if not chunk:
            return []
        self._after_cr = chunk.endswith(b"\r")
        if b"\n" not in chunk and b"\r" not in chunk:
            self._pending.append(chunk)  # joined once, not once a chunk
            return []
        pieces = b"".join([*self._pending, chunk]).splitlines(keepends=True)
        self._pending = [] if pieces[-1].endswith((b"\r", b"\n")) else [pieces.pop()]
        return self._text([piece.rstrip(b"\r\n") for piece in pieces])

    def rest(self) -> str:
        """What came after the last line break: a line the stream ended in the middle of."""
        return self._text([b"".join(self._pending)])[0]

    def _text(self, lines: list[bytes]) -> list[str]:
        texts = [line.decode("utf-8", "replace") for line in lines]
        if not self._started:
            self._started = True
            texts[0] = texts[0].removeprefix(BOM)
        return texts


class _Decoder(Generic[T]):
    """Turns a response's bytes into parsed events, chunk by chunk (WHATWG event-stream rules)."""

    def __init__(
        self, kind: StreamKind, parse: Callable[[str], T], response: httpx.Response
    ) -> None:
        self._kind = kind
        self._parse = parse
        self._response = response
        self._lines = _Lines()
        self._data: list[str] = []
        self._fields = False  # a field of the coming event was seen
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None
        self.done = False
        """The end sentinel was seen: whatever follows it is not read."""
        self.count = 0

    def feed(self, chunk: bytes) -> list[ServerSentEvent[T]]:
        return self._decode(self._lines.feed(chunk))

    def finish(self) -> list[ServerSentEvent[T]]:
        """The events still held when the body ended; a cut-off event or line raises."""
        rest = self._lines.rest()
        if self._kind == "jsonl":
            if rest.strip():
                try:
                    json.loads(rest)
                except ValueError:
                    raise self._broken("it ended in the middle of a line") from None
            return self._decode([rest])
        events = self._decode([rest]) if rest else []
        if self._fields and not self.done:
            if self._data == [DONE]:  # "data: [DONE]" with no blank line after it
                self.done = True
            elif self._data:
                raise self._broken("ended in the middle of an event")
        return events

    def _broken(self, what: str) -> APIConnectionError:
        message = f"Connection error: the stream {what}, after {self.count} events."
        # The API answered: the request reached it, and may have been carried out.
        request = self._response.request
        return APIConnectionError(request, message, may_have_been_applied=True)

    def _decode(self, lines: list[str]) -> list[ServerSentEvent[T]]:
        events: list[ServerSentEvent[T]] = []
        for line in lines:
            if self.done:
                break
            event = self._line(line) if self._kind == "sse" else self._json_line(line)
            if event is not None:
                events.append(event)
                self.count += 1
        return events

    def _json_line(self, line: str) -> ServerSentEvent[T] | None:
        if not line.strip():
            return None
        return ServerSentEvent(self._parse(line), line)

    def _line(self, line: str) -> ServerSentEvent[T] | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):  # a comment, often a keep-alive
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        self._fields = True
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent[T] | None:
        lines, event, retry = self._data, self._event, self._retry
        # The id is kept: it is the last event id until another one is sent.
        self._data, self._event, self._retry, self._fields = [], None, None, False
        data = "\n".join(lines)
        if event == "error":
            raise _stream_error(self._response, data)
        if data == DONE:
            self.done = True
            return None
        if not lines:
            return None  # an event without a data line is not dispatched
        return ServerSentEvent(self._parse(data), data, event, self._id, retry)


def _stream_error(response: httpx.Response, data: str) -> APIStreamError:
    body = decode_text(data)
    details = "; ".join(error_messages(body)) or data.strip()[:_MAX_QUOTED]
    message = "The stream reported an error" + (f": {details}" if details else ".")
    return APIStreamError(message, response=response, body=body)


def _transport_error(
    failure: httpx.TransportError, response: httpx.Response, count: int
) -> APIConnectionError:
    """The SDK's error for a connection that broke or timed out while the stream was read."""
    request = response.request
    if isinstance(failure, httpx.TimeoutException):
        message = f"Request timed out: the stream stalled after {count} events."
        return APITimeoutError(request, message, may_have_been_applied=True)
    message = f"Connection error: the stream broke off after {count} events."
    return APIConnectionError(request, message, may_have_been_applied=True)


class Stream(Generic[T]):
    """A response read as it arrives: iterating it gives each event's parsed data.

    The response is closed when the loop ends or breaks, when the stream ends (a
    ``[DONE]`` event), on any error, or by ``close()`` or a ``with`` block.
    """

    def __init__(
        self, response: httpx.Response, kind: StreamKind, parse: Callable[[str], T]
    ) -> None:
        self.response = response
        """The raw httpx response: status, headers, and the request that was sent."""
        self._events = self._read(_Decoder(kind, parse, response))

    def _read(self, decoder: _Decoder[T]) -> Generator[ServerSentEvent[T], None, None]:
        try:
            try:
                for chunk in self.response.iter_bytes():
                    yield from decoder.feed(chunk)
                    if decoder.done:
                        return
            except httpx.TransportError as failure:
                count = decoder.count
                raise _transport_error(failure, self.response, count) from failure
            yield from decoder.finish()
        finally:
            self.response.close()

    def events(self) -> Iterator[ServerSentEvent[T]]:
        """Each whole event (name, id, raw text), rather than only its data."""
        with self:
            yield from self._events

    def __iter__(self) -> Iterator[T]:
        with self:
            for event in self._events:
                yield event.data

    def __next__(self) -> T:
        return next(self._events).data

    def close(self) -> None:
        """Stop reading and release the connection; the rest of the stream is not read."""
        self._events.close()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Stream [{self.response.status_code} {self.response.reason_phrase}]>"


class AsyncStream(Generic[T]):
    """A response read as it arrives: ``async for`` gives each event's parsed data.

    The response is closed when the loop ends, when the stream ends (a ``[DONE]``
    event), on any error, or by ``await close()`` or an ``async with`` block; after a
    ``break``, only ``async with`` closes it at once.
    """

    def __init__(
        self, response: httpx.Response, kind: StreamKind, parse: Callable[[str], T]
    ) -> None:
        self.response = response
        """The raw httpx response: status, headers, and the request that was sent."""
        self._events = self._read(_Decoder(kind, parse, response))

    async def _read(
        self, decoder: _Decoder[T]
    ) -> AsyncGenerator[ServerSentEvent[T], None]:
        try:
            try:
                async for chunk in self.response.aiter_bytes():
                    for event in decoder.feed(chunk):
                        yield event
                    if decoder.done:
                        return
            except httpx.TransportError as failure:
                count = decoder.count
                raise _transport_error(failure, self.response, count) from failure
            for event in decoder.finish():
                yield event
        finally:
            await self.response.aclose()

    async def events(self) -> AsyncIterator[ServerSentEvent[T]]:
        """Each whole event (name, id, raw text), rather than only its data."""
        async with self:
            async for event in self._events:
                yield event

    async def __aiter__(self) -> AsyncIterator[T]:
        async with self:
            async for event in self._events:
                yield event.data

    async def __anext__(self) -> T:
        return (await anext(self._events)).data

    async def close(self) -> None:
        """Stop reading and release the connection; the rest of the stream is not read."""
        await self._events.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        response = self.response
        return f"<AsyncStream [{response.status_code} {response.reason_phrase}]>"
