"""A typed client for the Drivly Commerce API."""

from typing import TYPE_CHECKING

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
    APIStreamError,
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
from ._lazy import lazy_exports
from ._streaming import AsyncStream, ServerSentEvent, Stream

if TYPE_CHECKING:
    from . import models as models
    from . import resources as resources
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
    "APIStreamError",
    "APITimeoutError",
    "AlreadyDeletedError",
    "AsyncPage",
    "AsyncStream",
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
    "ServerSentEvent",
    "Stream",
    "SyncPage",
    "Timeout",
    "UnprocessableEntityError",
]
__all__ += [
    "AsyncCommerce",
    "Commerce",
]
# pydantic builds its model machinery when the first model class is defined: a client that
# is only constructed needs none of it; `<package>.models` and `.resources` are imported when
# first used too. Hidden from type checkers, which read the imports.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(
        __name__, {"BaseModel": "._models"}, ("models", "resources")
    )
