"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["Count"]


class Count(BaseModel):
    """Number of documents matching the query (Payload's count result, `{totalDocs}`,
    packages/payload/src/collections/operations/count.ts).
    """

    total_docs: int = Field(alias="totalDocs")
    """Number of matching documents."""
