"""Tests of the customers resource: every operation against a Prism mock of the spec, and its error mapping against httpx.MockTransport, sync and async."""

from __future__ import annotations

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

# method, positional arguments, keyword arguments, the model it returns (or None)
OPERATIONS = [
    pytest.param("list", (), {}, None, id="list"),
    pytest.param("create", (), {}, CustomerDocResponse, id="create"),
    pytest.param(
        "delete_many",
        (),
        {
            "where": {"email": {"equals": "jane.doe@example.com"}},
        },
        CustomerBulkResponse,
        id="delete_many",
    ),
    pytest.param(
        "update_many",
        (),
        {
            "where": {"email": {"equals": "jane.doe@example.com"}},
        },
        CustomerBulkResponse,
        id="update_many",
    ),
    pytest.param("count", (), {}, CustomerCount, id="count"),
    pytest.param("retrieve", ("1042",), {}, Customer, id="retrieve"),
    pytest.param("delete", ("1042",), {}, CustomerDeleteResponse, id="delete"),
    pytest.param("update", ("1042",), {}, CustomerDocResponse, id="update"),
]
SIGNATURE = ("method", "args", "kwargs", "returns")


def not_found(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json=NOT_FOUND, headers={"x-request-id": "req_test"})


@pytest.mark.parametrize(SIGNATURE, OPERATIONS)
def test_against_mock(
    client: drivly_commerce.Commerce,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    returns: type | None,
) -> None:
    response = getattr(client.customers.with_raw_response, method)(*args, **kwargs)
    assert 200 <= response.status_code < 300, response.http_response.text
    parsed = response.parse()
    if returns is not None:
        assert isinstance(parsed, returns)


@pytest.mark.anyio
@pytest.mark.parametrize(SIGNATURE, OPERATIONS)
async def test_against_mock_async(
    async_client: drivly_commerce.AsyncCommerce,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    returns: type | None,
) -> None:
    response = await getattr(async_client.customers.with_raw_response, method)(
        *args, **kwargs
    )
    assert 200 <= response.status_code < 300, response.http_response.text
    parsed = response.parse()
    if returns is not None:
        assert isinstance(parsed, returns)


@pytest.mark.parametrize(SIGNATURE, OPERATIONS)
def test_not_found_raises(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any], returns: type | None
) -> None:
    http_client = httpx.Client(transport=httpx.MockTransport(not_found))
    client = drivly_commerce.Commerce(
        **CREDENTIALS,
        base_url="http://api.test",
        max_retries=0,
        http_client=http_client,
    )
    with client, pytest.raises(drivly_commerce.NotFoundError) as raised:
        getattr(client.customers.with_raw_response, method)(*args, **kwargs)
    assert raised.value.status_code == 404
    assert raised.value.request_id == "req_test"
    assert "The requested resource was not found." in str(raised.value)


@pytest.mark.anyio
@pytest.mark.parametrize(SIGNATURE, OPERATIONS)
async def test_not_found_raises_async(
    method: str, args: tuple[Any, ...], kwargs: dict[str, Any], returns: type | None
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
            await getattr(client.customers.with_raw_response, method)(*args, **kwargs)
    assert raised.value.status_code == 404
    assert "The requested resource was not found." in str(raised.value)
