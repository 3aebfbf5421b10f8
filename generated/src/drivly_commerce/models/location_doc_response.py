"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Location

__all__ = ["LocationDocResponse"]


class LocationDocResponse(BaseModel):
    """A created or updated Location with Payload's confirmation message: \"Location
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Location
    """The created or updated Location."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
