"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["DefinitionModel"]


class DefinitionModel(str, Enum):
    GPT_3_5_TURBO = "gpt-3.5-turbo"
    GPT_4 = "gpt-4"
    GPT_4_0613 = "gpt-4-0613"
    X_STATE = "XState"
    GPT_4_0314 = "gpt-4-0314"
    XML = "XML"
    GPT_4_1106_PREVIEW = "gpt-4-1106-preview"
