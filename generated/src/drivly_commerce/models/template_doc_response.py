"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import Template

__all__ = ["TemplateDocResponse"]


class TemplateDocResponse(BaseModel):
    """A created or updated Template with Payload's confirmation message: \"Template
    successfully created.\" on create (status 201), \"Updated successfully.\" on update
    (packages/payload/src/collections/endpoints/create.ts, updateByID.ts).
    """

    doc: Template
    """The created or updated Template."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
