"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["DefinitionSort"]


class DefinitionSort(str, Enum):
    """A field to sort Definitions by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    DEFINITION = "definition"
    DEFINITION_DESC = "-definition"
    MODEL = "model"
    MODEL_DESC = "-model"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
