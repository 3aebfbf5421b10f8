"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import InsurancePolicy

__all__ = ["InsurancePolicyDeleteResponse"]


class InsurancePolicyDeleteResponse(BaseModel):
    """Result of deleting an Insurance Policy: the deleted document and a confirmation
    message. Payload 3 sends this shape with the message \"Deleted successfully.\".
    Payload 1 and 2 send the bare Insurance Policy document instead, without the `doc`
    wrapper and `message`; this schema keeps the documented shape.
    """

    doc: InsurancePolicy
    """The deleted Insurance Policy."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
