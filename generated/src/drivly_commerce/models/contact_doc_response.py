"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Contact

__all__ = ["ContactDocResponse"]


class ContactDocResponse(BaseModel):
    """A created or updated Contact with Payload's confirmation message: \"Contact
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Contact
    """The created or updated Contact."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
