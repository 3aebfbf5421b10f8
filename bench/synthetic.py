"""Synthetic OpenAPI documents of a chosen number of operations, for the growth rows (target 5).

Shaped like a Payload CMS REST API, as spec/commerce.yaml is: one collection per tag, each
with the five operations of a collection (list, create, read, update, delete), its document
schema, a page of them and a request body, so that paths, models and resources all grow
with the operation count. Collections differ in their field names and, cyclically, in
their field types, so no two render to the same code and black's cache cannot share them.
``python bench/synthetic.py 250 > spec.json`` prints one.
"""

from __future__ import annotations

import json
import sys
from typing import Any

OPERATIONS_PER_COLLECTION = 5
FIELDS_PER_COLLECTION = 12
# The shapes of Payload's field types, taken in turn.
FIELD_SCHEMAS: tuple[dict[str, Any], ...] = (
    {"type": "string"},
    {"type": "integer", "minimum": 0},
    {"type": "number"},
    {"type": "boolean"},
    {"type": "string", "format": "date-time"},
    {"type": "string", "enum": ["draft", "published", "archived"]},
    {"type": "array", "items": {"type": "string"}},
    {"type": ["string", "null"], "maxLength": 200},
    {"type": "object", "additionalProperties": {"type": "string"}},
)


def document(operations: int) -> dict[str, Any]:
    """An OpenAPI 3.1 document of exactly ``operations`` operations (a multiple of 5)."""
    if operations <= 0 or operations % OPERATIONS_PER_COLLECTION:
        raise ValueError(f"operations must be a positive multiple of {OPERATIONS_PER_COLLECTION}")
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {"Error": _error_schema()}
    for index in range(operations // OPERATIONS_PER_COLLECTION):
        slug, name = f"collection{index}", f"Collection{index}"
        paths.update(_collection_paths(slug, name))
        schemas.update(_collection_schemas(index, name))
    return {
        "openapi": "3.1.0",
        "info": {"title": "Synthetic Payload API", "version": "1.0.0"},
        "servers": [{"url": "http://127.0.0.1:3000/api"}],
        "security": [{"apiKey": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"apiKey": {"type": "apiKey", "in": "header", "name": "Authorization"}},
        },
    }


def _collection_paths(slug: str, name: str) -> dict[str, Any]:
    def ref(schema: str) -> dict[str, Any]:
        return {"$ref": f"#/components/schemas/{schema}"}

    def responses(schema: str, status: str = "200") -> dict[str, Any]:
        return {
            status: {"description": "OK", "content": {"application/json": {"schema": ref(schema)}}},
            "404": {"description": "Not found", "content": {"application/json": {"schema": ref("Error")}}},
        }

    body = {"required": True, "content": {"application/json": {"schema": ref(f"{name}Input")}}}
    item_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    paging = [
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {"name": "sort", "in": "query", "schema": {"type": "string"}},
    ]
    tags = [slug]
    return {
        f"/{slug}": {
            "get": {"operationId": f"list{name}", "tags": tags, "parameters": paging,
                    "responses": responses(f"{name}Page")},
            "post": {"operationId": f"create{name}", "tags": tags, "requestBody": body,
                     "responses": responses(name, "201")},
        },
        f"/{slug}/{{id}}": {
            "parameters": [item_id],
            "get": {"operationId": f"get{name}", "tags": tags, "responses": responses(name)},
            "patch": {"operationId": f"update{name}", "tags": tags, "requestBody": body,
                      "responses": responses(name)},
            "delete": {"operationId": f"delete{name}", "tags": tags, "responses": responses(name)},
        },
    }


def _collection_schemas(index: int, name: str) -> dict[str, Any]:
    fields = {
        f"field{index}x{n}": FIELD_SCHEMAS[(index + n) % len(FIELD_SCHEMAS)]
        for n in range(FIELDS_PER_COLLECTION)
    }
    stamps = {"type": "string", "format": "date-time"}
    return {
        name: {
            "type": "object",
            "required": ["id", "createdAt", "updatedAt"],
            "properties": {"id": {"type": "string"}, **fields, "createdAt": stamps,
                           "updatedAt": stamps},
        },
        f"{name}Input": {"type": "object", "properties": fields},
        f"{name}Page": {
            "type": "object",
            "required": ["docs", "totalDocs", "hasNextPage"],
            "properties": {
                "docs": {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}},
                "totalDocs": {"type": "integer"},
                "page": {"type": "integer"},
                "hasNextPage": {"type": "boolean"},
            },
        },
    }


def _error_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["errors"],
        "properties": {
            "errors": {
                "type": "array",
                "items": {"type": "object", "properties": {"message": {"type": "string"}}},
            }
        },
    }


if __name__ == "__main__":
    json.dump(document(int(sys.argv[1])), sys.stdout, indent=1)
