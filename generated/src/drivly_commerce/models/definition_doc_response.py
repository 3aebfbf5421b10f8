"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .definition import Definition

__all__ = ["DefinitionDocResponse"]


class DefinitionDocResponse(BaseModel):
    """A created or updated Definition with Payload's confirmation message: \"Definition
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Definition
    """The created or updated Definition."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
