"""Errors raised by the Drivly Commerce API client."""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]

# Longest error body text quoted in a message when it holds no recognisable error messages.
_MAX_QUOTED_BODY = 300


class ConfigurationError(ValueError):
    """The client cannot be built as configured, e.g. a required credential is missing."""


class APIError(Exception):
    """A request to the API failed: no response, an error response, or an unreadable one."""

    message: str
    request: httpx.Request
    body: object | None
    """The decoded JSON of the response body, its text when not JSON, or None."""

    def __init__(
        self, message: str, request: httpx.Request, *, body: object | None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status; subclasses name the common statuses."""

    response: httpx.Response
    status_code: int
    headers: httpx.Headers
    request_id: str | None

    def __init__(
        self, message: str, *, response: httpx.Response, body: object | None
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = response.headers.get("x-request-id")


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401"""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """Any status of 500 or above."""


class APIConnectionError(APIError):
    """No response: the connection failed or broke. The httpx error is the ``__cause__``."""

    def __init__(
        self, request: httpx.Request, message: str = "Connection error."
    ) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    """The request timed out. The httpx timeout error is the ``__cause__``."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


class APIResponseValidationError(APIError):
    """A successful response whose body does not match the documented type (strict mode)."""

    response: httpx.Response
    status_code: int

    def __init__(
        self, message: str, *, response: httpx.Response, body: object | None
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def decode_body(response: httpx.Response) -> object | None:
    """The body as JSON when it parses, else as text; None when empty."""
    if not response.content:
        return None
    try:
        decoded: object = json.loads(response.content)
    except ValueError:
        return response.text
    return decoded


def error_messages(body: object | None) -> list[str]:
    """Human messages in an error body: ``errors[].message`` (Payload), ``message``, ``error``."""
    if not isinstance(body, dict):
        return []
    found: list[str] = []
    errors: Any = body.get("errors")
    if isinstance(errors, list):
        found += [
            e["message"]
            for e in errors
            if isinstance(e, dict) and isinstance(e.get("message"), str)
        ]
    for key in ("message", "error", "detail"):
        value = body.get(key)
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict) and isinstance(value.get("message"), str):
            found.append(value["message"])
    return found


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The error for a 4xx or 5xx response: "404 Not Found: <the API's messages>"."""
    body = decode_body(response)
    summary = f"{response.status_code} {response.reason_phrase}".rstrip()
    details = "; ".join(error_messages(body))
    if not details and isinstance(body, str):
        details = body.strip()[:_MAX_QUOTED_BODY]
    message = f"{summary}: {details}" if details else summary
    status = response.status_code
    error_class = (
        InternalServerError
        if status >= 500
        else _STATUS_ERRORS.get(status, APIStatusError)
    )
    return error_class(message, response=response, body=body)
