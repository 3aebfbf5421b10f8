"""Fixtures for the generated tests: a Prism mock server of the spec, and clients pointed at it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from drivly_commerce import AsyncCommerce, Commerce

TESTS_DIR = Path(__file__).resolve().parent
SPEC = TESTS_DIR / "openapi.json"
PRISM_VERSION = "5.16.0"
# Prism expands the whole document before it listens: 6 s for box's 1.8 MB on two idle
# cores. The generator cuts a document Prism would take longer on (see the x-sdkgen-mock
# note in it, if any), so the wait grows with its size, with room for a busy machine.
STARTUP_SECONDS_BASE = 60.0
STARTUP_SECONDS_PER_MB = 20.0
STOP_TIMEOUT_SECONDS = 10.0
HOST = "127.0.0.1"


def find_prism() -> str | None:
    """$PRISM, else node_modules/.bin/prism here or above the tests, else prism on PATH."""
    configured = os.environ.get("PRISM")
    if configured:
        return configured
    for folder in (Path.cwd(), TESTS_DIR, *TESTS_DIR.parents):
        candidate = folder / "node_modules" / ".bin" / "prism"
        if candidate.is_file():
            return str(candidate)
    return shutil.which("prism")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def port_answers(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    prism = find_prism()
    if prism is None:
        pytest.fail(
            "Prism (the mock server these tests run against) was not found. Run `make test` at the"
            f" repository root, or `npm install @stoplight/prism-cli@{PRISM_VERSION}`, or set PRISM"
            " to the path of the prism executable.",
            pytrace=False,
        )
    port = free_port()
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    with log_path.open("wb") as log:
        try:
            process = subprocess.Popen(
                [prism, "mock", "-h", HOST, "-p", str(port), str(SPEC)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        except OSError as error:
            pytest.fail(
                f"Prism could not be started from {prism}: {error}", pytrace=False
            )
    timeout = STARTUP_SECONDS_BASE + STARTUP_SECONDS_PER_MB * SPEC.stat().st_size / 1e6
    try:
        deadline = time.monotonic() + timeout
        while not port_answers(port):
            if process.poll() is not None:
                output = log_path.read_text(errors="replace")
                pytest.fail(
                    f"Prism exited with status {process.returncode} before listening:\n{output}",
                    pytrace=False,
                )
            if time.monotonic() > deadline:
                output = log_path.read_text(errors="replace")
                pytest.fail(
                    f"Prism did not listen on port {port} within {timeout:.0f} s:\n{output}",
                    pytrace=False,
                )
            time.sleep(0.1)
        yield f"http://{HOST}:{port}"
    finally:
        stop(process)


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def client(prism_url: str) -> Iterator[Commerce]:
    client = Commerce(base_url=prism_url, api_key="test-credential")
    yield client
    client.close()


@pytest.fixture
async def async_client(prism_url: str) -> AsyncIterator[AsyncCommerce]:
    client = AsyncCommerce(base_url=prism_url, api_key="test-credential")
    yield client
    await client.close()
