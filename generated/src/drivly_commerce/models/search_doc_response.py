"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Search

__all__ = ["SearchDocResponse"]


class SearchDocResponse(BaseModel):
    """A created or updated Search with Payload's confirmation message: \"Search
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Search
    """The created or updated Search."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
