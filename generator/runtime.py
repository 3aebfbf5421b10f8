"""The names the SDK's shared runtime defines for the rest of the SDK, listed once.

The runtime modules' ``__all__`` is rendered from these lists (templates get them as
``runtime``), the model imports from the module listed here, and no model or resource class
may take one of these names (``names.MODULE_RESERVED``). Each list is in ``__all__`` order:
constants, classes, then the rest (ruff's ``order-by-type``).
"""

from __future__ import annotations

BASE = (  # _base.py
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "USER_AGENT",
    "APIResponse",
    "AsyncAPIClient",
    "AsyncAPIResource",
    "AsyncPage",
    "Endpoint",
    "FileContent",
    "Headers",
    "NotGiven",
    "PageSpec",
    "Param",
    "Query",
    "Reply",
    "RequestOptions",
    "Scheme",
    "SyncAPIClient",
    "SyncAPIResource",
    "SyncPage",
    "Timeout",
    "async_to_raw_response_wrapper",
    "check_header",
    "configure_logging",
    "logger",
    "to_raw_response_wrapper",
)
MODELS = ("BaseModel", "OpenEnum", "OpenIntEnum", "by_property", "lenient_validate")  # _models.py
STREAMING = ("AsyncStream", "ServerSentEvent", "Stream", "StreamKind")  # _streaming.py

EXPORTS = {"_base": BASE, "_models": MODELS, "_streaming": STREAMING}
# The runtime module each name comes from, relative to the package root.
MODULE_OF = {name: f".{module}" for module, names in EXPORTS.items() for name in names}

# The clients' own public attributes (_base.py's SyncAPIClient and AsyncAPIClient, and the
# generated with_options): a resource or group of the client never takes one of these names.
CLIENT_ATTRIBUTES = (
    "aclose",
    "base_url",
    "close",
    "max_retries",
    "request",
    "request_page",
    "request_stream",
    "strict",
    "timeout",
    "with_options",
)
