"""A local HTTP/1.1 server answering every request with one canned JSON body.

Run as its own process (so it does not share the GIL with the client being timed):
``python bench/server.py BODY_FILE``; it prints its port on the first line of stdout.
asyncio rather than http.server: a cheaper server leaves more of the round trip to the client,
which is what the benchmark compares.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

HEADER_END = b"\r\n\r\n"


class CannedReply(asyncio.Protocol):
    def __init__(self, response: bytes) -> None:
        self.response = response
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        self.buffer += data
        # Keep-alive and pipelining: answer each complete request (head plus any body) in turn.
        while (end := self.buffer.find(HEADER_END)) >= 0:
            size = end + len(HEADER_END) + _content_length(self.buffer[:end])
            if len(self.buffer) < size:
                return
            self.buffer = self.buffer[size:]
            self.transport.write(self.response)


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


async def serve(body: bytes) -> None:
    response = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
    )
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: CannedReply(response), "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(Path(sys.argv[1]).read_bytes()))
