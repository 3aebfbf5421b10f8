"""spec/ against Drivly's own SDK (tests/drivly/, @drivly/commerce 0.1.1): every collection
index.ts exposes is a tag of the spec, grouped as index.ts groups it, and its schema has
exactly the fields payload-types.ts gives it, each of the same kind (select options,
relationship targets and hasMany included); each collection's `where` and `sort` schemas
follow its fields. Both sides are read strictly: a shape either reader does not know fails."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest
from conftest import REPO
from drivly_types import Collection, Field, collections

from generator.load import load_spec

QUERY = {"text": "TextQuery", "number": "NumberQuery", "date": "DateQuery", "boolean": "BooleanQuery",
         "select": "SelectQuery", "relationship": "RelationshipQuery", "json": "JsonQuery"}
SORTABLE = {"text", "number", "date", "boolean", "select", "relationship"}
JSON_TYPES = ["object", "array", "string", "number", "boolean", "null"]


@cache
def document() -> dict[str, Any]:
    return load_spec(REPO / "spec" / "commerce.yaml").document


def schemas() -> dict[str, Any]:
    found: dict[str, Any] = document()["components"]["schemas"]
    return found


def ref_name(node: dict[str, Any]) -> str:
    ref = node["$ref"]
    assert ref.startswith("#/components/schemas/"), ref
    return str(ref.rsplit("/", 1)[1])


def relationship_target(node: dict[str, Any]) -> str | None:
    """The model a `Id | <Model>` anyOf names, None when node is not one."""
    members = node.get("anyOf")
    if not isinstance(members, list):
        return None
    refs = [ref_name(m) for m in members if "$ref" in m]
    rest = [m for m in members if "$ref" not in m]
    if len(refs) == 2 and refs[0] == "Id" and all(m.get("type") == "null" for m in rest) and len(rest) <= 1:
        return refs[1]
    return None


def spec_field(name: str, node: dict[str, Any]) -> Field:
    """The kind of a property of the spec, as drivly_types.Field says it."""
    if "$ref" in node:
        target = schemas()[ref_name(node)]
        if "enum" in target:
            return Field(name, "select", options=tuple(v for v in target["enum"] if v is not None),
                         required="null" not in target["type"])
        if target.get("type") == "object":
            return Field(name, "group", fields=spec_fields(target))
        raise AssertionError(f"{name}: a $ref this test does not know: {node}")
    target = relationship_target(node)
    if target is not None:
        return Field(name, "relationship", target=target)
    kinds = node.get("type")
    # An id: the server's (integer or string, as TS's `string`), or Fee's own (`number`).
    if name == "id" and kinds == ["integer", "string"] and node.get("readOnly"):
        return Field(name, "text", required=True)
    if name == "id" and kinds == "integer" and not node.get("readOnly"):
        return Field(name, "number", required=True)
    if kinds == JSON_TYPES:
        return Field(name, "json")
    if isinstance(kinds, list) and kinds[-1] == "null" and len(kinds) == 2:
        base = kinds[0]
        if base == "array":
            items = node["items"]
            target = relationship_target(items)
            if target is not None:
                return Field(name, "relationship", many=True, target=target)
            item = schemas()[ref_name(items)]
            if "enum" in item:
                assert "null" not in item["type"], f"{name}: a hasMany select's values are never null"
                return Field(name, "select", many=True, options=tuple(item["enum"]))
            return Field(name, "array", fields=spec_fields(item))
        if base in ("string", "number", "boolean") and "format" not in node:
            return Field(name, {"string": "text", "number": "number", "boolean": "boolean"}[base])
    if kinds == "string" and node.get("format") == "date-time" and node.get("readOnly"):
        return Field(name, "date", required=True)
    raise AssertionError(f"{name}: a schema this test does not know: {node}")


def spec_fields(schema: dict[str, Any]) -> tuple[Field, ...]:
    return tuple(spec_field(name, node) for name, node in schema["properties"].items())


def comparable(field: Field) -> Field:
    """What both sides state: only select fields (CreditApplication's `environment` is not
    nullable), dates and ids carry a required mark worth comparing."""
    nested = tuple(sorted((comparable(f) for f in field.fields), key=lambda f: f.name))
    return Field(field.name, field.kind, field.many, field.options, field.target,
                 field.required and (field.kind in ("select", "date") or field.name == "id"), nested)


COLLECTIONS = collections()


def resource(collection: Collection) -> str:
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", collection.name).lower()
    return f"crm.{snake}" if collection.group == "crm" else snake


def test_the_reader_knows_the_whole_sdk() -> None:
    # The 37 collections of index.ts, 22 under commerce and 15 under crm, and the 83
    # Customer fields (82 of the documentation page, and id) as the spec has them.
    assert [c.group for c in COLLECTIONS].count("commerce") == 22
    assert [c.group for c in COLLECTIONS].count("crm") == 15
    customer = next(c for c in COLLECTIONS if c.slug == "customers")
    assert len(customer.fields) == 83
    assert {f.kind for c in COLLECTIONS for f in c.fields} == {
        "text", "number", "boolean", "date", "select", "relationship", "group", "array", "json"}


def test_every_collection_is_a_tag_grouped_as_index_ts_groups_it() -> None:
    tags = {tag["name"]: tag for tag in document()["tags"]}
    assert list(tags) == [c.slug for c in COLLECTIONS]
    for collection in COLLECTIONS:
        assert tags[collection.slug].get("x-resource", collection.slug) == resource(collection)
        assert tags[collection.slug].get("description"), collection.slug


def test_every_collection_has_payloads_routes() -> None:
    paths = document()["paths"]
    for collection in COLLECTIONS:
        base = f"/{collection.slug}"
        routes = {(path, method): operation for path in (base, f"{base}/count", f"{base}/{{id}}")
                  for method, operation in paths[path].items()}
        assert sorted(op["operationId"] for op in routes.values()) == sorted(
            f"{resource(collection)}.{name}" for name in
            ("list", "create", "update_many", "delete_many", "count", "retrieve", "update", "delete"))
        assert all(op["tags"] == [collection.slug] for op in routes.values())
        found = routes[(base, "get")]["responses"]["200"]["content"]["application/json"]["schema"]
        assert found == {"$ref": f"#/components/schemas/{collection.interface}Page"}


@pytest.mark.parametrize("collection", COLLECTIONS, ids=lambda c: c.slug)
def test_fields_are_typed_as_payload_types_ts_types_them(collection: Collection) -> None:
    schema = schemas()[collection.interface]
    ours = {f.name: comparable(f) for f in spec_fields(schema)}
    theirs = {f.name: comparable(f) for f in collection.fields}
    assert sorted(ours) == sorted(theirs)
    for name, field in theirs.items():
        assert ours[name] == field, name
    # Only the id is sure to come: `select` may leave out every other field, dates included.
    assert schema["required"] == ["id"]


@pytest.mark.parametrize("collection", COLLECTIONS, ids=lambda c: c.slug)
def test_where_and_sort_follow_the_fields(collection: Collection) -> None:
    where = schemas()[f"{collection.interface}Where"]["properties"]
    expected = {"and", "or"} | {
        f.name for f in collection.fields if f.name == "id" or f.kind in QUERY}
    assert set(where) == expected
    for field in collection.fields:
        if field.name in where:
            query = "RelationshipQuery" if field.name == "id" else QUERY[field.kind]
            assert where[field.name] == {"$ref": f"#/components/schemas/{query}"}, field.name
    for nested in ("and", "or"):
        assert where[nested]["items"]["$ref"] == f"#/components/schemas/{collection.interface}Where"
    keys = [f.name for f in collection.fields if f.name == "id" or (f.kind in SORTABLE and not f.many)]
    sort = schemas()[f"{collection.interface}Sort"]["enum"]
    assert sorted(sort) == sorted(keys + [f"-{key}" for key in keys])


def test_relationships_to_users_show_only_public_fields() -> None:
    user = schemas()["User"]
    assert set(user["properties"]) == {"id", "email", "createdAt", "updatedAt", "enableAPIKey",
                                       "hasAPIKey", "collection", "sessions"}


def test_the_fee_update_body_lists_the_fee_fields_but_its_id() -> None:
    # Fee's id is the client's and required, so its PATCH body cannot be Fee itself.
    fee, update = schemas()["Fee"]["properties"], schemas()["FeeUpdate"]["properties"]
    assert update == {name: node for name, node in fee.items() if name != "id" and not node.get("readOnly")}
    assert "required" not in schemas()["FeeUpdate"]


def test_the_reader_refuses_what_it_does_not_know(tmp_path: Any) -> None:
    from drivly_types import Unknown

    source = (REPO / "tests" / "drivly" / "payload-types.ts").read_text()
    (tmp_path / "index.ts").write_text((REPO / "tests" / "drivly" / "index.ts").read_text())
    for broken in (
        source.replace("  fuelType?:\n", "  fuelType?: Map<string, number> |\n", 1),
        source.replace("  dealId?: string | null;", "  dealId?: string | Date;", 1),
        source.replace("    crmTrades: CrmTrade;\n", "", 1),
    ):
        (tmp_path / "payload-types.ts").write_text(broken)
        with pytest.raises(Unknown):
            collections(tmp_path)
