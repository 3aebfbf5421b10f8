"""A typed client for the Drivly Commerce API."""

from ._base import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    APIResponse,
    AsyncPage,
    FileContent,
    NotGiven,
    SyncPage,
    Timeout,
)
from ._client import AsyncCommerce, Commerce
from ._errors import (
    AlreadyDeletedError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._models import BaseModel

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AlreadyDeletedError",
    "AsyncPage",
    "AuthenticationError",
    "BadRequestError",
    "BaseModel",
    "ConfigurationError",
    "ConflictError",
    "FileContent",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "SyncPage",
    "Timeout",
    "UnprocessableEntityError",
]
__all__ += [
    "AsyncCommerce",
    "Commerce",
]
