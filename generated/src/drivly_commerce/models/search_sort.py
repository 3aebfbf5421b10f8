"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["SearchSort"]


class SearchSort(str, Enum):
    """A field to sort Searches by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    LEAD = "lead"
    LEAD_DESC = "-lead"
    STATUS = "status"
    STATUS_DESC = "-status"
    RETAIL_LISTING_URLS = "retailListingUrls"
    RETAIL_LISTING_URLS_DESC = "-retailListingUrls"
    YEAR = "year"
    YEAR_DESC = "-year"
    MAKE = "make"
    MAKE_DESC = "-make"
    MODEL = "model"
    MODEL_DESC = "-model"
    TRIM = "trim"
    TRIM_DESC = "-trim"
    MAX_PRICE = "maxPrice"
    MAX_PRICE_DESC = "-maxPrice"
    MAX_MILES = "maxMiles"
    MAX_MILES_DESC = "-maxMiles"
    MINIMUM_GRADE = "minimumGrade"
    MINIMUM_GRADE_DESC = "-minimumGrade"
    PROPOSED_VEHICLES = "proposedVehicles"
    PROPOSED_VEHICLES_DESC = "-proposedVehicles"
    LAST_MODIFIED_BY = "lastModifiedBy"
    LAST_MODIFIED_BY_DESC = "-lastModifiedBy"
    SEATS = "seats"
    SEATS_DESC = "-seats"
    UPDATE_REQUESTED = "updateRequested"
    UPDATE_REQUESTED_DESC = "-updateRequested"
    ONE_OWNER = "oneOwner"
    ONE_OWNER_DESC = "-oneOwner"
    PRIORITY = "priority"
    PRIORITY_DESC = "-priority"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
