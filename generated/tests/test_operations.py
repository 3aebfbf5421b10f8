"""Every operation against a Prism mock of the spec, and its error mapping, pages, streams and parameter encoding against httpx.MockTransport, sync and async."""

from __future__ import annotations

from operator import attrgetter
from typing import Any

import httpx
import pytest

import drivly_commerce
from drivly_commerce.models import (
    Customer,
    CustomerBulkResponse,
    CustomerCount,
    CustomerDeleteResponse,
    CustomerDocResponse,
)

CREDENTIALS = {
    "api_key": "test-credential",
}
NOT_FOUND = {"errors": [{"message": "The requested resource was not found."}]}

# resource, method, positional arguments, keyword arguments, the model it returns (or None)
OPERATIONS = [
    pytest.param("customers", "list", (), {}, None, id="customers.list"),
    pytest.param(
        "customers", "create", (), {}, CustomerDocResponse, id="customers.create"
    ),
    pytest.param(
        "customers",
        "delete_many",
        (),
        {"where": {"email": {"equals": "jane.doe@example.com"}}},
        CustomerBulkResponse,
        id="customers.delete_many",
    ),
    pytest.param(
        "customers",
        "update_many",
        (),
        {"where": {"email": {"equals": "jane.doe@example.com"}}},
        CustomerBulkResponse,
        id="customers.update_many",
    ),
    pytest.param("customers", "count", (), {}, CustomerCount, id="customers.count"),
    pytest.param(
        "customers", "retrieve", (1042,), {}, Customer, id="customers.retrieve"
    ),
    pytest.param(
        "customers",
        "delete",
        (1042,),
        {},
        CustomerDeleteResponse,
        id="customers.delete",
    ),
    pytest.param(
        "customers", "update", (1042,), {}, CustomerDocResponse, id="customers.update"
    ),
]
SIGNATURE = ("resource", "method", "args", "kwargs", "returns")
# Operations Prism 5.16 cannot serve as the spec says (each with the reason): their mock
# tests are expected to fail, strictly, so that a Prism that serves them shows up.
PRISM_REFUSES: dict[str, str] = {}
MOCK_OPERATIONS = [
    (
        pytest.param(
            *param.values,
            id=param.id,
            marks=pytest.mark.xfail(reason=PRISM_REFUSES[param.id], strict=True),
        )
        if param.id in PRISM_REFUSES
        else param
    )
    for param in OPERATIONS
]
# Operations whose only documented answers are redirects (or other 3XX): their mock tests
# expect one of those, not a 2XX; the SDK does not follow redirects.
DOCUMENTED_3XX: dict[str, tuple[int, ...]] = {}


def not_found(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json=NOT_FOUND, headers={"x-request-id": "req_test"})


def assert_documented(resource: str, method: str, response: Any) -> None:
    statuses = DOCUMENTED_3XX.get(f"{resource}.{method}")
    if statuses is None:
        assert 200 <= response.status_code < 300, response.http_response.text
    else:
        assert response.status_code in statuses, response.http_response.text


@pytest.mark.parametrize(SIGNATURE, MOCK_OPERATIONS)
def test_against_mock(
    client: drivly_commerce.Commerce,
    resource: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    returns: type | None,
) -> None:
    response = getattr(attrgetter(resource)(client).with_raw_response, method)(
        *args, **kwargs
    )
    assert_documented(resource, method, response)
    parsed = response.parse()
    if returns is not None:
        assert isinstance(parsed, returns)


@pytest.mark.anyio
@pytest.mark.parametrize(SIGNATURE, MOCK_OPERATIONS)
async def test_against_mock_async(
    async_client: drivly_commerce.AsyncCommerce,
    resource: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    returns: type | None,
) -> None:
    call = attrgetter(f"{resource}.with_raw_response.{method}")(async_client)
    response = await call(*args, **kwargs)
    assert_documented(resource, method, response)
    parsed = response.parse()
    if returns is not None:
        assert isinstance(parsed, returns)


@pytest.mark.parametrize(SIGNATURE, OPERATIONS)
def test_not_found_raises(
    resource: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    returns: type | None,
) -> None:
    http_client = httpx.Client(transport=httpx.MockTransport(not_found))
    client = drivly_commerce.Commerce(
        **CREDENTIALS,
        base_url="http://api.test",
        max_retries=0,
        http_client=http_client,
    )
    with client, pytest.raises(drivly_commerce.NotFoundError) as raised:
        getattr(attrgetter(resource)(client).with_raw_response, method)(*args, **kwargs)
    assert raised.value.status_code == 404
    assert raised.value.request_id == "req_test"
    assert "The requested resource was not found." in str(raised.value)


@pytest.mark.anyio
@pytest.mark.parametrize(SIGNATURE, OPERATIONS)
async def test_not_found_raises_async(
    resource: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    returns: type | None,
) -> None:
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(not_found))
    client = drivly_commerce.AsyncCommerce(
        **CREDENTIALS,
        base_url="http://api.test",
        max_retries=0,
        http_client=http_client,
    )
    async with client:
        with pytest.raises(drivly_commerce.NotFoundError) as raised:
            await getattr(attrgetter(resource)(client).with_raw_response, method)(
                *args, **kwargs
            )
    assert raised.value.status_code == 404
    assert "The requested resource was not found." in str(raised.value)


