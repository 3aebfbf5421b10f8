"""The committed SDK against the real Payload server, on every collection of Drivly's API.

Each collection is a row of `COLLECTIONS`; the tests run Payload's common routes on every row
(find with a typed where and sort, count, create, findByID, update by id and by where, delete by
id and by where), sync and async, with number ids and uuid ids, and check that relationships
come back as ids at depth 0 and as the related collection's model at depth 1. What a test
sends is made from the test bed's own config (collections.mjs): every field a client may
write, each with a value of its kind, so every field goes to the server and back through the
SDK's models. Every client is strict, and a response holding a field the spec does not
declare fails (payload_testbed.declared): the spec and the server's config must agree.
"""

from __future__ import annotations

import functools
import secrets
import ssl
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from payload_testbed import (
    Either,
    PayloadServer,
    collect,
    collection_config,
    declared,
    pages,
    unknown_fields,
)

pytestmark = pytest.mark.anyio
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@dataclass(frozen=True)
class Collection:
    slug: str  # Payload's slug, the path under /api
    path: str  # where its resource is on the client: "deals", "crm.vehicles"
    model: str  # the SDK model of its documents
    marker: str  # a text field the documents a test makes are marked with (never virtual)

    @property
    def fields(self) -> list[dict[str, Any]]:
        return collection_config()[self.slug]


# index.ts's `commerce` and `crm` groups, in its order.
COLLECTIONS = [
    Collection("customers", "customers", "Customer", "customerId"),
    Collection("deals", "deals", "Deal", "dealId"),
    Collection("vehicles", "vehicles", "Vehicle", "vin"),
    Collection("listings", "listings", "Listing", "seller"),
    Collection("taxesAndFees", "taxes_and_fees", "TaxesAndFee", "salesPrice"),
    Collection("dmvFees", "dmv_fees", "DmvFee", "fee"),
    Collection("fees", "fees", "Fee", "description"),
    Collection("locations", "locations", "Location", "name"),
    Collection("addresses", "addresses", "Address", "street"),
    Collection("preApprovals", "pre_approvals", "PreApproval", "title"),
    Collection("creditApplications", "credit_applications", "CreditApplication", "title"),
    Collection("insurancePolicies", "insurance_policies", "InsurancePolicy", "policyNumber"),
    Collection("insuranceQuotes", "insurance_quotes", "InsuranceQuote", "name"),
    Collection("serviceQuotes", "service_quotes", "ServiceQuote", "quoteId"),
    Collection("serviceOrders", "service_orders", "ServiceOrder", "orderId"),
    Collection("contacts", "contacts", "Contact", "name"),
    Collection("attachments", "attachments", "Attachment", "name"),
    Collection("webhooks", "webhooks", "Webhook", "url"),
    Collection("tenants", "tenants", "Tenant", "name"),
    Collection("trades", "trades", "Trade", "tradeInAllowance"),
    Collection("brands", "brands", "Brand", "legalName"),
    Collection("documents", "documents", "Document", "name"),
    Collection("leads", "crm.leads", "Lead", "email"),
    Collection("leadEvents", "crm.lead_events", "LeadEvent", "nextSteps"),
    Collection("crmTrades", "crm.trades", "CrmTrade", "vin"),
    Collection("searches", "crm.searches", "Search", "model"),
    Collection("crmVehicles", "crm.vehicles", "CrmVehicle", "vin"),
    Collection("vdpEmails", "crm.vdp_emails", "VdpEmail", "vinCount"),
    Collection("calls", "crm.calls", "Call", "name"),
    Collection("meetings", "crm.meetings", "Meeting", "name"),
    Collection("messages", "crm.messages", "Message", "message"),
    Collection("templates", "crm.templates", "Template", "subject"),
    Collection("holidays", "crm.holidays", "Holiday", "name"),
    Collection("quietHours", "crm.quiet_hours", "QuietHour", "name"),
    Collection("definitions", "crm.definitions", "Definition", "name"),
    Collection("salesReps", "crm.sales_reps", "SalesRep", "name"),
    Collection("webEvents", "crm.web_events", "WebEvent", "name"),
]
BY_SLUG = {c.slug: c for c in COLLECTIONS}
# Set by the server from the key's user, whatever a client sends (read-only in the spec).
SERVER_SET = {"createdBy", "lastModifiedBy"}


