"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import ServiceOrder

__all__ = ["ServiceOrderDocResponse"]


class ServiceOrderDocResponse(BaseModel):
    """A created or updated Service Order with Payload's confirmation message: \"Service
    Order successfully created.\" on create (status 201), \"Updated successfully.\" on
    update (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: ServiceOrder
    """The created or updated Service Order."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
