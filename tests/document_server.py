"""A local stand-in for the Commerce API's customers collection, for the SDK's load and fault tests.

``python tests/document_server.py`` listens on 127.0.0.1 (a free port, printed on the first line
of stdout) and keeps customers in memory, answering Payload's REST shapes under ``/api``:
``GET|POST /api/customers`` (a page, ``limit`` and ``page``; a creation, 201) and
``GET|PATCH|DELETE /api/customers/{id}``. It logs every request it carries out, so that a test
can count how often a request reached it, and counts the connections it was given.

Control routes under ``/_`` (not logged): ``GET /_log`` the log as JSON lines of
``[method, target, email]`` since the last ``POST /_reset``, which also clears the customers;
``POST /_seed?count=N`` stores N customers (``cus_1`` ...); ``POST /_slow?seconds=S`` makes every
creation answer S seconds after it was stored; ``GET /_connections`` how many connections carried
requests of the API's.

asyncio in a process of its own: the client under test keeps the test's process and its GIL.
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

HEADER_END = b"\r\n\r\n"
MAX_HEAD = 64 * 1024
CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)
CUSTOMER = re.compile(r"/api/customers/([^/]+)")
NOT_FOUND = {"errors": [{"message": "The requested resource was not found."}]}


class Store:
    def __init__(self) -> None:
        self.customers: dict[str, dict[str, Any]] = {}
        self.log: list[tuple[str, str, str | None]] = []
        self.next_id = 1
        self.slow_create = 0.0
        self.accepted = 0

    def reset(self) -> None:
        self.customers.clear()
        self.log.clear()
        self.next_id = 1
        self.slow_create = 0.0

    def create(self, fields: dict[str, Any]) -> dict[str, Any]:
        now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        customer = {**fields, "id": f"cus_{self.next_id}", "createdAt": now, "updatedAt": now}
        self.next_id += 1
        self.customers[customer["id"]] = customer
        return customer


async def answer(store: Store, method: str, target: str, body: bytes) -> tuple[int, Any]:
    url = urlsplit(target)
    path, query = url.path, dict(parse_qsl(url.query))
    fields = json.loads(body) if body else {}
    if path.startswith("/_"):
        return control(store, method, path, query)
    store.log.append((method, target, fields.get("email") if isinstance(fields, dict) else None))
    if path == "/api/customers" and method == "POST":
        customer = store.create(fields)
        if store.slow_create:
            await asyncio.sleep(store.slow_create)
        return 201, {"doc": customer, "message": "Customer successfully created."}
    if path == "/api/customers" and method == "GET":
        return 200, page(store, int(query.get("page", 1)), int(query.get("limit", 10)))
    found = CUSTOMER.fullmatch(path)
    customer = store.customers.get(found.group(1)) if found else None
    if found is None or customer is None:
        return 404, NOT_FOUND
    if method == "GET":
        return 200, customer
    if method == "PATCH":
        customer.update(fields)
        return 200, {"doc": customer, "message": "Updated successfully."}
    if method == "DELETE":
        del store.customers[customer["id"]]
        return 200, {"doc": customer, "message": "Deleted successfully."}
    return 405, {"errors": [{"message": f"{method} is not allowed here."}]}


def page(store: Store, number: int, limit: int) -> dict[str, Any]:
    everything = list(store.customers.values())
    pages = max(1, -(-len(everything) // limit))
    return {
        "docs": everything[(number - 1) * limit : number * limit],
        "totalDocs": len(everything),
        "limit": limit,
        "totalPages": pages,
        "page": number,
        "pagingCounter": (number - 1) * limit + 1,
        "hasPrevPage": number > 1,
        "hasNextPage": number < pages,
        "prevPage": number - 1 if number > 1 else None,
        "nextPage": number + 1 if number < pages else None,
    }


def control(store: Store, method: str, path: str, query: dict[str, str]) -> tuple[int, Any]:
    if path == "/_log":
        return 200, store.log
    if path == "/_connections":
        return 200, {"accepted": store.accepted}
    if path == "/_reset" and method == "POST":
        store.reset()
    elif path == "/_seed" and method == "POST":
        for index in range(int(query["count"])):
            store.create({"email": f"customer{index + 1}@example.com"})
    elif path == "/_slow" and method == "POST":
        store.slow_create = float(query["seconds"])
    else:
        return 404, NOT_FOUND
    return 200, {}


async def serve_connection(
    store: Store, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    counted = False  # a connection counts once it carries a request of the API's
    try:
        while True:
            try:
                head = await reader.readuntil(HEADER_END)
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                return
            method, target, _ = head.decode("latin-1").split("\r\n", 1)[0].split(" ", 2)
            if not counted and not target.startswith("/_"):
                counted = True
                store.accepted += 1
            body = await reader.readexactly(content_length(head))
            status, document = await answer(store, method, target, body)
            content = json.dumps(document).encode()
            writer.write(response(status, content))
            await writer.drain()
    except ConnectionError:
        return
    finally:
        writer.close()


def content_length(head: bytes) -> int:
    found = CONTENT_LENGTH.search(head)
    return int(found.group(1)) if found else 0


def response(status: int, content: bytes, *headers: str) -> bytes:
    """An HTTP/1.1 response with a JSON body (and any further header lines)."""
    head = [
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}",
        "Content-Type: application/json",
        f"Content-Length: {len(content)}",
        *headers,
    ]
    return "\r\n".join(head).encode() + HEADER_END + content


async def main() -> None:
    store = Store()
    server = await asyncio.start_server(
        lambda reader, writer: serve_connection(store, reader, writer),
        "127.0.0.1",
        0,
        limit=MAX_HEAD,
        backlog=1024,
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


class Control:
    """The control routes of a running server, for the test that started it."""

    def __init__(self, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self._http = httpx.Client(base_url=self.url)

    def reset(self) -> None:
        self._http.post("/_reset").raise_for_status()

    def seed(self, count: int) -> None:
        self._http.post("/_seed", params={"count": count}).raise_for_status()

    def slow_creations(self, seconds: float) -> None:
        self._http.post("/_slow", params={"seconds": seconds}).raise_for_status()

    def log(self) -> list[tuple[str, str, str | None]]:
        return [tuple(entry) for entry in self._http.get("/_log").json()]

    def connections(self) -> int:
        accepted: int = self._http.get("/_connections").json()["accepted"]
        return accepted


@contextmanager
def running() -> Iterator[Control]:
    """The server in a process of its own, stopped on leaving."""
    process = subprocess.Popen([sys.executable, __file__], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        control = Control(int(process.stdout.readline()))
        yield control
        control._http.close()
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    asyncio.run(main())
