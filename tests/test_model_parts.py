"""The model's parts on their own: module grouping, media types, pagination, examples."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import document

from generator.model import ir
from generator.model import types as t
from generator.model.bodies import choose_media
from generator.model.examples import example_for
from generator.model.ir import Import
from generator.model.modules import group_models, names_needed, order_models
from generator.model.schemas import Home

Build = Callable[[dict[str, Any]], ir.Api]


def obj(name: str, *field_types: ir.TypeExpr) -> ir.ObjectModel:
    fields = tuple(
        ir.Field(f"f{i}", f"f{i}", annotation, True, None, "", False) for i, annotation in enumerate(field_types)
    )
    return ir.ObjectModel("object", name, "", fields, False, f"/components/schemas/{name}")


def alias(name: str, annotation: ir.TypeExpr) -> ir.AliasModel:
    return ir.AliasModel("alias", name, "", annotation, False, f"/components/schemas/{name}")


# --- module grouping ------------------------------------------------------------------------


def test_models_in_a_reference_cycle_share_the_first_ones_module() -> None:
    homes = [
        Home("node", [obj("Node", t.name("Tree"))], {"Tree"}),
        Home("tree", [obj("Tree", t.name("Node"))], {"Node"}),
        Home("forest", [obj("Forest", t.subscript("list", t.name("Tree")))], {"Tree"}),
    ]
    modules = {m.module: m for m in group_models(homes)}
    assert sorted(modules) == ["forest", "node"]
    assert [m.name for m in modules["node"].models] == ["Node", "Tree"]
    assert [h.module for h in homes] == ["node", "node", "forest"]
    assert Import(".node", ("Tree",)) in modules["forest"].imports[-1]
    # A module never imports what it defines itself.
    assert all(i.module != ".node" for section in modules["node"].imports for i in section)


def test_an_alias_comes_after_the_aliases_it_names_and_classes_first() -> None:
    ids = alias("Ids", t.subscript("list", t.name("Id")))
    ident = alias("Id", t.union([t.STR, t.name("int")]))
    thing = obj("Thing", t.name("Ids"))
    ordered = order_models([ids, thing, ident])
    assert [m.name for m in ordered] == ["Thing", "Id", "Ids"]


def test_an_alias_that_names_itself_is_recursive() -> None:
    json_value = alias("Json", t.union([t.STR, t.subscript("list", t.name("Json"))]))
    [ordered] = order_models([json_value])
    assert isinstance(ordered, ir.AliasModel) and ordered.recursive


def test_literal_text_naming_an_alias_is_no_reference_to_it() -> None:
    kind = alias("Kind", t.subscript("Literal", t.value('"Kind"')))
    assert order_models([kind]) == [kind]  # not recursive


def test_names_are_imported_from_their_models_module_or_helper_module() -> None:
    annotation = t.union([t.name("Pet"), t.name("datetime"), t.name("FileContent"), t.ANY, t.STR])
    wanted = names_needed([t.qualify_builtins(annotation, {"str"})], {"Pet": "pets"}, "..models.")
    assert wanted == [
        ("typing", "Any"), (".._base", "FileContent"), ("..models.pets", "Pet"), ("builtins", ""),
        ("datetime", "datetime"),
    ]
    # Seen from the package root, and from inside models/ where a module's own are no import.
    wanted = names_needed([annotation], {"Pet": "pets"}, ".models.", own={"Pet"}, root=".")
    assert ("._base", "FileContent") in wanted and all(name != "Pet" for _, name in wanted)


# --- media types --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "request_", "chosen"),
    [
        (["text/plain", "application/json"], True, ("application/json", "json")),
        (["application/octet-stream", "application/vnd.api+json"], True, ("application/vnd.api+json", "json")),
        (["Application/JSON; charset=utf-8"], True, ("Application/JSON; charset=utf-8", "json")),
        (["multipart/form-data", "application/x-www-form-urlencoded"], True, ("application/x-www-form-urlencoded", "form")),
        (["image/png", "multipart/form-data"], True, ("multipart/form-data", "multipart")),
        (["image/png", "text/csv"], False, ("text/csv", "text")),
        (["*/*"], False, ("*/*", "json")),
        (["*/*"], True, ("*/*", "binary")),
        (["image/png", "image/jpeg"], False, ("image/png", "binary")),
        ([], False, None),
    ],
)
def test_the_media_type_chosen(content: list[str], request_: bool, chosen: tuple[str, str] | None) -> None:
    """JSON first, then forms, multipart, text, and binary; the document's order among equals."""
    assert choose_media({media_type: {} for media_type in content}, request=request_) == chosen