@pytest.fixture(params=COLLECTIONS, ids=[c.slug for c in COLLECTIONS])
def collection(request: pytest.FixtureRequest) -> Collection:
    return request.param


def model_class(collection: Collection) -> type:
    from drivly_commerce import models

    return getattr(models, collection.model)


def resource_of(sdk: Either, collection: Collection) -> Either:
    return functools.reduce(getattr, collection.path.split("."), sdk)


@functools.cache
def body_keywords() -> dict[tuple[str, str], dict[str, str]]:
    """For every method whose body is flattened into keyword arguments, by (resource class,
    method): each body field's wire name and its keyword, as the generator named them (a field
    may not take its plain snake_case name: Vehicle's `body` is `body_body`)."""
    from generator.load import load_spec
    from generator.model.build import build_api
    from generator.pipeline import options_for, read_config

    config = read_config(ROOT, writes=False)
    spec = load_spec(config.spec)
    return {
        (class_name, op.py_name): {p.wire_name: p.py_name for p in op.body_fields}
        for resource in build_api(spec, options_for(config, spec)).resources
        for class_name in (resource.class_name, resource.async_class_name)
        for op in resource.operations
        if op.body is not None and op.body.flattened
    }


async def send(
    resource: Either, method: str, *args: Any, body: dict[str, Any], raw: bool = False, **params: Any
) -> Any:
    """One call with a request body, in the shape the SDK gives that method: one `body`
    argument under wire names (a large body), or a keyword argument per field (a small one).
    `raw`: through `with_raw_response`, for the status code."""
    keywords = body_keywords().get((type(resource._target).__name__, method))
    call = getattr(resource.with_raw_response if raw else resource, method)
    if keywords is None:
        return await call(*args, body=body, **params)
    return await call(*args, **{keywords[k]: v for k, v in body.items()}, **params)


# --- the table and the config, against Drivly's package -----------------------------------


def described(field: Any) -> tuple[Any, ...]:
    """A field of the test bed's config and one of payload-types.ts (drivly_types.Field) in one
    form: name, kind, hasMany, options, related slug, required, and its own fields."""
    if isinstance(field, dict):
        kind = {"checkbox": "boolean"}.get(field["type"], field["type"])
        children = [f for f in field.get("fields", ()) if not f.get("hidden")]
        return (field["name"], kind, bool(field.get("hasMany")), tuple(field.get("options", ())),
                field.get("relationTo", ""), bool(field.get("required")), tuple(map(described, children)))
    slug = DRIVLY_SLUGS[field.target] if field.target else ""
    children = [f for f in field.fields if not (field.kind == "array" and f.name == "id")]
    return (field.name, field.kind, field.many, field.options, slug, field.required, tuple(map(described, children)))


def drivly_collections() -> list[Any]:
    from drivly_types import collections

    return collections()


DRIVLY_SLUGS = {"User": "users"} | {c.interface: c.slug for c in drivly_collections()}


def test_the_table_is_index_ts() -> None:
    """One row per collection of index.ts, in its order, at its place on the client
    (`crm.trades` for crmTrades), with its payload-types.ts interface as the model."""
    from generator.names import snake

    expected = [
        (c.slug, ("crm." if c.group == "crm" else "") + snake(c.name), c.interface) for c in drivly_collections()
    ]
    assert [(c.slug, c.path, c.model) for c in COLLECTIONS] == expected


