"""The committed SDK (generated/) against a real Payload CMS 3 server: every operation of
`customers`, sync and async, with SQL number ids and with uuid ids.

The server is the test bed in tests/payload/ (see payload_testbed.py). Every client is strict:
a response that does not match the spec raises APIResponseValidationError instead of being
parsed leniently, and every error body is parsed with the spec's Error model too.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from payload_testbed import Either, PayloadServer, collect, pages, related

pytestmark = pytest.mark.anyio

# Seed customers carry customerId SEED-..., documents a test creates T-<hex>: tests that read
# the seed are not disturbed by those that write.
SEED_ONLY = {"customerId": {"like": "SEED-"}}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def seed_customers(testbed: PayloadServer) -> dict[int | str, dict[str, Any]]:
    return {doc_id: doc.data for doc_id, doc in testbed.seeded("customers").items()}


def marker() -> str:
    return f"T-{uuid.uuid4().hex}"


def error_of(raised: pytest.ExceptionInfo[Any]) -> Any:
    """The one ErrorItem of an error response, parsed by the spec's Error model."""
    from drivly_commerce.models import Error

    error = Error.model_validate_json(raised.value.response.content, strict=True)
    assert len(error.errors) == 1, error
    return error.errors[0]


async def create_scratch(sdk: Either, tag: str, count: int = 1) -> list[Any]:
    created = []
    for index in range(count):
        result = await sdk.customers.create(
            {"customerId": tag, "email": f"scratch{index}@example.com", "consumerStatus": "Working"}, depth=0
        )
        created.append(result.doc)
    return created


@pytest.fixture
async def tag(sdk: Either) -> Any:
    """A fresh marker for the documents a test creates; they are deleted afterwards."""
    value = marker()
    yield value
    await sdk.customers.delete_many(where={"customerId": {"equals": value}}, depth=0)


# --- list: pages ----------------------------------------------------------------------------


