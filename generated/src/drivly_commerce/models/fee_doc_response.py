"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .fee import Fee

__all__ = ["FeeDocResponse"]


class FeeDocResponse(BaseModel):
    """A created or updated Fee with Payload's confirmation message: \"Fee successfully
    created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Fee
    """The created or updated Fee."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
