"""What the SDKs generated from tests/specs/features/ do on the wire, and what they parse.

test_corpus.py holds every feature spec to mypy, ruff and its generated tests against Prism;
here each feature's behaviour is asserted exactly, through httpx.MockTransport.
"""

from __future__ import annotations

import base64
import importlib
import inspect
import json
import keyword
import sys
import typing
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, unquote
from uuid import UUID

import httpx
import pytest
from records import FEATURES

from generator.diagnostics import SpecError
from generator.load import load_spec
from generator.model.build import build_api
from generator.names import PYDANTIC_RESERVED
from generator.pipeline import Config, Generated, generate, options_for

BASE_URL = "http://api.test"


class Sdk:
    """One generated feature SDK, imported; ``client()`` answers every request with ``reply``."""

    def __init__(self, module: ModuleType, generated: Generated) -> None:
        self.module = module
        self.generated = generated
        self.requests: list[httpx.Request] = []

    def client(self, reply: httpx.Response | None = None, /, *, base_url: str | None = BASE_URL,
               **credentials: str) -> Any:
        def handle(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            return reply if reply is not None else httpx.Response(204)

        transport = httpx.MockTransport(handle)
        return self.module.Client(
            base_url=base_url, max_retries=0, http_client=httpx.Client(transport=transport),
            **credentials,
        )

    @property
    def sent(self) -> httpx.Request:
        return self.requests[-1]

    def model(self, name: str) -> Any:
        return getattr(self.module.models, name)


@pytest.fixture(scope="module")
def feature(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Sdk]]:
    root = tmp_path_factory.mktemp("features")
    made: dict[str, tuple[ModuleType, Generated]] = {}

    def load(stem: str) -> Sdk:
        if stem not in made:
            package = f"feature_{stem}"
            out = root / stem
            generated, _ = generate(Config(
                spec=FEATURES / f"{stem}.yaml", out=out, package=package,
                client_name="Client", env_prefix="FEATURE",
            ))
            sys.path.insert(0, str(out / "src"))
            made[stem] = (importlib.import_module(package), generated)
        return Sdk(*made[stem])

    yield load
    for stem in made:
        sys.path.remove(str(root / stem / "src"))
        for name in [m for m in sys.modules if m.split(".")[0] == f"feature_{stem}"]:
            del sys.modules[name]


def json_reply(data: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=data)


def query_pairs(request: httpx.Request) -> list[tuple[str, str]]:
    return parse_qsl(request.url.query.decode(), keep_blank_values=True)


# --- parameters -------------------------------------------------------------------------


