"""The document handed to Prism (generator/mock.py): the spec itself while Prism can expand
it quickly, else every reference inlined and cut. test_corpus.py starts Prism on both kinds
(box and the corpus as they are, features/payload40.json cut) and runs the tests against it."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from conftest import REPO, all_refs, document
from records import FEATURES

from generator import mock
from generator.pipeline import mock_text

PAYLOAD40 = FEATURES / "payload40.json"


def payload(collections: int) -> dict[str, Any]:
    made = subprocess.run(
        [sys.executable, str(REPO / "tests" / "payload_spec.py"), str(collections)],
        check=True, capture_output=True, text=True,
    )
    spec: dict[str, Any] = json.loads(made.stdout)
    return spec


def test_a_spec_prism_expands_quickly_is_handed_over_as_it_is() -> None:
    tree = {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}}}
    spec = document(
        {"/trees": {"get": {"responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Tree"}}}}}}}},
        {"Tree": tree},
    )
    assert mock.prism_document(spec) is spec
    assert json.loads(mock_text(spec)) == spec


def test_a_densely_cyclic_spec_is_inlined_and_cut() -> None:
    spec = payload(12)
    spec["components"]["securitySchemes"] = {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}
    cut = mock.prism_document(spec)
    assert cut is not spec
    assert all_refs(cut) == []
    assert cut["components"] == {"securitySchemes": spec["components"]["securitySchemes"]}
    assert set(cut["paths"]) == set(spec["paths"])
    notes = [mock.NOTE.format(budget=mock.BUDGET, depth=depth) for depth in range(1, mock.MAX_DEPTH + 1)]
    assert cut["x-sdkgen-mock"] in notes
    assert mock._Inliner(cut).fits(cut, mock.BUDGET)
    # The response of GET /customers/{id}: Customer inlined; its relationships offer an id
    # or the related document, which deep enough is a stand-in of object type, with an example.
    customer = cut["paths"]["/customers/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert customer["required"] == ["id", "createdAt", "updatedAt"]
    stand_ins = [node for node in walk(customer) if set(node) == {"type", "example"}]
    assert stand_ins, "the cycles were not cut"
    for stand_in in stand_ins:
        assert stand_in["type"] == "object"
        assert {"id", "createdAt", "updatedAt"} <= set(stand_in["example"])


def walk(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        return [node] + [found for value in node.values() for found in walk(value)]
    if isinstance(node, list):
        return [found for value in node for found in walk(value)]
    return []


def test_ref_siblings_override_the_target_as_prism_merges_them() -> None:
    spec = payload(12)
    spec["paths"]["/customers/count"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Count", "description": "How many.",
    }
    cut = mock.prism_document(spec)
    schema = cut["paths"]["/customers/count"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {**spec["components"]["schemas"]["Count"], "description": "How many."}


def test_the_feature_spec_is_what_the_script_makes() -> None:
    assert json.loads(PAYLOAD40.read_text(encoding="utf-8")) == payload(40)
