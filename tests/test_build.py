"""The intermediate model: names, types and groupings decided from the spec."""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any

import pytest
from conftest import document

from generator.diagnostics import SpecError
from generator.model import ir

Build = Callable[[dict[str, Any]], ir.Api]


def ok(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def models_by_name(api: ir.Api) -> dict[str, ir.Model]:
    return {m.name: m for module in api.model_modules for m in module.models}


def fields(model: ir.Model) -> dict[str, ir.Field]:
    assert isinstance(model, ir.ObjectModel)
    return {f.alias: f for f in model.fields}


def test_object_fields_required_optional_nullable(build: Build) -> None:
    api = build(document(schemas={"Thing": {
        "type": "object",
        "required": ["id", "maybe"],
        "properties": {
            "id": {"type": "string"},
            "maybe": {"type": ["string", "null"]},
            "oldStyle": {"type": "integer", "nullable": True},
            "createdAt": {"type": "string", "format": "date-time"},
            "json": {"type": "boolean"},
        },
    }}))
    thing = fields(models_by_name(api)["Thing"])
    assert (thing["id"].annotation.text, thing["id"].value) == ("str", None)
    assert (thing["maybe"].annotation.text, thing["maybe"].value) == ("str | None", None)
    assert thing["oldStyle"].annotation.text == "int | None"
    assert thing["oldStyle"].value == 'Field(None, alias="oldStyle")'
    assert thing["createdAt"].annotation.text == "datetime | None"
    assert thing["json"].py_name == "json_"  # never shadows BaseModel.json


def test_enums_tolerate_unknown_values_and_collisions(build: Build) -> None:
    api = build(document(schemas={
        "Direction": {"type": "string", "enum": ["ASC", "asc", "", "class", "ünï", "1st"]},
        "Level": {"type": "integer", "enum": [1, -2]},
        "Mixed": {"enum": ["a", 1]},
        "Holder": {"type": "object", "properties": {
            "d": {"$ref": "#/components/schemas/Direction"},
            "level": {"$ref": "#/components/schemas/Level"},
        }},
    }))
    models = models_by_name(api)
    direction = models["Direction"]
    assert isinstance(direction, ir.EnumModel)
    assert [m.py_name for m in direction.members] == ["ASC", "ASC_2", "EMPTY", "CLASS", "UNI", "VALUE_1_ST"]
    assert [m.value for m in direction.members][:2] == ['"ASC"', '"asc"']
    level = models["Level"]
    assert isinstance(level, ir.EnumModel) and level.base == "int"
    assert [m.py_name for m in level.members] == ["VALUE_1", "VALUE_MINUS_2"]
    assert isinstance(models["Mixed"], ir.AliasModel)
    assert models["Mixed"].annotation.text == 'Literal["a", 1] | int | str'
    # Known values become members (enum tried first); unknown ones stay as they came.
    assert fields(models["Holder"])["d"].annotation.text == "OpenEnum[Direction] | None"
    assert fields(models["Holder"])["level"].annotation.text == "OpenIntEnum[Level] | None"


def test_inline_enum_is_named_from_where_it_stands(build: Build) -> None:
    api = build(document(schemas={"Customer": {"type": "object", "properties": {
        "consumerStatus": {"type": ["string", "null"], "enum": ["SOLD", "LOST", None]},
    }}}))
    models = models_by_name(api)
    assert fields(models["Customer"])["consumerStatus"].annotation.text == (
        "OpenEnum[CustomerConsumerStatus] | None"
    )
    # The inline enum lives in its owner's module.
    module = next(m for m in api.model_modules if any(x.name == "Customer" for x in m.models))
    assert {m.name for m in module.models} == {"Customer", "CustomerConsumerStatus"}


def test_all_of_merges_and_one_of_discriminates(build: Build) -> None:
    api = build(document(schemas={
        "Base": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
        "Cat": {"allOf": [{"$ref": "#/components/schemas/Base"},
                          {"type": "object", "properties": {"meow": {"type": "boolean"}}}]},
        "Dog": {"allOf": [{"$ref": "#/components/schemas/Base"},
                          {"type": "object", "properties": {"bark": {"type": "boolean"}}}]},
        "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat"}}},
    }))
    models = models_by_name(api)
    assert set(fields(models["Cat"])) == {"kind", "meow"}
    assert fields(models["Cat"])["kind"].required
    pet = models["Pet"]
    assert isinstance(pet, ir.AliasModel)
    assert pet.annotation.text == (
        'Annotated[Annotated[Cat, Tag("cat")] | Annotated[Dog, Tag("Dog")], '
        'Discriminator(by_property("kind"))]'
    )


