"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Brand

__all__ = ["BrandDocResponse"]


class BrandDocResponse(BaseModel):
    """A created or updated Brand with Payload's confirmation message: \"Brand
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Brand
    """The created or updated Brand."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
