"""The committed SDK is exactly what the generator makes of the spec, and it works once
installed: the golden comparison, determinism, a spec change reaching the model, and a
clean-venv install deleting a customer through Prism, sync and async."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from conftest import REPO

from generator import pipeline
from generator.write import MANIFEST

GENERATED = REPO / "generated"
PRISM = REPO / "node_modules" / ".bin" / "prism"


def on_disk(folder: Path) -> dict[str, bytes]:
    skipped = ("__pycache__", ".egg-info", ".pytest_cache", ".mypy_cache", ".ruff_cache")
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file() and not any(part.endswith(skipped) for part in path.parts)
    }


def test_committed_sdk_is_exactly_what_the_spec_generates() -> None:
    produced = pipeline.produce(pipeline.read_config(REPO)).files
    committed = on_disk(GENERATED)
    assert set(committed) == set(produced) | {MANIFEST}
    for path, content in produced.items():
        assert committed[path] == content, f"{path} differs: run `make generate`"


def test_generated_code_never_evaluates_or_unpickles() -> None:
    forbidden = {"eval", "exec", "pickle", "marshal", "__import__", "shelve"}
    for path in GENERATED.rglob("*.py"):
        with path.open("rb") as source:
            names = {t.string for t in tokenize.tokenize(source.readline) if t.type == tokenize.NAME}
        assert not names & forbidden, f"{path}: {sorted(names & forbidden)}"


def test_generation_is_deterministic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = pipeline.read_config(REPO)
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "first"))
    first = pipeline.produce(config).files
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "second"))  # cold: no shared cache
    assert pipeline.produce(config).files == first


def test_a_field_added_to_the_spec_reaches_the_model(tmp_path: Path) -> None:
    # One line in one file of the split spec: the Customer schema lives in collections/.
    shutil.copytree(REPO / "spec", tmp_path / "spec")
    customers = tmp_path / "spec" / "collections" / "customers.yaml"
    document = yaml.safe_load(customers.read_text())
    document["components"]["schemas"]["Customer"]["properties"]["loyaltyTier"] = {
        "type": ["string", "null"],
        "description": "Tier in the loyalty programme.",
    }
    customers.write_text(json.dumps(document))  # JSON is YAML
    config = pipeline.Config(spec=tmp_path / "spec" / "commerce.yaml", out=tmp_path / "out",
                             package="drivly_commerce", client_name="Commerce", env_prefix="DRIVLY")
    pipeline.generate(config)
    model = (tmp_path / "out" / "src" / "drivly_commerce" / "models" / "customer.py").read_text()
    assert 'loyalty_tier: str | None = Field(None, alias="loyaltyTier")' in model
    assert '"""Tier in the loyalty programme."""' in model


@pytest.fixture
def prism() -> Iterator[str]:
    assert PRISM.exists(), "Prism is missing: run `make test`, which installs it"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # The mock's copy of the spec (generator/mock.py): Prism would never finish expanding
    # the 37 collections' relationships in spec/ itself.
    mock_spec = GENERATED / "tests" / "openapi.json"
    server = subprocess.Popen(
        [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(mock_spec)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60 + 20 * mock_spec.stat().st_size / 1e6
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "Prism did not start"
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


USE_INSTALLED = """
import asyncio, sys
import drivly_commerce
from drivly_commerce import AsyncCommerce, Commerce
assert "site-packages" in drivly_commerce.__file__, drivly_commerce.__file__
url = sys.argv[1]
with Commerce(base_url=url) as client:
    deleted = client.customers.delete("cus_123", depth=1)
    print("sync", deleted.message, deleted.doc.email)
async def main():
    async with AsyncCommerce(base_url=url) as client:
        deleted = await client.customers.delete("cus_123", locale="en")
        print("async", deleted.message, deleted.doc.email)
asyncio.run(main())
"""


def test_installed_package_deletes_a_customer_through_prism(tmp_path: Path, prism: str) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # httpx and pydantic come from the main venv; its .pth files (the editable installs of
    # the generator and the SDK) are not read from an added directory, so neither leaks in.
    (site / "runtime-deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    source = tmp_path / "sdk"
    shutil.copytree(GENERATED, source, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         "--no-build-isolation", "--no-index", str(source)],
        check=True, env={**os.environ, "PYTHONPATH": ""},
    )
    used = subprocess.run(
        [python, "-c", USE_INSTALLED, prism], check=False, capture_output=True, text=True,
        cwd=tmp_path,
        env={"PATH": os.environ["PATH"], "DRIVLY_API_KEY": "users API-Key test"}, timeout=120,
    )
    assert used.returncode == 0, used.stderr[-2000:]
    assert [line.split()[0:3] for line in used.stdout.splitlines()] == [
        ["sync", "Deleted", "successfully."],
        ["async", "Deleted", "successfully."],
    ]
