"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Customer

__all__ = ["CustomerDocResponse"]


class CustomerDocResponse(BaseModel):
    """A created or updated Customer with Payload's confirmation message: \"Customer
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Customer
    """The created or updated Customer."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