# --- pagination ---------------------------------------------------------------------------

PAGE = {
    "type": "object",
    "properties": {
        "docs": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
        "hasNextPage": {"type": "boolean"},
        "nextPage": {"type": ["integer", "null"]},
    },
}
PET = {"type": "object", "properties": {"name": {"type": "string"}}}


def listing(page: dict[str, Any], parameter: str = "page", **extra: Any) -> dict[str, Any]:
    operation = {
        "operationId": "listPets",
        "parameters": [{"name": parameter, "in": "query", "schema": {"type": "integer"}}],
        "responses": {"200": {"description": "a page", "content": {"application/json": {"schema": page}}}},
        **extra,
    }
    return document(paths={"/pets": {"get": operation}}, schemas={"Pet": PET, "Page": PAGE})


def pagination(build: Build, doc: dict[str, Any]) -> ir.Pagination | None:
    [resource] = build(doc).resources
    return resource.operations[0].pagination


def test_a_payload_page_is_recognised_by_its_shape(build: Build) -> None:
    found = pagination(build, listing({"$ref": "#/components/schemas/Page"}))
    assert found is not None
    assert (found.item_annotation.text, found.items_attr, found.page_param) == ("Pet", "docs", "page")
    assert (found.has_next_attr, found.next_page_attr) == ("has_next_page", "next_page")


def test_pagination_can_be_declared_under_other_names_or_turned_off(build: Build) -> None:
    renamed = {"type": "object", "properties": {
        "items": {"type": "array", "items": {"type": "string"}},
        "more": {"type": "boolean"}, "following": {"type": "integer"},
    }}
    declared = {"x-pagination": {"items": "items", "hasNext": "more", "nextPage": "following", "page": "p"}}
    found = pagination(build, listing(renamed, "p", **declared))
    assert found is not None and (found.item_annotation.text, found.page_wire) == ("str", "p")
    assert pagination(build, listing({"$ref": "#/components/schemas/Page"}, **{"x-pagination": False})) is None


@pytest.mark.parametrize(
    "change",
    [
        lambda page: page["properties"].pop("hasNextPage"),
        lambda page: page["properties"]["docs"].update(type="object", properties={"a": {}}),
        lambda page: page["properties"]["docs"].update(type="string"),
    ],
    ids=["no hasNextPage", "items not a list", "items a string"],
)
def test_a_response_that_is_not_a_page_is_not_paginated(build: Build, change: Callable[[dict[str, Any]], Any]) -> None:
    page = {"type": "object", "properties": {k: dict(v) for k, v in PAGE["properties"].items()}}
    change(page)
    assert pagination(build, listing(page)) is None


def test_without_a_page_parameter_there_is_no_pagination(build: Build) -> None:
    assert pagination(build, listing({"$ref": "#/components/schemas/Page"}, "offset")) is None


# --- examples -----------------------------------------------------------------------------


def resolve(node: Any) -> Any:
    return node


@pytest.mark.parametrize(
    ("schema", "example"),
    [
        ({"type": "string", "example": "given"}, "given"),
        ({"type": "integer", "minimum": 10}, 11),
        ({"type": "number", "maximum": 1}, 0),
        ({"type": "string", "format": "uuid"}, "00000000-0000-4000-8000-000000000000"),
        ({"type": "string", "pattern": "^MG[0-9a-f]{4}$"}, "MG0000"),
        ({"type": "string", "minLength": 8}, "stringxx"),
        ({"type": "array", "items": {"type": "boolean"}, "minItems": 2}, [True, True]),
        ({"enum": [None, "b", "c"]}, "b"),
        ({"oneOf": [{"type": "null"}, {"type": "integer"}]}, 1),
        ({"type": "object", "required": ["a"], "properties": {"a": {"const": 3}, "b": {}}}, {"a": 3}),
        ({"allOf": [{"required": ["a"], "properties": {"a": {"type": "integer"}}},
                    {"description": "annotates only"},
                    {"required": ["b"], "properties": {"b": {"type": "boolean"}}}]}, {"a": 1, "b": True}),
        ({"additionalProperties": {"type": "integer"}}, {}),
        ({"type": "string", "properties": {}}, "string"),
    ],
)
def test_example_for(schema: dict[str, Any], example: Any) -> None:
    assert example_for(schema, resolve) == example
