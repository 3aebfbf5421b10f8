"""The Payload test bed: a real Payload CMS 3 server (tests/payload/) for the integration tests.

`running()` starts `tests/payload/server.mjs` on 127.0.0.1 over a fresh SQLite database in a
temporary folder, seeded from `tests/payload/seed.json`, and stops it when the block ends.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import secrets
import select
import shutil
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

import pytest

TESTBED = Path(__file__).resolve().parent / "payload"
SEED_FILE = TESTBED / "seed.json"
USER_EMAIL = "sdk@example.com"
T = TypeVar("T")
IdType = Literal["number", "uuid"]
ID_TYPES: tuple[IdType, ...] = ("number", "uuid")
# Payload pushes the schema and the seed goes in before the server answers: about 2 s on
# an idle machine, much more on a loaded one.
START_TIMEOUT_SECONDS = 90.0
STOP_TIMEOUT_SECONDS = 10.0
LOG_TAIL_CHARS = 4000


@dataclass(frozen=True)
class SeedDoc:
    collection: str
    key: str
    data: dict[str, Any]


SEED: tuple[SeedDoc, ...] = tuple(SeedDoc(**doc) for doc in json.loads(SEED_FILE.read_text()))
SEED_BY_KEY = {doc.key: doc for doc in SEED}


def related(value: Any) -> dict[str, Any]:
    """The seed data of the document a seed relationship value (`{"$key": k}`) points to."""
    return SEED_BY_KEY[value["$key"]].data


@dataclass(frozen=True)
class PayloadServer:
    url: str  # the API's base URL, http://127.0.0.1:<port>/api
    api_key: str  # the seeded user's API key, bare
    password: str  # the seeded user's password; its email is USER_EMAIL
    id_type: IdType
    ids: dict[str, int | str]  # the id of every seeded document by its seed key; "user" too

    @property
    def id_class(self) -> type:
        """The type of a document id on this server: SQL's numbers, or uuid strings."""
        return int if self.id_type == "number" else str

    def seeded(self, collection: str) -> dict[int | str, SeedDoc]:
        """The seed documents of one collection, by their ids on this server."""
        return {self.ids[d.key]: d for d in SEED if d.collection == collection}


def _fail(message: str, log: Path | None = None) -> None:
    if log is not None and log.exists():
        message += "\n--- server log (tail) ---\n" + log.read_text(errors="replace")[-LOG_TAIL_CHARS:]
    pytest.fail(message, pytrace=False)


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    # In production mode the SQLite adapter never pushes the schema.
    env.pop("NODE_ENV", None)
    env.update(PAYLOAD_DISABLE_DEPENDENCY_CHECKER="true", DISABLE_PAYLOAD_HMR="true")
    return env


def _stop(process: subprocess.Popen[bytes]) -> None:
    # Closing stdin asks the server to stop; signals only if it does not.
    if process.stdin is not None:
        process.stdin.close()
    for stop in (process.terminate, process.kill):
        try:
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
            return
        except subprocess.TimeoutExpired:
            stop()
    process.wait()


@contextmanager
def running(folder: Path, id_type: IdType) -> Iterator[PayloadServer]:
    node = shutil.which("node")
    if node is None:
        _fail("node (Node 20) is needed for the Payload test bed and is not on PATH")
    if not (TESTBED / "node_modules" / "payload").is_dir():
        _fail(
            "the Payload test bed is not installed: run `make test` at the repository root, or"
            " `npm ci --ignore-scripts` in tests/payload"
        )
    api_key, password = secrets.token_hex(16), secrets.token_hex(16)
    log = folder / "server.log"
    ready_read, ready_write = os.pipe()
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [
                str(node),
                "server.mjs",
                "--db", str(folder / "db.sqlite"),
                "--id-type", id_type,
                "--api-key", api_key,
                "--password", password,
                "--seed", str(SEED_FILE),
                "--ready-fd", str(ready_write),
            ],
            cwd=TESTBED,
            env=_environment(),
            stdin=subprocess.PIPE,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            pass_fds=(ready_write,),
        )
    os.close(ready_write)
    try:
        line = b""
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not line.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([ready_read], [], [], left)[0]:
                _fail(f"the Payload test bed did not start within {START_TIMEOUT_SECONDS:.0f} s", log)
            chunk = os.read(ready_read, 65536)
            if not chunk:
                _fail(f"the Payload test bed exited with status {process.wait()}", log)
            line += chunk
        ready = json.loads(line)
        yield PayloadServer(url=ready["url"], api_key=api_key, password=password, id_type=id_type,
                            ids=ready["ids"])
    finally:
        os.close(ready_read)
        _stop(process)


