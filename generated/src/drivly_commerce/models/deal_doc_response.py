"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Deal

__all__ = ["DealDocResponse"]


class DealDocResponse(BaseModel):
    """A created or updated Deal with Payload's confirmation message: \"Deal
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Deal
    """The created or updated Deal."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