@pytest.mark.parametrize("collection", COLLECTIONS, ids=[c.slug for c in COLLECTIONS])
def test_the_test_bed_config_is_payload_types(collection: Collection) -> None:
    """collections.mjs configures every field of payload-types.ts, of its kind, and nothing
    else; Payload adds the timestamps and, except in fees (an id of its own), the id."""
    [drivly] = [c for c in drivly_collections() if c.slug == collection.slug]
    payload_own = {"createdAt", "updatedAt"} | ({"id"} if collection.slug != "fees" else set())
    types = [described(f) for f in drivly.fields if f.name not in payload_own]
    config = [described(f) for f in collection.fields if not f.get("hidden")]
    assert config == types


# --- what a test sends ----------------------------------------------------------------------------


def writable(fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in fields if not f.get("hidden") and f["name"] not in SERVER_SET]


def seeded_id(testbed: PayloadServer, slug: str) -> int | str:
    """A seeded document of a collection, for relationships to point at."""
    return next(iter(testbed.seeded(slug)))


def value_for(field: dict[str, Any], testbed: PayloadServer, tag: str) -> Any:
    """A value of the field's kind that the server keeps as it is sent."""
    kind = field["type"]
    if kind == "text":
        return f"{field['name']} {tag}"
    if kind == "number":
        return 42
    if kind == "checkbox":
        return True
    if kind == "json":
        return {"sentBy": tag, "values": [1, 2.5, None]}
    if kind == "select":
        options = field["options"]
        return [options[0], options[-1]] if field["hasMany"] else options[-1]
    if kind == "relationship":
        target = seeded_id(testbed, field["relationTo"])
        return [target] if field["hasMany"] else target
    if kind == "group":
        return document_body(field["fields"], testbed, tag)
    if kind == "array":
        return [document_body(field["fields"], testbed, tag)]
    raise AssertionError(f"no value for a {kind} field")


def document_body(fields: list[dict[str, Any]], testbed: PayloadServer, tag: str) -> dict[str, Any]:
    return {f["name"]: value_for(f, testbed, tag) for f in writable(fields)}


def required_body(collection: Collection, marker: str) -> dict[str, Any]:
    """The smallest body the server accepts: the marker, and what the config requires."""
    body: dict[str, Any] = {collection.marker: marker}
    for field in collection.fields:
        if field["name"] == "id":  # a collection with ids of its own (fees): unique numbers
            body["id"] = secrets.randbelow(10**9) + 10**6
        elif field.get("required"):
            body[field["name"]] = field["options"][0] if field["type"] == "select" else f"required {marker}"
    return body


def full_body(collection: Collection, testbed: PayloadServer, marker: str) -> dict[str, Any]:
    return {**document_body(collection.fields, testbed, marker), **required_body(collection, marker)}


def held(sent: Any, received: Any) -> bool:
    """Whether the server kept what was sent: every key sent, at every level (array rows get
    an `id` of the server's)."""
    if isinstance(sent, dict):
        return isinstance(received, dict) and all(k in received and held(v, received[k]) for k, v in sent.items())
    if isinstance(sent, list):
        return isinstance(received, list) and len(sent) == len(received) and all(map(held, sent, received))
    return bool(sent == received)


def unsent_fields(value: Any, path: str = "") -> list[str]:
    """The fields a model declares that the server did not send, at every level: Payload sends
    every field of a document (null when empty), so each is a field of the spec that the
    server's config does not have."""
    import pydantic

    if not isinstance(value, pydantic.BaseModel):
        return []
    found = [f"{path}.{name}" for name in type(value).model_fields if name not in value.model_fields_set]
    for name in value.model_fields_set:
        item = getattr(value, name)
        for index, row in enumerate(item if isinstance(item, list) else [item]):
            found += unsent_fields(row, f"{path}.{name}[{index}]" if isinstance(item, list) else f"{path}.{name}")
    return found


