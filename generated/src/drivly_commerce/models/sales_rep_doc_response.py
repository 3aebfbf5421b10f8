"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import SalesRep

__all__ = ["SalesRepDocResponse"]


class SalesRepDocResponse(BaseModel):
    """A created or updated Sales Rep with Payload's confirmation message: \"Sales Rep
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: SalesRep
    """The created or updated Sales Rep."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