def test_query_header_and_cookie_styles(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("parameters")
    client = sdk.client(json_reply({"id": 7, "name": "x"}))
    item = client.items.get_item(
        7,
        x_trace="t-1",
        id="by-query",
        id_header="by-header",
        session="s-1",
        colors=["red", "blue"],
        sizes=[1, 2],
        ranks=[3, 4],
        filter={"status": "open", "minPrice": 5},
        tags=["a", "b"],
        from_=date(2024, 1, 2),
    )
    assert isinstance(item, sdk.model("Item"))
    request = sdk.sent
    assert request.url.path == "/items/7"
    assert query_pairs(request) == [
        ("id", "by-query"),
        ("colors", "red,blue"),  # form, explode false
        ("sizes", "1 2"),  # spaceDelimited
        ("ranks", "3|4"),  # pipeDelimited
        ("filter[status]", "open"),  # deepObject, as Payload's qs reads it
        ("filter[minPrice]", "5"),
        ("tags", "a"),  # form, explode true
        ("tags", "b"),
        ("from", "2024-01-02"),  # a keyword on the wire, from_ in Python
    ]
    # The same name in two locations, and a path-item parameter, both reach the wire.
    assert request.headers["id"] == "by-header"
    assert request.headers["X-Trace"] == "t-1"
    assert request.headers["Cookie"] == "session=s-1"


def test_path_item_parameter_and_ref_parameter_reach_every_method(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("parameters")
    assert sdk.client(httpx.Response(204)).items.delete_item(9, x_trace="t-2") is None
    assert (sdk.sent.method, sdk.sent.url.path, sdk.sent.headers["X-Trace"]) == ("DELETE", "/items/9", "t-2")


def test_matrix_and_label_path_styles(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("parameters")
    sdk.client(json_reply({})).styles.get_matrix([1, 2], "x")
    assert unquote(sdk.sent.url.raw_path.decode()) == "/matrix/;point=1,2/.x"


# --- request bodies and responses -------------------------------------------------------


def test_json_body_from_keyword_arguments(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("bodies")
    note = sdk.client(json_reply({"title": "t", "body": "b"}, 201)).bodies.create_json(
        title="t", body_body="b"
    )
    assert sdk.sent.headers["Content-Type"] == "application/json"
    assert json.loads(sdk.sent.content) == {"title": "t", "body": "b"}
    assert isinstance(note, sdk.model("Note")) and note.body == "b"


def test_form_body_and_a_2xx_range(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("bodies")
    note = sdk.client(json_reply({"title": "accepted"}, 202)).bodies.submit_form(name="Ann", age=3)
    assert sdk.sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(sdk.sent.content.decode()) == [("name", "Ann"), ("age", "3")]
    assert isinstance(note, sdk.model("Note")) and note.title == "accepted"


def test_multipart_upload(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("bodies")
    sdk.client(json_reply({"title": "stored"})).files.upload_file(
        file=("notes.txt", b"hello\x00world", "text/plain"), caption="mine"
    )
    content_type = sdk.sent.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    body = sdk.sent.content
    assert b'Content-Disposition: form-data; name="file"; filename="notes.txt"' in body
    assert b"Content-Type: text/plain\r\n\r\nhello\x00world\r\n" in body
    assert b'Content-Disposition: form-data; name="caption"\r\n\r\nmine\r\n' in body


def test_a_3_1_binary_part_is_a_file_and_text_parts_alone_stay_multipart(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("multipart")
    upload = inspect.signature(sdk.module.resources.Files.upload_avatar).parameters["file"]
    assert upload.annotation == "FileContent"  # contentEncoding: binary, as format: binary
    client = sdk.client()
    client.files.upload_avatar(file=("me.png", b"\x89PNG", "image/png"))
    assert b'name="file"; filename="me.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n' in sdk.sent.content
    client.files.create_note(title="Call back", pinned=True)
    assert sdk.sent.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    body = sdk.sent.content
    assert b'Content-Disposition: form-data; name="title"\r\n\r\nCall back\r\n' in body
    assert b'Content-Disposition: form-data; name="pinned"\r\n\r\ntrue\r\n' in body
    assert b"filename" not in body and b"Content-Type" not in body


def test_octet_stream_in_and_out(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("bodies")
    reply = httpx.Response(200, content=b"\xff\x00", headers={"Content-Type": "application/octet-stream"})
    assert sdk.client(reply).files.put_raw(body=b"\x00\x01") == b"\xff\x00"
    assert sdk.sent.headers["Content-Type"] == "application/octet-stream"
    assert sdk.sent.content == b"\x00\x01"


def test_text_in_and_out(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("bodies")
    reply = httpx.Response(200, text="olleh", headers={"Content-Type": "text/plain"})
    assert sdk.client(reply).text.post_text(body="hello") == "olleh"
    assert sdk.sent.headers["Content-Type"].startswith("text/plain")
    assert sdk.sent.content == b"hello"


def test_an_idempotency_key_is_sent_and_makes_a_post_retryable(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("bodies")
    answers = iter([httpx.ReadTimeout("timed out"), json_reply({"title": "t"}, 201)])

    def handle(request: httpx.Request) -> httpx.Response:
        sdk.requests.append(request)
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    client = sdk.module.Client(base_url=BASE_URL, http_client=httpx.Client(
        transport=httpx.MockTransport(handle)))
    client._sleep = lambda seconds: None
    client.bodies.create_json(title="t")  # x-idempotency-key: true
    first, second = sdk.requests
    assert first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"]
    # A header parameter of that name is the key: the caller's when given, else the client's.
    sdk.client(httpx.Response(200, text="ok")).text.post_text(body="x", idempotency_key="mine")
    assert sdk.sent.headers.get_list("Idempotency-Key") == ["mine"]
    sdk.client(httpx.Response(200, text="ok")).text.post_text(body="x")
    assert len(sdk.sent.headers["Idempotency-Key"]) == 36  # a uuid4


def test_204_is_none_and_a_documented_error_raises_its_typed_error(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("bodies")
    assert sdk.client(httpx.Response(204)).text.delete_all() is None
    with pytest.raises(sdk.module.NotFoundError) as raised:
        sdk.client(json_reply({"message": "gone"}, 404)).text.delete_all()
    assert raised.value.status_code == 404
    assert raised.value.body == {"message": "gone"}
    with pytest.raises(sdk.module.UnprocessableEntityError):
        sdk.client(json_reply({"message": "bad"}, 422)).bodies.create_json(title="t")


def test_default_is_the_success_when_nothing_else_is(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("bodies")
    note = sdk.client(json_reply({"title": "only"})).text.only_default()
    assert isinstance(note, sdk.model("Note"))


# --- schemas ----------------------------------------------------------------------------


def test_discriminated_unions_parse_to_the_right_class(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("schemas31")
    circle = sdk.client(json_reply({"kind": "round", "radius": 1.5})).shapes.get_shape("s")
    square = sdk.client(json_reply({"kind": "square", "side": 2})).shapes.get_shape("s")
    assert (type(circle), type(square)) == (sdk.model("Circle"), sdk.model("Square"))
    pets = sdk.client(json_reply([{"petType": "Cat", "name": "Tom"}, {"petType": "Dog", "name": "Rex"}])).pets.list_pets()
    assert [type(p) for p in pets] == [sdk.model("Cat"), sdk.model("Dog")]
    # Defaults the spec gives fill what the server left out.
    assert (pets[0].indoor, pets[1].barks) == (True, False)


def test_implicit_discriminator_and_3_0_nullable(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("nullable30")
    animals = sdk.client(json_reply([{"kind": "Bird", "wingspan": None}, {"kind": "Fish", "fins": 2}])).animals.list_animals()
    assert [type(a) for a in animals] == [sdk.model("Bird"), sdk.model("Fish")]
    legacy = sdk.client(json_reply({"maybe": None, "maybeRef": None, "maybeEnum": None})).animals.get_legacy()
    assert (legacy.maybe, legacy.maybe_ref, legacy.maybe_enum) == (None, None, None)


def test_recursive_and_mutually_recursive_models(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("schemas31")
    tree = sdk.client(json_reply({
        "root": {"value": 1, "children": [{"value": 2, "children": [{"value": 3}]}]},
        "person": {"name": "Ann", "employer": {"name": "Acme", "employees": [{"name": "Bob"}]}},
    })).trees.get_tree()
    assert tree.root.children[0].children[0].value == 3
    assert tree.person.employer.employees[0].name == "Bob"
    assert type(tree.person.employer.employees[0]) is sdk.model("Person")


def test_every_field_shape_round_trips(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("schemas31")
    reply = {
        "id": "6f1c5f4e-0000-4000-8000-000000000001",
        "createdAt": "2024-05-06T07:08:09Z",
        "name": "n",
        "nullableName": None,
        "stringOrNumber": 2.5,
        "version": 2,
        "order": "asc",
        "priority": 2,
        "mixed": 7,
        "inlineStatus": "someday",
        "point": [1.0, 2.0],
        "counts": {"a": 1},
        "metadata": {"free": ["form"]},
        "address": {"city": "Oslo"},
        "birthday": "2000-02-29",
        "price": "10.50",
        "shape": {"kind": "square", "side": 4},
    }
    body = {"name": "n", "nullableName": None, "order": "asc"}
    everything = sdk.client(json_reply(reply)).everything.echo_everything(body)
    sent = json.loads(sdk.sent.content)
    assert sent == body  # a required nullable field is sent as null
    models = sdk.module.models
    # A body of 27 fields is one TypedDict: required keys Required, readOnly ones absent.
    # (get_type_hints: under postponed annotations, Python 3.11 cannot see Required itself.)
    hints = typing.get_type_hints(models.EverythingParams, include_extras=True)
    assert {key for key, hint in hints.items() if typing.get_origin(hint) is typing.Required} == {
        "name", "nullableName", "order"
    }
    assert "id" not in hints and "createdAt" not in hints
    assert everything.id == UUID("6f1c5f4e-0000-4000-8000-000000000001")
    assert everything.created_at == datetime.fromisoformat("2024-05-06T07:08:09+00:00")
    assert everything.order is models.SortOrder.ASC_2  # "asc" after "ASC": still distinct
    assert everything.priority is models.Priority.VALUE_2
    assert everything.inline_status == "someday"  # an enum value the spec does not list yet
    assert everything.point == (1.0, 2.0)
    assert everything.price == Decimal("10.50")
    assert everything.birthday == date(2000, 2, 29)
    assert type(everything.address).__name__ == "EverythingAddress"  # named from where it stands
    assert isinstance(everything.shape, models.Square)
    assert everything.limit == 10  # the spec's default
    assert everything.to_dict()["nullableName"] is None


def test_enum_members_stay_distinct_and_valid() -> None:
    api = build_api(load_spec(FEATURES / "schemas31.yaml"), _options("schemas31"))
    sort_order = next(m for mod in api.model_modules for m in mod.models if m.name == "SortOrder")
    members = {member.value: member.py_name for member in sort_order.members}  # type: ignore[union-attr]
    assert members == {
        '"ASC"': "ASC", '"asc"': "ASC_2", '""': "EMPTY", '"class"': "CLASS", '"None"': "NONE",
        '"naïve"': "NAIVE", '"1st"': "VALUE_1_ST", '"a-b"': "A_B", '"a_b"': "A_B_2",
    }


def test_webhooks_get_payload_models_and_callbacks_a_note(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("schemas31")
    api = build_api(load_spec(FEATURES / "schemas31.yaml"), _options("schemas31"))
    assert [(w.name, w.method, w.annotation.text) for w in api.webhooks] == [
        ("petAdopted", "POST", "PetAdoptedWebhook"),
        ("shapeChanged", "POST", "Shape"),
    ]
    payload = sdk.model("PetAdoptedWebhook").model_validate(
        {"pet": {"petType": "Dog", "name": "Rex"}, "adoptedAt": "2024-01-01T00:00:00Z"}
    )
    assert isinstance(payload.pet, sdk.model("Dog"))
    assert any("callbacks are not generated" in note for note in sdk.generated.notes)


# --- security and servers ---------------------------------------------------------------

CREDENTIALS = {
    "header_key": "hk", "query_key": "qk", "cookie_key": "ck", "prefixed_key": "pk",
    "basic_auth": "ann:secret", "bearer_token": "bt", "oauth": "ot", "oidc": "it",
}


def test_each_scheme_puts_its_credential_where_the_spec_says(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("security")
    client = sdk.client(**CREDENTIALS)
    client.auth.get_basic()
    assert sdk.sent.headers["Authorization"] == "Basic " + base64.b64encode(b"ann:secret").decode()
    client.auth.get_query_key()
    assert ("api_key", "qk") in query_pairs(sdk.sent)
    assert sdk.sent.headers["Cookie"] == "session=ck"
    client.auth.get_oauth()
    assert sdk.sent.headers["Authorization"] == "Bearer ot"
    client.auth.get_default()  # global: the header key, else the bearer token
    assert sdk.sent.headers["X-API-Key"] == "hk"


def test_x_credential_prefix_goes_before_a_bare_key_only(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("security")
    sdk.client(**CREDENTIALS).auth.get_prefixed_key()
    assert sdk.sent.headers["Authorization"] == "tenants API-Key pk"
    sdk.client(**{**CREDENTIALS, "prefixed_key": "JWT eyJ.x.y"}).auth.get_prefixed_key()
    assert sdk.sent.headers["Authorization"] == "JWT eyJ.x.y"
    # A bearer token that already says Bearer is not prefixed twice.
    without_header_key = {k: v for k, v in CREDENTIALS.items() if k != "header_key"}
    sdk.client(**{**without_header_key, "bearer_token": "Bearer bt"}).auth.get_default()
    assert sdk.sent.headers["Authorization"] == "Bearer bt"


def test_x_environment_names_servers_and_base_url_wins(
    feature: Callable[[str], Sdk], monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk = feature("security")
    monkeypatch.delenv("FEATURE_BASE_URL", raising=False)
    monkeypatch.delenv("FEATURE_ENV", raising=False)
    assert sdk.module.Client._environments == {
        "production": "https://eu.secure.example.com/v2",  # variables' defaults filled in
        "sandbox": "https://sandbox.secure.example.com/v2",
        "staging.us": "https://us.staging.secure.example.com",
    }
    client = sdk.client(base_url=None, environment="sandbox", **CREDENTIALS)
    client.open.get_public()
    assert str(sdk.sent.url) == "https://sandbox.secure.example.com/v2/public"
    monkeypatch.setenv("FEATURE_ENV", "staging.us")
    assert sdk.client(base_url=None, **CREDENTIALS).base_url == "https://us.staging.secure.example.com"
    assert sdk.client(base_url="http://mock.test", **CREDENTIALS).base_url == "http://mock.test"
    with pytest.raises(sdk.module.ConfigurationError, match="unknown environment 'qa'"):
        sdk.client(base_url=None, environment="qa", **CREDENTIALS)


def test_security_none_sends_no_credential(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("security")
    sdk.client(json_reply({"ok": True}), **CREDENTIALS).open.get_public()
    assert "Authorization" not in sdk.sent.headers and "X-API-Key" not in sdk.sent.headers
    assert "Cookie" not in sdk.sent.headers and not query_pairs(sdk.sent)


def test_server_variables_and_per_path_and_per_operation_servers(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("security")
    client = sdk.client(json_reply({"ok": True}), base_url=None, **CREDENTIALS)
    assert client.base_url == "https://eu.secure.example.com/v2"  # variables' defaults
    client.open.get_public()
    assert str(sdk.sent.url) == "https://eu.secure.example.com/v2/public"
    client.servers.get_elsewhere()
    assert str(sdk.sent.url) == "https://elsewhere.example.com/elsewhere"
    client.servers.post_elsewhere()
    assert str(sdk.sent.url) == "https://operation.example.com/elsewhere"


# --- documents over many files, and names -----------------------------------------------


def test_a_spec_split_over_files_with_no_operation_ids_or_tags(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("split")
    order = sdk.client(json_reply({"id": "o1", "lines": [{"sku": "a", "quantity": 2}]}, 201)).orders.post_orders(
        id="o1", lines=[{"sku": "a", "quantity": 2}]
    )
    assert isinstance(order.lines[0], sdk.model("Line"))
    lines = sdk.client(json_reply([{"sku": "b", "quantity": 1}])).orders.get_orders_by_order_id_lines("o1")
    assert sdk.sent.url.path == "/orders/o1/lines" and lines[0].sku == "b"


def test_reserved_names_are_renamed_and_still_reach_the_wire(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("names")
    client = sdk.client(json_reply({"model_config": "m", "class": "c", "list": [1], "9lives": "9"}))
    parsed = client.model_config_.list("d", type="t", timeout_query=3, self_query="s", options_query="o")
    assert sdk.sent.url.path == "/class/d"
    assert query_pairs(sdk.sent) == [("type", "t"), ("timeout", "3"), ("self", "s"), ("options", "o")]
    assert (parsed.model_config_, parsed.class_, parsed.list) == ("m", "c", [1])
    assert parsed.to_dict() == {"model_config": "m", "class": "c", "list": [1], "9lives": "9"}


def test_shared_parameters_are_one_constant_each_and_shadow_nothing(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("names")
    api = build_api(load_spec(FEATURES / "names.yaml"), _options("names"))
    # Named by their argument keys, never as what the resource module imports (NOT_GIVEN,
    # UUID, the model TOKEN) nor as each other (two Params named where).
    assert [(s.name, s.param_args) for s in api.shared_params] == [
        ("TOKEN_2", ('"token"', '"path"')),
        ("NOT_GIVEN_2", ('"NOT_GIVEN"', '"query"', 'key="not_given"')),
        ("UUID_2", ('"uuid"', '"query"')),
        ("PARAM", ('"Param"', '"header"', 'key="param"')),
        ("WHERE", ('"where"', '"query"', "explode=False")),
        ("WHERE_2", ('"where"', '"query"', 'style="deepObject"', "explode=True")),
        ("TOKEN_QUERY", ('"token"', '"query"', 'key="token_query"')),
    ]
    shared = importlib.import_module("feature_names.resources.shared")
    parameters = importlib.import_module("feature_names._parameters")
    base = importlib.import_module("feature_names._base")
    assert (shared.NOT_GIVEN, shared.UUID, shared.TOKEN) == (base.NOT_GIVEN, UUID, sdk.model("TOKEN"))
    assert shared._SHARED.params[0] is parameters.TOKEN_2
    assert shared._SHARED_POST.params == (parameters.TOKEN_2, parameters.WHERE_2, parameters.TOKEN_QUERY)
    client = sdk.client(httpx.Response(204))
    one = UUID(int=1)
    client.shared.shared("t1", not_given="n", uuid=one, param="p", where=["a", "b"], token_query="q")
    assert (sdk.sent.url.path, sdk.sent.headers["Param"]) == ("/shared/t1", "p")
    assert query_pairs(sdk.sent) == [("NOT_GIVEN", "n"), ("uuid", str(one)), ("where", "a,b"), ("token", "q")]
    client.shared.shared_post("t2", where={"a": 1}, token_query="r")
    assert query_pairs(sdk.sent) == [("where[a]", "1"), ("token", "r")]


def test_every_generated_name_is_a_safe_identifier() -> None:
    api = build_api(load_spec(FEATURES / "names.yaml"), _options("names"))
    fields = [f.py_name for mod in api.model_modules for m in mod.models for f in getattr(m, "fields", ())]
    params = [p.py_name for r in api.resources for op in r.operations for p in op.positional + op.keyword]
    methods = [op.py_name for r in api.resources for op in r.operations]
    classes = [m.name for mod in api.model_modules for m in mod.models] + [r.class_name for r in api.resources]
    for name in fields + params + methods + classes + [r.attr for r in api.resources]:
        assert name.isidentifier() and name.isascii() and not keyword.iskeyword(name), name
    assert not set(fields) & PYDANTIC_RESERVED
    assert len(set(classes)) == len(classes)
    assert "options" not in params  # the **options catch-all keeps its name


def _options(stem: str) -> Any:
    spec = load_spec(FEATURES / f"{stem}.yaml")
    return options_for(Config(spec=FEATURES / f"{stem}.yaml", out=Path("unused"), package=f"feature_{stem}"), spec)


# --- warnings: the spec's mistakes, worked around as the README's table says ------------------


def test_every_warning_is_reported_and_worked_around(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("warnings")
    assert [(d.pointer, d.message.split(":")[0]) for d in sdk.generated.warnings] == [
        ("/paths/~1jobs~1{job_id}/get", "path parameter 'job_id' of '/jobs/{job_id}' is not declared"),
        ("/paths/~1jobs~1{job_id}/get/title", "'title' is not a key OpenAPI defines here; ignored"),
        ("/paths/~1jobs/get/operationId", "duplicate operationId 'getJob' (first at " + str(FEATURES / "warnings.yaml")),
        ("/paths/~1jobs/get/parameters/0/schema/default", "the default does not fit its schema"),
        ("/components/schemas/Job/properties/state/default", "the default does not fit its schema"),
        ("/components/schemas/Job/properties/retries/default", "the default does not fit its schema"),
        ("/components/schemas/Job/properties/owner/anyOf/0/default", "the default does not fit its schema"),
    ]
    assert all(d.severity == "warning" for d in sdk.generated.warnings)
    client = sdk.client(json_reply({"id": "a/1"}))
    # The undeclared path parameter: a required string, percent-encoded into the path.
    job = client.jobs.get_job("a/1")
    assert sdk.sent.url.raw_path == b"/jobs/a%2F1" and job.id == "a/1"
    # The later of two operations with one operationId: a numbered method name.
    client = sdk.client(json_reply([{"id": "1"}]))
    assert [j.id for j in client.jobs.get_job_2()] == ["1"]
    assert sdk.sent.url.raw_path == b"/jobs"  # the refused default of limit is not sent
    client.jobs.get_job_2(limit=3)
    assert query_pairs(sdk.sent) == [("limit", "3")]
    # Refused defaults are not used: the fields are unset, as without a default.
    job = sdk.model("Job").model_validate({"id": "1"})
    assert (job.state, job.retries, job.owner) == (None, None, None)
    assert sdk.model("Job").model_validate({"id": "1", "owner": {"name": "n"}}).owner.name == "n"
    # The unknown key is ignored: its text is nowhere in the SDK.
    assert not [path for path, data in sdk.generated.files.items()
                if b"Fetch a job" in data and path != "tests/openapi.json"]


def test_strict_refuses_the_spec_with_its_warnings(tmp_path: Path) -> None:
    config = Config(spec=FEATURES / "warnings.yaml", out=tmp_path / "out", package="strict", strict=True)
    with pytest.raises(SpecError) as refused:
        generate(config)
    assert len(refused.value.diagnostics) == 7 and not (tmp_path / "out").exists()
    assert all(d.severity == "warning" for d in refused.value.diagnostics)


# --- streams ----------------------------------------------------------------------------


def sse(*items: Any) -> httpx.Response:
    body = "".join(f"data: {json.dumps(item)}\n\n" for item in items) + "data: [DONE]\n\n"
    return httpx.Response(200, text=body, headers={"Content-Type": "text/event-stream"})


def test_an_event_stream_operation_returns_a_stream_of_models(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("streams")
    stream = sdk.client(sse({"id": "n1", "topic": "t"}, {"id": "n2", "topic": "t"})).events.listen_events(topic="t")
    assert isinstance(stream, sdk.module.Stream)
    notices = list(stream)
    assert [n.id for n in notices] == ["n1", "n2"]
    assert all(isinstance(n, sdk.model("Notice")) for n in notices)
    assert sdk.sent.headers["Accept"] == "text/event-stream"
    assert query_pairs(sdk.sent) == [("topic", "t")]
    assert stream.response.is_closed


def test_events_of_a_string_schema_are_text(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("streams")
    reply = httpx.Response(200, text="data: 101.5\n\ndata: 99\n\n", headers={"Content-Type": "text/event-stream"})
    assert list(sdk.client(reply).events.watch_ticker()) == ["101.5", "99"]


@pytest.mark.parametrize(("method", "media_type"), [("tail_logs", "application/x-ndjson"), ("export_logs", "application/jsonl")])
def test_json_lines_operations(feature: Callable[[str], Sdk], method: str, media_type: str) -> None:
    sdk = feature("streams")
    reply = httpx.Response(200, text='{"level": "info", "message": "a"}\n{"level": "fatal", "message": "b"}\n')
    lines = list(getattr(sdk.client(reply).logs, method)())
    assert [(line.level, line.message) for line in lines] == [(sdk.model("LogLineLevel").INFO, "a"), ("fatal", "b")]
    assert sdk.sent.headers["Accept"] == media_type


def test_json_or_stream_by_a_body_switch_is_two_methods(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("streams")
    completions = sdk.module.resources.Completions
    for method in (completions.create_completion, completions.create_completion_stream):
        assert "stream" not in inspect.signature(method).parameters
    assert inspect.signature(completions.create_completion).return_annotation == "Completion"
    assert inspect.signature(completions.create_completion_stream).return_annotation == "Stream[CompletionChunk]"
    whole = sdk.client(json_reply({"id": "c1", "text": "Hello."})).completions.create_completion(prompt="Hi")
    assert whole == sdk.model("Completion")(id="c1", text="Hello.")
    assert json.loads(sdk.sent.content) == {"prompt": "Hi", "stream": False}
    assert sdk.sent.headers["Accept"] == "application/json"
    client = sdk.client(sse({"id": "c1", "delta": "Hel"}, {"id": "c1", "delta": "lo."}))
    with client.completions.create_completion_stream(prompt="Hi", max_tokens=5) as stream:
        assert "".join(chunk.delta for chunk in stream) == "Hello."
    assert json.loads(sdk.sent.content) == {"prompt": "Hi", "max_tokens": 5, "stream": True}
    assert sdk.sent.headers["Accept"] == "text/event-stream"


def test_json_or_stream_by_a_query_switch_is_two_methods(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("streams")
    line = {"level": "error", "message": "boom"}
    assert len(sdk.client(json_reply([line])).logs.search_logs(q="boom")) == 1
    assert query_pairs(sdk.sent) == [("q", "boom"), ("stream", "false")]
    reply = httpx.Response(200, text=json.dumps(line) + "\n")
    assert [x.message for x in sdk.client(reply).logs.search_logs_stream(q="boom")] == ["boom"]
    assert query_pairs(sdk.sent) == [("q", "boom"), ("stream", "true")]
    assert sdk.sent.headers["Accept"] == "application/jsonl"


def test_a_stream_that_breaks_off_raises_the_sdks_connection_error(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("streams")
    reply = httpx.Response(200, text='data: {"id": "n1", "topic": "t"}\n\ndata: {"id": "n', headers={"Content-Type": "text/event-stream"})
    seen = []
    with pytest.raises(sdk.module.APIConnectionError, match="in the middle of an event"):
        for notice in sdk.client(reply).events.listen_events(topic="t"):
            seen.append(notice.id)
    assert seen == ["n1"]

# --- recursive aliases -------------------------------------------------------------------------


def test_recursive_aliases_validate_at_every_depth(feature: Callable[[str], Sdk]) -> None:
    sdk = feature("recursive")
    document = sdk.model("Document")
    data = {"a": [1, "two", None, {"b": [True, {"c": 3.5}]}]}
    parsed = document.model_validate({"data": data, "tree": [1, [2, [3, []]]], "expression": ["x", ["y", "z"]]})
    assert (parsed.data, parsed.tree, parsed.expression) == (data, [1, [2, [3, []]]], ["x", ["y", "z"]])
    for wrong in ({"data": 1, "tree": [1, ["leaf"]]}, {"data": 1, "expression": ["x", [1]]}):
        with pytest.raises(ValueError):  # pydantic's ValidationError: deep inside, still checked
            document.model_validate(wrong)
    # A response that is the recursive alias itself.
    value = sdk.client(json_reply({"k": [[], {"deep": [None]}]})).documents.get_value()
    assert value == {"k": [[], {"deep": [None]}]}
    # Sent as given, and read back.
    client = sdk.client(json_reply({"data": [1, {"x": None}]}))
    assert client.documents.create_document(data=[1, {"x": None}]).data == [1, {"x": None}]
    assert json.loads(sdk.sent.content) == {"data": [1, {"x": None}]}