def test_an_all_of_part_that_only_annotates_a_ref_leaves_the_ref_type(build: Build) -> None:
    # 3.0 ignores keys beside a $ref, so documents describe one this way (box does, 300 times):
    # the property is a User, not a new class of the same fields.
    user = {"$ref": "#/components/schemas/User"}
    api = build(document(schemas={
        "User": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
        "Agent": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
        "Event": {"type": "object", "required": ["by"], "properties": {
            "by": {"allOf": [user, {"description": "Who did it.", "x-note": "kept"}]},
            "seen_by": {"allOf": [user, {"description": "Who saw it."}, {"nullable": True}]},
            "agent": {"allOf": [{"$ref": "#/components/schemas/Agent"}, {"deprecated": True}]},
            "tags": {"allOf": [{"type": "array", "items": {"type": "string"}}, {"nullable": False}]},
            "value": {"allOf": [{}, {"example": 3}]},
            "merged": {"allOf": [user, {"properties": {"extra": {"type": "integer"}}}]},
        }},
    }))
    models = models_by_name(api)
    event = fields(models["Event"])
    assert event["by"].annotation.text == "User"
    assert event["by"].description == "Who did it."
    assert event["seen_by"].annotation.text == "User | None"
    assert event["seen_by"].description == "Who saw it."
    assert event["agent"].annotation.text == "Agent | None"
    assert event["agent"].deprecated
    assert event["tags"].annotation.text == "list[str] | None"
    assert event["value"].annotation.text == "Any"
    # A part that constrains (properties) still merges into a class of its own.
    assert event["merged"].annotation.text == "EventMerged | None"
    assert set(fields(models["EventMerged"])) == {"id", "extra"}
    assert set(models) == {"User", "Agent", "Event", "EventMerged"}


def test_mutual_recursion_shares_a_module_and_imports_form_a_dag(build: Build) -> None:
    api = build(document(schemas={
        "Node": {"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}}},
        "Tree": {"type": "object", "properties": {"root": {"$ref": "#/components/schemas/Node"},
                                                     "self": {"$ref": "#/components/schemas/Tree"}}},
        "Forest": {"type": "object", "properties": {"trees": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}}},
    }))
    module_of = {m.name: module for module in api.model_modules for m in module.models}
    assert module_of["Node"] is module_of["Tree"]
    forest = module_of["Forest"]
    assert forest is not module_of["Tree"]
    local_imports = forest.imports[-1]
    assert ir.Import(f".{module_of['Tree'].module}", ("Tree",)) in local_imports


