"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["CreditApplicationTerms"]


class CreditApplicationTerms(BaseModel):
    """Fields grouped under `terms` of a Credit Application."""

    agree_to_terms: bool | None = Field(None, alias="agreeToTerms")
    agree_ip: str | None = Field(None, alias="agreeIP")
    agree_user_agent: str | None = Field(None, alias="agreeUserAgent")