CUSTOMERS_LIST_PAGE: dict[str, Any] = {
    "docs": [
        {
            "id": 1042,
            "updatedAt": "2024-05-20T11:15:42.903Z",
            "createdAt": "2024-03-02T09:41:27.115Z",
            "customerId": "CUS-1042",
            "leads": [311, 318],
            "address": 87,
            "shippingContact": 54,
            "deals": [205],
            "createdBy": 3,
            "lastModifiedBy": 7,
            "email": "jane.doe@example.com",
            "phone": "+1 512 555 0143",
            "insurancePolicies": [19],
            "tenants": [1],
            "consumerStatus": "SOLD",
            "consumerFirstName": "Jane",
            "consumerMiddleName": "Marie",
            "consumerLastName": "Doe",
            "consumerSuffix": "Jr.",
            "consumerDateOfBirth": "1988-07-21T00:00:00.000Z",
            "consumerEducationLevel": "Bachelor's degree",
            "consumerVehicles": [642],
            "consumerPhoneType": "Mobile",
            "consumerDriversLicense": "D1234567",
            "consumerDriversLicenseState": "TX",
            "consumerDriversLicenseNumber": "D1234567",
            "consumerDriversLicenseExp": "2027-07-21T00:00:00.000Z",
            "consumerDriversLicenseExpiration": "2027-07-21T00:00:00.000Z",
            "consumerPreApprovals": [48],
            "consumerGetPreApproved": "Completed",
            "consumerProvideProofOfInsurance": "Pending",
            "consumerLoginToBank": "Not started",
            "consumerConnectCar": "Not started",
            "consumerProvideProofOfIncome": "Pending",
            "consumerConsumerId": "CON-88213",
            "consumerCreditApplicationId": "CA-55031",
            "deals2": [],
            "consumerSocialSecurity": "***-**-6789",
            "consumerDriversLicenceState": "TX",
            "consumerIncome": 85000,
            "consumerIncomeInterval": "Yearly",
            "consumerEmploymentStatusCode": "Full-time",
            "consumerEmploymentDuration": 36,
            "consumerEmployerName": "Acme Logistics",
            "consumerEmployerPhone": "+1 512 555 0199",
            "consumerEmploymentTitle": "Operations Manager",
            "consumerPreviousEmployerName": "Lone Star Freight",
            "consumerPreviousEmployerPhone": "+1 512 555 0177",
            "consumerPreviousEmploymentTitle": "Dispatcher",
            "consumerPreviousEmploymentDuration": 24,
            "consumerPreviousEmploymentincome": 52000,
            "consumerTimeAtResidence": 48,
            "consumerPreviousAddressLine1": "1200 Barton Springs Rd",
            "consumerPreviousAddressLine2": "Apt 4B",
            "consumerPreviousAddressCity": "Austin",
            "consumerPreviousAddressState": "TX",
            "consumerPreviousZip": "78704",
            "consumerPreviousAddressDuration": 30,
            "consumerResidenceType": "Rent",
            "consumerRentMortgage": 1850,
            "consumerOtherIncomeDescription": "Freelance consulting",
            "consumerOtherIncomeAmount": 6000,
            "consumerLeadSource": ["Driv.ly Website"],
            "companyName": None,
            "companyDealerDeals": [],
            "companyDealsFacilitated": [],
            "companyInsuranceQuotes": [],
            "companyType": [],
            "companyWebsite": None,
            "companyStripeConnectLink": None,
            "companyCustomerPortalLink": None,
            "companyServiceQuotes": [],
            "companyServiceOrders": None,
            "companyServiceQuotesPartners": [],
            "companyVisibility": None,
            "companyTenants2": [],
            "companyCustomer": [],
            "companyTrades": [],
            "companyTenants3": [],
            "companyPartnerBrand": None,
            "companyDeals3": [],
            "companyRouteOneDealer": None,
            "companyTransportServiceOrders": [],
        },
        {
            "id": 1043,
            "updatedAt": "2024-05-20T11:15:42.903Z",
            "createdAt": "2024-03-05T14:22:09.731Z",
            "customerId": "CUS-1043",
            "leads": [],
            "address": 88,
            "shippingContact": None,
            "deals": [209],
            "createdBy": 3,
            "lastModifiedBy": 7,
            "email": "sales@hillcountrymotors.example.com",
            "phone": "+1 512 555 0100",
            "insurancePolicies": [],
            "tenants": [1],
            "consumerStatus": "SOLD",
            "consumerFirstName": None,
            "consumerMiddleName": None,
            "consumerLastName": None,
            "consumerSuffix": None,
            "consumerDateOfBirth": None,
            "consumerEducationLevel": None,
            "consumerVehicles": [],
            "consumerPhoneType": None,
            "consumerDriversLicense": None,
            "consumerDriversLicenseState": None,
            "consumerDriversLicenseNumber": None,
            "consumerDriversLicenseExp": None,
            "consumerDriversLicenseExpiration": None,
            "consumerPreApprovals": [],
            "consumerGetPreApproved": None,
            "consumerProvideProofOfInsurance": None,
            "consumerLoginToBank": None,
            "consumerConnectCar": None,
            "consumerProvideProofOfIncome": None,
            "consumerConsumerId": None,
            "consumerCreditApplicationId": None,
            "deals2": [],
            "consumerSocialSecurity": None,
            "consumerDriversLicenceState": None,
            "consumerIncome": None,
            "consumerIncomeInterval": None,
            "consumerEmploymentStatusCode": None,
            "consumerEmploymentDuration": None,
            "consumerEmployerName": None,
            "consumerEmployerPhone": None,
            "consumerEmploymentTitle": None,
            "consumerPreviousEmployerName": None,
            "consumerPreviousEmployerPhone": None,
            "consumerPreviousEmploymentTitle": None,
            "consumerPreviousEmploymentDuration": None,
            "consumerPreviousEmploymentincome": None,
            "consumerTimeAtResidence": None,
            "consumerPreviousAddressLine1": None,
            "consumerPreviousAddressLine2": None,
            "consumerPreviousAddressCity": None,
            "consumerPreviousAddressState": None,
            "consumerPreviousZip": None,
            "consumerPreviousAddressDuration": None,
            "consumerResidenceType": None,
            "consumerRentMortgage": None,
            "consumerOtherIncomeDescription": None,
            "consumerOtherIncomeAmount": None,
            "consumerLeadSource": [],
            "companyName": "Hill Country Motors",
            "companyDealerDeals": [207],
            "companyDealsFacilitated": [],
            "companyInsuranceQuotes": [],
            "companyType": ["Dealer"],
            "companyWebsite": "https://hillcountrymotors.example.com",
            "companyStripeConnectLink": None,
            "companyCustomerPortalLink": None,
            "companyServiceQuotes": [],
            "companyServiceOrders": None,
            "companyServiceQuotesPartners": [],
            "companyVisibility": "Public",
            "companyTenants2": [],
            "companyCustomer": [],
            "companyTrades": [],
            "companyTenants3": [],
            "companyPartnerBrand": 9,
            "companyDeals3": [],
            "companyRouteOneDealer": "RO-44871",
            "companyTransportServiceOrders": [],
        },
    ],
    "totalDocs": 5,
    "limit": 2,
    "totalPages": 3,
    "page": 1,
    "pagingCounter": 1,
    "hasPrevPage": False,
    "hasNextPage": True,
    "prevPage": None,
    "nextPage": 2,
}


