"""CRM leads: people looking for a vehicle, with their contact details, what they want (budget, body style, features, timing), where they stand, and their events, searches, messages, calls and meetings."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import Any, Unpack

from .._base import (
    NOT_GIVEN,
    AsyncAPIResource,
    AsyncPage,
    Endpoint,
    NotGiven,
    PageSpec,
    Param,
    Reply,
    RequestOptions,
    SyncAPIResource,
    SyncPage,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from ..models.count import Count
from ..models.customer import (
    Call,
    CrmVehicle,
    Customer,
    Lead,
    LeadEvent,
    Meeting,
    Message,
    PreApproval,
    SalesRep,
    Search,
    Trade,
    VdpEmail,
)
from ..models.id import Id
from ..models.lead_body_style import LeadBodyStyle
from ..models.lead_bulk_response import LeadBulkResponse
from ..models.lead_car_style import LeadCarStyle
from ..models.lead_comfort import LeadComfort
from ..models.lead_delete_response import LeadDeleteResponse
from ..models.lead_doc_response import LeadDocResponse
from ..models.lead_drivetrain import LeadDrivetrain
from ..models.lead_entertainment import LeadEntertainment
from ..models.lead_exterior import LeadExterior
from ..models.lead_fuel_type import LeadFuelType
from ..models.lead_interior import LeadInterior
from ..models.lead_page import LeadPage
from ..models.lead_process_statuses import LeadProcessStatuses
from ..models.lead_reason import LeadReason
from ..models.lead_safety import LeadSafety
from ..models.lead_sort import LeadSort
from ..models.lead_suv_style import LeadSuvStyle
from ..models.lead_time_to_purchase import LeadTimeToPurchase
from ..models.lead_transmission import LeadTransmission
from ..models.lead_truck_style import LeadTruckStyle
from ..models.lead_utility import LeadUtility
from ..models.lead_van_style import LeadVanStyle
from ..models.lead_where import LeadWhere
from ..models.populate import Populate
from ..models.select import Select

__all__ = ["AsyncCrmLeads", "CrmLeads"]

_LIST: Endpoint[LeadPage] = Endpoint(
    "GET",
    "/leads",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("limit", "limit", "query", "form", True),
        Param("page", "page", "query", "form", True),
        Param("sort", "sort", "query", "form", False),
        Param("pagination", "pagination", "query", "form", True),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("200", "json", LeadPage),),
    pagination=PageSpec("docs", "page", "has_next_page", "next_page"),
)
_CREATE: Endpoint[LeadDocResponse] = Endpoint(
    "POST",
    "/leads",
    params=(
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("201", "json", LeadDocResponse),),
    body_kind="json",
    content_type="application/json",
)
_DELETE_MANY: Endpoint[LeadBulkResponse] = Endpoint(
    "DELETE",
    "/leads",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", LeadBulkResponse),),
)
_UPDATE_MANY: Endpoint[LeadBulkResponse] = Endpoint(
    "PATCH",
    "/leads",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", LeadBulkResponse),),
    body_kind="json",
    content_type="application/json",
)
_COUNT: Endpoint[Count] = Endpoint(
    "GET",
    "/leads/count",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", Count),),
)
_RETRIEVE: Endpoint[Lead] = Endpoint(
    "GET",
    "/leads/{id}",
    params=(
        Param("id", "id", "path", "simple", False),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("200", "json", Lead),),
)
_DELETE: Endpoint[LeadDeleteResponse] = Endpoint(
    "DELETE",
    "/leads/{id}",
    params=(
        Param("id", "id", "path", "simple", False),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", LeadDeleteResponse),),
)
_UPDATE: Endpoint[LeadDocResponse] = Endpoint(
    "PATCH",
    "/leads/{id}",
    params=(
        Param("id", "id", "path", "simple", False),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("200", "json", LeadDocResponse),),
    body_kind="json",
    content_type="application/json",
)


class CrmLeads(SyncAPIResource):
    """CRM leads: people looking for a vehicle, with their contact details, what they want (budget, body style, features, timing), where they stand, and their events, searches, messages, calls and meetings."""

    @cached_property
    def with_raw_response(self) -> CrmLeadsWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return CrmLeadsWithRawResponse(self)

    def list(
        self,
        *,
        where: LeadWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: LeadSort | str | builtins.list[LeadSort | str] | NotGiven = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Lead]:
        """Lists Leads, a page at a time

        Finds the Leads matching `where`, sorted by `sort`, one page of `limit` documents at a time. Payload's collection `find` route (GET /api/{collection-slug}, https://payloadcms.com/docs/rest-api/overview); the page shape is Payload's paginated result (https://payloadcms.com/docs/queries/pagination, packages/payload/src/collections/endpoints/find.ts and operations/find.ts).

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g. `where[updatedAt][greater_than]=2024-01-01` or `where[or][0][id][equals]=1` (https://payloadcms.com/docs/queries/overview). Omitted, every document matches.
            limit: Documents per page; Payload's default is 10, and 0 turns pagination off (`limit ?? (usePagination ? 10 : 0)` in packages/payload/src/collections/operations/find.ts).
            page: Page number to return, from 1 (Payload's default).
            sort: Field to sort by, ascending, or descending with `-` (`-createdAt`); several fields go as a list, sent comma-separated as Payload 3 splits them (https://payloadcms.com/docs/queries/sort, utilities/sanitizeSortParams.ts).
            pagination: `false` returns every matching document on one page (Payload 3 reads `pagination === 'false'`, packages/payload/src/collections/endpoints/find.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
        """

        return self._client.request_page(
            _LIST,
            {
                "where": where,
                "limit": limit,
                "page": page,
                "sort": sort,
                "pagination": pagination,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            **options,
        )

    def create(
        self,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        process_statuses: LeadProcessStatuses | str | None | NotGiven = NOT_GIVEN,
        reason: LeadReason | str | None | NotGiven = NOT_GIVEN,
        latest_event: Id | LeadEvent | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        notes: str | None | NotGiven = NOT_GIVEN,
        status_tracker: str | None | NotGiven = NOT_GIVEN,
        searches: (
            builtins.list[Id | Search | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        attachments: str | None | NotGiven = NOT_GIVEN,
        first_name: str | None | NotGiven = NOT_GIVEN,
        last_name: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        call: str | None | NotGiven = NOT_GIVEN,
        zipcode: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        login_email: str | None | NotGiven = NOT_GIVEN,
        purchase_option: str | None | NotGiven = NOT_GIVEN,
        time_to_purchase: (
            builtins.list[LeadTimeToPurchase | str] | None | NotGiven
        ) = NOT_GIVEN,
        monthly_payment: float | None | NotGiven = NOT_GIVEN,
        budget_lower: str | None | NotGiven = NOT_GIVEN,
        budget_upper: str | None | NotGiven = NOT_GIVEN,
        mileage_lower: float | None | NotGiven = NOT_GIVEN,
        mileage_upper: float | None | NotGiven = NOT_GIVEN,
        cash_down: float | None | NotGiven = NOT_GIVEN,
        new_or_used: str | None | NotGiven = NOT_GIVEN,
        body_style: builtins.list[LeadBodyStyle | str] | None | NotGiven = NOT_GIVEN,
        car_style: builtins.list[LeadCarStyle | str] | None | NotGiven = NOT_GIVEN,
        truck_style: builtins.list[LeadTruckStyle | str] | None | NotGiven = NOT_GIVEN,
        suv_style: builtins.list[LeadSuvStyle | str] | None | NotGiven = NOT_GIVEN,
        van_style: builtins.list[LeadVanStyle | str] | None | NotGiven = NOT_GIVEN,
        year_lower: float | None | NotGiven = NOT_GIVEN,
        year_upper: float | None | NotGiven = NOT_GIVEN,
        year: float | None | NotGiven = NOT_GIVEN,
        make: str | None | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        exterior: builtins.list[LeadExterior | str] | None | NotGiven = NOT_GIVEN,
        interior: builtins.list[LeadInterior | str] | None | NotGiven = NOT_GIVEN,
        fuel_type: builtins.list[LeadFuelType | str] | None | NotGiven = NOT_GIVEN,
        drivetrain: builtins.list[LeadDrivetrain | str] | None | NotGiven = NOT_GIVEN,
        transmission: (
            builtins.list[LeadTransmission | str] | None | NotGiven
        ) = NOT_GIVEN,
        comfort: builtins.list[LeadComfort | str] | None | NotGiven = NOT_GIVEN,
        safety: builtins.list[LeadSafety | str] | None | NotGiven = NOT_GIVEN,
        entertainment: (
            builtins.list[LeadEntertainment | str] | None | NotGiven
        ) = NOT_GIVEN,
        utility: builtins.list[LeadUtility | str] | None | NotGiven = NOT_GIVEN,
        subscribe: bool | None | NotGiven = NOT_GIVEN,
        agree: bool | None | NotGiven = NOT_GIVEN,
        customer: str | None | NotGiven = NOT_GIVEN,
        message_notifications: bool | None | NotGiven = NOT_GIVEN,
        email_notifications: bool | None | NotGiven = NOT_GIVEN,
        email_alerts: bool | None | NotGiven = NOT_GIVEN,
        email_offers: bool | None | NotGiven = NOT_GIVEN,
        lead_events: (
            builtins.list[Id | LeadEvent | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        cf_zipcode: str | None | NotGiven = NOT_GIVEN,
        cf_state: str | None | NotGiven = NOT_GIVEN,
        cf_city: str | None | NotGiven = NOT_GIVEN,
        completed_date: str | None | NotGiven = NOT_GIVEN,
        local_time: str | None | NotGiven = NOT_GIVEN,
        trade: builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        messages: (
            builtins.list[Id | Message | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        credit_score: str | None | NotGiven = NOT_GIVEN,
        contact_score: str | None | NotGiven = NOT_GIVEN,
        contact_belongs_to: str | None | NotGiven = NOT_GIVEN,
        contact_type: str | None | NotGiven = NOT_GIVEN,
        contact_valid: bool | None | NotGiven = NOT_GIVEN,
        testing_customer: bool | None | NotGiven = NOT_GIVEN,
        estimated_age_range: str | None | NotGiven = NOT_GIVEN,
        estimated_address: str | None | NotGiven = NOT_GIVEN,
        estimated_zipcode: str | None | NotGiven = NOT_GIVEN,
        meetings: (
            builtins.list[Id | Meeting | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        make_and_model: str | None | NotGiven = NOT_GIVEN,
        conversation: str | None | NotGiven = NOT_GIVEN,
        city: str | None | NotGiven = NOT_GIVEN,
        state: str | None | NotGiven = NOT_GIVEN,
        pre_approval_id: str | None | NotGiven = NOT_GIVEN,
        vdp_emails: (
            builtins.list[Id | VdpEmail | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        favorites: (
            builtins.list[Id | CrmVehicle | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        calls: builtins.list[Id | Call | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        sales_rep: Id | SalesRep | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        pre_approvals: (
            builtins.list[Id | PreApproval | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        anonymous_id: str | None | NotGiven = NOT_GIVEN,
        manual: bool | None | NotGiven = NOT_GIVEN,
        trim: str | None | NotGiven = NOT_GIVEN,
        one_owner: bool | None | NotGiven = NOT_GIVEN,
        customers: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LeadDocResponse:
        """Creates a Lead

        Creates a Lead from the fields in the body and returns it with Payload's confirmation message, status 201 (packages/payload/src/collections/endpoints/create.ts; message `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            process_statuses: processStatuses
            reason: reason
            latest_event: A Lead Event related, as an id at depth 0 or the document at depth 1 or more.
            notes: notes
            status_tracker: statusTracker
            searches: Searches related, as ids at depth 0 and documents at depth 1 or more.
            attachments: attachments
            first_name: firstName
            last_name: lastName
            phone: phone
            call: call
            zipcode: zipcode
            email: email
            login_email: loginEmail
            purchase_option: purchaseOption
            time_to_purchase: timeToPurchase
            monthly_payment: monthlyPayment
            budget_lower: budgetLower
            budget_upper: budgetUpper
            mileage_lower: mileageLower
            mileage_upper: mileageUpper
            cash_down: cashDown
            new_or_used: newOrUsed
            body_style: bodyStyle
            car_style: carStyle
            truck_style: truckStyle
            suv_style: suvStyle
            van_style: vanStyle
            year_lower: yearLower
            year_upper: yearUpper
            year: year
            make: make
            model: model
            exterior: exterior
            interior: interior
            fuel_type: fuelType
            drivetrain: drivetrain
            transmission: transmission
            comfort: comfort
            safety: safety
            entertainment: entertainment
            utility: utility
            subscribe: subscribe
            agree: agree
            customer: customer
            message_notifications: messageNotifications
            email_notifications: emailNotifications
            email_alerts: emailAlerts
            email_offers: emailOffers
            lead_events: Lead Events related, as ids at depth 0 and documents at depth 1 or more.
            cf_zipcode: cfZipcode
            cf_state: cfState
            cf_city: cfCity
            completed_date: completedDate
            local_time: localTime
            trade: Trades related, as ids at depth 0 and documents at depth 1 or more.
            messages: Messages related, as ids at depth 0 and documents at depth 1 or more.
            credit_score: creditScore
            contact_score: contactScore
            contact_belongs_to: contactBelongsTo
            contact_type: contactType
            contact_valid: contactValid
            testing_customer: testingCustomer
            estimated_age_range: estimatedAgeRange
            estimated_address: estimatedAddress
            estimated_zipcode: estimatedZipcode
            meetings: Meetings related, as ids at depth 0 and documents at depth 1 or more.
            make_and_model: makeAndModel
            conversation: conversation
            city: city
            state: state
            pre_approval_id: preApprovalId
            vdp_emails: VDP Emails related, as ids at depth 0 and documents at depth 1 or more.
            favorites: CRM Vehicles related, as ids at depth 0 and documents at depth 1 or more.
            calls: Calls related, as ids at depth 0 and documents at depth 1 or more.
            sales_rep: A Sales Rep related, as an id at depth 0 or the document at depth 1 or more.
            pre_approvals: Pre-Approvals related, as ids at depth 0 and documents at depth 1 or more.
            anonymous_id: anonymousId
            manual: manual
            trim: trim
            one_owner: oneOwner
            customers: A Customer related, as an id at depth 0 or the document at depth 1 or more.
        """

        return self._client.request(
            _CREATE,
            {
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            body={
                "processStatuses": process_statuses,
                "reason": reason,
                "latestEvent": latest_event,
                "notes": notes,
                "statusTracker": status_tracker,
                "searches": searches,
                "attachments": attachments,
                "firstName": first_name,
                "lastName": last_name,
                "phone": phone,
                "call": call,
                "zipcode": zipcode,
                "email": email,
                "loginEmail": login_email,
                "purchaseOption": purchase_option,
                "timeToPurchase": time_to_purchase,
                "monthlyPayment": monthly_payment,
                "budgetLower": budget_lower,
                "budgetUpper": budget_upper,
                "mileageLower": mileage_lower,
                "mileageUpper": mileage_upper,
                "cashDown": cash_down,
                "newOrUsed": new_or_used,
                "bodyStyle": body_style,
                "carStyle": car_style,
                "truckStyle": truck_style,
                "suvStyle": suv_style,
                "vanStyle": van_style,
                "yearLower": year_lower,
                "yearUpper": year_upper,
                "year": year,
                "make": make,
                "model": model,
                "exterior": exterior,
                "interior": interior,
                "fuelType": fuel_type,
                "drivetrain": drivetrain,
                "transmission": transmission,
                "comfort": comfort,
                "safety": safety,
                "entertainment": entertainment,
                "utility": utility,
                "subscribe": subscribe,
                "agree": agree,
                "customer": customer,
                "messageNotifications": message_notifications,
                "emailNotifications": email_notifications,
                "emailAlerts": email_alerts,
                "emailOffers": email_offers,
                "leadEvents": lead_events,
                "cfZipcode": cf_zipcode,
                "cfState": cf_state,
                "cfCity": cf_city,
                "completedDate": completed_date,
                "localTime": local_time,
                "trade": trade,
                "messages": messages,
                "creditScore": credit_score,
                "contactScore": contact_score,
                "contactBelongsTo": contact_belongs_to,
                "contactType": contact_type,
                "contactValid": contact_valid,
                "testingCustomer": testing_customer,
                "estimatedAgeRange": estimated_age_range,
                "estimatedAddress": estimated_address,
                "estimatedZipcode": estimated_zipcode,
                "meetings": meetings,
                "makeAndModel": make_and_model,
                "conversation": conversation,
                "city": city,
                "state": state,
                "preApprovalId": pre_approval_id,
                "vdpEmails": vdp_emails,
                "favorites": favorites,
                "calls": calls,
                "salesRep": sales_rep,
                "preApprovals": pre_approvals,
                "anonymousId": anonymous_id,
                "manual": manual,
                "trim": trim,
                "oneOwner": one_owner,
                "customers": customers,
            },
            **options,
        ).parse()

    def delete_many(
        self,
        *,
        where: LeadWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LeadBulkResponse:
        """Deletes every Lead matching a query

        Deletes every Lead matching `where` (required: Payload deletes nothing without it) and returns the deleted documents and the per-document failures (packages/payload/src/collections/endpoints/delete.ts). Status 200 when every document was deleted, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket syntax (see the `where` of `list`). Payload's bulk routes require it (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """

        return self._client.request(
            _DELETE_MANY,
            {
                "where": where,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
            },
            **options,
        ).parse()

    def update_many(
        self,
        *,
        where: LeadWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        process_statuses: LeadProcessStatuses | str | None | NotGiven = NOT_GIVEN,
        reason: LeadReason | str | None | NotGiven = NOT_GIVEN,
        latest_event: Id | LeadEvent | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        notes: str | None | NotGiven = NOT_GIVEN,
        status_tracker: str | None | NotGiven = NOT_GIVEN,
        searches: (
            builtins.list[Id | Search | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        attachments: str | None | NotGiven = NOT_GIVEN,
        first_name: str | None | NotGiven = NOT_GIVEN,
        last_name: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        call: str | None | NotGiven = NOT_GIVEN,
        zipcode: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        login_email: str | None | NotGiven = NOT_GIVEN,
        purchase_option: str | None | NotGiven = NOT_GIVEN,
        time_to_purchase: (
            builtins.list[LeadTimeToPurchase | str] | None | NotGiven
        ) = NOT_GIVEN,
        monthly_payment: float | None | NotGiven = NOT_GIVEN,
        budget_lower: str | None | NotGiven = NOT_GIVEN,
        budget_upper: str | None | NotGiven = NOT_GIVEN,
        mileage_lower: float | None | NotGiven = NOT_GIVEN,
        mileage_upper: float | None | NotGiven = NOT_GIVEN,
        cash_down: float | None | NotGiven = NOT_GIVEN,
        new_or_used: str | None | NotGiven = NOT_GIVEN,
        body_style: builtins.list[LeadBodyStyle | str] | None | NotGiven = NOT_GIVEN,
        car_style: builtins.list[LeadCarStyle | str] | None | NotGiven = NOT_GIVEN,
        truck_style: builtins.list[LeadTruckStyle | str] | None | NotGiven = NOT_GIVEN,
        suv_style: builtins.list[LeadSuvStyle | str] | None | NotGiven = NOT_GIVEN,
        van_style: builtins.list[LeadVanStyle | str] | None | NotGiven = NOT_GIVEN,
        year_lower: float | None | NotGiven = NOT_GIVEN,
        year_upper: float | None | NotGiven = NOT_GIVEN,
        year: float | None | NotGiven = NOT_GIVEN,
        make: str | None | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        exterior: builtins.list[LeadExterior | str] | None | NotGiven = NOT_GIVEN,
        interior: builtins.list[LeadInterior | str] | None | NotGiven = NOT_GIVEN,
        fuel_type: builtins.list[LeadFuelType | str] | None | NotGiven = NOT_GIVEN,
        drivetrain: builtins.list[LeadDrivetrain | str] | None | NotGiven = NOT_GIVEN,
        transmission: (
            builtins.list[LeadTransmission | str] | None | NotGiven
        ) = NOT_GIVEN,
        comfort: builtins.list[LeadComfort | str] | None | NotGiven = NOT_GIVEN,
        safety: builtins.list[LeadSafety | str] | None | NotGiven = NOT_GIVEN,
        entertainment: (
            builtins.list[LeadEntertainment | str] | None | NotGiven
        ) = NOT_GIVEN,
        utility: builtins.list[LeadUtility | str] | None | NotGiven = NOT_GIVEN,
        subscribe: bool | None | NotGiven = NOT_GIVEN,
        agree: bool | None | NotGiven = NOT_GIVEN,
        customer: str | None | NotGiven = NOT_GIVEN,
        message_notifications: bool | None | NotGiven = NOT_GIVEN,
        email_notifications: bool | None | NotGiven = NOT_GIVEN,
        email_alerts: bool | None | NotGiven = NOT_GIVEN,
        email_offers: bool | None | NotGiven = NOT_GIVEN,
        lead_events: (
            builtins.list[Id | LeadEvent | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        cf_zipcode: str | None | NotGiven = NOT_GIVEN,
        cf_state: str | None | NotGiven = NOT_GIVEN,
        cf_city: str | None | NotGiven = NOT_GIVEN,
        completed_date: str | None | NotGiven = NOT_GIVEN,
        local_time: str | None | NotGiven = NOT_GIVEN,
        trade: builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        messages: (
            builtins.list[Id | Message | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        credit_score: str | None | NotGiven = NOT_GIVEN,
        contact_score: str | None | NotGiven = NOT_GIVEN,
        contact_belongs_to: str | None | NotGiven = NOT_GIVEN,
        contact_type: str | None | NotGiven = NOT_GIVEN,
        contact_valid: bool | None | NotGiven = NOT_GIVEN,
        testing_customer: bool | None | NotGiven = NOT_GIVEN,
        estimated_age_range: str | None | NotGiven = NOT_GIVEN,
        estimated_address: str | None | NotGiven = NOT_GIVEN,
        estimated_zipcode: str | None | NotGiven = NOT_GIVEN,
        meetings: (
            builtins.list[Id | Meeting | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        make_and_model: str | None | NotGiven = NOT_GIVEN,
        conversation: str | None | NotGiven = NOT_GIVEN,
        city: str | None | NotGiven = NOT_GIVEN,
        state: str | None | NotGiven = NOT_GIVEN,
        pre_approval_id: str | None | NotGiven = NOT_GIVEN,
        vdp_emails: (
            builtins.list[Id | VdpEmail | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        favorites: (
            builtins.list[Id | CrmVehicle | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        calls: builtins.list[Id | Call | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        sales_rep: Id | SalesRep | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        pre_approvals: (
            builtins.list[Id | PreApproval | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        anonymous_id: str | None | NotGiven = NOT_GIVEN,
        manual: bool | None | NotGiven = NOT_GIVEN,
        trim: str | None | NotGiven = NOT_GIVEN,
        one_owner: bool | None | NotGiven = NOT_GIVEN,
        customers: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LeadBulkResponse:
        """Updates every Lead matching a query

        Applies the fields in the body to every Lead matching `where` (required: Payload updates nothing without it) and returns the updated documents and the per-document failures (packages/payload/src/collections/endpoints/update.ts). Status 200 when every document was updated, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket syntax (see the `where` of `list`). Payload's bulk routes require it (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            process_statuses: processStatuses
            reason: reason
            latest_event: A Lead Event related, as an id at depth 0 or the document at depth 1 or more.
            notes: notes
            status_tracker: statusTracker
            searches: Searches related, as ids at depth 0 and documents at depth 1 or more.
            attachments: attachments
            first_name: firstName
            last_name: lastName
            phone: phone
            call: call
            zipcode: zipcode
            email: email
            login_email: loginEmail
            purchase_option: purchaseOption
            time_to_purchase: timeToPurchase
            monthly_payment: monthlyPayment
            budget_lower: budgetLower
            budget_upper: budgetUpper
            mileage_lower: mileageLower
            mileage_upper: mileageUpper
            cash_down: cashDown
            new_or_used: newOrUsed
            body_style: bodyStyle
            car_style: carStyle
            truck_style: truckStyle
            suv_style: suvStyle
            van_style: vanStyle
            year_lower: yearLower
            year_upper: yearUpper
            year: year
            make: make
            model: model
            exterior: exterior
            interior: interior
            fuel_type: fuelType
            drivetrain: drivetrain
            transmission: transmission
            comfort: comfort
            safety: safety
            entertainment: entertainment
            utility: utility
            subscribe: subscribe
            agree: agree
            customer: customer
            message_notifications: messageNotifications
            email_notifications: emailNotifications
            email_alerts: emailAlerts
            email_offers: emailOffers
            lead_events: Lead Events related, as ids at depth 0 and documents at depth 1 or more.
            cf_zipcode: cfZipcode
            cf_state: cfState
            cf_city: cfCity
            completed_date: completedDate
            local_time: localTime
            trade: Trades related, as ids at depth 0 and documents at depth 1 or more.
            messages: Messages related, as ids at depth 0 and documents at depth 1 or more.
            credit_score: creditScore
            contact_score: contactScore
            contact_belongs_to: contactBelongsTo
            contact_type: contactType
            contact_valid: contactValid
            testing_customer: testingCustomer
            estimated_age_range: estimatedAgeRange
            estimated_address: estimatedAddress
            estimated_zipcode: estimatedZipcode
            meetings: Meetings related, as ids at depth 0 and documents at depth 1 or more.
            make_and_model: makeAndModel
            conversation: conversation
            city: city
            state: state
            pre_approval_id: preApprovalId
            vdp_emails: VDP Emails related, as ids at depth 0 and documents at depth 1 or more.
            favorites: CRM Vehicles related, as ids at depth 0 and documents at depth 1 or more.
            calls: Calls related, as ids at depth 0 and documents at depth 1 or more.
            sales_rep: A Sales Rep related, as an id at depth 0 or the document at depth 1 or more.
            pre_approvals: Pre-Approvals related, as ids at depth 0 and documents at depth 1 or more.
            anonymous_id: anonymousId
            manual: manual
            trim: trim
            one_owner: oneOwner
            customers: A Customer related, as an id at depth 0 or the document at depth 1 or more.
        """

        return self._client.request(
            _UPDATE_MANY,
            {
                "where": where,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
            },
            body={
                "processStatuses": process_statuses,
                "reason": reason,
                "latestEvent": latest_event,
                "notes": notes,
                "statusTracker": status_tracker,
                "searches": searches,
                "attachments": attachments,
                "firstName": first_name,
                "lastName": last_name,
                "phone": phone,
                "call": call,
                "zipcode": zipcode,
                "email": email,
                "loginEmail": login_email,
                "purchaseOption": purchase_option,
                "timeToPurchase": time_to_purchase,
                "monthlyPayment": monthly_payment,
                "budgetLower": budget_lower,
                "budgetUpper": budget_upper,
                "mileageLower": mileage_lower,
                "mileageUpper": mileage_upper,
                "cashDown": cash_down,
                "newOrUsed": new_or_used,
                "bodyStyle": body_style,
                "carStyle": car_style,
                "truckStyle": truck_style,
                "suvStyle": suv_style,
                "vanStyle": van_style,
                "yearLower": year_lower,
                "yearUpper": year_upper,
                "year": year,
                "make": make,
                "model": model,
                "exterior": exterior,
                "interior": interior,
                "fuelType": fuel_type,
                "drivetrain": drivetrain,
                "transmission": transmission,
                "comfort": comfort,
                "safety": safety,
                "entertainment": entertainment,
                "utility": utility,
                "subscribe": subscribe,
                "agree": agree,
                "customer": customer,
                "messageNotifications": message_notifications,
                "emailNotifications": email_notifications,
                "emailAlerts": email_alerts,
                "emailOffers": email_offers,
                "leadEvents": lead_events,
                "cfZipcode": cf_zipcode,
                "cfState": cf_state,
                "cfCity": cf_city,
                "completedDate": completed_date,
                "localTime": local_time,
                "trade": trade,
                "messages": messages,
                "creditScore": credit_score,
                "contactScore": contact_score,
                "contactBelongsTo": contact_belongs_to,
                "contactType": contact_type,
                "contactValid": contact_valid,
                "testingCustomer": testing_customer,
                "estimatedAgeRange": estimated_age_range,
                "estimatedAddress": estimated_address,
                "estimatedZipcode": estimated_zipcode,
                "meetings": meetings,
                "makeAndModel": make_and_model,
                "conversation": conversation,
                "city": city,
                "state": state,
                "preApprovalId": pre_approval_id,
                "vdpEmails": vdp_emails,
                "favorites": favorites,
                "calls": calls,
                "salesRep": sales_rep,
                "preApprovals": pre_approvals,
                "anonymousId": anonymous_id,
                "manual": manual,
                "trim": trim,
                "oneOwner": one_owner,
                "customers": customers,
            },
            **options,
        ).parse()

    def count(
        self,
        *,
        where: LeadWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Leads matching a query

        Counts the Leads matching `where`, all of them without it (packages/payload/src/collections/endpoints/count.ts, operations/count.ts). Declared before `/leads/{id}` so that routers matching in document order do not take `count` for an id.

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g. `where[updatedAt][greater_than]=2024-01-01` or `where[or][0][id][equals]=1` (https://payloadcms.com/docs/queries/overview). Omitted, every document matches.
            locale: retrieves document(s) in a specific locale
        """

        return self._client.request(
            _COUNT,
            {
                "where": where,
                "locale": locale,
            },
            **options,
        ).parse()

    def retrieve(
        self,
        id: Id,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Retrieves a Lead

        Finds the Lead with the given id and returns the bare document, without a wrapper (packages/payload/src/collections/endpoints/findByID.ts). Its relationships are populated to `depth` levels.

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
        """

        return self._client.request(
            _RETRIEVE,
            {
                "id": id,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            **options,
        ).parse()

    def delete(
        self,
        id: Id,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LeadDeleteResponse:
        """Deletes an existing Lead

        Deletes the Lead with the given id and returns the deleted document. The relationships of the returned document are populated to `depth` levels.

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """

        return self._client.request(
            _DELETE,
            {
                "id": id,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
            },
            **options,
        ).parse()

    def update(
        self,
        id: Id,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        process_statuses: LeadProcessStatuses | str | None | NotGiven = NOT_GIVEN,
        reason: LeadReason | str | None | NotGiven = NOT_GIVEN,
        latest_event: Id | LeadEvent | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        notes: str | None | NotGiven = NOT_GIVEN,
        status_tracker: str | None | NotGiven = NOT_GIVEN,
        searches: (
            builtins.list[Id | Search | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        attachments: str | None | NotGiven = NOT_GIVEN,
        first_name: str | None | NotGiven = NOT_GIVEN,
        last_name: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        call: str | None | NotGiven = NOT_GIVEN,
        zipcode: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        login_email: str | None | NotGiven = NOT_GIVEN,
        purchase_option: str | None | NotGiven = NOT_GIVEN,
        time_to_purchase: (
            builtins.list[LeadTimeToPurchase | str] | None | NotGiven
        ) = NOT_GIVEN,
        monthly_payment: float | None | NotGiven = NOT_GIVEN,
        budget_lower: str | None | NotGiven = NOT_GIVEN,
        budget_upper: str | None | NotGiven = NOT_GIVEN,
        mileage_lower: float | None | NotGiven = NOT_GIVEN,
        mileage_upper: float | None | NotGiven = NOT_GIVEN,
        cash_down: float | None | NotGiven = NOT_GIVEN,
        new_or_used: str | None | NotGiven = NOT_GIVEN,
        body_style: builtins.list[LeadBodyStyle | str] | None | NotGiven = NOT_GIVEN,
        car_style: builtins.list[LeadCarStyle | str] | None | NotGiven = NOT_GIVEN,
        truck_style: builtins.list[LeadTruckStyle | str] | None | NotGiven = NOT_GIVEN,
        suv_style: builtins.list[LeadSuvStyle | str] | None | NotGiven = NOT_GIVEN,
        van_style: builtins.list[LeadVanStyle | str] | None | NotGiven = NOT_GIVEN,
        year_lower: float | None | NotGiven = NOT_GIVEN,
        year_upper: float | None | NotGiven = NOT_GIVEN,
        year: float | None | NotGiven = NOT_GIVEN,
        make: str | None | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        exterior: builtins.list[LeadExterior | str] | None | NotGiven = NOT_GIVEN,
        interior: builtins.list[LeadInterior | str] | None | NotGiven = NOT_GIVEN,
        fuel_type: builtins.list[LeadFuelType | str] | None | NotGiven = NOT_GIVEN,
        drivetrain: builtins.list[LeadDrivetrain | str] | None | NotGiven = NOT_GIVEN,
        transmission: (
            builtins.list[LeadTransmission | str] | None | NotGiven
        ) = NOT_GIVEN,
        comfort: builtins.list[LeadComfort | str] | None | NotGiven = NOT_GIVEN,
        safety: builtins.list[LeadSafety | str] | None | NotGiven = NOT_GIVEN,
        entertainment: (
            builtins.list[LeadEntertainment | str] | None | NotGiven
        ) = NOT_GIVEN,
        utility: builtins.list[LeadUtility | str] | None | NotGiven = NOT_GIVEN,
        subscribe: bool | None | NotGiven = NOT_GIVEN,
        agree: bool | None | NotGiven = NOT_GIVEN,
        customer: str | None | NotGiven = NOT_GIVEN,
        message_notifications: bool | None | NotGiven = NOT_GIVEN,
        email_notifications: bool | None | NotGiven = NOT_GIVEN,
        email_alerts: bool | None | NotGiven = NOT_GIVEN,
        email_offers: bool | None | NotGiven = NOT_GIVEN,
        lead_events: (
            builtins.list[Id | LeadEvent | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        cf_zipcode: str | None | NotGiven = NOT_GIVEN,
        cf_state: str | None | NotGiven = NOT_GIVEN,
        cf_city: str | None | NotGiven = NOT_GIVEN,
        completed_date: str | None | NotGiven = NOT_GIVEN,
        local_time: str | None | NotGiven = NOT_GIVEN,
        trade: builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        messages: (
            builtins.list[Id | Message | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        credit_score: str | None | NotGiven = NOT_GIVEN,
        contact_score: str | None | NotGiven = NOT_GIVEN,
        contact_belongs_to: str | None | NotGiven = NOT_GIVEN,
        contact_type: str | None | NotGiven = NOT_GIVEN,
        contact_valid: bool | None | NotGiven = NOT_GIVEN,
        testing_customer: bool | None | NotGiven = NOT_GIVEN,
        estimated_age_range: str | None | NotGiven = NOT_GIVEN,
        estimated_address: str | None | NotGiven = NOT_GIVEN,
        estimated_zipcode: str | None | NotGiven = NOT_GIVEN,
        meetings: (
            builtins.list[Id | Meeting | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        make_and_model: str | None | NotGiven = NOT_GIVEN,
        conversation: str | None | NotGiven = NOT_GIVEN,
        city: str | None | NotGiven = NOT_GIVEN,
        state: str | None | NotGiven = NOT_GIVEN,
        pre_approval_id: str | None | NotGiven = NOT_GIVEN,
        vdp_emails: (
            builtins.list[Id | VdpEmail | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        favorites: (
            builtins.list[Id | CrmVehicle | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        calls: builtins.list[Id | Call | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        sales_rep: Id | SalesRep | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        pre_approvals: (
            builtins.list[Id | PreApproval | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        anonymous_id: str | None | NotGiven = NOT_GIVEN,
        manual: bool | None | NotGiven = NOT_GIVEN,
        trim: str | None | NotGiven = NOT_GIVEN,
        one_owner: bool | None | NotGiven = NOT_GIVEN,
        customers: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LeadDocResponse:
        """Updates a Lead

        Sets the fields in the body on the Lead with the given id; fields left out keep their values. Returns the updated document and Payload's message, \"Updated successfully.\" (packages/payload/src/collections/endpoints/updateByID.ts; with `draft=true` Payload sends its draft-saved message instead).

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            process_statuses: processStatuses
            reason: reason
            latest_event: A Lead Event related, as an id at depth 0 or the document at depth 1 or more.
            notes: notes
            status_tracker: statusTracker
            searches: Searches related, as ids at depth 0 and documents at depth 1 or more.
            attachments: attachments
            first_name: firstName
            last_name: lastName
            phone: phone
            call: call
            zipcode: zipcode
            email: email
            login_email: loginEmail
            purchase_option: purchaseOption
            time_to_purchase: timeToPurchase
            monthly_payment: monthlyPayment
            budget_lower: budgetLower
            budget_upper: budgetUpper
            mileage_lower: mileageLower
            mileage_upper: mileageUpper
            cash_down: cashDown
            new_or_used: newOrUsed
            body_style: bodyStyle
            car_style: carStyle
            truck_style: truckStyle
            suv_style: suvStyle
            van_style: vanStyle
            year_lower: yearLower
            year_upper: yearUpper
            year: year
            make: make
            model: model
            exterior: exterior
            interior: interior
            fuel_type: fuelType
            drivetrain: drivetrain
            transmission: transmission
            comfort: comfort
            safety: safety
            entertainment: entertainment
            utility: utility
            subscribe: subscribe
            agree: agree
            customer: customer
            message_notifications: messageNotifications
            email_notifications: emailNotifications
            email_alerts: emailAlerts
            email_offers: emailOffers
            lead_events: Lead Events related, as ids at depth 0 and documents at depth 1 or more.
            cf_zipcode: cfZipcode
            cf_state: cfState
            cf_city: cfCity
            completed_date: completedDate
            local_time: localTime
            trade: Trades related, as ids at depth 0 and documents at depth 1 or more.
            messages: Messages related, as ids at depth 0 and documents at depth 1 or more.
            credit_score: creditScore
            contact_score: contactScore
            contact_belongs_to: contactBelongsTo
            contact_type: contactType
            contact_valid: contactValid
            testing_customer: testingCustomer
            estimated_age_range: estimatedAgeRange
            estimated_address: estimatedAddress
            estimated_zipcode: estimatedZipcode
            meetings: Meetings related, as ids at depth 0 and documents at depth 1 or more.
            make_and_model: makeAndModel
            conversation: conversation
            city: city
            state: state
            pre_approval_id: preApprovalId
            vdp_emails: VDP Emails related, as ids at depth 0 and documents at depth 1 or more.
            favorites: CRM Vehicles related, as ids at depth 0 and documents at depth 1 or more.
            calls: Calls related, as ids at depth 0 and documents at depth 1 or more.
            sales_rep: A Sales Rep related, as an id at depth 0 or the document at depth 1 or more.
            pre_approvals: Pre-Approvals related, as ids at depth 0 and documents at depth 1 or more.
            anonymous_id: anonymousId
            manual: manual
            trim: trim
            one_owner: oneOwner
            customers: A Customer related, as an id at depth 0 or the document at depth 1 or more.
        """

        return self._client.request(
            _UPDATE,
            {
                "id": id,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            body={
                "processStatuses": process_statuses,
                "reason": reason,
                "latestEvent": latest_event,
                "notes": notes,
                "statusTracker": status_tracker,
                "searches": searches,
                "attachments": attachments,
                "firstName": first_name,
                "lastName": last_name,
                "phone": phone,
                "call": call,
                "zipcode": zipcode,
                "email": email,
                "loginEmail": login_email,
                "purchaseOption": purchase_option,
                "timeToPurchase": time_to_purchase,
                "monthlyPayment": monthly_payment,
                "budgetLower": budget_lower,
                "budgetUpper": budget_upper,
                "mileageLower": mileage_lower,
                "mileageUpper": mileage_upper,
                "cashDown": cash_down,
                "newOrUsed": new_or_used,
                "bodyStyle": body_style,
                "carStyle": car_style,
                "truckStyle": truck_style,
                "suvStyle": suv_style,
                "vanStyle": van_style,
                "yearLower": year_lower,
                "yearUpper": year_upper,
                "year": year,
                "make": make,
                "model": model,
                "exterior": exterior,
                "interior": interior,
                "fuelType": fuel_type,
                "drivetrain": drivetrain,
                "transmission": transmission,
                "comfort": comfort,
                "safety": safety,
                "entertainment": entertainment,
                "utility": utility,
                "subscribe": subscribe,
                "agree": agree,
                "customer": customer,
                "messageNotifications": message_notifications,
                "emailNotifications": email_notifications,
                "emailAlerts": email_alerts,
                "emailOffers": email_offers,
                "leadEvents": lead_events,
                "cfZipcode": cf_zipcode,
                "cfState": cf_state,
                "cfCity": cf_city,
                "completedDate": completed_date,
                "localTime": local_time,
                "trade": trade,
                "messages": messages,
                "creditScore": credit_score,
                "contactScore": contact_score,
                "contactBelongsTo": contact_belongs_to,
                "contactType": contact_type,
                "contactValid": contact_valid,
                "testingCustomer": testing_customer,
                "estimatedAgeRange": estimated_age_range,
                "estimatedAddress": estimated_address,
                "estimatedZipcode": estimated_zipcode,
                "meetings": meetings,
                "makeAndModel": make_and_model,
                "conversation": conversation,
                "city": city,
                "state": state,
                "preApprovalId": pre_approval_id,
                "vdpEmails": vdp_emails,
                "favorites": favorites,
                "calls": calls,
                "salesRep": sales_rep,
                "preApprovals": pre_approvals,
                "anonymousId": anonymous_id,
                "manual": manual,
                "trim": trim,
                "oneOwner": one_owner,
                "customers": customers,
            },
            **options,
        ).parse()


class CrmLeadsWithRawResponse:
    """Like CrmLeads, each method returning the APIResponse."""

    def __init__(self, resource: CrmLeads) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete_many = to_raw_response_wrapper(resource.delete_many)
        self.update_many = to_raw_response_wrapper(resource.update_many)
        self.count = to_raw_response_wrapper(resource.count)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncCrmLeads(AsyncAPIResource):
    """CRM leads: people looking for a vehicle, with their contact details, what they want (budget, body style, features, timing), where they stand, and their events, searches, messages, calls and meetings."""

    @cached_property
    def with_raw_response(self) -> AsyncCrmLeadsWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return AsyncCrmLeadsWithRawResponse(self)

    def list(
        self,
        *,
        where: LeadWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: LeadSort | str | builtins.list[LeadSort | str] | NotGiven = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Lead]:
        """Lists Leads, a page at a time

        Finds the Leads matching `where`, sorted by `sort`, one page of `limit` documents at a time. Payload's collection `find` route (GET /api/{collection-slug}, https://payloadcms.com/docs/rest-api/overview); the page shape is Payload's paginated result (https://payloadcms.com/docs/queries/pagination, packages/payload/src/collections/endpoints/find.ts and operations/find.ts).

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g. `where[updatedAt][greater_than]=2024-01-01` or `where[or][0][id][equals]=1` (https://payloadcms.com/docs/queries/overview). Omitted, every document matches.
            limit: Documents per page; Payload's default is 10, and 0 turns pagination off (`limit ?? (usePagination ? 10 : 0)` in packages/payload/src/collections/operations/find.ts).
            page: Page number to return, from 1 (Payload's default).
            sort: Field to sort by, ascending, or descending with `-` (`-createdAt`); several fields go as a list, sent comma-separated as Payload 3 splits them (https://payloadcms.com/docs/queries/sort, utilities/sanitizeSortParams.ts).
            pagination: `false` returns every matching document on one page (Payload 3 reads `pagination === 'false'`, packages/payload/src/collections/endpoints/find.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
        """

        return self._client.request_page(
            _LIST,
            {
                "where": where,
                "limit": limit,
                "page": page,
                "sort": sort,
                "pagination": pagination,
                "depth": depth,
                "select": select,
                "populate": populate,
                "locale": locale,
                "fallback_locale": fallback_locale,
                "draft": draft,
            },
            **options,
        )

    async def create(
        self,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        process_statuses: LeadProcessStatuses | str | None | NotGiven = NOT_GIVEN,
        reason: LeadReason | str | None | NotGiven = NOT_GIVEN,
        latest_event: Id | LeadEvent | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        notes: str | None | NotGiven = NOT_GIVEN,
        status_tracker: str | None | NotGiven = NOT_GIVEN,
        searches: (
            builtins.list[Id | Search | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        attachments: str | None | NotGiven = NOT_GIVEN,
        first_name: str | None | NotGiven = NOT_GIVEN,
        last_name: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        call: str | None | NotGiven = NOT_GIVEN,
        zipcode: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        login_email: str | None | NotGiven = NOT_GIVEN,
        purchase_option: str | None | NotGiven = NOT_GIVEN,
        time_to_purchase: (
            builtins.list[LeadTimeToPurchase | str] | None | NotGiven
        ) = NOT_GIVEN,
        monthly_payment: float | None | NotGiven = NOT_GIVEN,
        budget_lower: str | None | NotGiven = NOT_GIVEN,
        budget_upper: str | None | NotGiven = NOT_GIVEN,
        mileage_lower: float | None | NotGiven = NOT_GIVEN,
        mileage_upper: float | None | NotGiven = NOT_GIVEN,
        cash_down: float | None | NotGiven = NOT_GIVEN,
        new_or_used: str | None | NotGiven = NOT_GIVEN,
        body_style: builtins.list[LeadBodyStyle | str] | None | NotGiven = NOT_GIVEN,
        car_style: builtins.list[LeadCarStyle | str] | None | NotGiven = NOT_GIVEN,
        truck_style: builtins.list[LeadTruckStyle | str] | None | NotGiven = NOT_GIVEN,
        suv_style: builtins.list[LeadSuvStyle | str] | None | NotGiven = NOT_GIVEN,
        van_style: builtins.list[LeadVanStyle | str] | None | NotGiven = NOT_GIVEN,
        year_lower: float | None | NotGiven = NOT_GIVEN,
        year_upper: float | None | NotGiven = NOT_GIVEN,
        year: float | None | NotGiven = NOT_GIVEN,
        make: str | None | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        exterior: builtins.list[LeadExterior | str] | None | NotGiven = NOT_GIVEN,
        interior: builtins.list[LeadInterior | str] | None | NotGiven = NOT_GIVEN,
        fuel_type: builtins.list[LeadFuelType | str] | None | NotGiven = NOT_GIVEN,
        drivetrain: builtins.list[LeadDrivetrain | str] | None | NotGiven = NOT_GIVEN,
        transmission: (
            builtins.list[LeadTransmission | str] | None | NotGiven
        ) = NOT_GIVEN,
        comfort: builtins.list[LeadComfort | str] | None | NotGiven = NOT_GIVEN,
        safety: builtins.list[LeadSafety | str] | None | NotGiven = NOT_GIVEN,
        entertainment: (
            builtins.list[LeadEntertainment | str] | None | NotGiven
        ) = NOT_GIVEN,
        utility: builtins.list[LeadUtility | str] | None | NotGiven = NOT_GIVEN,
        subscribe: bool | None | NotGiven = NOT_GIVEN,
        agree: bool | None | NotGiven = NOT_GIVEN,
        customer: str | None | NotGiven = NOT_GIVEN,
        message_notifications: bool | None | NotGiven = NOT_GIVEN,
        email_notifications: bool | None | NotGiven = NOT_GIVEN,
        email_alerts: bool | None | NotGiven = NOT_GIVEN,
        email_offers: bool | None | NotGiven = NOT_GIVEN,
        lead_events: (
            builtins.list[Id | LeadEvent | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        cf_zipcode: str | None | NotGiven = NOT_GIVEN,
        cf_state: str | None | NotGiven = NOT_GIVEN,
        cf_city: str | None | NotGiven = NOT_GIVEN,
        completed_date: str | None | NotGiven = NOT_GIVEN,
        local_time: str | None | NotGiven = NOT_GIVEN,
        trade: builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        messages: (
            builtins.list[Id | Message | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        credit_score: str | None | NotGiven = NOT_GIVEN,
        contact_score: str | None | NotGiven = NOT_GIVEN,
        contact_belongs_to: str | None | NotGiven = NOT_GIVEN,
        contact_type: str | None | NotGiven = NOT_GIVEN,
        contact_valid: bool | None | NotGiven = NOT_GIVEN,
        testing_customer: bool | None | NotGiven = NOT_GIVEN,
        estimated_age_range: str | None | NotGiven = NOT_GIVEN,
        estimated_address: str | None | NotGiven = NOT_GIVEN,
        estimated_zipcode: str | None | NotGiven = NOT_GIVEN,
        meetings: (
            builtins.list[Id | Meeting | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        make_and_model: str | None | NotGiven = NOT_GIVEN,
        conversation: str | None | NotGiven = NOT_GIVEN,
        city: str | None | NotGiven = NOT_GIVEN,
        state: str | None | NotGiven = NOT_GIVEN,
        pre_approval_id: str | None | NotGiven = NOT_GIVEN,
        vdp_emails: (
            builtins.list[Id | VdpEmail | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        favorites: (
            builtins.list[Id | CrmVehicle | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        calls: builtins.list[Id | Call | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        sales_rep: Id | SalesRep | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        pre_approvals: (
            builtins.list[Id | PreApproval | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        anonymous_id: str | None | NotGiven = NOT_GIVEN,
        manual: bool | None | NotGiven = NOT_GIVEN,
        trim: str | None | NotGiven = NOT_GIVEN,
        one_owner: bool | None | NotGiven = NOT_GIVEN,
        customers: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LeadDocResponse:
        """Creates a Lead

        Creates a Lead from the fields in the body and returns it with Payload's confirmation message, status 201 (packages/payload/src/collections/endpoints/create.ts; message `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            process_statuses: processStatuses
            reason: reason
            latest_event: A Lead Event related, as an id at depth 0 or the document at depth 1 or more.
            notes: notes
            status_tracker: statusTracker
            searches: Searches related, as ids at depth 0 and documents at depth 1 or more.
            attachments: attachments
            first_name: firstName
            last_name: lastName
            phone: phone
            call: call
            zipcode: zipcode
            email: email
            login_email: loginEmail
            purchase_option: purchaseOption
            time_to_purchase: timeToPurchase
            monthly_payment: monthlyPayment
            budget_lower: budgetLower
            budget_upper: budgetUpper
            mileage_lower: mileageLower
            mileage_upper: mileageUpper
            cash_down: cashDown
            new_or_used: newOrUsed
            body_style: bodyStyle
            car_style: carStyle
            truck_style: truckStyle
            suv_style: suvStyle
            van_style: vanStyle
            year_lower: yearLower
            year_upper: yearUpper
            year: year
            make: make
            model: model
            exterior: exterior
            interior: interior
            fuel_type: fuelType
            drivetrain: drivetrain
            transmission: transmission
            comfort: comfort
            safety: safety
            entertainment: entertainment
            utility: utility
            subscribe: subscribe
            agree: agree
            customer: customer
            message_notifications: messageNotifications
            email_notifications: emailNotifications
            email_alerts: emailAlerts
            email_offers: emailOffers
            lead_events: Lead Events related, as ids at depth 0 and documents at depth 1 or more.
            cf_zipcode: cfZipcode
            cf_state: cfState
            cf_city: cfCity
            completed_date: completedDate
            local_time: localTime
            trade: Trades related, as ids at depth 0 and documents at depth 1 or more.
            messages: Messages related, as ids at depth 0 and documents at depth 1 or more.
            credit_score: creditScore
            contact_score: contactScore
            contact_belongs_to: contactBelongsTo
            contact_type: contactType
            contact_valid: contactValid
            testing_customer: testingCustomer
            estimated_age_range: estimatedAgeRange
            estimated_address: estimatedAddress
            estimated_zipcode: estimatedZipcode
            meetings: Meetings related, as ids at depth 0 and documents at depth 1 or more.
            make_and_model: makeAndModel
            conversation: conversation
            city: city
            state: state
            pre_approval_id: preApprovalId
            vdp_emails: VDP Emails related, as ids at depth 0 and documents at depth 1 or more.
            favorites: CRM Vehicles related, as ids at depth 0 and documents at depth 1 or more.
            calls: Calls related, as ids at depth 0 and documents at depth 1 or more.
            sales_rep: A Sales Rep related, as an id at depth 0 or the document at depth 1 or more.
            pre_approvals: Pre-Approvals related, as ids at depth 0 and documents at depth 1 or more.
            anonymous_id: anonymousId
            manual: manual
            trim: trim
            one_owner: oneOwner
            customers: A Customer related, as an id at depth 0 or the document at depth 1 or more.
        """

        return (
            await self._client.request(
                _CREATE,
                {
                    "depth": depth,
                    "select": select,
                    "populate": populate,
                    "locale": locale,
                    "fallback_locale": fallback_locale,
                    "draft": draft,
                },
                body={
                    "processStatuses": process_statuses,
                    "reason": reason,
                    "latestEvent": latest_event,
                    "notes": notes,
                    "statusTracker": status_tracker,
                    "searches": searches,
                    "attachments": attachments,
                    "firstName": first_name,
                    "lastName": last_name,
                    "phone": phone,
                    "call": call,
                    "zipcode": zipcode,
                    "email": email,
                    "loginEmail": login_email,
                    "purchaseOption": purchase_option,
                    "timeToPurchase": time_to_purchase,
                    "monthlyPayment": monthly_payment,
                    "budgetLower": budget_lower,
                    "budgetUpper": budget_upper,
                    "mileageLower": mileage_lower,
                    "mileageUpper": mileage_upper,
                    "cashDown": cash_down,
                    "newOrUsed": new_or_used,
                    "bodyStyle": body_style,
                    "carStyle": car_style,
                    "truckStyle": truck_style,
                    "suvStyle": suv_style,
                    "vanStyle": van_style,
                    "yearLower": year_lower,
                    "yearUpper": year_upper,
                    "year": year,
                    "make": make,
                    "model": model,
                    "exterior": exterior,
                    "interior": interior,
                    "fuelType": fuel_type,
                    "drivetrain": drivetrain,
                    "transmission": transmission,
                    "comfort": comfort,
                    "safety": safety,
                    "entertainment": entertainment,
                    "utility": utility,
                    "subscribe": subscribe,
                    "agree": agree,
                    "customer": customer,
                    "messageNotifications": message_notifications,
                    "emailNotifications": email_notifications,
                    "emailAlerts": email_alerts,
                    "emailOffers": email_offers,
                    "leadEvents": lead_events,
                    "cfZipcode": cf_zipcode,
                    "cfState": cf_state,
                    "cfCity": cf_city,
                    "completedDate": completed_date,
                    "localTime": local_time,
                    "trade": trade,
                    "messages": messages,
                    "creditScore": credit_score,
                    "contactScore": contact_score,
                    "contactBelongsTo": contact_belongs_to,
                    "contactType": contact_type,
                    "contactValid": contact_valid,
                    "testingCustomer": testing_customer,
                    "estimatedAgeRange": estimated_age_range,
                    "estimatedAddress": estimated_address,
                    "estimatedZipcode": estimated_zipcode,
                    "meetings": meetings,
                    "makeAndModel": make_and_model,
                    "conversation": conversation,
                    "city": city,
                    "state": state,
                    "preApprovalId": pre_approval_id,
                    "vdpEmails": vdp_emails,
                    "favorites": favorites,
                    "calls": calls,
                    "salesRep": sales_rep,
                    "preApprovals": pre_approvals,
                    "anonymousId": anonymous_id,
                    "manual": manual,
                    "trim": trim,
                    "oneOwner": one_owner,
                    "customers": customers,
                },
                **options,
            )
        ).parse()

    async def delete_many(
        self,
        *,
        where: LeadWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LeadBulkResponse:
        """Deletes every Lead matching a query

        Deletes every Lead matching `where` (required: Payload deletes nothing without it) and returns the deleted documents and the per-document failures (packages/payload/src/collections/endpoints/delete.ts). Status 200 when every document was deleted, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket syntax (see the `where` of `list`). Payload's bulk routes require it (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """

        return (
            await self._client.request(
                _DELETE_MANY,
                {
                    "where": where,
                    "depth": depth,
                    "select": select,
                    "populate": populate,
                    "locale": locale,
                    "fallback_locale": fallback_locale,
                },
                **options,
            )
        ).parse()

    async def update_many(
        self,
        *,
        where: LeadWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        process_statuses: LeadProcessStatuses | str | None | NotGiven = NOT_GIVEN,
        reason: LeadReason | str | None | NotGiven = NOT_GIVEN,
        latest_event: Id | LeadEvent | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        notes: str | None | NotGiven = NOT_GIVEN,
        status_tracker: str | None | NotGiven = NOT_GIVEN,
        searches: (
            builtins.list[Id | Search | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        attachments: str | None | NotGiven = NOT_GIVEN,
        first_name: str | None | NotGiven = NOT_GIVEN,
        last_name: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        call: str | None | NotGiven = NOT_GIVEN,
        zipcode: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        login_email: str | None | NotGiven = NOT_GIVEN,
        purchase_option: str | None | NotGiven = NOT_GIVEN,
        time_to_purchase: (
            builtins.list[LeadTimeToPurchase | str] | None | NotGiven
        ) = NOT_GIVEN,
        monthly_payment: float | None | NotGiven = NOT_GIVEN,
        budget_lower: str | None | NotGiven = NOT_GIVEN,
        budget_upper: str | None | NotGiven = NOT_GIVEN,
        mileage_lower: float | None | NotGiven = NOT_GIVEN,
        mileage_upper: float | None | NotGiven = NOT_GIVEN,
        cash_down: float | None | NotGiven = NOT_GIVEN,
        new_or_used: str | None | NotGiven = NOT_GIVEN,
        body_style: builtins.list[LeadBodyStyle | str] | None | NotGiven = NOT_GIVEN,
        car_style: builtins.list[LeadCarStyle | str] | None | NotGiven = NOT_GIVEN,
        truck_style: builtins.list[LeadTruckStyle | str] | None | NotGiven = NOT_GIVEN,
        suv_style: builtins.list[LeadSuvStyle | str] | None | NotGiven = NOT_GIVEN,
        van_style: builtins.list[LeadVanStyle | str] | None | NotGiven = NOT_GIVEN,
        year_lower: float | None | NotGiven = NOT_GIVEN,
        year_upper: float | None | NotGiven = NOT_GIVEN,
        year: float | None | NotGiven = NOT_GIVEN,
        make: str | None | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        exterior: builtins.list[LeadExterior | str] | None | NotGiven = NOT_GIVEN,
        interior: builtins.list[LeadInterior | str] | None | NotGiven = NOT_GIVEN,
        fuel_type: builtins.list[LeadFuelType | str] | None | NotGiven = NOT_GIVEN,
        drivetrain: builtins.list[LeadDrivetrain | str] | None | NotGiven = NOT_GIVEN,
        transmission: (
            builtins.list[LeadTransmission | str] | None | NotGiven
        ) = NOT_GIVEN,
        comfort: builtins.list[LeadComfort | str] | None | NotGiven = NOT_GIVEN,
        safety: builtins.list[LeadSafety | str] | None | NotGiven = NOT_GIVEN,
        entertainment: (
            builtins.list[LeadEntertainment | str] | None | NotGiven
        ) = NOT_GIVEN,
        utility: builtins.list[LeadUtility | str] | None | NotGiven = NOT_GIVEN,
        subscribe: bool | None | NotGiven = NOT_GIVEN,
        agree: bool | None | NotGiven = NOT_GIVEN,
        customer: str | None | NotGiven = NOT_GIVEN,
        message_notifications: bool | None | NotGiven = NOT_GIVEN,
        email_notifications: bool | None | NotGiven = NOT_GIVEN,
        email_alerts: bool | None | NotGiven = NOT_GIVEN,
        email_offers: bool | None | NotGiven = NOT_GIVEN,
        lead_events: (
            builtins.list[Id | LeadEvent | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        cf_zipcode: str | None | NotGiven = NOT_GIVEN,
        cf_state: str | None | NotGiven = NOT_GIVEN,
        cf_city: str | None | NotGiven = NOT_GIVEN,
        completed_date: str | None | NotGiven = NOT_GIVEN,
        local_time: str | None | NotGiven = NOT_GIVEN,
        trade: builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        messages: (
            builtins.list[Id | Message | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        credit_score: str | None | NotGiven = NOT_GIVEN,
        contact_score: str | None | NotGiven = NOT_GIVEN,
        contact_belongs_to: str | None | NotGiven = NOT_GIVEN,
        contact_type: str | None | NotGiven = NOT_GIVEN,
        contact_valid: bool | None | NotGiven = NOT_GIVEN,
        testing_customer: bool | None | NotGiven = NOT_GIVEN,
        estimated_age_range: str | None | NotGiven = NOT_GIVEN,
        estimated_address: str | None | NotGiven = NOT_GIVEN,
        estimated_zipcode: str | None | NotGiven = NOT_GIVEN,
        meetings: (
            builtins.list[Id | Meeting | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        make_and_model: str | None | NotGiven = NOT_GIVEN,
        conversation: str | None | NotGiven = NOT_GIVEN,
        city: str | None | NotGiven = NOT_GIVEN,
        state: str | None | NotGiven = NOT_GIVEN,
        pre_approval_id: str | None | NotGiven = NOT_GIVEN,
        vdp_emails: (
            builtins.list[Id | VdpEmail | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        favorites: (
            builtins.list[Id | CrmVehicle | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        calls: builtins.list[Id | Call | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        sales_rep: Id | SalesRep | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        pre_approvals: (
            builtins.list[Id | PreApproval | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        anonymous_id: str | None | NotGiven = NOT_GIVEN,
        manual: bool | None | NotGiven = NOT_GIVEN,
        trim: str | None | NotGiven = NOT_GIVEN,
        one_owner: bool | None | NotGiven = NOT_GIVEN,
        customers: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LeadBulkResponse:
        """Updates every Lead matching a query

        Applies the fields in the body to every Lead matching `where` (required: Payload updates nothing without it) and returns the updated documents and the per-document failures (packages/payload/src/collections/endpoints/update.ts). Status 200 when every document was updated, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket syntax (see the `where` of `list`). Payload's bulk routes require it (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            process_statuses: processStatuses
            reason: reason
            latest_event: A Lead Event related, as an id at depth 0 or the document at depth 1 or more.
            notes: notes
            status_tracker: statusTracker
            searches: Searches related, as ids at depth 0 and documents at depth 1 or more.
            attachments: attachments
            first_name: firstName
            last_name: lastName
            phone: phone
            call: call
            zipcode: zipcode
            email: email
            login_email: loginEmail
            purchase_option: purchaseOption
            time_to_purchase: timeToPurchase
            monthly_payment: monthlyPayment
            budget_lower: budgetLower
            budget_upper: budgetUpper
            mileage_lower: mileageLower
            mileage_upper: mileageUpper
            cash_down: cashDown
            new_or_used: newOrUsed
            body_style: bodyStyle
            car_style: carStyle
            truck_style: truckStyle
            suv_style: suvStyle
            van_style: vanStyle
            year_lower: yearLower
            year_upper: yearUpper
            year: year
            make: make
            model: model
            exterior: exterior
            interior: interior
            fuel_type: fuelType
            drivetrain: drivetrain
            transmission: transmission
            comfort: comfort
            safety: safety
            entertainment: entertainment
            utility: utility
            subscribe: subscribe
            agree: agree
            customer: customer
            message_notifications: messageNotifications
            email_notifications: emailNotifications
            email_alerts: emailAlerts
            email_offers: emailOffers
            lead_events: Lead Events related, as ids at depth 0 and documents at depth 1 or more.
            cf_zipcode: cfZipcode
            cf_state: cfState
            cf_city: cfCity
            completed_date: completedDate
            local_time: localTime
            trade: Trades related, as ids at depth 0 and documents at depth 1 or more.
            messages: Messages related, as ids at depth 0 and documents at depth 1 or more.
            credit_score: creditScore
            contact_score: contactScore
            contact_belongs_to: contactBelongsTo
            contact_type: contactType
            contact_valid: contactValid
            testing_customer: testingCustomer
            estimated_age_range: estimatedAgeRange
            estimated_address: estimatedAddress
            estimated_zipcode: estimatedZipcode
            meetings: Meetings related, as ids at depth 0 and documents at depth 1 or more.
            make_and_model: makeAndModel
            conversation: conversation
            city: city
            state: state
            pre_approval_id: preApprovalId
            vdp_emails: VDP Emails related, as ids at depth 0 and documents at depth 1 or more.
            favorites: CRM Vehicles related, as ids at depth 0 and documents at depth 1 or more.
            calls: Calls related, as ids at depth 0 and documents at depth 1 or more.
            sales_rep: A Sales Rep related, as an id at depth 0 or the document at depth 1 or more.
            pre_approvals: Pre-Approvals related, as ids at depth 0 and documents at depth 1 or more.
            anonymous_id: anonymousId
            manual: manual
            trim: trim
            one_owner: oneOwner
            customers: A Customer related, as an id at depth 0 or the document at depth 1 or more.
        """

        return (
            await self._client.request(
                _UPDATE_MANY,
                {
                    "where": where,
                    "depth": depth,
                    "select": select,
                    "populate": populate,
                    "locale": locale,
                    "fallback_locale": fallback_locale,
                },
                body={
                    "processStatuses": process_statuses,
                    "reason": reason,
                    "latestEvent": latest_event,
                    "notes": notes,
                    "statusTracker": status_tracker,
                    "searches": searches,
                    "attachments": attachments,
                    "firstName": first_name,
                    "lastName": last_name,
                    "phone": phone,
                    "call": call,
                    "zipcode": zipcode,
                    "email": email,
                    "loginEmail": login_email,
                    "purchaseOption": purchase_option,
                    "timeToPurchase": time_to_purchase,
                    "monthlyPayment": monthly_payment,
                    "budgetLower": budget_lower,
                    "budgetUpper": budget_upper,
                    "mileageLower": mileage_lower,
                    "mileageUpper": mileage_upper,
                    "cashDown": cash_down,
                    "newOrUsed": new_or_used,
                    "bodyStyle": body_style,
                    "carStyle": car_style,
                    "truckStyle": truck_style,
                    "suvStyle": suv_style,
                    "vanStyle": van_style,
                    "yearLower": year_lower,
                    "yearUpper": year_upper,
                    "year": year,
                    "make": make,
                    "model": model,
                    "exterior": exterior,
                    "interior": interior,
                    "fuelType": fuel_type,
                    "drivetrain": drivetrain,
                    "transmission": transmission,
                    "comfort": comfort,
                    "safety": safety,
                    "entertainment": entertainment,
                    "utility": utility,
                    "subscribe": subscribe,
                    "agree": agree,
                    "customer": customer,
                    "messageNotifications": message_notifications,
                    "emailNotifications": email_notifications,
                    "emailAlerts": email_alerts,
                    "emailOffers": email_offers,
                    "leadEvents": lead_events,
                    "cfZipcode": cf_zipcode,
                    "cfState": cf_state,
                    "cfCity": cf_city,
                    "completedDate": completed_date,
                    "localTime": local_time,
                    "trade": trade,
                    "messages": messages,
                    "creditScore": credit_score,
                    "contactScore": contact_score,
                    "contactBelongsTo": contact_belongs_to,
                    "contactType": contact_type,
                    "contactValid": contact_valid,
                    "testingCustomer": testing_customer,
                    "estimatedAgeRange": estimated_age_range,
                    "estimatedAddress": estimated_address,
                    "estimatedZipcode": estimated_zipcode,
                    "meetings": meetings,
                    "makeAndModel": make_and_model,
                    "conversation": conversation,
                    "city": city,
                    "state": state,
                    "preApprovalId": pre_approval_id,
                    "vdpEmails": vdp_emails,
                    "favorites": favorites,
                    "calls": calls,
                    "salesRep": sales_rep,
                    "preApprovals": pre_approvals,
                    "anonymousId": anonymous_id,
                    "manual": manual,
                    "trim": trim,
                    "oneOwner": one_owner,
                    "customers": customers,
                },
                **options,
            )
        ).parse()

    async def count(
        self,
        *,
        where: LeadWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Leads matching a query

        Counts the Leads matching `where`, all of them without it (packages/payload/src/collections/endpoints/count.ts, operations/count.ts). Declared before `/leads/{id}` so that routers matching in document order do not take `count` for an id.

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g. `where[updatedAt][greater_than]=2024-01-01` or `where[or][0][id][equals]=1` (https://payloadcms.com/docs/queries/overview). Omitted, every document matches.
            locale: retrieves document(s) in a specific locale
        """

        return (
            await self._client.request(
                _COUNT,
                {
                    "where": where,
                    "locale": locale,
                },
                **options,
            )
        ).parse()

    async def retrieve(
        self,
        id: Id,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Lead:
        """Retrieves a Lead

        Finds the Lead with the given id and returns the bare document, without a wrapper (packages/payload/src/collections/endpoints/findByID.ts). Its relationships are populated to `depth` levels.

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
        """

        return (
            await self._client.request(
                _RETRIEVE,
                {
                    "id": id,
                    "depth": depth,
                    "select": select,
                    "populate": populate,
                    "locale": locale,
                    "fallback_locale": fallback_locale,
                    "draft": draft,
                },
                **options,
            )
        ).parse()

    async def delete(
        self,
        id: Id,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LeadDeleteResponse:
        """Deletes an existing Lead

        Deletes the Lead with the given id and returns the deleted document. The relationships of the returned document are populated to `depth` levels.

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
        """

        return (
            await self._client.request(
                _DELETE,
                {
                    "id": id,
                    "depth": depth,
                    "select": select,
                    "populate": populate,
                    "locale": locale,
                    "fallback_locale": fallback_locale,
                },
                **options,
            )
        ).parse()

    async def update(
        self,
        id: Id,
        *,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        process_statuses: LeadProcessStatuses | str | None | NotGiven = NOT_GIVEN,
        reason: LeadReason | str | None | NotGiven = NOT_GIVEN,
        latest_event: Id | LeadEvent | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        notes: str | None | NotGiven = NOT_GIVEN,
        status_tracker: str | None | NotGiven = NOT_GIVEN,
        searches: (
            builtins.list[Id | Search | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        attachments: str | None | NotGiven = NOT_GIVEN,
        first_name: str | None | NotGiven = NOT_GIVEN,
        last_name: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        call: str | None | NotGiven = NOT_GIVEN,
        zipcode: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        login_email: str | None | NotGiven = NOT_GIVEN,
        purchase_option: str | None | NotGiven = NOT_GIVEN,
        time_to_purchase: (
            builtins.list[LeadTimeToPurchase | str] | None | NotGiven
        ) = NOT_GIVEN,
        monthly_payment: float | None | NotGiven = NOT_GIVEN,
        budget_lower: str | None | NotGiven = NOT_GIVEN,
        budget_upper: str | None | NotGiven = NOT_GIVEN,
        mileage_lower: float | None | NotGiven = NOT_GIVEN,
        mileage_upper: float | None | NotGiven = NOT_GIVEN,
        cash_down: float | None | NotGiven = NOT_GIVEN,
        new_or_used: str | None | NotGiven = NOT_GIVEN,
        body_style: builtins.list[LeadBodyStyle | str] | None | NotGiven = NOT_GIVEN,
        car_style: builtins.list[LeadCarStyle | str] | None | NotGiven = NOT_GIVEN,
        truck_style: builtins.list[LeadTruckStyle | str] | None | NotGiven = NOT_GIVEN,
        suv_style: builtins.list[LeadSuvStyle | str] | None | NotGiven = NOT_GIVEN,
        van_style: builtins.list[LeadVanStyle | str] | None | NotGiven = NOT_GIVEN,
        year_lower: float | None | NotGiven = NOT_GIVEN,
        year_upper: float | None | NotGiven = NOT_GIVEN,
        year: float | None | NotGiven = NOT_GIVEN,
        make: str | None | NotGiven = NOT_GIVEN,
        model: str | None | NotGiven = NOT_GIVEN,
        exterior: builtins.list[LeadExterior | str] | None | NotGiven = NOT_GIVEN,
        interior: builtins.list[LeadInterior | str] | None | NotGiven = NOT_GIVEN,
        fuel_type: builtins.list[LeadFuelType | str] | None | NotGiven = NOT_GIVEN,
        drivetrain: builtins.list[LeadDrivetrain | str] | None | NotGiven = NOT_GIVEN,
        transmission: (
            builtins.list[LeadTransmission | str] | None | NotGiven
        ) = NOT_GIVEN,
        comfort: builtins.list[LeadComfort | str] | None | NotGiven = NOT_GIVEN,
        safety: builtins.list[LeadSafety | str] | None | NotGiven = NOT_GIVEN,
        entertainment: (
            builtins.list[LeadEntertainment | str] | None | NotGiven
        ) = NOT_GIVEN,
        utility: builtins.list[LeadUtility | str] | None | NotGiven = NOT_GIVEN,
        subscribe: bool | None | NotGiven = NOT_GIVEN,
        agree: bool | None | NotGiven = NOT_GIVEN,
        customer: str | None | NotGiven = NOT_GIVEN,
        message_notifications: bool | None | NotGiven = NOT_GIVEN,
        email_notifications: bool | None | NotGiven = NOT_GIVEN,
        email_alerts: bool | None | NotGiven = NOT_GIVEN,
        email_offers: bool | None | NotGiven = NOT_GIVEN,
        lead_events: (
            builtins.list[Id | LeadEvent | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        cf_zipcode: str | None | NotGiven = NOT_GIVEN,
        cf_state: str | None | NotGiven = NOT_GIVEN,
        cf_city: str | None | NotGiven = NOT_GIVEN,
        completed_date: str | None | NotGiven = NOT_GIVEN,
        local_time: str | None | NotGiven = NOT_GIVEN,
        trade: builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        messages: (
            builtins.list[Id | Message | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        credit_score: str | None | NotGiven = NOT_GIVEN,
        contact_score: str | None | NotGiven = NOT_GIVEN,
        contact_belongs_to: str | None | NotGiven = NOT_GIVEN,
        contact_type: str | None | NotGiven = NOT_GIVEN,
        contact_valid: bool | None | NotGiven = NOT_GIVEN,
        testing_customer: bool | None | NotGiven = NOT_GIVEN,
        estimated_age_range: str | None | NotGiven = NOT_GIVEN,
        estimated_address: str | None | NotGiven = NOT_GIVEN,
        estimated_zipcode: str | None | NotGiven = NOT_GIVEN,
        meetings: (
            builtins.list[Id | Meeting | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        make_and_model: str | None | NotGiven = NOT_GIVEN,
        conversation: str | None | NotGiven = NOT_GIVEN,
        city: str | None | NotGiven = NOT_GIVEN,
        state: str | None | NotGiven = NOT_GIVEN,
        pre_approval_id: str | None | NotGiven = NOT_GIVEN,
        vdp_emails: (
            builtins.list[Id | VdpEmail | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        favorites: (
            builtins.list[Id | CrmVehicle | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        calls: builtins.list[Id | Call | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        sales_rep: Id | SalesRep | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        pre_approvals: (
            builtins.list[Id | PreApproval | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        anonymous_id: str | None | NotGiven = NOT_GIVEN,
        manual: bool | None | NotGiven = NOT_GIVEN,
        trim: str | None | NotGiven = NOT_GIVEN,
        one_owner: bool | None | NotGiven = NOT_GIVEN,
        customers: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> LeadDocResponse:
        """Updates a Lead

        Sets the fields in the body on the Lead with the given id; fields left out keep their values. Returns the updated document and Payload's message, \"Updated successfully.\" (packages/payload/src/collections/endpoints/updateByID.ts; with `draft=true` Payload sends its draft-saved message instead).

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            process_statuses: processStatuses
            reason: reason
            latest_event: A Lead Event related, as an id at depth 0 or the document at depth 1 or more.
            notes: notes
            status_tracker: statusTracker
            searches: Searches related, as ids at depth 0 and documents at depth 1 or more.
            attachments: attachments
            first_name: firstName
            last_name: lastName
            phone: phone
            call: call
            zipcode: zipcode
            email: email
            login_email: loginEmail
            purchase_option: purchaseOption
            time_to_purchase: timeToPurchase
            monthly_payment: monthlyPayment
            budget_lower: budgetLower
            budget_upper: budgetUpper
            mileage_lower: mileageLower
            mileage_upper: mileageUpper
            cash_down: cashDown
            new_or_used: newOrUsed
            body_style: bodyStyle
            car_style: carStyle
            truck_style: truckStyle
            suv_style: suvStyle
            van_style: vanStyle
            year_lower: yearLower
            year_upper: yearUpper
            year: year
            make: make
            model: model
            exterior: exterior
            interior: interior
            fuel_type: fuelType
            drivetrain: drivetrain
            transmission: transmission
            comfort: comfort
            safety: safety
            entertainment: entertainment
            utility: utility
            subscribe: subscribe
            agree: agree
            customer: customer
            message_notifications: messageNotifications
            email_notifications: emailNotifications
            email_alerts: emailAlerts
            email_offers: emailOffers
            lead_events: Lead Events related, as ids at depth 0 and documents at depth 1 or more.
            cf_zipcode: cfZipcode
            cf_state: cfState
            cf_city: cfCity
            completed_date: completedDate
            local_time: localTime
            trade: Trades related, as ids at depth 0 and documents at depth 1 or more.
            messages: Messages related, as ids at depth 0 and documents at depth 1 or more.
            credit_score: creditScore
            contact_score: contactScore
            contact_belongs_to: contactBelongsTo
            contact_type: contactType
            contact_valid: contactValid
            testing_customer: testingCustomer
            estimated_age_range: estimatedAgeRange
            estimated_address: estimatedAddress
            estimated_zipcode: estimatedZipcode
            meetings: Meetings related, as ids at depth 0 and documents at depth 1 or more.
            make_and_model: makeAndModel
            conversation: conversation
            city: city
            state: state
            pre_approval_id: preApprovalId
            vdp_emails: VDP Emails related, as ids at depth 0 and documents at depth 1 or more.
            favorites: CRM Vehicles related, as ids at depth 0 and documents at depth 1 or more.
            calls: Calls related, as ids at depth 0 and documents at depth 1 or more.
            sales_rep: A Sales Rep related, as an id at depth 0 or the document at depth 1 or more.
            pre_approvals: Pre-Approvals related, as ids at depth 0 and documents at depth 1 or more.
            anonymous_id: anonymousId
            manual: manual
            trim: trim
            one_owner: oneOwner
            customers: A Customer related, as an id at depth 0 or the document at depth 1 or more.
        """

        return (
            await self._client.request(
                _UPDATE,
                {
                    "id": id,
                    "depth": depth,
                    "select": select,
                    "populate": populate,
                    "locale": locale,
                    "fallback_locale": fallback_locale,
                    "draft": draft,
                },
                body={
                    "processStatuses": process_statuses,
                    "reason": reason,
                    "latestEvent": latest_event,
                    "notes": notes,
                    "statusTracker": status_tracker,
                    "searches": searches,
                    "attachments": attachments,
                    "firstName": first_name,
                    "lastName": last_name,
                    "phone": phone,
                    "call": call,
                    "zipcode": zipcode,
                    "email": email,
                    "loginEmail": login_email,
                    "purchaseOption": purchase_option,
                    "timeToPurchase": time_to_purchase,
                    "monthlyPayment": monthly_payment,
                    "budgetLower": budget_lower,
                    "budgetUpper": budget_upper,
                    "mileageLower": mileage_lower,
                    "mileageUpper": mileage_upper,
                    "cashDown": cash_down,
                    "newOrUsed": new_or_used,
                    "bodyStyle": body_style,
                    "carStyle": car_style,
                    "truckStyle": truck_style,
                    "suvStyle": suv_style,
                    "vanStyle": van_style,
                    "yearLower": year_lower,
                    "yearUpper": year_upper,
                    "year": year,
                    "make": make,
                    "model": model,
                    "exterior": exterior,
                    "interior": interior,
                    "fuelType": fuel_type,
                    "drivetrain": drivetrain,
                    "transmission": transmission,
                    "comfort": comfort,
                    "safety": safety,
                    "entertainment": entertainment,
                    "utility": utility,
                    "subscribe": subscribe,
                    "agree": agree,
                    "customer": customer,
                    "messageNotifications": message_notifications,
                    "emailNotifications": email_notifications,
                    "emailAlerts": email_alerts,
                    "emailOffers": email_offers,
                    "leadEvents": lead_events,
                    "cfZipcode": cf_zipcode,
                    "cfState": cf_state,
                    "cfCity": cf_city,
                    "completedDate": completed_date,
                    "localTime": local_time,
                    "trade": trade,
                    "messages": messages,
                    "creditScore": credit_score,
                    "contactScore": contact_score,
                    "contactBelongsTo": contact_belongs_to,
                    "contactType": contact_type,
                    "contactValid": contact_valid,
                    "testingCustomer": testing_customer,
                    "estimatedAgeRange": estimated_age_range,
                    "estimatedAddress": estimated_address,
                    "estimatedZipcode": estimated_zipcode,
                    "meetings": meetings,
                    "makeAndModel": make_and_model,
                    "conversation": conversation,
                    "city": city,
                    "state": state,
                    "preApprovalId": pre_approval_id,
                    "vdpEmails": vdp_emails,
                    "favorites": favorites,
                    "calls": calls,
                    "salesRep": sales_rep,
                    "preApprovals": pre_approvals,
                    "anonymousId": anonymous_id,
                    "manual": manual,
                    "trim": trim,
                    "oneOwner": one_owner,
                    "customers": customers,
                },
                **options,
            )
        ).parse()


class AsyncCrmLeadsWithRawResponse:
    """Like AsyncCrmLeads, each method returning the APIResponse."""

    def __init__(self, resource: AsyncCrmLeads) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete_many = async_to_raw_response_wrapper(resource.delete_many)
        self.update_many = async_to_raw_response_wrapper(resource.update_many)
        self.count = async_to_raw_response_wrapper(resource.count)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
