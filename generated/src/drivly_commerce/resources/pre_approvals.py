"""Financing pre-approvals of customers, with the applicant's details, the credit band and the estimated rate and term."""

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
from ..models.customer import Customer, Lead, PreApproval
from ..models.id import Id
from ..models.populate import Populate
from ..models.pre_approval_bulk_response import PreApprovalBulkResponse
from ..models.pre_approval_delete_response import PreApprovalDeleteResponse
from ..models.pre_approval_doc_response import PreApprovalDocResponse
from ..models.pre_approval_page import PreApprovalPage
from ..models.pre_approval_segmentation_band import PreApprovalSegmentationBand
from ..models.pre_approval_sort import PreApprovalSort
from ..models.pre_approval_state import PreApprovalState
from ..models.pre_approval_status import PreApprovalStatus
from ..models.pre_approval_suffix import PreApprovalSuffix
from ..models.pre_approval_where import PreApprovalWhere
from ..models.select import Select

__all__ = ["AsyncPreApprovals", "PreApprovals"]

_LIST: Endpoint[PreApprovalPage] = Endpoint(
    "GET",
    "/preApprovals",
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
    replies=(Reply("200", "json", PreApprovalPage),),
    pagination=PageSpec("docs", "page", "has_next_page", "next_page"),
)
_CREATE: Endpoint[PreApprovalDocResponse] = Endpoint(
    "POST",
    "/preApprovals",
    params=(
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("201", "json", PreApprovalDocResponse),),
    body_kind="json",
    content_type="application/json",
)
_DELETE_MANY: Endpoint[PreApprovalBulkResponse] = Endpoint(
    "DELETE",
    "/preApprovals",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", PreApprovalBulkResponse),),
)
_UPDATE_MANY: Endpoint[PreApprovalBulkResponse] = Endpoint(
    "PATCH",
    "/preApprovals",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", PreApprovalBulkResponse),),
    body_kind="json",
    content_type="application/json",
)
_COUNT: Endpoint[Count] = Endpoint(
    "GET",
    "/preApprovals/count",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", Count),),
)
_RETRIEVE: Endpoint[PreApproval] = Endpoint(
    "GET",
    "/preApprovals/{id}",
    params=(
        Param("id", "id", "path", "simple", False),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("200", "json", PreApproval),),
)
_DELETE: Endpoint[PreApprovalDeleteResponse] = Endpoint(
    "DELETE",
    "/preApprovals/{id}",
    params=(
        Param("id", "id", "path", "simple", False),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", PreApprovalDeleteResponse),),
)
_UPDATE: Endpoint[PreApprovalDocResponse] = Endpoint(
    "PATCH",
    "/preApprovals/{id}",
    params=(
        Param("id", "id", "path", "simple", False),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("200", "json", PreApprovalDocResponse),),
    body_kind="json",
    content_type="application/json",
)


class PreApprovals(SyncAPIResource):
    """Financing pre-approvals of customers, with the applicant's details, the credit band and the estimated rate and term."""

    @cached_property
    def with_raw_response(self) -> PreApprovalsWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return PreApprovalsWithRawResponse(self)

    def list(
        self,
        *,
        where: PreApprovalWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: (
            PreApprovalSort | str | builtins.list[PreApprovalSort | str] | NotGiven
        ) = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[PreApproval]:
        """Lists Pre-Approvals, a page at a time

        Finds the Pre-Approvals matching `where`, sorted by `sort`, one page of `limit` documents at a time. Payload's collection `find` route (GET /api/{collection-slug}, https://payloadcms.com/docs/rest-api/overview); the page shape is Payload's paginated result (https://payloadcms.com/docs/queries/pagination, packages/payload/src/collections/endpoints/find.ts and operations/find.ts).

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
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        title: str | None | NotGiven = NOT_GIVEN,
        status: PreApprovalStatus | str | None | NotGiven = NOT_GIVEN,
        first_name: str | None | NotGiven = NOT_GIVEN,
        middle_initial: str | None | NotGiven = NOT_GIVEN,
        last_name: str | None | NotGiven = NOT_GIVEN,
        suffix: PreApprovalSuffix | str | None | NotGiven = NOT_GIVEN,
        address: str | None | NotGiven = NOT_GIVEN,
        city: str | None | NotGiven = NOT_GIVEN,
        state: PreApprovalState | str | None | NotGiven = NOT_GIVEN,
        zip: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        income: str | None | NotGiven = NOT_GIVEN,
        ip_address: str | None | NotGiven = NOT_GIVEN,
        user_agent: str | None | NotGiven = NOT_GIVEN,
        isp: str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        resend: str | None | NotGiven = NOT_GIVEN,
        app_id: float | None | NotGiven = NOT_GIVEN,
        segmentation_band: (
            PreApprovalSegmentationBand | str | None | NotGiven
        ) = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        score: str | None | NotGiven = NOT_GIVEN,
        status_body: str | None | NotGiven = NOT_GIVEN,
        create_date: str | None | NotGiven = NOT_GIVEN,
        dealer_name: str | None | NotGiven = NOT_GIVEN,
        email_body: str | None | NotGiven = NOT_GIVEN,
        app_mobile_no: str | None | NotGiven = NOT_GIVEN,
        is_full_file_report_avilable: bool | None | NotGiven = NOT_GIVEN,
        estimated_interest_rate: str | None | NotGiven = NOT_GIVEN,
        estimated_loan_term: str | None | NotGiven = NOT_GIVEN,
        lead: Id | Lead | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        user_name: str | None | NotGiven = NOT_GIVEN,
        product_id: float | None | NotGiven = NOT_GIVEN,
        quick_product_id: float | None | NotGiven = NOT_GIVEN,
        status_id: float | None | NotGiven = NOT_GIVEN,
        is_qq_pass: float | None | NotGiven = NOT_GIVEN,
        is_quick_qualify_xpress: bool | None | NotGiven = NOT_GIVEN,
        is_lead_form_report: bool | None | NotGiven = NOT_GIVEN,
        is_qr: bool | None | NotGiven = NOT_GIVEN,
        remove_operator: bool | None | NotGiven = NOT_GIVEN,
        is_q_scan: bool | None | NotGiven = NOT_GIVEN,
        quick_scan_status: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PreApprovalDocResponse:
        """Creates a Pre-Approval

        Creates a Pre-Approval from the fields in the body and returns it with Payload's confirmation message, status 201 (packages/payload/src/collections/endpoints/create.ts; message `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            title: title
            status: status
            first_name: firstName
            middle_initial: middleInitial
            last_name: lastName
            suffix: suffix
            address: address
            city: city
            state: state
            zip: zip
            phone: phone
            email: email
            income: income
            ip_address: ipAddress
            user_agent: userAgent
            isp: isp
            session_id: sessionId
            resend: resend
            app_id: AppId
            segmentation_band: segmentationBand
            name: Name
            score: Score
            status_body: Status
            create_date: CreateDate
            dealer_name: DealerName
            email_body: Email
            app_mobile_no: AppMobileNo
            is_full_file_report_avilable: IsFullFileReportAvilable
            estimated_interest_rate: estimatedInterestRate
            estimated_loan_term: estimatedLoanTerm
            lead: A Lead related, as an id at depth 0 or the document at depth 1 or more.
            user_name: UserName
            product_id: ProductId
            quick_product_id: QuickProductId
            status_id: StatusId
            is_qq_pass: IsQqPass
            is_quick_qualify_xpress: IsQuickQualifyXpress
            is_lead_form_report: IsLeadFormReport
            is_qr: IsQr
            remove_operator: RemoveOperator
            is_q_scan: IsQScan
            quick_scan_status: QuickScanStatus
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
                "customer": customer,
                "title": title,
                "status": status,
                "firstName": first_name,
                "middleInitial": middle_initial,
                "lastName": last_name,
                "suffix": suffix,
                "address": address,
                "city": city,
                "state": state,
                "zip": zip,
                "phone": phone,
                "email": email,
                "income": income,
                "ipAddress": ip_address,
                "userAgent": user_agent,
                "isp": isp,
                "sessionId": session_id,
                "resend": resend,
                "AppId": app_id,
                "segmentationBand": segmentation_band,
                "Name": name,
                "Score": score,
                "Status": status_body,
                "CreateDate": create_date,
                "DealerName": dealer_name,
                "Email": email_body,
                "AppMobileNo": app_mobile_no,
                "IsFullFileReportAvilable": is_full_file_report_avilable,
                "estimatedInterestRate": estimated_interest_rate,
                "estimatedLoanTerm": estimated_loan_term,
                "lead": lead,
                "UserName": user_name,
                "ProductId": product_id,
                "QuickProductId": quick_product_id,
                "StatusId": status_id,
                "IsQqPass": is_qq_pass,
                "IsQuickQualifyXpress": is_quick_qualify_xpress,
                "IsLeadFormReport": is_lead_form_report,
                "IsQr": is_qr,
                "RemoveOperator": remove_operator,
                "IsQScan": is_q_scan,
                "QuickScanStatus": quick_scan_status,
            },
            **options,
        ).parse()

    def delete_many(
        self,
        *,
        where: PreApprovalWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PreApprovalBulkResponse:
        """Deletes every Pre-Approval matching a query

        Deletes every Pre-Approval matching `where` (required: Payload deletes nothing without it) and returns the deleted documents and the per-document failures (packages/payload/src/collections/endpoints/delete.ts). Status 200 when every document was deleted, 400 with the same body shape when some were not.

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
        where: PreApprovalWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        title: str | None | NotGiven = NOT_GIVEN,
        status: PreApprovalStatus | str | None | NotGiven = NOT_GIVEN,
        first_name: str | None | NotGiven = NOT_GIVEN,
        middle_initial: str | None | NotGiven = NOT_GIVEN,
        last_name: str | None | NotGiven = NOT_GIVEN,
        suffix: PreApprovalSuffix | str | None | NotGiven = NOT_GIVEN,
        address: str | None | NotGiven = NOT_GIVEN,
        city: str | None | NotGiven = NOT_GIVEN,
        state: PreApprovalState | str | None | NotGiven = NOT_GIVEN,
        zip: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        income: str | None | NotGiven = NOT_GIVEN,
        ip_address: str | None | NotGiven = NOT_GIVEN,
        user_agent: str | None | NotGiven = NOT_GIVEN,
        isp: str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        resend: str | None | NotGiven = NOT_GIVEN,
        app_id: float | None | NotGiven = NOT_GIVEN,
        segmentation_band: (
            PreApprovalSegmentationBand | str | None | NotGiven
        ) = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        score: str | None | NotGiven = NOT_GIVEN,
        status_body: str | None | NotGiven = NOT_GIVEN,
        create_date: str | None | NotGiven = NOT_GIVEN,
        dealer_name: str | None | NotGiven = NOT_GIVEN,
        email_body: str | None | NotGiven = NOT_GIVEN,
        app_mobile_no: str | None | NotGiven = NOT_GIVEN,
        is_full_file_report_avilable: bool | None | NotGiven = NOT_GIVEN,
        estimated_interest_rate: str | None | NotGiven = NOT_GIVEN,
        estimated_loan_term: str | None | NotGiven = NOT_GIVEN,
        lead: Id | Lead | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        user_name: str | None | NotGiven = NOT_GIVEN,
        product_id: float | None | NotGiven = NOT_GIVEN,
        quick_product_id: float | None | NotGiven = NOT_GIVEN,
        status_id: float | None | NotGiven = NOT_GIVEN,
        is_qq_pass: float | None | NotGiven = NOT_GIVEN,
        is_quick_qualify_xpress: bool | None | NotGiven = NOT_GIVEN,
        is_lead_form_report: bool | None | NotGiven = NOT_GIVEN,
        is_qr: bool | None | NotGiven = NOT_GIVEN,
        remove_operator: bool | None | NotGiven = NOT_GIVEN,
        is_q_scan: bool | None | NotGiven = NOT_GIVEN,
        quick_scan_status: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PreApprovalBulkResponse:
        """Updates every Pre-Approval matching a query

        Applies the fields in the body to every Pre-Approval matching `where` (required: Payload updates nothing without it) and returns the updated documents and the per-document failures (packages/payload/src/collections/endpoints/update.ts). Status 200 when every document was updated, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket syntax (see the `where` of `list`). Payload's bulk routes require it (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            title: title
            status: status
            first_name: firstName
            middle_initial: middleInitial
            last_name: lastName
            suffix: suffix
            address: address
            city: city
            state: state
            zip: zip
            phone: phone
            email: email
            income: income
            ip_address: ipAddress
            user_agent: userAgent
            isp: isp
            session_id: sessionId
            resend: resend
            app_id: AppId
            segmentation_band: segmentationBand
            name: Name
            score: Score
            status_body: Status
            create_date: CreateDate
            dealer_name: DealerName
            email_body: Email
            app_mobile_no: AppMobileNo
            is_full_file_report_avilable: IsFullFileReportAvilable
            estimated_interest_rate: estimatedInterestRate
            estimated_loan_term: estimatedLoanTerm
            lead: A Lead related, as an id at depth 0 or the document at depth 1 or more.
            user_name: UserName
            product_id: ProductId
            quick_product_id: QuickProductId
            status_id: StatusId
            is_qq_pass: IsQqPass
            is_quick_qualify_xpress: IsQuickQualifyXpress
            is_lead_form_report: IsLeadFormReport
            is_qr: IsQr
            remove_operator: RemoveOperator
            is_q_scan: IsQScan
            quick_scan_status: QuickScanStatus
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
                "customer": customer,
                "title": title,
                "status": status,
                "firstName": first_name,
                "middleInitial": middle_initial,
                "lastName": last_name,
                "suffix": suffix,
                "address": address,
                "city": city,
                "state": state,
                "zip": zip,
                "phone": phone,
                "email": email,
                "income": income,
                "ipAddress": ip_address,
                "userAgent": user_agent,
                "isp": isp,
                "sessionId": session_id,
                "resend": resend,
                "AppId": app_id,
                "segmentationBand": segmentation_band,
                "Name": name,
                "Score": score,
                "Status": status_body,
                "CreateDate": create_date,
                "DealerName": dealer_name,
                "Email": email_body,
                "AppMobileNo": app_mobile_no,
                "IsFullFileReportAvilable": is_full_file_report_avilable,
                "estimatedInterestRate": estimated_interest_rate,
                "estimatedLoanTerm": estimated_loan_term,
                "lead": lead,
                "UserName": user_name,
                "ProductId": product_id,
                "QuickProductId": quick_product_id,
                "StatusId": status_id,
                "IsQqPass": is_qq_pass,
                "IsQuickQualifyXpress": is_quick_qualify_xpress,
                "IsLeadFormReport": is_lead_form_report,
                "IsQr": is_qr,
                "RemoveOperator": remove_operator,
                "IsQScan": is_q_scan,
                "QuickScanStatus": quick_scan_status,
            },
            **options,
        ).parse()

    def count(
        self,
        *,
        where: PreApprovalWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Pre-Approvals matching a query

        Counts the Pre-Approvals matching `where`, all of them without it (packages/payload/src/collections/endpoints/count.ts, operations/count.ts). Declared before `/preApprovals/{id}` so that routers matching in document order do not take `count` for an id.

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
    ) -> PreApproval:
        """Retrieves a Pre-Approval

        Finds the Pre-Approval with the given id and returns the bare document, without a wrapper (packages/payload/src/collections/endpoints/findByID.ts). Its relationships are populated to `depth` levels.

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
    ) -> PreApprovalDeleteResponse:
        """Deletes an existing Pre-Approval

        Deletes the Pre-Approval with the given id and returns the deleted document. The relationships of the returned document are populated to `depth` levels.

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
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        title: str | None | NotGiven = NOT_GIVEN,
        status: PreApprovalStatus | str | None | NotGiven = NOT_GIVEN,
        first_name: str | None | NotGiven = NOT_GIVEN,
        middle_initial: str | None | NotGiven = NOT_GIVEN,
        last_name: str | None | NotGiven = NOT_GIVEN,
        suffix: PreApprovalSuffix | str | None | NotGiven = NOT_GIVEN,
        address: str | None | NotGiven = NOT_GIVEN,
        city: str | None | NotGiven = NOT_GIVEN,
        state: PreApprovalState | str | None | NotGiven = NOT_GIVEN,
        zip: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        income: str | None | NotGiven = NOT_GIVEN,
        ip_address: str | None | NotGiven = NOT_GIVEN,
        user_agent: str | None | NotGiven = NOT_GIVEN,
        isp: str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        resend: str | None | NotGiven = NOT_GIVEN,
        app_id: float | None | NotGiven = NOT_GIVEN,
        segmentation_band: (
            PreApprovalSegmentationBand | str | None | NotGiven
        ) = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        score: str | None | NotGiven = NOT_GIVEN,
        status_body: str | None | NotGiven = NOT_GIVEN,
        create_date: str | None | NotGiven = NOT_GIVEN,
        dealer_name: str | None | NotGiven = NOT_GIVEN,
        email_body: str | None | NotGiven = NOT_GIVEN,
        app_mobile_no: str | None | NotGiven = NOT_GIVEN,
        is_full_file_report_avilable: bool | None | NotGiven = NOT_GIVEN,
        estimated_interest_rate: str | None | NotGiven = NOT_GIVEN,
        estimated_loan_term: str | None | NotGiven = NOT_GIVEN,
        lead: Id | Lead | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        user_name: str | None | NotGiven = NOT_GIVEN,
        product_id: float | None | NotGiven = NOT_GIVEN,
        quick_product_id: float | None | NotGiven = NOT_GIVEN,
        status_id: float | None | NotGiven = NOT_GIVEN,
        is_qq_pass: float | None | NotGiven = NOT_GIVEN,
        is_quick_qualify_xpress: bool | None | NotGiven = NOT_GIVEN,
        is_lead_form_report: bool | None | NotGiven = NOT_GIVEN,
        is_qr: bool | None | NotGiven = NOT_GIVEN,
        remove_operator: bool | None | NotGiven = NOT_GIVEN,
        is_q_scan: bool | None | NotGiven = NOT_GIVEN,
        quick_scan_status: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PreApprovalDocResponse:
        """Updates a Pre-Approval

        Sets the fields in the body on the Pre-Approval with the given id; fields left out keep their values. Returns the updated document and Payload's message, \"Updated successfully.\" (packages/payload/src/collections/endpoints/updateByID.ts; with `draft=true` Payload sends its draft-saved message instead).

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            title: title
            status: status
            first_name: firstName
            middle_initial: middleInitial
            last_name: lastName
            suffix: suffix
            address: address
            city: city
            state: state
            zip: zip
            phone: phone
            email: email
            income: income
            ip_address: ipAddress
            user_agent: userAgent
            isp: isp
            session_id: sessionId
            resend: resend
            app_id: AppId
            segmentation_band: segmentationBand
            name: Name
            score: Score
            status_body: Status
            create_date: CreateDate
            dealer_name: DealerName
            email_body: Email
            app_mobile_no: AppMobileNo
            is_full_file_report_avilable: IsFullFileReportAvilable
            estimated_interest_rate: estimatedInterestRate
            estimated_loan_term: estimatedLoanTerm
            lead: A Lead related, as an id at depth 0 or the document at depth 1 or more.
            user_name: UserName
            product_id: ProductId
            quick_product_id: QuickProductId
            status_id: StatusId
            is_qq_pass: IsQqPass
            is_quick_qualify_xpress: IsQuickQualifyXpress
            is_lead_form_report: IsLeadFormReport
            is_qr: IsQr
            remove_operator: RemoveOperator
            is_q_scan: IsQScan
            quick_scan_status: QuickScanStatus
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
                "customer": customer,
                "title": title,
                "status": status,
                "firstName": first_name,
                "middleInitial": middle_initial,
                "lastName": last_name,
                "suffix": suffix,
                "address": address,
                "city": city,
                "state": state,
                "zip": zip,
                "phone": phone,
                "email": email,
                "income": income,
                "ipAddress": ip_address,
                "userAgent": user_agent,
                "isp": isp,
                "sessionId": session_id,
                "resend": resend,
                "AppId": app_id,
                "segmentationBand": segmentation_band,
                "Name": name,
                "Score": score,
                "Status": status_body,
                "CreateDate": create_date,
                "DealerName": dealer_name,
                "Email": email_body,
                "AppMobileNo": app_mobile_no,
                "IsFullFileReportAvilable": is_full_file_report_avilable,
                "estimatedInterestRate": estimated_interest_rate,
                "estimatedLoanTerm": estimated_loan_term,
                "lead": lead,
                "UserName": user_name,
                "ProductId": product_id,
                "QuickProductId": quick_product_id,
                "StatusId": status_id,
                "IsQqPass": is_qq_pass,
                "IsQuickQualifyXpress": is_quick_qualify_xpress,
                "IsLeadFormReport": is_lead_form_report,
                "IsQr": is_qr,
                "RemoveOperator": remove_operator,
                "IsQScan": is_q_scan,
                "QuickScanStatus": quick_scan_status,
            },
            **options,
        ).parse()


class PreApprovalsWithRawResponse:
    """Like PreApprovals, each method returning the APIResponse."""

    def __init__(self, resource: PreApprovals) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete_many = to_raw_response_wrapper(resource.delete_many)
        self.update_many = to_raw_response_wrapper(resource.update_many)
        self.count = to_raw_response_wrapper(resource.count)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncPreApprovals(AsyncAPIResource):
    """Financing pre-approvals of customers, with the applicant's details, the credit band and the estimated rate and term."""

    @cached_property
    def with_raw_response(self) -> AsyncPreApprovalsWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return AsyncPreApprovalsWithRawResponse(self)

    def list(
        self,
        *,
        where: PreApprovalWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: (
            PreApprovalSort | str | builtins.list[PreApprovalSort | str] | NotGiven
        ) = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[PreApproval]:
        """Lists Pre-Approvals, a page at a time

        Finds the Pre-Approvals matching `where`, sorted by `sort`, one page of `limit` documents at a time. Payload's collection `find` route (GET /api/{collection-slug}, https://payloadcms.com/docs/rest-api/overview); the page shape is Payload's paginated result (https://payloadcms.com/docs/queries/pagination, packages/payload/src/collections/endpoints/find.ts and operations/find.ts).

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
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        title: str | None | NotGiven = NOT_GIVEN,
        status: PreApprovalStatus | str | None | NotGiven = NOT_GIVEN,
        first_name: str | None | NotGiven = NOT_GIVEN,
        middle_initial: str | None | NotGiven = NOT_GIVEN,
        last_name: str | None | NotGiven = NOT_GIVEN,
        suffix: PreApprovalSuffix | str | None | NotGiven = NOT_GIVEN,
        address: str | None | NotGiven = NOT_GIVEN,
        city: str | None | NotGiven = NOT_GIVEN,
        state: PreApprovalState | str | None | NotGiven = NOT_GIVEN,
        zip: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        income: str | None | NotGiven = NOT_GIVEN,
        ip_address: str | None | NotGiven = NOT_GIVEN,
        user_agent: str | None | NotGiven = NOT_GIVEN,
        isp: str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        resend: str | None | NotGiven = NOT_GIVEN,
        app_id: float | None | NotGiven = NOT_GIVEN,
        segmentation_band: (
            PreApprovalSegmentationBand | str | None | NotGiven
        ) = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        score: str | None | NotGiven = NOT_GIVEN,
        status_body: str | None | NotGiven = NOT_GIVEN,
        create_date: str | None | NotGiven = NOT_GIVEN,
        dealer_name: str | None | NotGiven = NOT_GIVEN,
        email_body: str | None | NotGiven = NOT_GIVEN,
        app_mobile_no: str | None | NotGiven = NOT_GIVEN,
        is_full_file_report_avilable: bool | None | NotGiven = NOT_GIVEN,
        estimated_interest_rate: str | None | NotGiven = NOT_GIVEN,
        estimated_loan_term: str | None | NotGiven = NOT_GIVEN,
        lead: Id | Lead | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        user_name: str | None | NotGiven = NOT_GIVEN,
        product_id: float | None | NotGiven = NOT_GIVEN,
        quick_product_id: float | None | NotGiven = NOT_GIVEN,
        status_id: float | None | NotGiven = NOT_GIVEN,
        is_qq_pass: float | None | NotGiven = NOT_GIVEN,
        is_quick_qualify_xpress: bool | None | NotGiven = NOT_GIVEN,
        is_lead_form_report: bool | None | NotGiven = NOT_GIVEN,
        is_qr: bool | None | NotGiven = NOT_GIVEN,
        remove_operator: bool | None | NotGiven = NOT_GIVEN,
        is_q_scan: bool | None | NotGiven = NOT_GIVEN,
        quick_scan_status: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PreApprovalDocResponse:
        """Creates a Pre-Approval

        Creates a Pre-Approval from the fields in the body and returns it with Payload's confirmation message, status 201 (packages/payload/src/collections/endpoints/create.ts; message `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            title: title
            status: status
            first_name: firstName
            middle_initial: middleInitial
            last_name: lastName
            suffix: suffix
            address: address
            city: city
            state: state
            zip: zip
            phone: phone
            email: email
            income: income
            ip_address: ipAddress
            user_agent: userAgent
            isp: isp
            session_id: sessionId
            resend: resend
            app_id: AppId
            segmentation_band: segmentationBand
            name: Name
            score: Score
            status_body: Status
            create_date: CreateDate
            dealer_name: DealerName
            email_body: Email
            app_mobile_no: AppMobileNo
            is_full_file_report_avilable: IsFullFileReportAvilable
            estimated_interest_rate: estimatedInterestRate
            estimated_loan_term: estimatedLoanTerm
            lead: A Lead related, as an id at depth 0 or the document at depth 1 or more.
            user_name: UserName
            product_id: ProductId
            quick_product_id: QuickProductId
            status_id: StatusId
            is_qq_pass: IsQqPass
            is_quick_qualify_xpress: IsQuickQualifyXpress
            is_lead_form_report: IsLeadFormReport
            is_qr: IsQr
            remove_operator: RemoveOperator
            is_q_scan: IsQScan
            quick_scan_status: QuickScanStatus
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
                    "customer": customer,
                    "title": title,
                    "status": status,
                    "firstName": first_name,
                    "middleInitial": middle_initial,
                    "lastName": last_name,
                    "suffix": suffix,
                    "address": address,
                    "city": city,
                    "state": state,
                    "zip": zip,
                    "phone": phone,
                    "email": email,
                    "income": income,
                    "ipAddress": ip_address,
                    "userAgent": user_agent,
                    "isp": isp,
                    "sessionId": session_id,
                    "resend": resend,
                    "AppId": app_id,
                    "segmentationBand": segmentation_band,
                    "Name": name,
                    "Score": score,
                    "Status": status_body,
                    "CreateDate": create_date,
                    "DealerName": dealer_name,
                    "Email": email_body,
                    "AppMobileNo": app_mobile_no,
                    "IsFullFileReportAvilable": is_full_file_report_avilable,
                    "estimatedInterestRate": estimated_interest_rate,
                    "estimatedLoanTerm": estimated_loan_term,
                    "lead": lead,
                    "UserName": user_name,
                    "ProductId": product_id,
                    "QuickProductId": quick_product_id,
                    "StatusId": status_id,
                    "IsQqPass": is_qq_pass,
                    "IsQuickQualifyXpress": is_quick_qualify_xpress,
                    "IsLeadFormReport": is_lead_form_report,
                    "IsQr": is_qr,
                    "RemoveOperator": remove_operator,
                    "IsQScan": is_q_scan,
                    "QuickScanStatus": quick_scan_status,
                },
                **options,
            )
        ).parse()

    async def delete_many(
        self,
        *,
        where: PreApprovalWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PreApprovalBulkResponse:
        """Deletes every Pre-Approval matching a query

        Deletes every Pre-Approval matching `where` (required: Payload deletes nothing without it) and returns the deleted documents and the per-document failures (packages/payload/src/collections/endpoints/delete.ts). Status 200 when every document was deleted, 400 with the same body shape when some were not.

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
        where: PreApprovalWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        title: str | None | NotGiven = NOT_GIVEN,
        status: PreApprovalStatus | str | None | NotGiven = NOT_GIVEN,
        first_name: str | None | NotGiven = NOT_GIVEN,
        middle_initial: str | None | NotGiven = NOT_GIVEN,
        last_name: str | None | NotGiven = NOT_GIVEN,
        suffix: PreApprovalSuffix | str | None | NotGiven = NOT_GIVEN,
        address: str | None | NotGiven = NOT_GIVEN,
        city: str | None | NotGiven = NOT_GIVEN,
        state: PreApprovalState | str | None | NotGiven = NOT_GIVEN,
        zip: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        income: str | None | NotGiven = NOT_GIVEN,
        ip_address: str | None | NotGiven = NOT_GIVEN,
        user_agent: str | None | NotGiven = NOT_GIVEN,
        isp: str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        resend: str | None | NotGiven = NOT_GIVEN,
        app_id: float | None | NotGiven = NOT_GIVEN,
        segmentation_band: (
            PreApprovalSegmentationBand | str | None | NotGiven
        ) = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        score: str | None | NotGiven = NOT_GIVEN,
        status_body: str | None | NotGiven = NOT_GIVEN,
        create_date: str | None | NotGiven = NOT_GIVEN,
        dealer_name: str | None | NotGiven = NOT_GIVEN,
        email_body: str | None | NotGiven = NOT_GIVEN,
        app_mobile_no: str | None | NotGiven = NOT_GIVEN,
        is_full_file_report_avilable: bool | None | NotGiven = NOT_GIVEN,
        estimated_interest_rate: str | None | NotGiven = NOT_GIVEN,
        estimated_loan_term: str | None | NotGiven = NOT_GIVEN,
        lead: Id | Lead | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        user_name: str | None | NotGiven = NOT_GIVEN,
        product_id: float | None | NotGiven = NOT_GIVEN,
        quick_product_id: float | None | NotGiven = NOT_GIVEN,
        status_id: float | None | NotGiven = NOT_GIVEN,
        is_qq_pass: float | None | NotGiven = NOT_GIVEN,
        is_quick_qualify_xpress: bool | None | NotGiven = NOT_GIVEN,
        is_lead_form_report: bool | None | NotGiven = NOT_GIVEN,
        is_qr: bool | None | NotGiven = NOT_GIVEN,
        remove_operator: bool | None | NotGiven = NOT_GIVEN,
        is_q_scan: bool | None | NotGiven = NOT_GIVEN,
        quick_scan_status: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PreApprovalBulkResponse:
        """Updates every Pre-Approval matching a query

        Applies the fields in the body to every Pre-Approval matching `where` (required: Payload updates nothing without it) and returns the updated documents and the per-document failures (packages/payload/src/collections/endpoints/update.ts). Status 200 when every document was updated, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket syntax (see the `where` of `list`). Payload's bulk routes require it (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            title: title
            status: status
            first_name: firstName
            middle_initial: middleInitial
            last_name: lastName
            suffix: suffix
            address: address
            city: city
            state: state
            zip: zip
            phone: phone
            email: email
            income: income
            ip_address: ipAddress
            user_agent: userAgent
            isp: isp
            session_id: sessionId
            resend: resend
            app_id: AppId
            segmentation_band: segmentationBand
            name: Name
            score: Score
            status_body: Status
            create_date: CreateDate
            dealer_name: DealerName
            email_body: Email
            app_mobile_no: AppMobileNo
            is_full_file_report_avilable: IsFullFileReportAvilable
            estimated_interest_rate: estimatedInterestRate
            estimated_loan_term: estimatedLoanTerm
            lead: A Lead related, as an id at depth 0 or the document at depth 1 or more.
            user_name: UserName
            product_id: ProductId
            quick_product_id: QuickProductId
            status_id: StatusId
            is_qq_pass: IsQqPass
            is_quick_qualify_xpress: IsQuickQualifyXpress
            is_lead_form_report: IsLeadFormReport
            is_qr: IsQr
            remove_operator: RemoveOperator
            is_q_scan: IsQScan
            quick_scan_status: QuickScanStatus
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
                    "customer": customer,
                    "title": title,
                    "status": status,
                    "firstName": first_name,
                    "middleInitial": middle_initial,
                    "lastName": last_name,
                    "suffix": suffix,
                    "address": address,
                    "city": city,
                    "state": state,
                    "zip": zip,
                    "phone": phone,
                    "email": email,
                    "income": income,
                    "ipAddress": ip_address,
                    "userAgent": user_agent,
                    "isp": isp,
                    "sessionId": session_id,
                    "resend": resend,
                    "AppId": app_id,
                    "segmentationBand": segmentation_band,
                    "Name": name,
                    "Score": score,
                    "Status": status_body,
                    "CreateDate": create_date,
                    "DealerName": dealer_name,
                    "Email": email_body,
                    "AppMobileNo": app_mobile_no,
                    "IsFullFileReportAvilable": is_full_file_report_avilable,
                    "estimatedInterestRate": estimated_interest_rate,
                    "estimatedLoanTerm": estimated_loan_term,
                    "lead": lead,
                    "UserName": user_name,
                    "ProductId": product_id,
                    "QuickProductId": quick_product_id,
                    "StatusId": status_id,
                    "IsQqPass": is_qq_pass,
                    "IsQuickQualifyXpress": is_quick_qualify_xpress,
                    "IsLeadFormReport": is_lead_form_report,
                    "IsQr": is_qr,
                    "RemoveOperator": remove_operator,
                    "IsQScan": is_q_scan,
                    "QuickScanStatus": quick_scan_status,
                },
                **options,
            )
        ).parse()

    async def count(
        self,
        *,
        where: PreApprovalWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Pre-Approvals matching a query

        Counts the Pre-Approvals matching `where`, all of them without it (packages/payload/src/collections/endpoints/count.ts, operations/count.ts). Declared before `/preApprovals/{id}` so that routers matching in document order do not take `count` for an id.

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
    ) -> PreApproval:
        """Retrieves a Pre-Approval

        Finds the Pre-Approval with the given id and returns the bare document, without a wrapper (packages/payload/src/collections/endpoints/findByID.ts). Its relationships are populated to `depth` levels.

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
    ) -> PreApprovalDeleteResponse:
        """Deletes an existing Pre-Approval

        Deletes the Pre-Approval with the given id and returns the deleted document. The relationships of the returned document are populated to `depth` levels.

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
        customer: Id | Customer | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        title: str | None | NotGiven = NOT_GIVEN,
        status: PreApprovalStatus | str | None | NotGiven = NOT_GIVEN,
        first_name: str | None | NotGiven = NOT_GIVEN,
        middle_initial: str | None | NotGiven = NOT_GIVEN,
        last_name: str | None | NotGiven = NOT_GIVEN,
        suffix: PreApprovalSuffix | str | None | NotGiven = NOT_GIVEN,
        address: str | None | NotGiven = NOT_GIVEN,
        city: str | None | NotGiven = NOT_GIVEN,
        state: PreApprovalState | str | None | NotGiven = NOT_GIVEN,
        zip: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        income: str | None | NotGiven = NOT_GIVEN,
        ip_address: str | None | NotGiven = NOT_GIVEN,
        user_agent: str | None | NotGiven = NOT_GIVEN,
        isp: str | None | NotGiven = NOT_GIVEN,
        session_id: str | None | NotGiven = NOT_GIVEN,
        resend: str | None | NotGiven = NOT_GIVEN,
        app_id: float | None | NotGiven = NOT_GIVEN,
        segmentation_band: (
            PreApprovalSegmentationBand | str | None | NotGiven
        ) = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        score: str | None | NotGiven = NOT_GIVEN,
        status_body: str | None | NotGiven = NOT_GIVEN,
        create_date: str | None | NotGiven = NOT_GIVEN,
        dealer_name: str | None | NotGiven = NOT_GIVEN,
        email_body: str | None | NotGiven = NOT_GIVEN,
        app_mobile_no: str | None | NotGiven = NOT_GIVEN,
        is_full_file_report_avilable: bool | None | NotGiven = NOT_GIVEN,
        estimated_interest_rate: str | None | NotGiven = NOT_GIVEN,
        estimated_loan_term: str | None | NotGiven = NOT_GIVEN,
        lead: Id | Lead | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        user_name: str | None | NotGiven = NOT_GIVEN,
        product_id: float | None | NotGiven = NOT_GIVEN,
        quick_product_id: float | None | NotGiven = NOT_GIVEN,
        status_id: float | None | NotGiven = NOT_GIVEN,
        is_qq_pass: float | None | NotGiven = NOT_GIVEN,
        is_quick_qualify_xpress: bool | None | NotGiven = NOT_GIVEN,
        is_lead_form_report: bool | None | NotGiven = NOT_GIVEN,
        is_qr: bool | None | NotGiven = NOT_GIVEN,
        remove_operator: bool | None | NotGiven = NOT_GIVEN,
        is_q_scan: bool | None | NotGiven = NOT_GIVEN,
        quick_scan_status: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PreApprovalDocResponse:
        """Updates a Pre-Approval

        Sets the fields in the body on the Pre-Approval with the given id; fields left out keep their values. Returns the updated document and Payload's message, \"Updated successfully.\" (packages/payload/src/collections/endpoints/updateByID.ts; with `draft=true` Payload sends its draft-saved message instead).

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            customer: A Customer related, as an id at depth 0 or the document at depth 1 or more.
            title: title
            status: status
            first_name: firstName
            middle_initial: middleInitial
            last_name: lastName
            suffix: suffix
            address: address
            city: city
            state: state
            zip: zip
            phone: phone
            email: email
            income: income
            ip_address: ipAddress
            user_agent: userAgent
            isp: isp
            session_id: sessionId
            resend: resend
            app_id: AppId
            segmentation_band: segmentationBand
            name: Name
            score: Score
            status_body: Status
            create_date: CreateDate
            dealer_name: DealerName
            email_body: Email
            app_mobile_no: AppMobileNo
            is_full_file_report_avilable: IsFullFileReportAvilable
            estimated_interest_rate: estimatedInterestRate
            estimated_loan_term: estimatedLoanTerm
            lead: A Lead related, as an id at depth 0 or the document at depth 1 or more.
            user_name: UserName
            product_id: ProductId
            quick_product_id: QuickProductId
            status_id: StatusId
            is_qq_pass: IsQqPass
            is_quick_qualify_xpress: IsQuickQualifyXpress
            is_lead_form_report: IsLeadFormReport
            is_qr: IsQr
            remove_operator: RemoveOperator
            is_q_scan: IsQScan
            quick_scan_status: QuickScanStatus
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
                    "customer": customer,
                    "title": title,
                    "status": status,
                    "firstName": first_name,
                    "middleInitial": middle_initial,
                    "lastName": last_name,
                    "suffix": suffix,
                    "address": address,
                    "city": city,
                    "state": state,
                    "zip": zip,
                    "phone": phone,
                    "email": email,
                    "income": income,
                    "ipAddress": ip_address,
                    "userAgent": user_agent,
                    "isp": isp,
                    "sessionId": session_id,
                    "resend": resend,
                    "AppId": app_id,
                    "segmentationBand": segmentation_band,
                    "Name": name,
                    "Score": score,
                    "Status": status_body,
                    "CreateDate": create_date,
                    "DealerName": dealer_name,
                    "Email": email_body,
                    "AppMobileNo": app_mobile_no,
                    "IsFullFileReportAvilable": is_full_file_report_avilable,
                    "estimatedInterestRate": estimated_interest_rate,
                    "estimatedLoanTerm": estimated_loan_term,
                    "lead": lead,
                    "UserName": user_name,
                    "ProductId": product_id,
                    "QuickProductId": quick_product_id,
                    "StatusId": status_id,
                    "IsQqPass": is_qq_pass,
                    "IsQuickQualifyXpress": is_quick_qualify_xpress,
                    "IsLeadFormReport": is_lead_form_report,
                    "IsQr": is_qr,
                    "RemoveOperator": remove_operator,
                    "IsQScan": is_q_scan,
                    "QuickScanStatus": quick_scan_status,
                },
                **options,
            )
        ).parse()


class AsyncPreApprovalsWithRawResponse:
    """Like AsyncPreApprovals, each method returning the APIResponse."""

    def __init__(self, resource: AsyncPreApprovals) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete_many = async_to_raw_response_wrapper(resource.delete_many)
        self.update_many = async_to_raw_response_wrapper(resource.update_many)
        self.count = async_to_raw_response_wrapper(resource.count)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