@functools.cache
def collection_config() -> dict[str, list[dict[str, Any]]]:
    """The fields of every collection of the test bed, by slug, as collections.mjs declares them
    (JSON: hooks and access functions left out)."""
    node = shutil.which("node")
    if node is None:
        _fail("node (Node 20) is needed for the Payload test bed and is not on PATH")
    script = "import { collections } from './collections.mjs'; console.log(JSON.stringify(collections))"
    printed = subprocess.run(
        [str(node), "--input-type=module", "-e", script],
        cwd=TESTBED, capture_output=True, text=True, check=True, timeout=START_TIMEOUT_SECONDS,
    )
    return {c["slug"]: c["fields"] for c in json.loads(printed.stdout)}


def unknown_fields(value: Any, path: str = "") -> list[str]:
    """Where a parsed response holds fields its model does not declare (pydantic keeps them in
    `model_extra`): on the test bed, each is a drift between the spec and the server's config."""
    import pydantic

    if isinstance(value, pydantic.BaseModel):
        found = [f"{path}.{name}" for name in value.model_extra or ()]
        for name in type(value).model_fields:
            found += unknown_fields(getattr(value, name), f"{path}.{name}")
        return found
    if isinstance(value, (list, tuple)):
        return [hit for index, item in enumerate(value) for hit in unknown_fields(item, f"{path}[{index}]")]
    page = getattr(value, "page", None)  # a SyncPage or a loaded AsyncPage: its page model
    return unknown_fields(page, path) if isinstance(page, pydantic.BaseModel) else []


def declared(value: T) -> T:
    """The value, once it is known to hold no field its models do not declare."""
    undeclared = unknown_fields(value)
    assert not undeclared, f"fields the spec does not declare: {undeclared}"
    return value


class Either:
    """A sync or an async client behind one awaitable surface, so that a test is written once
    and runs on both: every method call is awaited, whichever client answers it. Whatever a
    call returns must declare every field the server sent (see `unknown_fields`)."""

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not callable(value):
            return Either(value)

        async def call(*args: Any, **kwargs: Any) -> Any:
            result = value(*args, **kwargs)
            # An AsyncPage is awaitable too: awaiting it loads its first page.
            return declared(await result if inspect.isawaitable(result) else result)

        return call


async def pages(first: Any) -> list[Any]:
    """Every page from this one on, the sync or the async way."""
    if inspect.isasyncgenfunction(first.iter_pages):
        walked = [page async for page in first.iter_pages()]
    else:
        walked = list(first.iter_pages())
    return declared(walked)


async def collect(first: Any) -> list[Any]:
    """Every item of every page from this one on, through the page's own iteration."""
    return declared([item async for item in first] if hasattr(first, "__aiter__") else list(first))


@pytest.fixture(scope="session", params=ID_TYPES)
def testbed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PayloadServer]:
    """A running test bed, once with SQL's number ids and once with uuid ids."""
    with running(tmp_path_factory.mktemp(f"payload-{request.param}"), request.param) as bed:
        yield bed


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def connect(kind: str, testbed: PayloadServer) -> AsyncIterator[Callable[..., Either]]:
    """Makes clients of the committed SDK for the test bed: strict, no retries, closed after the test."""
    from drivly_commerce import AsyncCommerce, Commerce

    made: list[Commerce | AsyncCommerce] = []

    def make(**options: Any) -> Either:
        options = {
            "api_key": testbed.api_key,  # bare, as Drivly hands keys out
            "base_url": testbed.url,
            "max_retries": 0,
            "strict": True,
            **options,
        }
        client = Commerce(**options) if kind == "sync" else AsyncCommerce(**options)
        made.append(client)
        return Either(client)

    yield make
    for client in made:
        await Either(client).close()


@pytest.fixture
def sdk(connect: Callable[..., Either]) -> Either:
    return connect()
