"""Shared helpers for the generator's tests."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.load import load_spec
from generator.model import ir
from generator.model.build import Options, build_api

REPO = Path(__file__).resolve().parent.parent
# The tests' own cache (git-ignored, kept between runs so black's results stay warm): the
# hundreds of temporary SDKs they generate leave their run records there, not in the
# user's ~/.cache/sdkgen. Set on import, before test modules copy the environment for
# their subprocesses; tests that need another cache set their own.
TEST_CACHE = REPO / "build" / "test-cache"
os.environ["SDKGEN_CACHE_DIR"] = str(TEST_CACHE)

# The Payload test bed's fixtures (testbed, kind, connect, sdk) for the integration tests.
pytest_plugins = ["payload_testbed"]
OPTIONS = Options(package="sdk", distribution="sdk", client_name="Client", env_prefix="SDK")


def all_refs(node: Any) -> list[str]:
    """Every $ref in node, in document order."""
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in all_refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in all_refs(value)]
    return []


def document(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """A minimal valid OpenAPI 3.1 document around the given paths and schemas."""
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Test API", "version": "1.0.0"},
        "paths": paths or {},
    }
    if schemas:
        doc["components"] = {"schemas": schemas}
    doc.update(extra)
    return doc


@pytest.fixture
def build(tmp_path: Path) -> Callable[[dict[str, Any]], ir.Api]:
    def run(doc: dict[str, Any]) -> ir.Api:
        path = tmp_path / "spec.json"
        path.write_text(json.dumps(doc))
        return build_api(load_spec(path), OPTIONS)

    return run