def wire(doc: Any) -> dict[str, Any]:
    return doc.model_dump(mode="json", by_alias=True)


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One TLS context for every client of the run: the test bed speaks plain HTTP, and building
    a context per client (loading the CA bundle, about 50 ms) would cost more than the
    requests of most tests."""
    return ssl.create_default_context()


@pytest.fixture
async def sdk(connect: Callable[..., Either], kind: str) -> AsyncIterator[Either]:
    """A strict client of the committed SDK, over an HTTP client sharing `tls_context`."""
    if kind == "sync":
        with httpx.Client(verify=tls_context()) as http:
            yield connect(http_client=http)
    else:
        async with httpx.AsyncClient(verify=tls_context()) as http:
            yield connect(http_client=http)


@pytest.fixture
async def tag(sdk: Either, collection: Collection) -> Any:
    """A fresh marker for the documents a test creates in `collection`; deleted afterwards."""
    value = f"T-{uuid.uuid4().hex}"
    yield value
    await resource_of(sdk, collection).delete_many(where={collection.marker: {"like": value}}, depth=0)


# --- relationships, by depth ----------------------------------------------------------------------


def relationships(fields: list[dict[str, Any]], prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every relationship field with its path, inside groups too."""
    found = []
    for field in fields:
        if field["type"] == "relationship":
            found.append(((*prefix, field["name"]), field))
        elif field["type"] == "group":
            found += relationships(field["fields"], (*prefix, field["name"]))
    return found


def at(doc: Any, path: tuple[str, ...]) -> Any:
    """The value at a path of wire names, read through the models' attributes."""
    for wire_name in path:
        doc = getattr(doc, next(n for n, i in type(doc).model_fields.items() if (i.alias or n) == wire_name))
    return doc


async def assert_relationships_by_depth(
    resource: Either, testbed: PayloadServer, collection: Collection, doc_id: int | str
) -> None:
    """Every relationship of the document made from `full_body` (inside groups too): the id
    of the document it points at at depth 0, the related collection's model at depth 1."""
    from drivly_commerce import models

    flat = await resource.retrieve(doc_id, depth=0)
    populated = await resource.retrieve(doc_id, depth=1)
    for path, field in relationships(collection.fields):
        target = field["relationTo"]
        expected_id = testbed.ids["user"] if path[-1] in SERVER_SET else seeded_id(testbed, target)
        related_model = models.User if target == "users" else model_class(BY_SLUG[target])
        ids, docs = at(flat, path), at(populated, path)
        if field["hasMany"]:
            assert ids == [expected_id] and [type(d) for d in docs] == [related_model], path
            assert docs[0].id == expected_id
        else:
            assert ids == expected_id and type(docs) is related_model, path
            assert docs.id == expected_id


# --- the routes -----------------------------------------------------------------------------------


def test_unknown_fields_are_found() -> None:
    """The drift check itself: a field the model does not declare, at any depth, is reported."""
    from drivly_commerce.models import Error

    drifted = Error.model_validate({"errors": [{"message": "m"}, {"message": "n", "colour": "teal"}]})
    assert unknown_fields([drifted]) == ["[0].errors[1].colour"]
    assert unknown_fields(Error.model_validate({"errors": [{"message": "m"}]})) == []


