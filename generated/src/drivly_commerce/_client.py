"""The clients of the Drivly Commerce API: Commerce (synchronous) and AsyncCommerce (asynchronous)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal

import httpx

from ._base import (
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    AsyncAPIClient,
    Headers,
    NotGiven,
    Query,
    Scheme,
    SyncAPIClient,
    Timeout,
)

# Each resource is imported when first used: constructing a client imports none of them.
if TYPE_CHECKING:
    from .resources.customers import AsyncCustomers, Customers

__all__ = [
    "AsyncCommerce",
    "Commerce",
]

_SCHEMES: tuple[Scheme, ...] = (
    Scheme(
        key="apiKeyAuth",
        kind="apiKey",
        location="header",
        wire_name="Authorization",
        prefix="users API-Key ",
        param="api_key",
        env_var="DRIVLY_API_KEY",
    ),
)
_SECURITY: tuple[tuple[str, ...], ...] = (("apiKeyAuth",),)
_BASE_URL_ENV = "DRIVLY_BASE_URL"
_SERVER_URL: str | None = "https://commerce.driv.ly/api"
_SERVER_VARIABLES: dict[str, str] = {}
# The servers the spec names with x-environment, for environment= and DRIVLY_ENV.
_ENVIRONMENTS: dict[str, str] = {
    "production": "https://beta.commerce.driv.ly/api",
    "sandbox": "https://sandbox.commerce.driv.ly/api",
    "alpha": "https://alpha.commerce.driv.ly/api",
}
_ENVIRONMENT_ENV = "DRIVLY_ENV"


class Commerce(SyncAPIClient):
    """The client of the Drivly Commerce API.

    Args:
        api_key: the credential of the apiKeyAuth security scheme; defaults to the DRIVLY_API_KEY environment variable. Sent as `users API-Key <api_key>`; a value that already carries a scheme (holds a space) is sent as it is.
        base_url: defaults to the server of environment, then the DRIVLY_BASE_URL environment variable, then the server the DRIVLY_ENV environment variable names, then the API's first server.
        environment: a named server: 'production' (https://beta.commerce.driv.ly/api), 'sandbox' (https://sandbox.commerce.driv.ly/api), 'alpha' (https://alpha.commerce.driv.ly/api). base_url wins over it.
        timeout: seconds, or an httpx.Timeout; None waits forever. Defaults to 60 s in all, 5 s to connect.
        max_retries: how many times a failed request is retried; defaults to 2.
        default_headers: headers sent with every request.
        default_query: query parameters sent with every request.
        http_client: your own httpx.Client; you close it, the client does not.
        strict: raise APIResponseValidationError when a response does not match the spec, instead of parsing it leniently.
    """

    _schemes = _SCHEMES
    _security = _SECURITY
    _base_url_env = _BASE_URL_ENV
    _server_url = _SERVER_URL
    _server_variables = _SERVER_VARIABLES
    _environments = _ENVIRONMENTS
    _environment_env = _ENVIRONMENT_ENV

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        environment: Literal["production", "sandbox", "alpha"] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        http_client: httpx.Client | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            http_client=http_client,
            credentials={
                "apiKeyAuth": api_key,
            },
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            strict=strict,
        )

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        strict: bool | NotGiven = NOT_GIVEN,
    ) -> Commerce:
        """A copy with some settings replaced, sharing this client's connection pool.

        Headers and query parameters given here are added to the ones already set.
        """
        return self._copy_with(
            {
                "apiKeyAuth": api_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            strict=strict,
        )

    @cached_property
    def customers(self) -> Customers:
        """Customers of Drivly Commerce: consumers (buyers and sellers of vehicles, with their identity, employment, income and residence details) and companies (dealers, brokers, insurers, lenders, transporters and other partners), with their relationships to leads, deals, vehicles, quotes and service orders."""
        from .resources.customers import Customers

        return Customers(self)


class AsyncCommerce(AsyncAPIClient):
    """The asynchronous client of the Drivly Commerce API.

    Args:
        api_key: the credential of the apiKeyAuth security scheme; defaults to the DRIVLY_API_KEY environment variable. Sent as `users API-Key <api_key>`; a value that already carries a scheme (holds a space) is sent as it is.
        base_url: defaults to the server of environment, then the DRIVLY_BASE_URL environment variable, then the server the DRIVLY_ENV environment variable names, then the API's first server.
        environment: a named server: 'production' (https://beta.commerce.driv.ly/api), 'sandbox' (https://sandbox.commerce.driv.ly/api), 'alpha' (https://alpha.commerce.driv.ly/api). base_url wins over it.
        timeout: seconds, or an httpx.Timeout; None waits forever. Defaults to 60 s in all, 5 s to connect.
        max_retries: how many times a failed request is retried; defaults to 2.
        default_headers: headers sent with every request.
        default_query: query parameters sent with every request.
        http_client: your own httpx.AsyncClient; you close it, the client does not.
        strict: raise APIResponseValidationError when a response does not match the spec, instead of parsing it leniently.
    """

    _schemes = _SCHEMES
    _security = _SECURITY
    _base_url_env = _BASE_URL_ENV
    _server_url = _SERVER_URL
    _server_variables = _SERVER_VARIABLES
    _environments = _ENVIRONMENTS
    _environment_env = _ENVIRONMENT_ENV

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        environment: Literal["production", "sandbox", "alpha"] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            http_client=http_client,
            credentials={
                "apiKeyAuth": api_key,
            },
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            strict=strict,
        )

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        strict: bool | NotGiven = NOT_GIVEN,
    ) -> AsyncCommerce:
        """A copy with some settings replaced, sharing this client's connection pool.

        Headers and query parameters given here are added to the ones already set.
        """
        return self._copy_with(
            {
                "apiKeyAuth": api_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            strict=strict,
        )

    @cached_property
    def customers(self) -> AsyncCustomers:
        """Customers of Drivly Commerce: consumers (buyers and sellers of vehicles, with their identity, employment, income and residence details) and companies (dealers, brokers, insurers, lenders, transporters and other partners), with their relationships to leads, deals, vehicles, quotes and service orders."""
        from .resources.customers import AsyncCustomers

        return AsyncCustomers(self)
