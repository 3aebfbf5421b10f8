"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from typing import Any

from .._models import BaseModel

__all__ = ["ErrorItem"]


class ErrorItem(BaseModel):
    """One error reported by Payload."""

    message: str
    """Human-readable error message."""
    name: str | None = None
    """Payload's error class name, sent on validation errors (for example
    ValidationError).
    """
    data: dict[str, Any] | list[Any] | None = None
    """Extra error details.

    On validation errors (name ValidationError) an object `{\"collection\", \"id\"?,
    \"errors\": [{\"label\", \"message\", \"path\"}]}` listing the invalid fields (`id`
    when an existing document was being changed); on a query that names a field that
    cannot be queried (name QueryError) an array of `{\"path\"}` objects. See Payload's
    packages/payload/src/utilities/formatErrors.ts, errors/ValidationError.ts and
    errors/QueryError.ts.
    """
