"""Errors raised by the client: one class per kind of failure, each carrying what caused it."""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AlreadyDeletedError",
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
# Methods that change nothing: whether one reached the API is of no consequence.
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class ConfigurationError(ValueError):
    """The client cannot be built as configured, e.g. a required credential is missing."""


class APIError(Exception):
    """A request to the API failed: no response, an error response, or an unreadable one."""

    message: str
    request: httpx.Request
    body: object | None
    """The decoded JSON of the response body, its text when not JSON, or None."""
    may_have_been_applied: bool
    """Whether a request that changes something (not GET, HEAD, OPTIONS or TRACE) may have
    reached the API and been carried out, by this attempt or an earlier one: check before
    sending it again."""

    def __init__(
        self,
        message: str,
        request: httpx.Request,
        *,
        body: object | None,
        may_have_been_applied: bool = False,
    ) -> None:
        may_have_been_applied = (
            may_have_been_applied and request.method not in _SAFE_METHODS
        )
        if may_have_been_applied:
            message = message.rstrip(".") + ". " + self._applied_note(request.method)
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        self.may_have_been_applied = may_have_been_applied

    def _applied_note(self, method: str) -> str:
        return f"The {method} may have been applied: check before sending it again."


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status; subclasses name the common statuses."""

    response: httpx.Response
    status_code: int
    headers: httpx.Headers
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        may_have_been_applied: bool = False,
    ) -> None:
        super().__init__(
            message,
            response.request,
            body=body,
            may_have_been_applied=may_have_been_applied,
        )
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


class AlreadyDeletedError(NotFoundError):
    """404 to a retried DELETE whose earlier attempt may have reached the API.

    Most likely that attempt deleted it; a plain ``NotFoundError`` means it was not there.
    """

    def _applied_note(self, method: str) -> str:
        return (
            "The DELETE was retried after an attempt that may have reached the API:"
            " most likely that attempt deleted it."
        )


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
        self,
        request: httpx.Request,
        message: str = "Connection error.",
        *,
        may_have_been_applied: bool = False,
    ) -> None:
        super().__init__(
            message, request, body=None, may_have_been_applied=may_have_been_applied
        )


class APITimeoutError(APIConnectionError):
    """The request timed out. The httpx timeout error is the ``__cause__``."""

    def __init__(
        self,
        request: httpx.Request,
        message: str = "Request timed out.",
        *,
        may_have_been_applied: bool = False,
    ) -> None:
        super().__init__(request, message, may_have_been_applied=may_have_been_applied)


class _SuccessError(APIError):
    """A failure found in a response whose status said it succeeded."""

    response: httpx.Response
    status_code: int

    def __init__(
        self, message: str, *, response: httpx.Response, body: object | None
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIResponseValidationError(_SuccessError):
    """A successful response whose body does not match the documented type (strict mode)."""


class APIStreamError(_SuccessError):
    """The API reported an error inside a stream (an ``event: error``); ``body`` is its data."""


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
    return decode_text(response.text) if response.content else None


def decode_text(text: str) -> object | None:
    """``text`` as JSON when it parses, else as it is; None when empty."""
    if not text:
        return None
    try:
        decoded: object = json.loads(text)
    except ValueError:
        return text
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


def make_status_error(
    response: httpx.Response,
    *,
    may_have_been_applied: bool = False,
    earlier_attempt_reached: bool = False,
) -> APIStatusError:
    """The error for a 4xx or 5xx response: "404 Not Found: <the API's messages>".

    ``earlier_attempt_reached``: an earlier attempt of this call may have reached the API,
    which makes a 404 to a DELETE an ``AlreadyDeletedError``.
    """
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
    if (
        error_class is NotFoundError
        and earlier_attempt_reached
        and response.request.method == "DELETE"
    ):
        error_class = AlreadyDeletedError
    return error_class(
        message,
        response=response,
        body=body,
        may_have_been_applied=may_have_been_applied,
    )