@pytest.mark.parametrize("sort", ["customerId", None], ids=["sort=customerId", "default sort"])
async def test_list_walks_every_page_once(sdk: Either, testbed: PayloadServer, sort: str | None) -> None:
    seeded = seed_customers(testbed)
    options = {"sort": sort} if sort else {}
    first = await sdk.customers.list(where=SEED_ONLY, limit=5, depth=0, **options)

    walked = await pages(first)
    numbers = [page.page.page for page in walked]
    assert numbers == list(range(1, len(seeded) // 5 + 2))
    assert [len(page.items) for page in walked[:-1]] == [5] * (len(walked) - 1)
    assert walked[-1].page.has_next_page is False and walked[-1].page.next_page is None
    assert walked[0].page.prev_page is None and walked[0].page.total_docs == len(seeded)

    ids = [customer.id for customer in await collect(first)]
    assert len(ids) == len(set(ids)) == len(seeded)
    assert set(ids) == set(seeded)
    assert all(type(i) is testbed.id_class for i in ids)
    if sort:
        customer_ids = [customer.customer_id for customer in await collect(first)]
        assert customer_ids == sorted(customer_ids)


async def test_list_without_pagination_returns_everything(sdk: Either, testbed: PayloadServer) -> None:
    page = await sdk.customers.list(where=SEED_ONLY, pagination=False, depth=0)
    assert page.page.limit == 0 and page.page.has_next_page is False
    assert {customer.id for customer in page.items} == set(seed_customers(testbed))


# --- where, sort, count ---------------------------------------------------------------------


def address_street(data: dict[str, Any]) -> str | None:
    return related(data["address"])["street"] if "address" in data else None


# (id, where, the same condition on a seed document's data)
WHERE_CASES: list[tuple[str, dict[str, Any], Callable[[dict[str, Any]], bool]]] = [
    (
        "equals",
        {"email": {"equals": "jane.doe@example.com"}},
        lambda d: d["email"] == "jane.doe@example.com",
    ),
    (
        "and",
        {"and": [{"consumerStatus": {"equals": "SOLD"}}, {"consumerIncome": {"greater_than": 60000}}]},
        lambda d: d.get("consumerStatus") == "SOLD" and d.get("consumerIncome", 0) > 60000,
    ),
    (
        "or",
        {"or": [{"consumerStatus": {"equals": "Cold"}}, {"companyName": {"equals": "Lone Star Lending"}}]},
        lambda d: d.get("consumerStatus") == "Cold" or d.get("companyName") == "Lone Star Lending",
    ),
    (
        "in a list",
        {"consumerStatus": {"in": ["SOLD", "Pending"]}},
        lambda d: d.get("consumerStatus") in ("SOLD", "Pending"),
    ),
    (
        "in comma-separated",
        {"consumerStatus": {"in": "LOST,DNC"}},
        lambda d: d.get("consumerStatus") in ("LOST", "DNC"),
    ),
    (
        "like, case-insensitive",
        {"consumerLastName": {"like": "AR"}},
        lambda d: "ar" in d.get("consumerLastName", "").lower(),
    ),
    (
        "exists",
        {"companyName": {"exists": True}},
        lambda d: "companyName" in d,
    ),
    (
        "exists false",
        {"companyName": {"exists": False}},
        lambda d: "companyName" not in d,
    ),
    (
        "through a relationship",
        {"address.street": {"equals": "77 Congress Ave"}},
        lambda d: address_street(d) == "77 Congress Ave",
    ),
    (
        "a member of a hasMany select",
        {"consumerLeadSource": {"equals": "Referral"}},
        lambda d: "Referral" in d.get("consumerLeadSource", ()),
    ),
]


def expected_ids(testbed: PayloadServer, condition: Callable[[dict[str, Any]], bool]) -> set[int | str]:
    seeded = seed_customers(testbed)
    matching = {doc_id for doc_id, data in seeded.items() if condition(data)}
    # A condition that matches nothing or everything would not show the filter working.
    assert 0 < len(matching) < len(seeded)
    return matching


@pytest.mark.parametrize(("where", "condition"), [case[1:] for case in WHERE_CASES], ids=[case[0] for case in WHERE_CASES])
async def test_list_where(sdk: Either, testbed: PayloadServer, where: dict[str, Any], condition: Any) -> None:
    found = await collect(await sdk.customers.list(where={"and": [SEED_ONLY, where]}, depth=0))
    assert {customer.id for customer in found} == expected_ids(testbed, condition)


@pytest.mark.parametrize(("where", "condition"), [case[1:] for case in WHERE_CASES], ids=[case[0] for case in WHERE_CASES])
async def test_count_where(sdk: Either, testbed: PayloadServer, where: dict[str, Any], condition: Any) -> None:
    counted = await sdk.customers.count(where={"and": [SEED_ONLY, where]})
    assert counted.total_docs == len(expected_ids(testbed, condition))


async def test_sort_by_several_fields(sdk: Either, testbed: PayloadServer) -> None:
    consumers = {"and": [SEED_ONLY, {"consumerIncome": {"exists": True}}]}
    found = await collect(await sdk.customers.list(where=consumers, sort="consumerStatus,-consumerIncome", depth=0))
    expected = sorted(
        (d for d in seed_customers(testbed).values() if "consumerIncome" in d),
        key=lambda d: (d["consumerStatus"], -d["consumerIncome"]),
    )
    assert [c.customer_id for c in found] == [d["customerId"] for d in expected]


# --- create, retrieve, update, delete -------------------------------------------------------


async def test_create(sdk: Either, testbed: PayloadServer, tag: str) -> None:
    ids = testbed.ids
    raw = await sdk.customers.with_raw_response.create(
        {
            "customerId": tag,
            "email": "new.customer@example.com",
            "consumerStatus": "Pending",
            "consumerIncome": 61250.5,
            "consumerLeadSource": ("Referral", "Rocket"),  # any sequence: a tuple too
            "address": ids["address2"],
            "leads": [ids["lead1"], ids["lead2"]],
        },
        depth=0,
    )
    assert raw.status_code == 201
    created = raw.parse()
    assert created.message == "Customer successfully created."
    doc = created.doc
    assert type(doc.id) is testbed.id_class
    assert (doc.customer_id, doc.email, doc.consumer_status) == (tag, "new.customer@example.com", "Pending")
    assert doc.consumer_income == 61250.5
    assert doc.consumer_lead_source == ["Referral", "Rocket"]
    assert (doc.address, doc.leads) == (ids["address2"], [ids["lead1"], ids["lead2"]])
    # Read-only fields are the server's: the key's user, whatever a client sends.
    assert doc.created_by == doc.last_modified_by == ids["user"]
    assert doc.company_name is None and doc.deals == []

    fetched = await sdk.customers.retrieve(doc.id, depth=0)
    assert fetched == doc


async def test_retrieve_at_depths(sdk: Either, testbed: PayloadServer) -> None:
    from drivly_commerce.models import Address, Brand, Customer, Tenant

    ids = testbed.ids
    company = ids["company1"]

    flat = await sdk.customers.retrieve(company, depth=0)
    assert flat.company_customer == [ids["consumer1"], ids["consumer2"]]
    assert flat.company_partner_brand == ids["brand1"]

    # Relationships are typed `Id | <Model>`: depth decides which the server sends.
    one = await sdk.customers.retrieve(company, depth=1)
    member = one.company_customer[0]
    assert isinstance(member, Customer) and member.id == ids["consumer1"]
    assert member.address == ids["address1"]  # the member's own relationships stay ids
    assert isinstance(one.company_partner_brand, Brand) and one.company_partner_brand.id == ids["brand1"]
    assert one.company_partner_brand.legal_name == "Hill Country Brand"

    two = await sdk.customers.retrieve(company, depth=2)
    address = two.company_customer[0].address
    assert isinstance(address, Address) and address.street == "1200 Barton Springs Rd"
    assert [(type(t), t.name) for t in two.company_customer[0].tenants or ()] == [(Tenant, "Drivly")]


async def test_update(sdk: Either, testbed: PayloadServer, tag: str) -> None:
    [doc] = await create_scratch(sdk, tag)
    updated = await sdk.customers.update(doc.id, {"phone": "+1 512 555 0199", "consumerStatus": "Cold"}, depth=0)
    assert updated.message == "Updated successfully."
    assert (updated.doc.id, updated.doc.phone, updated.doc.consumer_status) == (doc.id, "+1 512 555 0199", "Cold")
    assert updated.doc.email == doc.email  # fields not sent stay as they were
    assert updated.doc.updated_at >= doc.updated_at
    assert (await sdk.customers.retrieve(doc.id, depth=0)) == updated.doc


async def test_update_many(sdk: Either, tag: str) -> None:
    docs = await create_scratch(sdk, tag, 3)
    result = await sdk.customers.update_many(
        {"consumerStatus": "LOST"}, where={"customerId": {"equals": tag}}, depth=0
    )
    assert result.message == "Updated 3 Customers successfully."
    assert result.errors == []
    assert {d.id for d in result.docs} == {d.id for d in docs}
    assert {d.consumer_status for d in result.docs} == {"LOST"}
    lost = {"and": [{"customerId": {"equals": tag}}, {"consumerStatus": {"equals": "LOST"}}]}
    assert (await sdk.customers.count(where=lost)).total_docs == 3


async def test_delete_many(sdk: Either, tag: str) -> None:
    docs = await create_scratch(sdk, tag, 2)
    where = {"customerId": {"equals": tag}}
    result = await sdk.customers.delete_many(where=where, depth=0)
    assert result.message == "Deleted 2 Customers successfully."
    assert result.errors == []
    assert {d.id for d in result.docs} == {d.id for d in docs}
    assert (await sdk.customers.count(where=where)).total_docs == 0


@pytest.mark.parametrize("operation", ["update_many", "delete_many"])
async def test_bulk_without_where_is_refused(sdk: Either, testbed: PayloadServer, operation: str) -> None:
    from drivly_commerce import BadRequestError

    arguments: tuple[Any, ...] = ({"phone": "+1 000"},) if operation == "update_many" else ()
    with pytest.raises(BadRequestError) as raised:
        # An empty query sends no `where` at all: Payload's guard answers, not the SDK's.
        await getattr(sdk.customers, operation)(*arguments, where={})
    verb = "update" if operation == "update_many" else "delete"
    assert error_of(raised).message == f"Missing 'where' query of documents to {verb}."
    assert (await sdk.customers.count(where=SEED_ONLY)).total_docs == len(seed_customers(testbed))


async def test_delete_then_delete_again(sdk: Either, tag: str) -> None:
    from drivly_commerce import NotFoundError

    [doc] = await create_scratch(sdk, tag)
    deleted = await sdk.customers.delete(doc.id, depth=0)
    assert deleted.message == "Deleted successfully."
    assert deleted.doc == doc
    for again in (sdk.customers.delete, sdk.customers.retrieve):
        with pytest.raises(NotFoundError) as raised:
            await again(doc.id)
        assert error_of(raised).message == "Not Found"


# --- errors ---------------------------------------------------------------------------------


def without_authorization(kind: str) -> httpx.Client | httpx.AsyncClient:
    """An HTTP client that strips the Authorization header from every request it sends."""

    def strip(request: httpx.Request) -> None:
        del request.headers["Authorization"]

    async def strip_async(request: httpx.Request) -> None:
        strip(request)

    if kind == "sync":
        return httpx.Client(event_hooks={"request": [strip]})
    return httpx.AsyncClient(event_hooks={"request": [strip_async]})


@pytest.mark.parametrize("credential", ["none", "a wrong key", "a wrong scheme"])
async def test_forbidden(connect: Callable[..., Either], kind: str, testbed: PayloadServer, credential: str) -> None:
    from drivly_commerce import PermissionDeniedError

    keys = {"a wrong key": uuid.uuid4().hex, "a wrong scheme": f"Basic {testbed.api_key}"}
    http_client = without_authorization(kind) if credential == "none" else None
    sdk = connect(http_client=http_client) if http_client else connect(api_key=keys[credential])
    try:
        with pytest.raises(PermissionDeniedError) as raised:
            await sdk.customers.count()
        assert raised.value.status_code == 403
        assert error_of(raised).message == "You are not allowed to perform this action."
    finally:
        # The SDK leaves a client it was given open.
        if isinstance(http_client, httpx.AsyncClient):
            await http_client.aclose()
        elif http_client is not None:
            http_client.close()


async def login(testbed: PayloadServer) -> str:
    """A JWT for the seeded user, from Payload's login route."""
    from payload_testbed import USER_EMAIL

    async with httpx.AsyncClient() as http:
        reply = await http.post(f"{testbed.url}/users/login",
                                json={"email": USER_EMAIL, "password": testbed.password})
    reply.raise_for_status()
    return str(reply.json()["token"])


@pytest.mark.parametrize("form", ["bare key", "full API-Key value", "JWT", "Bearer", "DRIVLY_API_KEY"])
async def test_credentials_as_drivly_hands_them_out(
    connect: Callable[..., Either], testbed: PayloadServer, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    """The bare key gets Payload's `users API-Key ` before it; a value carrying a scheme is sent as it is."""
    api_key: str | None = testbed.api_key
    if form == "DRIVLY_API_KEY":
        monkeypatch.setenv("DRIVLY_API_KEY", testbed.api_key)
        api_key = None
    elif form in ("JWT", "Bearer"):
        api_key = f"{form} {await login(testbed)}"
    elif form == "full API-Key value":
        api_key = f"users API-Key {testbed.api_key}"
    raw = await connect(api_key=api_key).customers.with_raw_response.count(where=SEED_ONLY)
    sent = raw.http_response.request.headers["Authorization"]
    assert sent == (api_key if api_key and " " in api_key else f"users API-Key {testbed.api_key}")
    assert raw.parse().total_docs == len(seed_customers(testbed))


async def test_not_found(sdk: Either, testbed: PayloadServer) -> None:
    from drivly_commerce import NotFoundError

    missing = 10**9 if testbed.id_type == "number" else str(uuid.uuid4())
    with pytest.raises(NotFoundError) as raised:
        await sdk.customers.retrieve(missing)
    assert error_of(raised).message == "Not Found"


async def test_validation_error_names_the_field(sdk: Either, tag: str) -> None:
    from drivly_commerce import BadRequestError

    with pytest.raises(BadRequestError) as raised:
        await sdk.customers.create({"customerId": tag, "consumerStatus": "Sold out"})
    error = error_of(raised)
    assert error.name == "ValidationError"
    assert error.data["collection"] == "customers"
    assert [(e["path"], e["message"]) for e in error.data["errors"]] == [
        ("consumerStatus", "This field has an invalid selection.")
    ]
    # The same details are on the exception itself, as decoded JSON.
    assert raised.value.body["errors"][0]["data"]["errors"][0]["path"] == "consumerStatus"
    assert (await sdk.customers.count(where={"customerId": {"equals": tag}})).total_docs == 0


async def test_query_error_on_an_unknown_field(sdk: Either) -> None:
    from drivly_commerce import BadRequestError

    with pytest.raises(BadRequestError) as raised:
        await sdk.customers.list(where={"consumerFavouriteColour": {"equals": "teal"}})
    error = error_of(raised)
    assert error.name == "QueryError"
    assert error.message == "The following path cannot be queried: consumerFavouriteColour"
    assert error.data == [{"path": "consumerFavouriteColour"}]