async def test_create_retrieve_at_depths_update_delete(
    sdk: Either, testbed: PayloadServer, collection: Collection, tag: str
) -> None:
    from drivly_commerce import NotFoundError

    resource, model = resource_of(sdk, collection), model_class(collection)
    body = full_body(collection, testbed, tag)
    raw = await send(resource, "create", body=body, raw=True, depth=0)
    assert raw.status_code == 201
    doc = declared(raw.parse()).doc
    assert isinstance(doc, model)
    assert type(doc.id) is (int if collection.slug == "fees" else testbed.id_class)
    assert held(body, wire(doc)), (body, wire(doc))
    assert unsent_fields(doc) == []
    for name in SERVER_SET & {f["name"] for f in collection.fields}:
        assert wire(doc)[name] == testbed.ids["user"], name

    assert (await resource.retrieve(doc.id, depth=0)) == doc
    await assert_relationships_by_depth(resource, testbed, collection, doc.id)

    change = {collection.marker: f"{tag} updated"}
    updated = await send(resource, "update", doc.id, body=change, depth=0)
    assert updated.doc.id == doc.id and held(change, wire(updated.doc))
    unchanged = {k: v for k, v in body.items() if k != collection.marker}
    assert held(unchanged, wire(updated.doc))
    assert (await resource.retrieve(doc.id, depth=0)) == updated.doc

    deleted = await resource.delete(doc.id, depth=0)
    assert deleted.doc == updated.doc
    for again in (resource.delete, resource.retrieve):
        with pytest.raises(NotFoundError):
            await again(doc.id)


async def test_find_count_sort_and_bulk_by_where(
    sdk: Either, testbed: PayloadServer, collection: Collection, tag: str
) -> None:
    resource = resource_of(sdk, collection)
    markers = [f"{tag}-{n}" for n in range(3)]
    made = [(await send(resource, "create", body=required_body(collection, m), depth=0)).doc for m in markers]
    mine = {collection.marker: {"in": markers}}

    first = await resource.list(where=mine, sort=f"-{collection.marker}", limit=2, depth=0)
    walked = await pages(first)
    assert [len(page.items) for page in walked] == [2, 1]
    found = [doc for page in walked for doc in page.items]
    assert [wire(doc)[collection.marker] for doc in found] == markers[::-1]
    assert {doc.id for doc in await collect(first)} == {doc.id for doc in made}
    assert (await resource.count(where=mine)).total_docs == 3
    one = {collection.marker: {"equals": markers[1]}}
    assert [doc.id for doc in await collect(await resource.list(where=one, depth=0))] == [made[1].id]

    # Bulk update by where, then bulk delete by where; the marker field carries the change.
    suffixed = {"or": [{collection.marker: {"equals": m}} for m in markers]}
    renamed = {collection.marker: f"{tag}-all"}
    result = await send(resource, "update_many", body=renamed, where=suffixed, depth=0)
    assert result.errors == [] and {doc.id for doc in result.docs} == {doc.id for doc in made}
    assert all(held(renamed, wire(doc)) for doc in result.docs)
    assert (await resource.count(where=mine)).total_docs == 0

    everything = {collection.marker: {"equals": f"{tag}-all"}}
    deleted = await resource.delete_many(where=everything, depth=0)
    assert deleted.errors == [] and {doc.id for doc in deleted.docs} == {doc.id for doc in made}
    assert (await resource.count(where=everything)).total_docs == 0


# --- across collections ---------------------------------------------------------------------------


async def test_a_deal_populates_its_parties_across_collections(sdk: Either, testbed: PayloadServer) -> None:
    """A Deal's customer, vehicle, lien holders (hasMany, order kept), taxes and fees and tenant,
    seeded once every one of them existed: ids at depth 0, models at 1, one level deeper at 2."""
    from drivly_commerce.models import Address, Customer, TaxesAndFee, Tenant, Vehicle

    ids = testbed.ids
    flat = await sdk.deals.retrieve(ids["deal4"], depth=0)
    assert (flat.customer, flat.vehicle, flat.tenant) == (ids["consumer1"], ids["vehicle1"], ids["tenant1"])
    assert flat.lien_holder == [ids["company2"], ids["company1"]]

    one = await sdk.deals.retrieve(ids["deal4"], depth=1)
    assert isinstance(one.customer, Customer) and one.customer.customer_id == "SEED-C01"
    assert one.customer.address == ids["address1"]  # the customer's own relationships stay ids
    assert [type(c) for c in one.lien_holder] == [Customer, Customer]
    assert [c.company_name for c in one.lien_holder] == ["Lone Star Lending", "Hill Country Motors"]
    assert isinstance(one.vehicle, Vehicle) and one.vehicle.vin == "1HGCM82633A004352"
    assert isinstance(one.taxes_and_fees, TaxesAndFee) and one.taxes_and_fees.sales_price == "31500.00"
    assert isinstance(one.tenant, Tenant) and one.tenant.name == "Drivly"

    two = await sdk.deals.retrieve(ids["deal4"], depth=2)
    assert isinstance(two.customer.address, Address) and two.customer.address.street == "1200 Barton Springs Rd"
    assert [(type(t), t.name) for t in two.customer.tenants] == [(Tenant, "Drivly")]

    # find populates the same way.
    [listed] = await collect(await sdk.deals.list(where={"dealId": {"equals": "SEED-D04"}}, depth=1))
    assert listed == one