def test_operations_parameters_and_flattened_body(build: Build) -> None:
    api = build(document(
        paths={"/items/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "post": {
                "operationId": "updateItem",
                "tags": ["Items"],
                "parameters": [
                    {"name": "id", "in": "query", "schema": {"type": "integer"}},
                    {"name": "timeout", "in": "query", "schema": {"type": "number"}},
                    {"name": "X-Trace", "in": "header", "required": True, "schema": {"type": "string", "pattern": "^t-[0-9]{3}$"}},
                ],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["name"],
                    "properties": {"name": {"type": "string"}, "id": {"type": "string", "readOnly": True},
                                   # readOnly beside a $ref (3.1), and at the end of a chain
                                   "key": {"$ref": "#/components/schemas/Key", "readOnly": True},
                                   "stamp": {"$ref": "#/components/schemas/StampRef"},
                                   "owner": {"$ref": "#/components/schemas/Owner"}}}}}},
                "responses": ok({"$ref": "#/components/schemas/Owner"}),
            },
        }},
        schemas={
            "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Key": {"type": "string"},
            "StampRef": {"$ref": "#/components/schemas/Stamp"},
            "Stamp": {"type": "string", "readOnly": True},
        },
    ))
    [resource] = api.resources
    assert (resource.attr, resource.class_name, resource.module) == ("items", "Items", "items")
    [op] = resource.operations
    assert op.py_name == "update_item" and op.method == "POST"
    assert [p.py_name for p in op.positional] == ["id"]
    names = {(p.location, p.wire_name): p.py_name for p in op.wire_params}
    assert names[("query", "id")] == "id_query"  # same name in two locations
    assert names[("query", "timeout")] == "timeout_query"  # never shadows the per-call option
    trace = next(p for p in op.keyword if p.wire_name == "X-Trace")
    assert trace.required and trace.example == '"t-000"'  # satisfies the pattern
    body = {p.wire_name: p for p in op.body_fields}
    assert set(body) == {"name", "owner"}  # readOnly fields are not sent
    assert body["owner"].annotation.text == "Owner | dict[str, Any]"  # None only where nullable
    assert op.return_annotation.text == "Owner" and op.return_model == "Owner"
    assert op.example_args.startswith('"string", ')
    modules = {i.module for section in resource.imports for i in section}
    assert "..models.owner" in modules and "typing" in modules


def wide_object(count: int, **extra: Any) -> dict[str, Any]:
    """An object schema of ``count`` string properties p0, p1, ..., with ``extra`` ones."""
    properties: dict[str, Any] = {f"p{i}": {"type": "string"} for i in range(count)}
    return {"type": "object", "properties": {**properties, **extra}}


def body_operation(operation_id: str, schema: dict[str, Any], method: str = "post") -> dict[str, Any]:
    return {method: {
        "operationId": operation_id,
        "tags": ["Things"],
        "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
        "responses": {"204": {"description": "done"}},
    }}


def test_a_large_body_is_one_typed_dict_shared_by_the_operations_sending_it(build: Build) -> None:
    thing = wide_object(8, id={"type": "string", "readOnly": True}, tags={"type": "array", "items": {"type": "string"}},
                        owner={"$ref": "#/components/schemas/Owner"})
    thing["required"] = ["p0", "id"]
    api = build(document(
        paths={
            "/things": body_operation("createThing", {"$ref": "#/components/schemas/ThingCreate"}),
            "/things/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                **body_operation("updateThing", {"$ref": "#/components/schemas/Thing"}, "patch"),
            },
            "/small": body_operation("small", wide_object(8)),
        },
        schemas={
            "Thing": thing,
            "ThingCreate": {"$ref": "#/components/schemas/Thing"},
            "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
        },
    ))
    operations = {op.py_name: op for op in api.resources[0].operations}
    create, update, small = operations["create_thing"], operations["update_thing"], operations["small"]
    for op in (create, update):
        assert op.body is not None and not op.body.flattened and op.body_fields == ()
        assert op.body.params == "ThingParams" and op.body.signature_annotation.text == "ThingParams"
    assert update.example_args.startswith('"string", {')  # the body is positional, after the path
    assert small.body is not None and small.body.flattened and len(small.body_fields) == 8  # 8: flattened
    params = models_by_name(api)["ThingParams"]
    assert isinstance(params, ir.ParamsModel) and params.of == "Thing" and params.class_syntax
    keys = {key.key: key for key in params.keys}
    assert "id" not in keys and len(keys) == 10  # readOnly: the server's
    assert keys["p0"].declared is not None and keys["p0"].declared.text == "Required[str]"
    assert keys["tags"].annotation.text == "Sequence[str]"  # any sequence, a tuple too
    assert keys["owner"].annotation.text == "Owner | dict[str, Any]"
    [module] = [m for m in api.model_modules if "ThingParams" in m.exports]
    assert {"Thing", "ThingParams"} <= set(module.exports)  # beside its model
    imported = {name for section in module.imports for i in section for name in i.names}
    assert {"TypedDict", "Required", "Sequence"} <= imported