def customers_list_pages(requested: list[str | None]) -> httpx.MockTransport:
    """Three pages made from the spec's example page; records the page number asked for."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.params.get("page"))
        number = int(requested[-1] or 1)
        body = {
            **CUSTOMERS_LIST_PAGE,
            "hasNextPage": number < 3,
            "nextPage": number + 1 if number < 3 else None,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def test_customers_list_walks_every_page() -> None:
    requested: list[str | None] = []
    http_client = httpx.Client(transport=customers_list_pages(requested))
    client = drivly_commerce.Commerce(
        **CREDENTIALS, base_url="http://api.test", http_client=http_client
    )
    with client:
        items = list(client.customers.list())
    assert len(items) == 3 * len(CUSTOMERS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


@pytest.mark.anyio
async def test_customers_list_walks_every_page_async() -> None:
    requested: list[str | None] = []
    http_client = httpx.AsyncClient(transport=customers_list_pages(requested))
    client = drivly_commerce.AsyncCommerce(
        **CREDENTIALS, base_url="http://api.test", http_client=http_client
    )
    async with client:
        items = [item async for item in client.customers.list()]
    assert len(items) == 3 * len(CUSTOMERS_LIST_PAGE["docs"])
    assert requested == [None, "2", "3"]


def test_customers_list_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        **CREDENTIALS, base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.list(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_delete_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        **CREDENTIALS, base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"email": {"equals": "jane.doe@example.com"}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.delete_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_update_many_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        **CREDENTIALS, base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {"where": {"email": {"equals": "jane.doe@example.com"}}}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.update_many(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )


def test_customers_count_sends_where_as_deep_object() -> None:
    queries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        queries.append(request.url.query.decode())
        return httpx.Response(200, json={})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    client = drivly_commerce.Commerce(
        **CREDENTIALS, base_url="http://api.test", http_client=http_client
    )
    arguments: dict[str, Any] = {}
    arguments["where"] = {
        "or": [{"status": {"equals": "SOLD"}}, {"email": {"like": "a@b.c"}}],
        "age": {"greater_than": 18},
    }
    with client:
        client.customers.with_raw_response.count(**arguments)
    prefix = "where" + "%5B"
    sent = "&".join(part for part in queries[0].split("&") if part.startswith(prefix))
    assert sent == (
        "where%5Bor%5D%5B0%5D%5Bstatus%5D%5Bequals%5D=SOLD&"
        "where%5Bor%5D%5B1%5D%5Bemail%5D%5Blike%5D=a%40b.c&"
        "where%5Bage%5D%5Bgreater_than%5D=18"
    )
