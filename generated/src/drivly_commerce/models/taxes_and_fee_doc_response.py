"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import TaxesAndFee

__all__ = ["TaxesAndFeeDocResponse"]


class TaxesAndFeeDocResponse(BaseModel):
    """A created or updated Taxes and Fees record with Payload's confirmation message:
    \"Taxes and Fees record successfully created.\" on create (status 201), \"Updated
    successfully.\" on update (packages/payload/src/collections/endpoints/create.ts,
    updateByID.ts).
    """

    doc: TaxesAndFee
    """The created or updated Taxes and Fees record."""
    message: str
    """Payload's confirmation message, translated to the request's language."""