def test_an_optional_typed_dict_body_is_still_sent_by_the_example_call(build: Build) -> None:
    operation = body_operation("optional", dict(wide_object(9), required=["p3"]))
    operation["post"]["requestBody"]["required"] = False
    [op] = build(document(paths={"/o": operation})).resources[0].operations
    assert op.body is not None and not op.body.required and op.body.signature_annotation.text == "ThingsOptionalParams | NotGiven"
    # Its required key is what a flattened body would have made a required keyword argument.
    assert op.example_args == '{"p3": "string"}'
    assert op.example_keywords == '{"body": ' + op.example_args + "}"


def test_keys_that_cannot_be_class_body_names_take_the_functional_form(build: Build) -> None:
    schema = wide_object(9, **{"x-trace": {"type": "string"}})
    api = build(document(paths={"/a": body_operation("a", schema)}))
    params = models_by_name(api)["ThingsAParams"]  # an inline body: named after its operation
    assert isinstance(params, ir.ParamsModel) and not params.class_syntax
    for spoiler in ("class", "__private", "str"):  # a keyword; mangled in a class body; shadows str
        other = build(document(paths={"/b": body_operation("b", wide_object(9, **{spoiler: {"type": "string"}}))}))
        model = models_by_name(other)["ThingsBParams"]
        assert isinstance(model, ir.ParamsModel) and not model.class_syntax, spoiler


def test_untagged_operation_without_id_is_named_from_method_and_path(build: Build) -> None:
    api = build(document(paths={"/pets/{petId}/photos": {"get": {
        "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"204": {"description": "none"}},
    }}}))
    [resource] = api.resources
    [op] = resource.operations
    assert resource.attr == "pets"
    assert op.py_name == "get_pets_by_pet_id_photos"
    assert op.return_annotation.text == "None"


def test_security_schemes_become_client_arguments(build: Build) -> None:
    api = build(document(
        components={"securitySchemes": {
            "key": {"type": "apiKey", "in": "query", "name": "api_key"},
            "token": {"type": "http", "scheme": "bearer"},
            "login": {"type": "http", "scheme": "basic"},
            "oauth": {"type": "oauth2", "flows": {}},
        }},
        security=[{"key": []}, {}],
    ))
    schemes = {s.key: s for s in api.security_schemes}
    assert (schemes["key"].param, schemes["key"].location, schemes["key"].wire_name) == ("api_key", "query", "api_key")
    assert (schemes["token"].param, schemes["token"].prefix) == ("bearer_token", "Bearer ")
    assert schemes["login"].kind == "basic"
    assert (schemes["oauth"].param, schemes["oauth"].env_var) == ("access_token", "SDK_ACCESS_TOKEN")
    assert api.security == (("key",), ())
    # The generated tests pass these as keyword arguments, which mypy checks against the client.
    assert [s.example_argument for s in api.security_schemes] == [
        'api_key="test-credential"', 'bearer_token="test-credential"',
        'basic_auth="user:test-credential"', 'access_token="test-credential"',
    ]


def test_a_reference_to_a_non_object_is_reported_where_it_stands(build: Build) -> None:
    import pytest

    from generator.diagnostics import SpecError

    doc = document(
        paths={"/pets": {"post": {"responses": {
            "201": {"description": "created"},
            "default": {"$ref": "#/components/schemas/Error/properties/message/type"},
        }}}},
        schemas={"Error": {"type": "object", "properties": {"message": {"type": "string"}}}},
    )
    with pytest.raises(SpecError) as raised:
        build(doc)
    [problem] = raised.value.diagnostics
    assert problem.pointer == "/paths/~1pets/post/responses/default"
    assert "must point at an object" in problem.message


@pytest.mark.parametrize(
    ("version", "package_version"),
    [("1.0.0", "1.0.0"), ("v2", "2"), ("1.0.0-RC1", "1.0.0rc1"), ("2023-10-16", "0.0.0"), ("v1 beta\r\nX: y", "0.0.0")],
)
def test_package_version_is_pep_440(build: Build, version: str, package_version: str) -> None:
    api = build(document(info={"title": "Test API", "version": version}))
    assert (api.version, api.package_version) == (version, package_version)
    noted = any("/info/version" in note and "PEP 440" in note for note in api.notes)
    assert noted == (package_version == "0.0.0")


