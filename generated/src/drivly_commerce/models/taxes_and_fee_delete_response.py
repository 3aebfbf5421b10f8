"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from .._models import BaseModel
from .customer import TaxesAndFee

__all__ = ["TaxesAndFeeDeleteResponse"]


class TaxesAndFeeDeleteResponse(BaseModel):
    """Result of deleting a Taxes and Fees record: the deleted document and a
    confirmation message. Payload 3 sends this shape with the message \"Deleted
    successfully.\". Payload 1 and 2 send the bare Taxes and Fees record document
    instead, without the `doc` wrapper and `message`; this schema keeps the documented
    shape.
    """

    doc: TaxesAndFee
    """The deleted Taxes and Fees record."""
    message: str
    """Confirmation message, \"Deleted successfully.\" on Payload 3."""
