"""Tests of what Commerce and AsyncCommerce add to the runtime (tested in
tests/test_runtime.py): their credentials, servers, environment variables and
User-Agent.
"""

from __future__ import annotations

import platform
from typing import Any, Literal

import httpx
import pytest

import drivly_commerce
from drivly_commerce._base import Endpoint, Reply
from drivly_commerce._errors import ConfigurationError

SYNC_CLIENT = drivly_commerce.Commerce
ASYNC_CLIENT = drivly_commerce.AsyncCommerce
BASE_URL_ENV = "DRIVLY_BASE_URL"
USER_AGENT = "drivly-commerce/0.1.0 python/"
BASE_URL = "http://api.test"
SECRET = "sk-test-0123456789-secret"
# Every credential of the client, so that any requirement of the API is met.
CREDENTIALS: dict[str, Any] = {scheme.param: SECRET for scheme in SYNC_CLIENT._schemes}


def test_base_url_from_the_environment_and_user_agent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(BASE_URL_ENV, "http://from-env.test/v1/")
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    endpoint: Endpoint[None] = Endpoint(
        method="GET",
        path="/ping",
        replies=(Reply(status="204", kind="empty", type=None),),
    )
    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    with SYNC_CLIENT(**CREDENTIALS, http_client=http_client) as client:
        assert client.base_url == "http://from-env.test/v1"
        client.request(endpoint, {})
    assert str(sent[0].url) == "http://from-env.test/v1/ping"
    assert sent[0].headers["User-Agent"] == USER_AGENT + platform.python_version()


ENVIRONMENT_ENV = "DRIVLY_ENV"


@pytest.mark.parametrize(
    ("environment", "url"),
    [
        ("production", "https://beta.commerce.driv.ly/api"),
        ("sandbox", "https://sandbox.commerce.driv.ly/api"),
        ("alpha", "https://alpha.commerce.driv.ly/api"),
    ],
)
def test_environments(
    monkeypatch: pytest.MonkeyPatch,
    environment: Literal["production", "sandbox", "alpha"],
    url: str,
) -> None:
    monkeypatch.delenv(BASE_URL_ENV, raising=False)
    monkeypatch.delenv(ENVIRONMENT_ENV, raising=False)
    client = SYNC_CLIENT(**CREDENTIALS, environment=environment)
    assert client.base_url == url.rstrip("/")
    monkeypatch.setenv(ENVIRONMENT_ENV, environment)
    assert ASYNC_CLIENT(**CREDENTIALS).base_url == url.rstrip("/")
    assert SYNC_CLIENT(**CREDENTIALS, base_url=BASE_URL).base_url == BASE_URL


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    schemes = SYNC_CLIENT._schemes
    for scheme in schemes:
        monkeypatch.delenv(scheme.env_var, raising=False)
    security = SYNC_CLIENT._security
    required = len(schemes) == 1 and bool(security) and all(security)
    if required:
        with pytest.raises(ConfigurationError, match=schemes[0].env_var) as raised:
            SYNC_CLIENT(base_url=BASE_URL)
        assert schemes[0].param in str(raised.value)
    for scheme in schemes:
        monkeypatch.setenv(scheme.env_var, SECRET)
    client = ASYNC_CLIENT(base_url=BASE_URL)
    assert client._credentials == {scheme.key: SECRET for scheme in schemes}


def test_copies_keep_the_credentials_and_the_pool_and_show_none() -> None:
    client = SYNC_CLIENT(**CREDENTIALS, base_url=BASE_URL)
    copy = client.with_options(base_url="http://other.test", max_retries=5)
    assert copy._http_client is client._http_client
    assert copy._credentials == client._credentials
    assert (copy.base_url, copy.max_retries) == ("http://other.test", 5)
    for shown in (repr(client), repr(copy)):
        assert SECRET not in shown