def test_a_union_of_object_models_accepts_a_dict_once(build: Build) -> None:
    # Each model a caller may pass is widened to ``Model | dict[str, Any]``: in a union of
    # several, the dict is one member, not one per model (ruff PYI016), at any depth.
    objects = {name: {"type": "object", "properties": {"n": {"type": "string"}}} for name in ("A", "B")}
    one_of = {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}
    api = build(document(paths={"/x": {"post": {
        "operationId": "send",
        "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {
            "either": one_of, "many": {"type": "array", "items": one_of},
        }}}}},
        "responses": {"204": {"description": "done"}},
    }}}, schemas=objects))
    [operation] = api.resources[0].operations
    assert {p.py_name: p.annotation.text for p in operation.keyword} == {
        "either": "A | dict[str, Any] | B",
        "many": "Sequence[A | dict[str, Any] | B]",
    }


def test_a_one_of_consts_is_one_literal(build: Build) -> None:
    api = build(document(schemas={"Delay": {"type": "integer", "oneOf": [{"const": 60}, {"const": 300}]}}))
    delay = models_by_name(api)["Delay"]
    assert isinstance(delay, ir.AliasModel) and delay.annotation.text == "Literal[60, 300]"  # not PYI030's two


def test_tags_that_differ_only_in_case_are_one_resource(build: Build) -> None:
    ok_op: Callable[[str, str], dict[str, Any]] = lambda op_id, tag: {
        "operationId": op_id, "tags": [tag], "responses": {"204": {"description": "done"}}}
    api = build(document(
        paths={"/a": {"get": ok_op("listThem", "responses")}, "/b": {"get": ok_op("getOne", "RESPONSES")}},
        tags=[{"name": "Responses", "description": "Every response."}],
    ))
    [resource] = api.resources
    assert (resource.name, resource.attr, resource.description) == ("Responses", "responses", "Every response.")
    assert [op.py_name for op in resource.operations] == ["list_them", "get_one"]


def test_a_responses_key_that_is_no_status_is_ignored(build: Build) -> None:
    api = build(document(paths={"/a": {"get": {"operationId": "a", "responses": {
        **ok({"type": "string"}), "x": [{"not": "a response"}], "x-extension": {}}}}}))
    [operation] = api.resources[0].operations
    assert [r.status for r in operation.responses] == ["200"] and operation.return_annotation.text == "str"


# --- idempotency keys ------------------------------------------------------------------------


def write_operation(**extra: Any) -> dict[str, Any]:
    return {"post": {"operationId": "createThing", "responses": ok({"type": "object"}), **extra}}


def idempotency_headers(api: ir.Api) -> dict[str, str | None]:
    return {
        f"{op.method} {op.path}": op.idempotency_header
        for resource in api.resources
        for op in resource.operations
    }


def test_an_idempotency_key_header_parameter_is_the_key(build: Build) -> None:
    key = {"name": "idempotency-key", "in": "header", "schema": {"type": "string"}}
    api = build(document(paths={"/things": write_operation(parameters=[key])}))
    assert idempotency_headers(api) == {"POST /things": "idempotency-key"}


