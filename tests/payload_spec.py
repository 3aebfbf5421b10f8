"""A Payload CMS-style OpenAPI document of N collections whose relationships point at each
other, as the full Drivly API does: every relationship field is an id (string or number) or
the populated document of another collection (`oneOf`), single or many, so the schemas form
one dense cycle, on which Prism, left to itself, never starts (generator/mock.py).
`tests/specs/features/payload40.json` is this script's output for 40 collections.

    python tests/payload_spec.py [COLLECTIONS] > spec.json
"""

from __future__ import annotations

import json
import sys
from typing import Any

# Each collection relates to the ones this many places after it (modulo N), alternating
# single and has-many: six relationships each, every collection reachable from every other.
RELATION_STEPS = (1, 2, 3, 5, 8, 13)
WORDS = (
    "customer", "deal", "lead", "vehicle", "tenant", "brand", "trade", "quote", "order",
    "policy", "address", "contact", "user", "dealer", "lender", "insurer", "listing", "offer",
    "payment", "invoice", "shipment", "document", "inspection", "photo", "appraisal",
    "auction", "bid", "message", "note", "task", "review", "warranty", "loan", "title",
    "registration", "transport", "route", "driver", "facility", "partner", "campaign",
)


def collection_name(index: int) -> str:
    word = WORDS[index % len(WORDS)]
    return word if index < len(WORDS) else f"{word}{index // len(WORDS) + 1}"


def schema_name(index: int) -> str:
    return collection_name(index).capitalize()


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def relationship(target: int, many: bool) -> dict[str, Any]:
    one = {
        "oneOf": [
            {"type": "string", "description": "Id of the related document (depth 0)."},
            {"type": "number", "description": "Id of the related document (depth 0, SQL adapters)."},
            ref(schema_name(target)),
        ],
    }
    if many:
        return {"type": ["array", "null"], "items": one, "description": f"Related {collection_name(target)}s."}
    return {"anyOf": [one, {"type": "null"}], "description": f"The related {collection_name(target)}."}


def collection_schema(index: int, count: int) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "id": {"type": "string", "readOnly": True, "example": "66a1f0c2e4b0a1b2c3d4e5f6"},
        "createdAt": {"type": "string", "format": "date-time", "readOnly": True},
        "updatedAt": {"type": "string", "format": "date-time", "readOnly": True},
        "name": {"type": ["string", "null"]},
        "status": {"type": ["string", "null"], "enum": ["draft", "published", None]},
        "amount": {"type": ["number", "null"]},
        "notes": {"type": ["string", "null"]},
    }
    for position, step in enumerate(RELATION_STEPS):
        target = (index + step) % count
        many = position % 2 == 1
        properties[collection_name(target) + ("s" if many else "")] = relationship(target, many)
    return {
        "type": "object",
        "description": f"A {collection_name(index)} document.",
        "required": ["id", "createdAt", "updatedAt"],
        "properties": properties,
    }


def page_schema(name: str) -> dict[str, Any]:
    counts = ("totalDocs", "limit", "totalPages", "page", "pagingCounter")
    return {
        "type": "object",
        "required": ["docs", *counts, "hasPrevPage", "hasNextPage", "prevPage", "nextPage"],
        "properties": {
            "docs": {"type": "array", "items": ref(name)},
            **{key: {"type": "integer"} for key in counts},
            "hasPrevPage": {"type": "boolean"},
            "hasNextPage": {"type": "boolean"},
            "prevPage": {"type": ["integer", "null"]},
            "nextPage": {"type": ["integer", "null"]},
        },
    }


def doc_schema(name: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["doc", "message"],
        "properties": {"doc": ref(name), "message": {"type": "string"}},
    }


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def answer(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, **json_body(schema)}


def paths_of(index: int) -> dict[str, Any]:
    slug, name = collection_name(index), schema_name(index)
    errors = {"404": {"$ref": "#/components/responses/NotFound"}}
    by_id = [{"$ref": "#/components/parameters/Id"}, {"$ref": "#/components/parameters/Depth"}]
    return {
        f"/{slug}s": {
            "get": {
                "tags": [slug], "operationId": f"find_{slug}s",
                "parameters": [{"$ref": "#/components/parameters/Depth"},
                               {"$ref": "#/components/parameters/Limit"},
                               {"$ref": "#/components/parameters/Page"}],
                "responses": {"200": answer(ref(f"{name}Page"), f"A page of {slug}s.")},
            },
            "post": {
                "tags": [slug], "operationId": f"create_{slug}",
                "requestBody": {"required": True, **json_body(ref(name))},
                "responses": {"201": answer(ref(f"{name}Doc"), f"The new {slug}.")},
            },
        },
        f"/{slug}s/count": {
            "get": {
                "tags": [slug], "operationId": f"count_{slug}s",
                "responses": {"200": answer(ref("Count"), f"How many {slug}s there are.")},
            },
        },
        f"/{slug}s/{{id}}": {
            "get": {
                "tags": [slug], "operationId": f"find_{slug}_by_id", "parameters": by_id,
                "responses": {"200": answer(ref(name), f"The {slug}."), **errors},
            },
            "patch": {
                "tags": [slug], "operationId": f"update_{slug}", "parameters": by_id,
                "requestBody": {"required": True, **json_body(ref(name))},
                "responses": {"200": answer(ref(f"{name}Doc"), f"The updated {slug}."), **errors},
            },
            "delete": {
                "tags": [slug], "operationId": f"delete_{slug}", "parameters": by_id,
                "responses": {"200": answer(ref(f"{name}Doc"), f"The deleted {slug}."), **errors},
            },
        },
    }


def integer_parameter(name: str, minimum: int) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "integer", "minimum": minimum}}


def payload_spec(count: int) -> dict[str, Any]:
    schemas: dict[str, Any] = {
        "Count": {"type": "object", "required": ["totalDocs"], "properties": {"totalDocs": {"type": "integer"}}},
        "Error": {
            "type": "object",
            "required": ["errors"],
            "properties": {"errors": {"type": "array", "items": {
                "type": "object", "required": ["message"], "properties": {"message": {"type": "string"}},
            }}},
        },
    }
    paths: dict[str, Any] = {}
    for index in range(count):
        name = schema_name(index)
        schemas[name] = collection_schema(index, count)
        schemas[f"{name}Page"] = page_schema(name)
        schemas[f"{name}Doc"] = doc_schema(name)
        paths.update(paths_of(index))
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"Payload {count} Collections API",
            "version": "1.0.0",
            "description": "Made by tests/payload_spec.py: Payload CMS REST routes for "
            f"{count} collections whose relationships point at each other.",
        },
        "servers": [{"url": "https://payload.example.com/api"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "parameters": {
                "Id": {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                "Depth": integer_parameter("depth", 0),
                "Limit": integer_parameter("limit", 1),
                "Page": integer_parameter("page", 1),
            },
            "responses": {"NotFound": answer(ref("Error"), "No document has this id.")},
        },
    }


if __name__ == "__main__":
    collections = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    json.dump(payload_spec(collections), sys.stdout, indent=1)
    sys.stdout.write("\n")