async def test_a_crm_lead_populates_crm_and_commerce_documents(sdk: Either, testbed: PayloadServer) -> None:
    from drivly_commerce.models import CrmVehicle, Customer, LeadEvent, SalesRep

    ids = testbed.ids
    flat = await sdk.crm.leads.retrieve(ids["lead4"], depth=0)
    assert (flat.sales_rep, flat.favorites, flat.customers) == (ids["salesRep1"], [ids["crmVehicle1"]], ids["consumer2"])

    lead = await sdk.crm.leads.retrieve(ids["lead4"], depth=1)
    assert isinstance(lead.sales_rep, SalesRep) and lead.sales_rep.name == "Riley Chen"
    assert [(type(v), v.vin) for v in lead.favorites] == [(CrmVehicle, "5YJ3E1EA7KF317000")]
    assert isinstance(lead.customers, Customer) and lead.customers.customer_id == "SEED-C02"
    assert isinstance(lead.latest_event, LeadEvent) and lead.latest_event.next_steps == "Call back on Monday"


async def test_a_relationship_inside_a_group_and_array_rows(sdk: Either, testbed: PayloadServer) -> None:
    """A credit application: its applicant group's `consumer`, populated like any relationship,
    nested groups always present, array rows with ids of their own."""
    from drivly_commerce.models import Customer

    ids = testbed.ids
    flat = await sdk.credit_applications.retrieve(ids["creditApplication2"], depth=0)
    assert flat.primary_applicant.consumer == ids["consumer1"]
    assert wire(flat)["primaryApplicant"]["currentResidence"]["address"] == {
        "lineOne": None, "lineTwo": None, "city": "Austin", "state": "TX", "postalCode": None,
    }
    assert flat.co_applicant.current_residence.address.city is None  # a group never sent is still there
    assert isinstance(flat.rates[0].id, str) and flat.rates[0].monthly_payment == 512.4

    populated = await sdk.credit_applications.retrieve(ids["creditApplication2"], depth=1)
    consumer = populated.primary_applicant.consumer
    assert isinstance(consumer, Customer) and consumer.customer_id == "SEED-C01"


async def test_select_and_populate(sdk: Either, testbed: PayloadServer) -> None:
    """Payload 3 sends only the selected fields (and id), and of a populated document only what
    `populate` names for its collection."""
    ids = testbed.ids
    deal = await sdk.deals.retrieve(
        ids["deal4"],
        depth=1,
        select={"dealId": True, "customer": True},
        populate={"customers": {"customerId": True}},
    )
    assert deal.model_fields_set == {"id", "deal_id", "customer"}
    assert deal.deal_id == "SEED-D04" and deal.customer.customer_id == "SEED-C01"
    assert deal.customer.model_fields_set == {"id", "customer_id"}

    [listed] = await collect(
        await sdk.deals.list(where={"dealId": {"equals": "SEED-D04"}}, select={"vehicle": True}, depth=0)
    )
    assert listed.model_fields_set == {"id", "vehicle"} and listed.vehicle == ids["vehicle1"]
