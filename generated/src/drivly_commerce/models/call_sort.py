"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["CallSort"]


class CallSort(str, Enum):
    """A field to sort Calls by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    LEAD = "lead"
    LEAD_DESC = "-lead"
    PHONE = "phone"
    PHONE_DESC = "-phone"
    CONVERSATION = "conversation"
    CONVERSATION_DESC = "-conversation"
    RECORDING = "recording"
    RECORDING_DESC = "-recording"
    TRANSCRIPT = "transcript"
    TRANSCRIPT_DESC = "-transcript"
    NOTES = "notes"
    NOTES_DESC = "-notes"
    RATING = "rating"
    RATING_DESC = "-rating"
    RATING_NOTE = "ratingNote"
    RATING_NOTE_DESC = "-ratingNote"
    FOLLOW_UP_EMAIL = "followUpEmail"
    FOLLOW_UP_EMAIL_DESC = "-followUpEmail"
    NEXT_STEPS = "nextSteps"
    NEXT_STEPS_DESC = "-nextSteps"
    CONVERSATION_URL = "conversationUrl"
    CONVERSATION_URL_DESC = "-conversationUrl"
    DEVELOPMENT_CALL = "developmentCall"
    DEVELOPMENT_CALL_DESC = "-developmentCall"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
