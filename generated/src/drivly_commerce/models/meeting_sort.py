"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["MeetingSort"]


class MeetingSort(str, Enum):
    """A field to sort Meetings by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    LEAD = "lead"
    LEAD_DESC = "-lead"
    EMAIL = "email"
    EMAIL_DESC = "-email"
    PHONE = "phone"
    PHONE_DESC = "-phone"
    MEETING_TIME = "meetingTime"
    MEETING_TIME_DESC = "-meetingTime"
    COMMENTS = "comments"
    COMMENTS_DESC = "-comments"
    CREATED_BY = "createdBy"
    CREATED_BY_DESC = "-createdBy"
    LAST_MODIFIED_BY = "lastModifiedBy"
    LAST_MODIFIED_BY_DESC = "-lastModifiedBy"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
