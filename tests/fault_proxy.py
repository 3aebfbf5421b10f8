"""A fault-injecting HTTP proxy on 127.0.0.1, between the SDK under test and a local server.

``FaultProxy(upstream_port)`` passes every request through, each on a connection of its own
to the server, until ``inject(fault, method, target)`` arms one fault for the next request of
that method (and target). Each fault is a way an attempt fails in production, and what it says about whether the
server carried the request out:

- ``drop``: forwarded, then the connection closed without an answer;
- ``reset``: forwarded, then the connection reset (RST);
- ``delay``: forwarded, the answer held for ``DELAY_SECONDS`` (past the caller's timeout);
- ``502``: forwarded, the answer replaced by a 502 (a gateway losing the upstream's answer);
- ``503``: forwarded, the answer replaced by a 503 without ``Retry-After``;
- ``503 Retry-After``: not forwarded, a 503 with ``Retry-After: 1`` (a server shedding load);
- ``cut body``: forwarded, the answer's head and half its body, then the connection closed.

The proxy runs an asyncio loop in a thread of the test's process.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
from typing import Self

from document_server import HEADER_END, MAX_HEAD, content_length, response

DELAY_SECONDS = 1.5
FAULTS = ("drop", "reset", "delay", "502", "503", "503 Retry-After", "cut body")


class FaultProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self._armed: dict[str, tuple[str, str]] = {}  # method -> (fault, target)
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self.port = 0

    def __enter__(self) -> Self:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._serve, "127.0.0.1", 0, limit=MAX_HEAD), self._loop
        ).result(timeout=10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, *exc_info: object) -> None:
        async def close() -> None:
            assert self._server is not None
            self._server.close()
            for task in asyncio.all_tasks() - {asyncio.current_task()}:
                task.cancel()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def inject(self, fault: str, method: str, target: str = "") -> None:
        """Fail the next request of ``method`` whose target (path and query) holds ``target``
        with ``fault``, once."""
        assert fault in FAULTS, fault
        with self._lock:
            self._armed[method] = (fault, target)

    def _take(self, method: str, target: str) -> str | None:
        with self._lock:
            fault, wanted = self._armed.get(method, (None, ""))
            if fault is None or wanted not in target:
                return None
            del self._armed[method]
            return fault

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(HEADER_END)
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                body = await reader.readexactly(content_length(head))
                method, target = head.decode("latin-1").split(" ", 2)[:2]
                fault = self._take(method, target)
                if fault == "503 Retry-After":
                    writer.write(response(503, b"{}", "Retry-After: 1"))
                    continue
                answer = await self._forward(head + body)
                if fault is None:
                    writer.write(answer)
                    await writer.drain()
                elif fault in ("502", "503"):
                    writer.write(response(int(fault), b'{"errors":[{"message":"upstream"}]}'))
                    await writer.drain()
                else:
                    await self._break(fault, writer, answer)
                    return
        except ConnectionError:  # the client went away (it timed out, say)
            return
        finally:
            writer.close()

    async def _break(self, fault: str, writer: asyncio.StreamWriter, answer: bytes) -> None:
        """Deliver an answer the way ``fault`` says; the connection is closed afterwards."""
        if fault == "reset":
            raw = writer.get_extra_info("socket")
            raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
        elif fault == "delay":
            await asyncio.sleep(DELAY_SECONDS)
            writer.write(answer)
            await writer.drain()
        elif fault == "cut body":
            end = answer.index(HEADER_END) + len(HEADER_END)
            writer.write(answer[: end + (len(answer) - end) // 2])
            await writer.drain()
        # drop: nothing is sent at all

    async def _forward(self, request: bytes) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        try:
            writer.write(request)
            await writer.drain()
            head = await reader.readuntil(HEADER_END)
            return head + await reader.readexactly(content_length(head))
        finally:
            writer.close()