@pytest.mark.parametrize(
    ("value", "header"), [("X-Request-Key", "X-Request-Key"), (True, "Idempotency-Key"), (False, None)]
)
def test_the_operations_extension_names_the_key(build: Build, value: Any, header: str | None) -> None:
    key = {"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}
    paths = {"/things": write_operation(parameters=[key], **{"x-idempotency-key": value})}
    assert idempotency_headers(build(document(paths=paths))) == {"POST /things": header}


def test_the_documents_extension_keys_every_post_and_patch(build: Build) -> None:
    reads = {"get": {"responses": ok({"type": "object"})}, "delete": {"responses": ok({"type": "object"})}}
    paths = {
        "/things": {**write_operation(), **reads},
        "/things/{id}": {"patch": {"responses": ok({"type": "object"})}, "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]},
    }
    api = build(document(paths=paths, **{"x-idempotency-key": True}))
    assert idempotency_headers(api) == {
        "POST /things": "Idempotency-Key",
        "GET /things": None,
        "DELETE /things": None,
        "PATCH /things/{id}": "Idempotency-Key",
    }


def test_an_idempotency_extension_that_names_no_header_is_refused(build: Build) -> None:
    paths = {"/things": write_operation(), "/others": write_operation()}
    with pytest.raises(SpecError) as raised:
        build(document(paths=paths, **{"x-idempotency-key": "two words"}))
    assert [str(d).split(": ", 1)[1] for d in raised.value.diagnostics] == [
        "/x-idempotency-key: x-idempotency-key must be a header name, true or false"
    ]


def test_x_environment_and_x_credential_prefix_reach_the_model(build: Build) -> None:
    api = build(document(
        servers=[
            {"url": "https://api.example.com"},
            {"url": "https://{region}.sandbox.example.com", "x-environment": "sandbox",
             "variables": {"region": {"default": "eu"}}, "description": "Try things."},
        ],
        components={"securitySchemes": {
            "key": {"type": "apiKey", "in": "header", "name": "Authorization",
                    "x-credential-prefix": "users API-Key "},
        }},
    ))
    assert api.environments == (ir.Environment("sandbox", "https://eu.sandbox.example.com", "Try things."),)
    assert str(api.environment_names) == 'Literal["sandbox"]'
    assert str(api.environment_annotation) == 'Literal["sandbox"] | None'
    assert api.security_schemes[0].prefix == "users API-Key "
    bare = build(document())
    assert (bare.environments, bare.environment_names, bare.environment_annotation) == ((), None, None)


@pytest.mark.parametrize(
    ("schema", "annotation", "kind"),
    [
        ({"additionalProperties": {"type": "integer"}}, "dict[str, int]", dict),  # no "type": still a map
        ({"type": "string", "properties": {}}, "str", str),  # no properties: still a string
        ({"type": "array", "items": {"type": "integer"}, "properties": {}}, "Sequence[int]", list),  # an argument: any sequence
        ({"type": "string", "properties": {"a": {"type": "integer"}}}, "ThingsListThingsFilter | dict[str, Any]", dict),  # a model
    ],
)
def test_an_example_has_the_type_of_its_annotation(
    build: Build, schema: dict[str, Any], annotation: str, kind: type
) -> None:
    """The annotation and the example read one primary type from the schema (they disagreed
    where properties or additionalProperties stood without a type that says object)."""
    api = build(document(paths={"/things": {"get": {
        "operationId": "listThings",
        "tags": ["Things"],
        "parameters": [{"name": "filter", "in": "query", "required": True, "schema": schema}],
        "responses": {"204": {"description": "none"}},
    }}}))
    [parameter] = api.resources[0].operations[0].keyword
    assert parameter.annotation.text == annotation
    assert isinstance(ast.literal_eval(parameter.example), kind)


def test_a_field_named_like_a_type_its_annotations_use_is_renamed(build: Build) -> None:
    api = build(document(schemas={"Event": {"type": "object", "properties": {
        "date": {"type": "string", "format": "date"},
        "time": {"type": "string", "format": "time"},
        "list": {"type": "array", "items": {"type": "string"}},
    }}}))
    event = fields(models_by_name(api)["Event"])
    assert (event["date"].py_name, event["date"].annotation.text) == ("date_", "date | None")
    assert event["time"].py_name == "time_"
    # A builtin keeps its name: the annotations that it hides say builtins.list.
    assert (event["list"].py_name, event["list"].annotation.text) == ("list", "builtins.list[str] | None")


def only_operation(api: ir.Api) -> ir.Operation:
    [resource] = api.resources
    [operation] = resource.operations
    return operation


def test_a_const_parameter_is_sent_as_its_const_whatever_example_stands_beside(build: Build) -> None:
    api = build(document({"/r": {"get": {"parameters": [
        {"name": "format", "in": "query", "required": True, "example": "csv",
         "schema": {"type": "string", "const": "json"}},
        {"name": "level", "in": "query", "required": True, "example": "high",
         "schema": {"type": "string", "enum": ["low", "mid"]}},
        {"name": "v", "in": "query", "required": True, "schema": {"const": 2, "example": 1}},
    ], "responses": {"204": {"description": "done"}}}}}))
    examples = {p.wire_name: p.example for p in only_operation(api).keyword}
    assert examples == {"format": '"json"', "level": '"low"', "v": "2"}


@pytest.mark.parametrize(("media_type", "part", "refused"), [
    ("multipart/form-data", {"type": "object", "properties": {"name": {"type": "string"}}}, "multipart part"),
    ("multipart/form-data", {"type": "string"}, ""),
    ("application/x-www-form-urlencoded", {"type": "array", "items": {"type": "string"}}, "form-urlencoded array"),
    ("application/x-www-form-urlencoded", {"type": "string"}, ""),
])
def test_prism_refusals_are_named_where_prism_5_16_refuses_a_correct_call(
    build: Build, media_type: str, part: dict[str, Any], refused: str,
) -> None:
    body = {"type": "object", "required": ["part"], "properties": {"part": part, "file": {"type": "string", "format": "binary"}}}
    api = build(document({"/upload": {"post": {
        "requestBody": {"required": True, "content": {media_type: {"schema": body}}},
        "responses": {"204": {"description": "done"}},
    }}}))
    reason = only_operation(api).prism_refuses
    if refused:
        assert refused in reason
    else:
        assert reason == ""


def test_a_spec_example_its_schema_refuses_is_replaced_and_an_unsatisfiable_call_named(build: Build) -> None:
    tag = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    one_of = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
              "anyOf": [{"required": ["a"]}, {"required": ["b"]}]}
    api = build(document({
        "/tags": {"post": {
            "requestBody": {"required": True, "content": {"application/json": {"schema": tag, "example": {"id": 81}}}},
            "responses": {"204": {"description": "done"}},
        }},
        "/either": {"post": {
            "requestBody": {"required": True, "content": {"application/json": {"schema": one_of}}},
            "responses": {"204": {"description": "done"}},
        }},
    }))
    operations = {op.path: op for resource in api.resources for op in resource.operations}
    assert [p.example for p in operations["/tags"].body_fields] == ['"string"']
    assert operations["/tags"].prism_refuses == ""
    assert operations["/either"].prism_refuses.startswith("no example call sdkgen makes satisfies")


def test_a_fragment_path_is_refused_when_prism_answers_it_with_a_status_it_does_not_document(
    build: Build,
) -> None:
    created = {"201": {"description": "made"}}
    api = build(document(paths={
        "/reports": {"post": {"operationId": "create", "responses": created}},
        "/reports#draft": {"post": {"operationId": "draft", "responses": created}},
        "/reports#preview": {"post": {"operationId": "preview", "responses": {"200": {"description": "seen"}}}},
        "/reports/{id}#summary": {"get": {"operationId": "summary", "responses": {"200": {"description": "it"}},
                                          "parameters": [{"name": "id", "in": "path", "required": True,
                                                          "schema": {"type": "string"}}]}},
        "/items/{id}": {"put": {"operationId": "put", "responses": {"200": {"description": "put"}},
                                "parameters": [{"name": "id", "in": "path", "required": True,
                                                "schema": {"type": "string"}}]}},
        "/items/fixed#rename": {"put": {"operationId": "rename", "responses": {"200": {"description": "renamed"}}}},
    }))
    refused = {op.py_name: op.prism_refuses for r in api.resources for op in r.operations}
    assert refused == {
        "create": "",
        "draft": "",  # served as POST /reports: its 201 is documented here too
        "preview": "Prism serves it as POST /reports (the #fragment is not sent), whose 201 this operation"
                   " does not document",
        "summary": "Prism routes it without its #fragment, to /reports/{id}, where the spec has no GET",
        "put": "",
        "rename": "",  # served by the template /items/{id}, whose 200 it documents
    }
