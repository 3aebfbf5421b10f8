"""Customers of Drivly Commerce: consumers (buyers and sellers of vehicles, with their identity, employment, income and residence details) and companies (dealers, brokers, insurers, lenders, transporters and other partners), with their relationships to leads, deals, vehicles, quotes and service orders."""

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
    Address,
    Brand,
    Contact,
    Customer,
    Deal,
    InsurancePolicy,
    InsuranceQuote,
    Lead,
    PreApproval,
    ServiceOrder,
    ServiceQuote,
    Tenant,
    Trade,
    Vehicle,
)
from ..models.customer_bulk_response import CustomerBulkResponse
from ..models.customer_company_type import CustomerCompanyType
from ..models.customer_consumer_lead_source import CustomerConsumerLeadSource
from ..models.customer_consumer_status import CustomerConsumerStatus
from ..models.customer_delete_response import CustomerDeleteResponse
from ..models.customer_doc_response import CustomerDocResponse
from ..models.customer_page import CustomerPage
from ..models.customer_sort import CustomerSort
from ..models.customer_where import CustomerWhere
from ..models.id import Id
from ..models.populate import Populate
from ..models.select import Select

__all__ = ["AsyncCustomers", "Customers"]

_LIST: Endpoint[CustomerPage] = Endpoint(
    "GET",
    "/customers",
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
    replies=(Reply("200", "json", CustomerPage),),
    pagination=PageSpec("docs", "page", "has_next_page", "next_page"),
)
_CREATE: Endpoint[CustomerDocResponse] = Endpoint(
    "POST",
    "/customers",
    params=(
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("201", "json", CustomerDocResponse),),
    body_kind="json",
    content_type="application/json",
)
_DELETE_MANY: Endpoint[CustomerBulkResponse] = Endpoint(
    "DELETE",
    "/customers",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", CustomerBulkResponse),),
)
_UPDATE_MANY: Endpoint[CustomerBulkResponse] = Endpoint(
    "PATCH",
    "/customers",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", CustomerBulkResponse),),
    body_kind="json",
    content_type="application/json",
)
_COUNT: Endpoint[Count] = Endpoint(
    "GET",
    "/customers/count",
    params=(
        Param("where", "where", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", Count),),
)
_RETRIEVE: Endpoint[Customer] = Endpoint(
    "GET",
    "/customers/{id}",
    params=(
        Param("id", "id", "path", "simple", False),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("200", "json", Customer),),
)
_DELETE: Endpoint[CustomerDeleteResponse] = Endpoint(
    "DELETE",
    "/customers/{id}",
    params=(
        Param("id", "id", "path", "simple", False),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
    ),
    replies=(Reply("200", "json", CustomerDeleteResponse),),
)
_UPDATE: Endpoint[CustomerDocResponse] = Endpoint(
    "PATCH",
    "/customers/{id}",
    params=(
        Param("id", "id", "path", "simple", False),
        Param("depth", "depth", "query", "form", True),
        Param("select", "select", "query", "deepObject", True),
        Param("populate", "populate", "query", "deepObject", True),
        Param("locale", "locale", "query", "form", True),
        Param("fallback_locale", "fallback-locale", "query", "form", True),
        Param("draft", "draft", "query", "form", True),
    ),
    replies=(Reply("200", "json", CustomerDocResponse),),
    body_kind="json",
    content_type="application/json",
)


class Customers(SyncAPIResource):
    """Customers of Drivly Commerce: consumers (buyers and sellers of vehicles, with their identity, employment, income and residence details) and companies (dealers, brokers, insurers, lenders, transporters and other partners), with their relationships to leads, deals, vehicles, quotes and service orders."""

    @cached_property
    def with_raw_response(self) -> CustomersWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return CustomersWithRawResponse(self)

    def list(
        self,
        *,
        where: CustomerWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: (
            CustomerSort | str | builtins.list[CustomerSort | str] | NotGiven
        ) = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Customer]:
        """Lists Customers, a page at a time

        Finds the Customers matching `where`, sorted by `sort`, one page of `limit` documents at a time. Payload's collection `find` route (GET /api/{collection-slug}, https://payloadcms.com/docs/rest-api/overview); the page shape is Payload's paginated result (https://payloadcms.com/docs/queries/pagination, packages/payload/src/collections/endpoints/find.ts and operations/find.ts).

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g. `where[email][equals]=a@b.c` or `where[or][0][consumerStatus][equals]=SOLD` (https://payloadcms.com/docs/queries/overview). Omitted, every document matches.
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
        customer_id: str | None | NotGiven = NOT_GIVEN,
        leads: builtins.list[Id | Lead | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        address: Id | Address | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        shipping_contact: Id | Contact | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        deals: builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        insurance_policies: (
            builtins.list[Id | InsurancePolicy | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        tenants: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_status: CustomerConsumerStatus | str | None | NotGiven = NOT_GIVEN,
        consumer_first_name: str | None | NotGiven = NOT_GIVEN,
        consumer_middle_name: str | None | NotGiven = NOT_GIVEN,
        consumer_last_name: str | None | NotGiven = NOT_GIVEN,
        consumer_suffix: str | None | NotGiven = NOT_GIVEN,
        consumer_date_of_birth: str | None | NotGiven = NOT_GIVEN,
        consumer_education_level: str | None | NotGiven = NOT_GIVEN,
        consumer_vehicles: (
            builtins.list[Id | Vehicle | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_phone_type: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_state: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_number: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_exp: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_expiration: str | None | NotGiven = NOT_GIVEN,
        consumer_pre_approvals: (
            builtins.list[Id | PreApproval | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_get_pre_approved: str | None | NotGiven = NOT_GIVEN,
        consumer_provide_proof_of_insurance: str | None | NotGiven = NOT_GIVEN,
        consumer_login_to_bank: str | None | NotGiven = NOT_GIVEN,
        consumer_connect_car: str | None | NotGiven = NOT_GIVEN,
        consumer_provide_proof_of_income: str | None | NotGiven = NOT_GIVEN,
        consumer_consumer_id: str | None | NotGiven = NOT_GIVEN,
        consumer_credit_application_id: str | None | NotGiven = NOT_GIVEN,
        deals2: builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        consumer_social_security: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_licence_state: str | None | NotGiven = NOT_GIVEN,
        consumer_income: float | None | NotGiven = NOT_GIVEN,
        consumer_income_interval: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_status_code: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_employer_name: str | None | NotGiven = NOT_GIVEN,
        consumer_employer_phone: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_title: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employer_name: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employer_phone: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employment_title: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employment_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_previous_employmentincome: float | None | NotGiven = NOT_GIVEN,
        consumer_time_at_residence: float | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_line1: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_line2: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_city: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_state: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_zip: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_residence_type: str | None | NotGiven = NOT_GIVEN,
        consumer_rent_mortgage: float | None | NotGiven = NOT_GIVEN,
        consumer_other_income_description: str | None | NotGiven = NOT_GIVEN,
        consumer_other_income_amount: float | None | NotGiven = NOT_GIVEN,
        consumer_lead_source: (
            builtins.list[CustomerConsumerLeadSource | str] | None | NotGiven
        ) = NOT_GIVEN,
        company_name: str | None | NotGiven = NOT_GIVEN,
        company_dealer_deals: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_deals_facilitated: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_insurance_quotes: (
            builtins.list[Id | InsuranceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_type: (
            builtins.list[CustomerCompanyType | str] | None | NotGiven
        ) = NOT_GIVEN,
        company_website: str | None | NotGiven = NOT_GIVEN,
        company_stripe_connect_link: str | None | NotGiven = NOT_GIVEN,
        company_customer_portal_link: str | None | NotGiven = NOT_GIVEN,
        company_service_quotes: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_service_orders: str | None | NotGiven = NOT_GIVEN,
        company_service_quotes_partners: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_visibility: str | None | NotGiven = NOT_GIVEN,
        company_tenants2: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_customer: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_trades: (
            builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_tenants3: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_partner_brand: (
            Id | Brand | dict[str, Any] | None | NotGiven
        ) = NOT_GIVEN,
        company_deals3: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_route_one_dealer: str | None | NotGiven = NOT_GIVEN,
        company_transport_service_orders: (
            builtins.list[Id | ServiceOrder | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CustomerDocResponse:
        """Creates a Customer

        Creates a Customer from the fields in the body and returns it with Payload's confirmation message, status 201 (packages/payload/src/collections/endpoints/create.ts; message `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            customer_id: Drivly's own identifier for the Customer.
            leads: Leads of this Customer (Lead).
            address: Address of the Customer (Address).
            shipping_contact: Contact to ship to (Contact).
            deals: Deals of this Customer (Deal).
            email: Email address of the Customer.
            phone: Phone number of the Customer.
            insurance_policies: Insurance policies of this Customer (InsurancePolicy).
            tenants: Tenants the document belongs to (Tenant).
            consumer_status: Sales status of a consumer Customer.
            consumer_first_name: Consumer's first name.
            consumer_middle_name: Consumer's middle name.
            consumer_last_name: Consumer's last name.
            consumer_suffix: Consumer's name suffix.
            consumer_date_of_birth: Consumer's date of birth, a date string.
            consumer_education_level: Consumer's highest education level.
            consumer_vehicles: Vehicles of the consumer (Vehicle).
            consumer_phone_type: Kind of phone the consumer's number belongs to.
            consumer_drivers_license: Consumer's driver's license.
            consumer_drivers_license_state: State that issued the consumer's driver's license.
            consumer_drivers_license_number: Consumer's driver's license number.
            consumer_drivers_license_exp: Expiry of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExpiration).
            consumer_drivers_license_expiration: Expiration of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExp).
            consumer_pre_approvals: Financing pre-approvals of the consumer (PreApproval).
            consumer_get_pre_approved: State of the consumer's \"get pre-approved\" step.
            consumer_provide_proof_of_insurance: State of the consumer's \"provide proof of insurance\" step.
            consumer_login_to_bank: State of the consumer's \"log in to bank\" step.
            consumer_connect_car: State of the consumer's \"connect car\" step.
            consumer_provide_proof_of_income: State of the consumer's \"provide proof of income\" step.
            consumer_consumer_id: Identifier of the consumer.
            consumer_credit_application_id: Identifier of the consumer's credit application.
            deals2: Further deals of this Customer (Deal).
            consumer_social_security: Consumer's Social Security number.
            consumer_drivers_licence_state: State that issued the consumer's driver's licence (British spelling, a separate field from consumerDriversLicenseState).
            consumer_income: Consumer's income, per consumerIncomeInterval.
            consumer_income_interval: Period the consumer's income is stated for.
            consumer_employment_status_code: Consumer's employment status.
            consumer_employment_duration: How long the consumer has worked for the current employer.
            consumer_employer_name: Name of the consumer's employer.
            consumer_employer_phone: Phone number of the consumer's employer.
            consumer_employment_title: Consumer's job title.
            consumer_previous_employer_name: Name of the consumer's previous employer.
            consumer_previous_employer_phone: Phone number of the consumer's previous employer.
            consumer_previous_employment_title: Consumer's job title at the previous employer.
            consumer_previous_employment_duration: How long the consumer worked for the previous employer.
            consumer_previous_employmentincome: Consumer's income at the previous employer (the API spells the name with a lower-case i).
            consumer_time_at_residence: How long the consumer has lived at the current residence.
            consumer_previous_address_line1: First line of the consumer's previous address.
            consumer_previous_address_line2: Second line of the consumer's previous address.
            consumer_previous_address_city: City of the consumer's previous address.
            consumer_previous_address_state: State of the consumer's previous address.
            consumer_previous_zip: ZIP code of the consumer's previous address.
            consumer_previous_address_duration: How long the consumer lived at the previous address.
            consumer_residence_type: Kind of residence the consumer lives in (for example rent or own).
            consumer_rent_mortgage: Consumer's rent or mortgage payment.
            consumer_other_income_description: Source of the consumer's other income.
            consumer_other_income_amount: Amount of the consumer's other income.
            consumer_lead_source: Channels the consumer came from.
            company_name: Name of the company.
            company_dealer_deals: Deals in which the company is the dealer (Deal).
            company_deals_facilitated: Deals the company facilitated (Deal).
            company_insurance_quotes: Insurance quotes of the company (InsuranceQuote).
            company_type: Kinds of business the company is.
            company_website: Website URL of the company.
            company_stripe_connect_link: Stripe Connect link of the company.
            company_customer_portal_link: Link to the company's customer portal.
            company_service_quotes: Service quotes of the company (ServiceQuote).
            company_service_orders: Service orders of the company; a string on the documentation page, unlike the relationship companyTransportServiceOrders.
            company_service_quotes_partners: Service quotes in which the company is a partner (ServiceQuote).
            company_visibility: Visibility setting of the company.
            company_tenants2: Tenants linked to the company (Tenant).
            company_customer: Customers linked to the company (Customer).
            company_trades: Trades of the company (Trade).
            company_tenants3: Further tenants linked to the company (Tenant).
            company_partner_brand: Brand the company partners with (Brand).
            company_deals3: Further deals of the company (Deal).
            company_route_one_dealer: Company's dealer identifier at RouteOne.
            company_transport_service_orders: Transport service orders of the company (ServiceOrder).
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
                "customerId": customer_id,
                "leads": leads,
                "address": address,
                "shippingContact": shipping_contact,
                "deals": deals,
                "email": email,
                "phone": phone,
                "insurancePolicies": insurance_policies,
                "tenants": tenants,
                "consumerStatus": consumer_status,
                "consumerFirstName": consumer_first_name,
                "consumerMiddleName": consumer_middle_name,
                "consumerLastName": consumer_last_name,
                "consumerSuffix": consumer_suffix,
                "consumerDateOfBirth": consumer_date_of_birth,
                "consumerEducationLevel": consumer_education_level,
                "consumerVehicles": consumer_vehicles,
                "consumerPhoneType": consumer_phone_type,
                "consumerDriversLicense": consumer_drivers_license,
                "consumerDriversLicenseState": consumer_drivers_license_state,
                "consumerDriversLicenseNumber": consumer_drivers_license_number,
                "consumerDriversLicenseExp": consumer_drivers_license_exp,
                "consumerDriversLicenseExpiration": consumer_drivers_license_expiration,
                "consumerPreApprovals": consumer_pre_approvals,
                "consumerGetPreApproved": consumer_get_pre_approved,
                "consumerProvideProofOfInsurance": consumer_provide_proof_of_insurance,
                "consumerLoginToBank": consumer_login_to_bank,
                "consumerConnectCar": consumer_connect_car,
                "consumerProvideProofOfIncome": consumer_provide_proof_of_income,
                "consumerConsumerId": consumer_consumer_id,
                "consumerCreditApplicationId": consumer_credit_application_id,
                "deals2": deals2,
                "consumerSocialSecurity": consumer_social_security,
                "consumerDriversLicenceState": consumer_drivers_licence_state,
                "consumerIncome": consumer_income,
                "consumerIncomeInterval": consumer_income_interval,
                "consumerEmploymentStatusCode": consumer_employment_status_code,
                "consumerEmploymentDuration": consumer_employment_duration,
                "consumerEmployerName": consumer_employer_name,
                "consumerEmployerPhone": consumer_employer_phone,
                "consumerEmploymentTitle": consumer_employment_title,
                "consumerPreviousEmployerName": consumer_previous_employer_name,
                "consumerPreviousEmployerPhone": consumer_previous_employer_phone,
                "consumerPreviousEmploymentTitle": consumer_previous_employment_title,
                "consumerPreviousEmploymentDuration": consumer_previous_employment_duration,
                "consumerPreviousEmploymentincome": consumer_previous_employmentincome,
                "consumerTimeAtResidence": consumer_time_at_residence,
                "consumerPreviousAddressLine1": consumer_previous_address_line1,
                "consumerPreviousAddressLine2": consumer_previous_address_line2,
                "consumerPreviousAddressCity": consumer_previous_address_city,
                "consumerPreviousAddressState": consumer_previous_address_state,
                "consumerPreviousZip": consumer_previous_zip,
                "consumerPreviousAddressDuration": consumer_previous_address_duration,
                "consumerResidenceType": consumer_residence_type,
                "consumerRentMortgage": consumer_rent_mortgage,
                "consumerOtherIncomeDescription": consumer_other_income_description,
                "consumerOtherIncomeAmount": consumer_other_income_amount,
                "consumerLeadSource": consumer_lead_source,
                "companyName": company_name,
                "companyDealerDeals": company_dealer_deals,
                "companyDealsFacilitated": company_deals_facilitated,
                "companyInsuranceQuotes": company_insurance_quotes,
                "companyType": company_type,
                "companyWebsite": company_website,
                "companyStripeConnectLink": company_stripe_connect_link,
                "companyCustomerPortalLink": company_customer_portal_link,
                "companyServiceQuotes": company_service_quotes,
                "companyServiceOrders": company_service_orders,
                "companyServiceQuotesPartners": company_service_quotes_partners,
                "companyVisibility": company_visibility,
                "companyTenants2": company_tenants2,
                "companyCustomer": company_customer,
                "companyTrades": company_trades,
                "companyTenants3": company_tenants3,
                "companyPartnerBrand": company_partner_brand,
                "companyDeals3": company_deals3,
                "companyRouteOneDealer": company_route_one_dealer,
                "companyTransportServiceOrders": company_transport_service_orders,
            },
            **options,
        ).parse()

    def delete_many(
        self,
        *,
        where: CustomerWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CustomerBulkResponse:
        """Deletes every Customer matching a query

        Deletes every Customer matching `where` (required: Payload deletes nothing without it) and returns the deleted documents and the per-document failures (packages/payload/src/collections/endpoints/delete.ts). Status 200 when every document was deleted, 400 with the same body shape when some were not.

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
        where: CustomerWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        leads: builtins.list[Id | Lead | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        address: Id | Address | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        shipping_contact: Id | Contact | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        deals: builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        insurance_policies: (
            builtins.list[Id | InsurancePolicy | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        tenants: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_status: CustomerConsumerStatus | str | None | NotGiven = NOT_GIVEN,
        consumer_first_name: str | None | NotGiven = NOT_GIVEN,
        consumer_middle_name: str | None | NotGiven = NOT_GIVEN,
        consumer_last_name: str | None | NotGiven = NOT_GIVEN,
        consumer_suffix: str | None | NotGiven = NOT_GIVEN,
        consumer_date_of_birth: str | None | NotGiven = NOT_GIVEN,
        consumer_education_level: str | None | NotGiven = NOT_GIVEN,
        consumer_vehicles: (
            builtins.list[Id | Vehicle | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_phone_type: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_state: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_number: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_exp: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_expiration: str | None | NotGiven = NOT_GIVEN,
        consumer_pre_approvals: (
            builtins.list[Id | PreApproval | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_get_pre_approved: str | None | NotGiven = NOT_GIVEN,
        consumer_provide_proof_of_insurance: str | None | NotGiven = NOT_GIVEN,
        consumer_login_to_bank: str | None | NotGiven = NOT_GIVEN,
        consumer_connect_car: str | None | NotGiven = NOT_GIVEN,
        consumer_provide_proof_of_income: str | None | NotGiven = NOT_GIVEN,
        consumer_consumer_id: str | None | NotGiven = NOT_GIVEN,
        consumer_credit_application_id: str | None | NotGiven = NOT_GIVEN,
        deals2: builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        consumer_social_security: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_licence_state: str | None | NotGiven = NOT_GIVEN,
        consumer_income: float | None | NotGiven = NOT_GIVEN,
        consumer_income_interval: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_status_code: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_employer_name: str | None | NotGiven = NOT_GIVEN,
        consumer_employer_phone: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_title: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employer_name: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employer_phone: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employment_title: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employment_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_previous_employmentincome: float | None | NotGiven = NOT_GIVEN,
        consumer_time_at_residence: float | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_line1: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_line2: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_city: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_state: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_zip: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_residence_type: str | None | NotGiven = NOT_GIVEN,
        consumer_rent_mortgage: float | None | NotGiven = NOT_GIVEN,
        consumer_other_income_description: str | None | NotGiven = NOT_GIVEN,
        consumer_other_income_amount: float | None | NotGiven = NOT_GIVEN,
        consumer_lead_source: (
            builtins.list[CustomerConsumerLeadSource | str] | None | NotGiven
        ) = NOT_GIVEN,
        company_name: str | None | NotGiven = NOT_GIVEN,
        company_dealer_deals: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_deals_facilitated: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_insurance_quotes: (
            builtins.list[Id | InsuranceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_type: (
            builtins.list[CustomerCompanyType | str] | None | NotGiven
        ) = NOT_GIVEN,
        company_website: str | None | NotGiven = NOT_GIVEN,
        company_stripe_connect_link: str | None | NotGiven = NOT_GIVEN,
        company_customer_portal_link: str | None | NotGiven = NOT_GIVEN,
        company_service_quotes: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_service_orders: str | None | NotGiven = NOT_GIVEN,
        company_service_quotes_partners: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_visibility: str | None | NotGiven = NOT_GIVEN,
        company_tenants2: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_customer: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_trades: (
            builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_tenants3: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_partner_brand: (
            Id | Brand | dict[str, Any] | None | NotGiven
        ) = NOT_GIVEN,
        company_deals3: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_route_one_dealer: str | None | NotGiven = NOT_GIVEN,
        company_transport_service_orders: (
            builtins.list[Id | ServiceOrder | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CustomerBulkResponse:
        """Updates every Customer matching a query

        Applies the fields in the body to every Customer matching `where` (required: Payload updates nothing without it) and returns the updated documents and the per-document failures (packages/payload/src/collections/endpoints/update.ts). Status 200 when every document was updated, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket syntax (see the `where` of `list`). Payload's bulk routes require it (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            customer_id: Drivly's own identifier for the Customer.
            leads: Leads of this Customer (Lead).
            address: Address of the Customer (Address).
            shipping_contact: Contact to ship to (Contact).
            deals: Deals of this Customer (Deal).
            email: Email address of the Customer.
            phone: Phone number of the Customer.
            insurance_policies: Insurance policies of this Customer (InsurancePolicy).
            tenants: Tenants the document belongs to (Tenant).
            consumer_status: Sales status of a consumer Customer.
            consumer_first_name: Consumer's first name.
            consumer_middle_name: Consumer's middle name.
            consumer_last_name: Consumer's last name.
            consumer_suffix: Consumer's name suffix.
            consumer_date_of_birth: Consumer's date of birth, a date string.
            consumer_education_level: Consumer's highest education level.
            consumer_vehicles: Vehicles of the consumer (Vehicle).
            consumer_phone_type: Kind of phone the consumer's number belongs to.
            consumer_drivers_license: Consumer's driver's license.
            consumer_drivers_license_state: State that issued the consumer's driver's license.
            consumer_drivers_license_number: Consumer's driver's license number.
            consumer_drivers_license_exp: Expiry of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExpiration).
            consumer_drivers_license_expiration: Expiration of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExp).
            consumer_pre_approvals: Financing pre-approvals of the consumer (PreApproval).
            consumer_get_pre_approved: State of the consumer's \"get pre-approved\" step.
            consumer_provide_proof_of_insurance: State of the consumer's \"provide proof of insurance\" step.
            consumer_login_to_bank: State of the consumer's \"log in to bank\" step.
            consumer_connect_car: State of the consumer's \"connect car\" step.
            consumer_provide_proof_of_income: State of the consumer's \"provide proof of income\" step.
            consumer_consumer_id: Identifier of the consumer.
            consumer_credit_application_id: Identifier of the consumer's credit application.
            deals2: Further deals of this Customer (Deal).
            consumer_social_security: Consumer's Social Security number.
            consumer_drivers_licence_state: State that issued the consumer's driver's licence (British spelling, a separate field from consumerDriversLicenseState).
            consumer_income: Consumer's income, per consumerIncomeInterval.
            consumer_income_interval: Period the consumer's income is stated for.
            consumer_employment_status_code: Consumer's employment status.
            consumer_employment_duration: How long the consumer has worked for the current employer.
            consumer_employer_name: Name of the consumer's employer.
            consumer_employer_phone: Phone number of the consumer's employer.
            consumer_employment_title: Consumer's job title.
            consumer_previous_employer_name: Name of the consumer's previous employer.
            consumer_previous_employer_phone: Phone number of the consumer's previous employer.
            consumer_previous_employment_title: Consumer's job title at the previous employer.
            consumer_previous_employment_duration: How long the consumer worked for the previous employer.
            consumer_previous_employmentincome: Consumer's income at the previous employer (the API spells the name with a lower-case i).
            consumer_time_at_residence: How long the consumer has lived at the current residence.
            consumer_previous_address_line1: First line of the consumer's previous address.
            consumer_previous_address_line2: Second line of the consumer's previous address.
            consumer_previous_address_city: City of the consumer's previous address.
            consumer_previous_address_state: State of the consumer's previous address.
            consumer_previous_zip: ZIP code of the consumer's previous address.
            consumer_previous_address_duration: How long the consumer lived at the previous address.
            consumer_residence_type: Kind of residence the consumer lives in (for example rent or own).
            consumer_rent_mortgage: Consumer's rent or mortgage payment.
            consumer_other_income_description: Source of the consumer's other income.
            consumer_other_income_amount: Amount of the consumer's other income.
            consumer_lead_source: Channels the consumer came from.
            company_name: Name of the company.
            company_dealer_deals: Deals in which the company is the dealer (Deal).
            company_deals_facilitated: Deals the company facilitated (Deal).
            company_insurance_quotes: Insurance quotes of the company (InsuranceQuote).
            company_type: Kinds of business the company is.
            company_website: Website URL of the company.
            company_stripe_connect_link: Stripe Connect link of the company.
            company_customer_portal_link: Link to the company's customer portal.
            company_service_quotes: Service quotes of the company (ServiceQuote).
            company_service_orders: Service orders of the company; a string on the documentation page, unlike the relationship companyTransportServiceOrders.
            company_service_quotes_partners: Service quotes in which the company is a partner (ServiceQuote).
            company_visibility: Visibility setting of the company.
            company_tenants2: Tenants linked to the company (Tenant).
            company_customer: Customers linked to the company (Customer).
            company_trades: Trades of the company (Trade).
            company_tenants3: Further tenants linked to the company (Tenant).
            company_partner_brand: Brand the company partners with (Brand).
            company_deals3: Further deals of the company (Deal).
            company_route_one_dealer: Company's dealer identifier at RouteOne.
            company_transport_service_orders: Transport service orders of the company (ServiceOrder).
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
                "customerId": customer_id,
                "leads": leads,
                "address": address,
                "shippingContact": shipping_contact,
                "deals": deals,
                "email": email,
                "phone": phone,
                "insurancePolicies": insurance_policies,
                "tenants": tenants,
                "consumerStatus": consumer_status,
                "consumerFirstName": consumer_first_name,
                "consumerMiddleName": consumer_middle_name,
                "consumerLastName": consumer_last_name,
                "consumerSuffix": consumer_suffix,
                "consumerDateOfBirth": consumer_date_of_birth,
                "consumerEducationLevel": consumer_education_level,
                "consumerVehicles": consumer_vehicles,
                "consumerPhoneType": consumer_phone_type,
                "consumerDriversLicense": consumer_drivers_license,
                "consumerDriversLicenseState": consumer_drivers_license_state,
                "consumerDriversLicenseNumber": consumer_drivers_license_number,
                "consumerDriversLicenseExp": consumer_drivers_license_exp,
                "consumerDriversLicenseExpiration": consumer_drivers_license_expiration,
                "consumerPreApprovals": consumer_pre_approvals,
                "consumerGetPreApproved": consumer_get_pre_approved,
                "consumerProvideProofOfInsurance": consumer_provide_proof_of_insurance,
                "consumerLoginToBank": consumer_login_to_bank,
                "consumerConnectCar": consumer_connect_car,
                "consumerProvideProofOfIncome": consumer_provide_proof_of_income,
                "consumerConsumerId": consumer_consumer_id,
                "consumerCreditApplicationId": consumer_credit_application_id,
                "deals2": deals2,
                "consumerSocialSecurity": consumer_social_security,
                "consumerDriversLicenceState": consumer_drivers_licence_state,
                "consumerIncome": consumer_income,
                "consumerIncomeInterval": consumer_income_interval,
                "consumerEmploymentStatusCode": consumer_employment_status_code,
                "consumerEmploymentDuration": consumer_employment_duration,
                "consumerEmployerName": consumer_employer_name,
                "consumerEmployerPhone": consumer_employer_phone,
                "consumerEmploymentTitle": consumer_employment_title,
                "consumerPreviousEmployerName": consumer_previous_employer_name,
                "consumerPreviousEmployerPhone": consumer_previous_employer_phone,
                "consumerPreviousEmploymentTitle": consumer_previous_employment_title,
                "consumerPreviousEmploymentDuration": consumer_previous_employment_duration,
                "consumerPreviousEmploymentincome": consumer_previous_employmentincome,
                "consumerTimeAtResidence": consumer_time_at_residence,
                "consumerPreviousAddressLine1": consumer_previous_address_line1,
                "consumerPreviousAddressLine2": consumer_previous_address_line2,
                "consumerPreviousAddressCity": consumer_previous_address_city,
                "consumerPreviousAddressState": consumer_previous_address_state,
                "consumerPreviousZip": consumer_previous_zip,
                "consumerPreviousAddressDuration": consumer_previous_address_duration,
                "consumerResidenceType": consumer_residence_type,
                "consumerRentMortgage": consumer_rent_mortgage,
                "consumerOtherIncomeDescription": consumer_other_income_description,
                "consumerOtherIncomeAmount": consumer_other_income_amount,
                "consumerLeadSource": consumer_lead_source,
                "companyName": company_name,
                "companyDealerDeals": company_dealer_deals,
                "companyDealsFacilitated": company_deals_facilitated,
                "companyInsuranceQuotes": company_insurance_quotes,
                "companyType": company_type,
                "companyWebsite": company_website,
                "companyStripeConnectLink": company_stripe_connect_link,
                "companyCustomerPortalLink": company_customer_portal_link,
                "companyServiceQuotes": company_service_quotes,
                "companyServiceOrders": company_service_orders,
                "companyServiceQuotesPartners": company_service_quotes_partners,
                "companyVisibility": company_visibility,
                "companyTenants2": company_tenants2,
                "companyCustomer": company_customer,
                "companyTrades": company_trades,
                "companyTenants3": company_tenants3,
                "companyPartnerBrand": company_partner_brand,
                "companyDeals3": company_deals3,
                "companyRouteOneDealer": company_route_one_dealer,
                "companyTransportServiceOrders": company_transport_service_orders,
            },
            **options,
        ).parse()

    def count(
        self,
        *,
        where: CustomerWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Customers matching a query

        Counts the Customers matching `where`, all of them without it (packages/payload/src/collections/endpoints/count.ts, operations/count.ts). Declared before `/customers/{id}` so that routers matching in document order do not take `count` for an id.

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g. `where[email][equals]=a@b.c` or `where[or][0][consumerStatus][equals]=SOLD` (https://payloadcms.com/docs/queries/overview). Omitted, every document matches.
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
    ) -> Customer:
        """Retrieves a Customer

        Finds the Customer with the given id and returns the bare document, without a wrapper (packages/payload/src/collections/endpoints/findByID.ts). Its relationships are populated to `depth` levels.

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
    ) -> CustomerDeleteResponse:
        """Deletes an existing Customer

        Deletes the Customer with the given id and returns the deleted document. The relationships of the returned document are populated to `depth` levels.

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
        customer_id: str | None | NotGiven = NOT_GIVEN,
        leads: builtins.list[Id | Lead | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        address: Id | Address | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        shipping_contact: Id | Contact | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        deals: builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        insurance_policies: (
            builtins.list[Id | InsurancePolicy | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        tenants: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_status: CustomerConsumerStatus | str | None | NotGiven = NOT_GIVEN,
        consumer_first_name: str | None | NotGiven = NOT_GIVEN,
        consumer_middle_name: str | None | NotGiven = NOT_GIVEN,
        consumer_last_name: str | None | NotGiven = NOT_GIVEN,
        consumer_suffix: str | None | NotGiven = NOT_GIVEN,
        consumer_date_of_birth: str | None | NotGiven = NOT_GIVEN,
        consumer_education_level: str | None | NotGiven = NOT_GIVEN,
        consumer_vehicles: (
            builtins.list[Id | Vehicle | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_phone_type: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_state: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_number: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_exp: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_expiration: str | None | NotGiven = NOT_GIVEN,
        consumer_pre_approvals: (
            builtins.list[Id | PreApproval | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_get_pre_approved: str | None | NotGiven = NOT_GIVEN,
        consumer_provide_proof_of_insurance: str | None | NotGiven = NOT_GIVEN,
        consumer_login_to_bank: str | None | NotGiven = NOT_GIVEN,
        consumer_connect_car: str | None | NotGiven = NOT_GIVEN,
        consumer_provide_proof_of_income: str | None | NotGiven = NOT_GIVEN,
        consumer_consumer_id: str | None | NotGiven = NOT_GIVEN,
        consumer_credit_application_id: str | None | NotGiven = NOT_GIVEN,
        deals2: builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        consumer_social_security: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_licence_state: str | None | NotGiven = NOT_GIVEN,
        consumer_income: float | None | NotGiven = NOT_GIVEN,
        consumer_income_interval: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_status_code: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_employer_name: str | None | NotGiven = NOT_GIVEN,
        consumer_employer_phone: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_title: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employer_name: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employer_phone: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employment_title: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employment_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_previous_employmentincome: float | None | NotGiven = NOT_GIVEN,
        consumer_time_at_residence: float | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_line1: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_line2: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_city: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_state: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_zip: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_residence_type: str | None | NotGiven = NOT_GIVEN,
        consumer_rent_mortgage: float | None | NotGiven = NOT_GIVEN,
        consumer_other_income_description: str | None | NotGiven = NOT_GIVEN,
        consumer_other_income_amount: float | None | NotGiven = NOT_GIVEN,
        consumer_lead_source: (
            builtins.list[CustomerConsumerLeadSource | str] | None | NotGiven
        ) = NOT_GIVEN,
        company_name: str | None | NotGiven = NOT_GIVEN,
        company_dealer_deals: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_deals_facilitated: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_insurance_quotes: (
            builtins.list[Id | InsuranceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_type: (
            builtins.list[CustomerCompanyType | str] | None | NotGiven
        ) = NOT_GIVEN,
        company_website: str | None | NotGiven = NOT_GIVEN,
        company_stripe_connect_link: str | None | NotGiven = NOT_GIVEN,
        company_customer_portal_link: str | None | NotGiven = NOT_GIVEN,
        company_service_quotes: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_service_orders: str | None | NotGiven = NOT_GIVEN,
        company_service_quotes_partners: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_visibility: str | None | NotGiven = NOT_GIVEN,
        company_tenants2: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_customer: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_trades: (
            builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_tenants3: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_partner_brand: (
            Id | Brand | dict[str, Any] | None | NotGiven
        ) = NOT_GIVEN,
        company_deals3: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_route_one_dealer: str | None | NotGiven = NOT_GIVEN,
        company_transport_service_orders: (
            builtins.list[Id | ServiceOrder | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CustomerDocResponse:
        """Updates a Customer

        Sets the fields in the body on the Customer with the given id; fields left out keep their values. Returns the updated document and Payload's message, \"Updated successfully.\" (packages/payload/src/collections/endpoints/updateByID.ts; with `draft=true` Payload sends its draft-saved message instead).

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            customer_id: Drivly's own identifier for the Customer.
            leads: Leads of this Customer (Lead).
            address: Address of the Customer (Address).
            shipping_contact: Contact to ship to (Contact).
            deals: Deals of this Customer (Deal).
            email: Email address of the Customer.
            phone: Phone number of the Customer.
            insurance_policies: Insurance policies of this Customer (InsurancePolicy).
            tenants: Tenants the document belongs to (Tenant).
            consumer_status: Sales status of a consumer Customer.
            consumer_first_name: Consumer's first name.
            consumer_middle_name: Consumer's middle name.
            consumer_last_name: Consumer's last name.
            consumer_suffix: Consumer's name suffix.
            consumer_date_of_birth: Consumer's date of birth, a date string.
            consumer_education_level: Consumer's highest education level.
            consumer_vehicles: Vehicles of the consumer (Vehicle).
            consumer_phone_type: Kind of phone the consumer's number belongs to.
            consumer_drivers_license: Consumer's driver's license.
            consumer_drivers_license_state: State that issued the consumer's driver's license.
            consumer_drivers_license_number: Consumer's driver's license number.
            consumer_drivers_license_exp: Expiry of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExpiration).
            consumer_drivers_license_expiration: Expiration of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExp).
            consumer_pre_approvals: Financing pre-approvals of the consumer (PreApproval).
            consumer_get_pre_approved: State of the consumer's \"get pre-approved\" step.
            consumer_provide_proof_of_insurance: State of the consumer's \"provide proof of insurance\" step.
            consumer_login_to_bank: State of the consumer's \"log in to bank\" step.
            consumer_connect_car: State of the consumer's \"connect car\" step.
            consumer_provide_proof_of_income: State of the consumer's \"provide proof of income\" step.
            consumer_consumer_id: Identifier of the consumer.
            consumer_credit_application_id: Identifier of the consumer's credit application.
            deals2: Further deals of this Customer (Deal).
            consumer_social_security: Consumer's Social Security number.
            consumer_drivers_licence_state: State that issued the consumer's driver's licence (British spelling, a separate field from consumerDriversLicenseState).
            consumer_income: Consumer's income, per consumerIncomeInterval.
            consumer_income_interval: Period the consumer's income is stated for.
            consumer_employment_status_code: Consumer's employment status.
            consumer_employment_duration: How long the consumer has worked for the current employer.
            consumer_employer_name: Name of the consumer's employer.
            consumer_employer_phone: Phone number of the consumer's employer.
            consumer_employment_title: Consumer's job title.
            consumer_previous_employer_name: Name of the consumer's previous employer.
            consumer_previous_employer_phone: Phone number of the consumer's previous employer.
            consumer_previous_employment_title: Consumer's job title at the previous employer.
            consumer_previous_employment_duration: How long the consumer worked for the previous employer.
            consumer_previous_employmentincome: Consumer's income at the previous employer (the API spells the name with a lower-case i).
            consumer_time_at_residence: How long the consumer has lived at the current residence.
            consumer_previous_address_line1: First line of the consumer's previous address.
            consumer_previous_address_line2: Second line of the consumer's previous address.
            consumer_previous_address_city: City of the consumer's previous address.
            consumer_previous_address_state: State of the consumer's previous address.
            consumer_previous_zip: ZIP code of the consumer's previous address.
            consumer_previous_address_duration: How long the consumer lived at the previous address.
            consumer_residence_type: Kind of residence the consumer lives in (for example rent or own).
            consumer_rent_mortgage: Consumer's rent or mortgage payment.
            consumer_other_income_description: Source of the consumer's other income.
            consumer_other_income_amount: Amount of the consumer's other income.
            consumer_lead_source: Channels the consumer came from.
            company_name: Name of the company.
            company_dealer_deals: Deals in which the company is the dealer (Deal).
            company_deals_facilitated: Deals the company facilitated (Deal).
            company_insurance_quotes: Insurance quotes of the company (InsuranceQuote).
            company_type: Kinds of business the company is.
            company_website: Website URL of the company.
            company_stripe_connect_link: Stripe Connect link of the company.
            company_customer_portal_link: Link to the company's customer portal.
            company_service_quotes: Service quotes of the company (ServiceQuote).
            company_service_orders: Service orders of the company; a string on the documentation page, unlike the relationship companyTransportServiceOrders.
            company_service_quotes_partners: Service quotes in which the company is a partner (ServiceQuote).
            company_visibility: Visibility setting of the company.
            company_tenants2: Tenants linked to the company (Tenant).
            company_customer: Customers linked to the company (Customer).
            company_trades: Trades of the company (Trade).
            company_tenants3: Further tenants linked to the company (Tenant).
            company_partner_brand: Brand the company partners with (Brand).
            company_deals3: Further deals of the company (Deal).
            company_route_one_dealer: Company's dealer identifier at RouteOne.
            company_transport_service_orders: Transport service orders of the company (ServiceOrder).
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
                "customerId": customer_id,
                "leads": leads,
                "address": address,
                "shippingContact": shipping_contact,
                "deals": deals,
                "email": email,
                "phone": phone,
                "insurancePolicies": insurance_policies,
                "tenants": tenants,
                "consumerStatus": consumer_status,
                "consumerFirstName": consumer_first_name,
                "consumerMiddleName": consumer_middle_name,
                "consumerLastName": consumer_last_name,
                "consumerSuffix": consumer_suffix,
                "consumerDateOfBirth": consumer_date_of_birth,
                "consumerEducationLevel": consumer_education_level,
                "consumerVehicles": consumer_vehicles,
                "consumerPhoneType": consumer_phone_type,
                "consumerDriversLicense": consumer_drivers_license,
                "consumerDriversLicenseState": consumer_drivers_license_state,
                "consumerDriversLicenseNumber": consumer_drivers_license_number,
                "consumerDriversLicenseExp": consumer_drivers_license_exp,
                "consumerDriversLicenseExpiration": consumer_drivers_license_expiration,
                "consumerPreApprovals": consumer_pre_approvals,
                "consumerGetPreApproved": consumer_get_pre_approved,
                "consumerProvideProofOfInsurance": consumer_provide_proof_of_insurance,
                "consumerLoginToBank": consumer_login_to_bank,
                "consumerConnectCar": consumer_connect_car,
                "consumerProvideProofOfIncome": consumer_provide_proof_of_income,
                "consumerConsumerId": consumer_consumer_id,
                "consumerCreditApplicationId": consumer_credit_application_id,
                "deals2": deals2,
                "consumerSocialSecurity": consumer_social_security,
                "consumerDriversLicenceState": consumer_drivers_licence_state,
                "consumerIncome": consumer_income,
                "consumerIncomeInterval": consumer_income_interval,
                "consumerEmploymentStatusCode": consumer_employment_status_code,
                "consumerEmploymentDuration": consumer_employment_duration,
                "consumerEmployerName": consumer_employer_name,
                "consumerEmployerPhone": consumer_employer_phone,
                "consumerEmploymentTitle": consumer_employment_title,
                "consumerPreviousEmployerName": consumer_previous_employer_name,
                "consumerPreviousEmployerPhone": consumer_previous_employer_phone,
                "consumerPreviousEmploymentTitle": consumer_previous_employment_title,
                "consumerPreviousEmploymentDuration": consumer_previous_employment_duration,
                "consumerPreviousEmploymentincome": consumer_previous_employmentincome,
                "consumerTimeAtResidence": consumer_time_at_residence,
                "consumerPreviousAddressLine1": consumer_previous_address_line1,
                "consumerPreviousAddressLine2": consumer_previous_address_line2,
                "consumerPreviousAddressCity": consumer_previous_address_city,
                "consumerPreviousAddressState": consumer_previous_address_state,
                "consumerPreviousZip": consumer_previous_zip,
                "consumerPreviousAddressDuration": consumer_previous_address_duration,
                "consumerResidenceType": consumer_residence_type,
                "consumerRentMortgage": consumer_rent_mortgage,
                "consumerOtherIncomeDescription": consumer_other_income_description,
                "consumerOtherIncomeAmount": consumer_other_income_amount,
                "consumerLeadSource": consumer_lead_source,
                "companyName": company_name,
                "companyDealerDeals": company_dealer_deals,
                "companyDealsFacilitated": company_deals_facilitated,
                "companyInsuranceQuotes": company_insurance_quotes,
                "companyType": company_type,
                "companyWebsite": company_website,
                "companyStripeConnectLink": company_stripe_connect_link,
                "companyCustomerPortalLink": company_customer_portal_link,
                "companyServiceQuotes": company_service_quotes,
                "companyServiceOrders": company_service_orders,
                "companyServiceQuotesPartners": company_service_quotes_partners,
                "companyVisibility": company_visibility,
                "companyTenants2": company_tenants2,
                "companyCustomer": company_customer,
                "companyTrades": company_trades,
                "companyTenants3": company_tenants3,
                "companyPartnerBrand": company_partner_brand,
                "companyDeals3": company_deals3,
                "companyRouteOneDealer": company_route_one_dealer,
                "companyTransportServiceOrders": company_transport_service_orders,
            },
            **options,
        ).parse()


class CustomersWithRawResponse:
    """Like Customers, each method returning the APIResponse."""

    def __init__(self, resource: Customers) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete_many = to_raw_response_wrapper(resource.delete_many)
        self.update_many = to_raw_response_wrapper(resource.update_many)
        self.count = to_raw_response_wrapper(resource.count)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncCustomers(AsyncAPIResource):
    """Customers of Drivly Commerce: consumers (buyers and sellers of vehicles, with their identity, employment, income and residence details) and companies (dealers, brokers, insurers, lenders, transporters and other partners), with their relationships to leads, deals, vehicles, quotes and service orders."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomersWithRawResponse:
        """The same methods, returning the APIResponse: status, headers, and .parse()."""
        return AsyncCustomersWithRawResponse(self)

    def list(
        self,
        *,
        where: CustomerWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        sort: (
            CustomerSort | str | builtins.list[CustomerSort | str] | NotGiven
        ) = NOT_GIVEN,
        pagination: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[Customer]:
        """Lists Customers, a page at a time

        Finds the Customers matching `where`, sorted by `sort`, one page of `limit` documents at a time. Payload's collection `find` route (GET /api/{collection-slug}, https://payloadcms.com/docs/rest-api/overview); the page shape is Payload's paginated result (https://payloadcms.com/docs/queries/pagination, packages/payload/src/collections/endpoints/find.ts and operations/find.ts).

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g. `where[email][equals]=a@b.c` or `where[or][0][consumerStatus][equals]=SOLD` (https://payloadcms.com/docs/queries/overview). Omitted, every document matches.
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
        customer_id: str | None | NotGiven = NOT_GIVEN,
        leads: builtins.list[Id | Lead | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        address: Id | Address | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        shipping_contact: Id | Contact | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        deals: builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        insurance_policies: (
            builtins.list[Id | InsurancePolicy | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        tenants: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_status: CustomerConsumerStatus | str | None | NotGiven = NOT_GIVEN,
        consumer_first_name: str | None | NotGiven = NOT_GIVEN,
        consumer_middle_name: str | None | NotGiven = NOT_GIVEN,
        consumer_last_name: str | None | NotGiven = NOT_GIVEN,
        consumer_suffix: str | None | NotGiven = NOT_GIVEN,
        consumer_date_of_birth: str | None | NotGiven = NOT_GIVEN,
        consumer_education_level: str | None | NotGiven = NOT_GIVEN,
        consumer_vehicles: (
            builtins.list[Id | Vehicle | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_phone_type: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_state: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_number: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_exp: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_expiration: str | None | NotGiven = NOT_GIVEN,
        consumer_pre_approvals: (
            builtins.list[Id | PreApproval | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_get_pre_approved: str | None | NotGiven = NOT_GIVEN,
        consumer_provide_proof_of_insurance: str | None | NotGiven = NOT_GIVEN,
        consumer_login_to_bank: str | None | NotGiven = NOT_GIVEN,
        consumer_connect_car: str | None | NotGiven = NOT_GIVEN,
        consumer_provide_proof_of_income: str | None | NotGiven = NOT_GIVEN,
        consumer_consumer_id: str | None | NotGiven = NOT_GIVEN,
        consumer_credit_application_id: str | None | NotGiven = NOT_GIVEN,
        deals2: builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        consumer_social_security: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_licence_state: str | None | NotGiven = NOT_GIVEN,
        consumer_income: float | None | NotGiven = NOT_GIVEN,
        consumer_income_interval: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_status_code: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_employer_name: str | None | NotGiven = NOT_GIVEN,
        consumer_employer_phone: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_title: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employer_name: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employer_phone: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employment_title: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employment_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_previous_employmentincome: float | None | NotGiven = NOT_GIVEN,
        consumer_time_at_residence: float | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_line1: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_line2: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_city: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_state: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_zip: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_residence_type: str | None | NotGiven = NOT_GIVEN,
        consumer_rent_mortgage: float | None | NotGiven = NOT_GIVEN,
        consumer_other_income_description: str | None | NotGiven = NOT_GIVEN,
        consumer_other_income_amount: float | None | NotGiven = NOT_GIVEN,
        consumer_lead_source: (
            builtins.list[CustomerConsumerLeadSource | str] | None | NotGiven
        ) = NOT_GIVEN,
        company_name: str | None | NotGiven = NOT_GIVEN,
        company_dealer_deals: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_deals_facilitated: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_insurance_quotes: (
            builtins.list[Id | InsuranceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_type: (
            builtins.list[CustomerCompanyType | str] | None | NotGiven
        ) = NOT_GIVEN,
        company_website: str | None | NotGiven = NOT_GIVEN,
        company_stripe_connect_link: str | None | NotGiven = NOT_GIVEN,
        company_customer_portal_link: str | None | NotGiven = NOT_GIVEN,
        company_service_quotes: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_service_orders: str | None | NotGiven = NOT_GIVEN,
        company_service_quotes_partners: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_visibility: str | None | NotGiven = NOT_GIVEN,
        company_tenants2: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_customer: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_trades: (
            builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_tenants3: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_partner_brand: (
            Id | Brand | dict[str, Any] | None | NotGiven
        ) = NOT_GIVEN,
        company_deals3: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_route_one_dealer: str | None | NotGiven = NOT_GIVEN,
        company_transport_service_orders: (
            builtins.list[Id | ServiceOrder | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CustomerDocResponse:
        """Creates a Customer

        Creates a Customer from the fields in the body and returns it with Payload's confirmation message, status 201 (packages/payload/src/collections/endpoints/create.ts; message `general:successfullyCreated`, \"{{label}} successfully created.\").

        Args:
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            customer_id: Drivly's own identifier for the Customer.
            leads: Leads of this Customer (Lead).
            address: Address of the Customer (Address).
            shipping_contact: Contact to ship to (Contact).
            deals: Deals of this Customer (Deal).
            email: Email address of the Customer.
            phone: Phone number of the Customer.
            insurance_policies: Insurance policies of this Customer (InsurancePolicy).
            tenants: Tenants the document belongs to (Tenant).
            consumer_status: Sales status of a consumer Customer.
            consumer_first_name: Consumer's first name.
            consumer_middle_name: Consumer's middle name.
            consumer_last_name: Consumer's last name.
            consumer_suffix: Consumer's name suffix.
            consumer_date_of_birth: Consumer's date of birth, a date string.
            consumer_education_level: Consumer's highest education level.
            consumer_vehicles: Vehicles of the consumer (Vehicle).
            consumer_phone_type: Kind of phone the consumer's number belongs to.
            consumer_drivers_license: Consumer's driver's license.
            consumer_drivers_license_state: State that issued the consumer's driver's license.
            consumer_drivers_license_number: Consumer's driver's license number.
            consumer_drivers_license_exp: Expiry of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExpiration).
            consumer_drivers_license_expiration: Expiration of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExp).
            consumer_pre_approvals: Financing pre-approvals of the consumer (PreApproval).
            consumer_get_pre_approved: State of the consumer's \"get pre-approved\" step.
            consumer_provide_proof_of_insurance: State of the consumer's \"provide proof of insurance\" step.
            consumer_login_to_bank: State of the consumer's \"log in to bank\" step.
            consumer_connect_car: State of the consumer's \"connect car\" step.
            consumer_provide_proof_of_income: State of the consumer's \"provide proof of income\" step.
            consumer_consumer_id: Identifier of the consumer.
            consumer_credit_application_id: Identifier of the consumer's credit application.
            deals2: Further deals of this Customer (Deal).
            consumer_social_security: Consumer's Social Security number.
            consumer_drivers_licence_state: State that issued the consumer's driver's licence (British spelling, a separate field from consumerDriversLicenseState).
            consumer_income: Consumer's income, per consumerIncomeInterval.
            consumer_income_interval: Period the consumer's income is stated for.
            consumer_employment_status_code: Consumer's employment status.
            consumer_employment_duration: How long the consumer has worked for the current employer.
            consumer_employer_name: Name of the consumer's employer.
            consumer_employer_phone: Phone number of the consumer's employer.
            consumer_employment_title: Consumer's job title.
            consumer_previous_employer_name: Name of the consumer's previous employer.
            consumer_previous_employer_phone: Phone number of the consumer's previous employer.
            consumer_previous_employment_title: Consumer's job title at the previous employer.
            consumer_previous_employment_duration: How long the consumer worked for the previous employer.
            consumer_previous_employmentincome: Consumer's income at the previous employer (the API spells the name with a lower-case i).
            consumer_time_at_residence: How long the consumer has lived at the current residence.
            consumer_previous_address_line1: First line of the consumer's previous address.
            consumer_previous_address_line2: Second line of the consumer's previous address.
            consumer_previous_address_city: City of the consumer's previous address.
            consumer_previous_address_state: State of the consumer's previous address.
            consumer_previous_zip: ZIP code of the consumer's previous address.
            consumer_previous_address_duration: How long the consumer lived at the previous address.
            consumer_residence_type: Kind of residence the consumer lives in (for example rent or own).
            consumer_rent_mortgage: Consumer's rent or mortgage payment.
            consumer_other_income_description: Source of the consumer's other income.
            consumer_other_income_amount: Amount of the consumer's other income.
            consumer_lead_source: Channels the consumer came from.
            company_name: Name of the company.
            company_dealer_deals: Deals in which the company is the dealer (Deal).
            company_deals_facilitated: Deals the company facilitated (Deal).
            company_insurance_quotes: Insurance quotes of the company (InsuranceQuote).
            company_type: Kinds of business the company is.
            company_website: Website URL of the company.
            company_stripe_connect_link: Stripe Connect link of the company.
            company_customer_portal_link: Link to the company's customer portal.
            company_service_quotes: Service quotes of the company (ServiceQuote).
            company_service_orders: Service orders of the company; a string on the documentation page, unlike the relationship companyTransportServiceOrders.
            company_service_quotes_partners: Service quotes in which the company is a partner (ServiceQuote).
            company_visibility: Visibility setting of the company.
            company_tenants2: Tenants linked to the company (Tenant).
            company_customer: Customers linked to the company (Customer).
            company_trades: Trades of the company (Trade).
            company_tenants3: Further tenants linked to the company (Tenant).
            company_partner_brand: Brand the company partners with (Brand).
            company_deals3: Further deals of the company (Deal).
            company_route_one_dealer: Company's dealer identifier at RouteOne.
            company_transport_service_orders: Transport service orders of the company (ServiceOrder).
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
                    "customerId": customer_id,
                    "leads": leads,
                    "address": address,
                    "shippingContact": shipping_contact,
                    "deals": deals,
                    "email": email,
                    "phone": phone,
                    "insurancePolicies": insurance_policies,
                    "tenants": tenants,
                    "consumerStatus": consumer_status,
                    "consumerFirstName": consumer_first_name,
                    "consumerMiddleName": consumer_middle_name,
                    "consumerLastName": consumer_last_name,
                    "consumerSuffix": consumer_suffix,
                    "consumerDateOfBirth": consumer_date_of_birth,
                    "consumerEducationLevel": consumer_education_level,
                    "consumerVehicles": consumer_vehicles,
                    "consumerPhoneType": consumer_phone_type,
                    "consumerDriversLicense": consumer_drivers_license,
                    "consumerDriversLicenseState": consumer_drivers_license_state,
                    "consumerDriversLicenseNumber": consumer_drivers_license_number,
                    "consumerDriversLicenseExp": consumer_drivers_license_exp,
                    "consumerDriversLicenseExpiration": consumer_drivers_license_expiration,
                    "consumerPreApprovals": consumer_pre_approvals,
                    "consumerGetPreApproved": consumer_get_pre_approved,
                    "consumerProvideProofOfInsurance": consumer_provide_proof_of_insurance,
                    "consumerLoginToBank": consumer_login_to_bank,
                    "consumerConnectCar": consumer_connect_car,
                    "consumerProvideProofOfIncome": consumer_provide_proof_of_income,
                    "consumerConsumerId": consumer_consumer_id,
                    "consumerCreditApplicationId": consumer_credit_application_id,
                    "deals2": deals2,
                    "consumerSocialSecurity": consumer_social_security,
                    "consumerDriversLicenceState": consumer_drivers_licence_state,
                    "consumerIncome": consumer_income,
                    "consumerIncomeInterval": consumer_income_interval,
                    "consumerEmploymentStatusCode": consumer_employment_status_code,
                    "consumerEmploymentDuration": consumer_employment_duration,
                    "consumerEmployerName": consumer_employer_name,
                    "consumerEmployerPhone": consumer_employer_phone,
                    "consumerEmploymentTitle": consumer_employment_title,
                    "consumerPreviousEmployerName": consumer_previous_employer_name,
                    "consumerPreviousEmployerPhone": consumer_previous_employer_phone,
                    "consumerPreviousEmploymentTitle": consumer_previous_employment_title,
                    "consumerPreviousEmploymentDuration": consumer_previous_employment_duration,
                    "consumerPreviousEmploymentincome": consumer_previous_employmentincome,
                    "consumerTimeAtResidence": consumer_time_at_residence,
                    "consumerPreviousAddressLine1": consumer_previous_address_line1,
                    "consumerPreviousAddressLine2": consumer_previous_address_line2,
                    "consumerPreviousAddressCity": consumer_previous_address_city,
                    "consumerPreviousAddressState": consumer_previous_address_state,
                    "consumerPreviousZip": consumer_previous_zip,
                    "consumerPreviousAddressDuration": consumer_previous_address_duration,
                    "consumerResidenceType": consumer_residence_type,
                    "consumerRentMortgage": consumer_rent_mortgage,
                    "consumerOtherIncomeDescription": consumer_other_income_description,
                    "consumerOtherIncomeAmount": consumer_other_income_amount,
                    "consumerLeadSource": consumer_lead_source,
                    "companyName": company_name,
                    "companyDealerDeals": company_dealer_deals,
                    "companyDealsFacilitated": company_deals_facilitated,
                    "companyInsuranceQuotes": company_insurance_quotes,
                    "companyType": company_type,
                    "companyWebsite": company_website,
                    "companyStripeConnectLink": company_stripe_connect_link,
                    "companyCustomerPortalLink": company_customer_portal_link,
                    "companyServiceQuotes": company_service_quotes,
                    "companyServiceOrders": company_service_orders,
                    "companyServiceQuotesPartners": company_service_quotes_partners,
                    "companyVisibility": company_visibility,
                    "companyTenants2": company_tenants2,
                    "companyCustomer": company_customer,
                    "companyTrades": company_trades,
                    "companyTenants3": company_tenants3,
                    "companyPartnerBrand": company_partner_brand,
                    "companyDeals3": company_deals3,
                    "companyRouteOneDealer": company_route_one_dealer,
                    "companyTransportServiceOrders": company_transport_service_orders,
                },
                **options,
            )
        ).parse()

    async def delete_many(
        self,
        *,
        where: CustomerWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CustomerBulkResponse:
        """Deletes every Customer matching a query

        Deletes every Customer matching `where` (required: Payload deletes nothing without it) and returns the deleted documents and the per-document failures (packages/payload/src/collections/endpoints/delete.ts). Status 200 when every document was deleted, 400 with the same body shape when some were not.

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
        where: CustomerWhere | dict[str, Any],
        depth: int | NotGiven = NOT_GIVEN,
        select: Select | NotGiven = NOT_GIVEN,
        populate: Populate | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        fallback_locale: str | NotGiven = NOT_GIVEN,
        customer_id: str | None | NotGiven = NOT_GIVEN,
        leads: builtins.list[Id | Lead | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        address: Id | Address | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        shipping_contact: Id | Contact | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        deals: builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        insurance_policies: (
            builtins.list[Id | InsurancePolicy | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        tenants: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_status: CustomerConsumerStatus | str | None | NotGiven = NOT_GIVEN,
        consumer_first_name: str | None | NotGiven = NOT_GIVEN,
        consumer_middle_name: str | None | NotGiven = NOT_GIVEN,
        consumer_last_name: str | None | NotGiven = NOT_GIVEN,
        consumer_suffix: str | None | NotGiven = NOT_GIVEN,
        consumer_date_of_birth: str | None | NotGiven = NOT_GIVEN,
        consumer_education_level: str | None | NotGiven = NOT_GIVEN,
        consumer_vehicles: (
            builtins.list[Id | Vehicle | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_phone_type: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_state: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_number: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_exp: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_expiration: str | None | NotGiven = NOT_GIVEN,
        consumer_pre_approvals: (
            builtins.list[Id | PreApproval | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_get_pre_approved: str | None | NotGiven = NOT_GIVEN,
        consumer_provide_proof_of_insurance: str | None | NotGiven = NOT_GIVEN,
        consumer_login_to_bank: str | None | NotGiven = NOT_GIVEN,
        consumer_connect_car: str | None | NotGiven = NOT_GIVEN,
        consumer_provide_proof_of_income: str | None | NotGiven = NOT_GIVEN,
        consumer_consumer_id: str | None | NotGiven = NOT_GIVEN,
        consumer_credit_application_id: str | None | NotGiven = NOT_GIVEN,
        deals2: builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        consumer_social_security: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_licence_state: str | None | NotGiven = NOT_GIVEN,
        consumer_income: float | None | NotGiven = NOT_GIVEN,
        consumer_income_interval: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_status_code: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_employer_name: str | None | NotGiven = NOT_GIVEN,
        consumer_employer_phone: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_title: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employer_name: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employer_phone: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employment_title: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employment_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_previous_employmentincome: float | None | NotGiven = NOT_GIVEN,
        consumer_time_at_residence: float | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_line1: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_line2: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_city: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_state: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_zip: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_residence_type: str | None | NotGiven = NOT_GIVEN,
        consumer_rent_mortgage: float | None | NotGiven = NOT_GIVEN,
        consumer_other_income_description: str | None | NotGiven = NOT_GIVEN,
        consumer_other_income_amount: float | None | NotGiven = NOT_GIVEN,
        consumer_lead_source: (
            builtins.list[CustomerConsumerLeadSource | str] | None | NotGiven
        ) = NOT_GIVEN,
        company_name: str | None | NotGiven = NOT_GIVEN,
        company_dealer_deals: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_deals_facilitated: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_insurance_quotes: (
            builtins.list[Id | InsuranceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_type: (
            builtins.list[CustomerCompanyType | str] | None | NotGiven
        ) = NOT_GIVEN,
        company_website: str | None | NotGiven = NOT_GIVEN,
        company_stripe_connect_link: str | None | NotGiven = NOT_GIVEN,
        company_customer_portal_link: str | None | NotGiven = NOT_GIVEN,
        company_service_quotes: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_service_orders: str | None | NotGiven = NOT_GIVEN,
        company_service_quotes_partners: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_visibility: str | None | NotGiven = NOT_GIVEN,
        company_tenants2: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_customer: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_trades: (
            builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_tenants3: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_partner_brand: (
            Id | Brand | dict[str, Any] | None | NotGiven
        ) = NOT_GIVEN,
        company_deals3: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_route_one_dealer: str | None | NotGiven = NOT_GIVEN,
        company_transport_service_orders: (
            builtins.list[Id | ServiceOrder | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CustomerBulkResponse:
        """Updates every Customer matching a query

        Applies the fields in the body to every Customer matching `where` (required: Payload updates nothing without it) and returns the updated documents and the per-document failures (packages/payload/src/collections/endpoints/update.ts). Status 200 when every document was updated, 400 with the same body shape when some were not.

        Args:
            where: Payload's query selecting the documents to change, in its bracket syntax (see the `where` of `list`). Payload's bulk routes require it (packages/payload/src/collections/endpoints/update.ts, delete.ts).
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            customer_id: Drivly's own identifier for the Customer.
            leads: Leads of this Customer (Lead).
            address: Address of the Customer (Address).
            shipping_contact: Contact to ship to (Contact).
            deals: Deals of this Customer (Deal).
            email: Email address of the Customer.
            phone: Phone number of the Customer.
            insurance_policies: Insurance policies of this Customer (InsurancePolicy).
            tenants: Tenants the document belongs to (Tenant).
            consumer_status: Sales status of a consumer Customer.
            consumer_first_name: Consumer's first name.
            consumer_middle_name: Consumer's middle name.
            consumer_last_name: Consumer's last name.
            consumer_suffix: Consumer's name suffix.
            consumer_date_of_birth: Consumer's date of birth, a date string.
            consumer_education_level: Consumer's highest education level.
            consumer_vehicles: Vehicles of the consumer (Vehicle).
            consumer_phone_type: Kind of phone the consumer's number belongs to.
            consumer_drivers_license: Consumer's driver's license.
            consumer_drivers_license_state: State that issued the consumer's driver's license.
            consumer_drivers_license_number: Consumer's driver's license number.
            consumer_drivers_license_exp: Expiry of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExpiration).
            consumer_drivers_license_expiration: Expiration of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExp).
            consumer_pre_approvals: Financing pre-approvals of the consumer (PreApproval).
            consumer_get_pre_approved: State of the consumer's \"get pre-approved\" step.
            consumer_provide_proof_of_insurance: State of the consumer's \"provide proof of insurance\" step.
            consumer_login_to_bank: State of the consumer's \"log in to bank\" step.
            consumer_connect_car: State of the consumer's \"connect car\" step.
            consumer_provide_proof_of_income: State of the consumer's \"provide proof of income\" step.
            consumer_consumer_id: Identifier of the consumer.
            consumer_credit_application_id: Identifier of the consumer's credit application.
            deals2: Further deals of this Customer (Deal).
            consumer_social_security: Consumer's Social Security number.
            consumer_drivers_licence_state: State that issued the consumer's driver's licence (British spelling, a separate field from consumerDriversLicenseState).
            consumer_income: Consumer's income, per consumerIncomeInterval.
            consumer_income_interval: Period the consumer's income is stated for.
            consumer_employment_status_code: Consumer's employment status.
            consumer_employment_duration: How long the consumer has worked for the current employer.
            consumer_employer_name: Name of the consumer's employer.
            consumer_employer_phone: Phone number of the consumer's employer.
            consumer_employment_title: Consumer's job title.
            consumer_previous_employer_name: Name of the consumer's previous employer.
            consumer_previous_employer_phone: Phone number of the consumer's previous employer.
            consumer_previous_employment_title: Consumer's job title at the previous employer.
            consumer_previous_employment_duration: How long the consumer worked for the previous employer.
            consumer_previous_employmentincome: Consumer's income at the previous employer (the API spells the name with a lower-case i).
            consumer_time_at_residence: How long the consumer has lived at the current residence.
            consumer_previous_address_line1: First line of the consumer's previous address.
            consumer_previous_address_line2: Second line of the consumer's previous address.
            consumer_previous_address_city: City of the consumer's previous address.
            consumer_previous_address_state: State of the consumer's previous address.
            consumer_previous_zip: ZIP code of the consumer's previous address.
            consumer_previous_address_duration: How long the consumer lived at the previous address.
            consumer_residence_type: Kind of residence the consumer lives in (for example rent or own).
            consumer_rent_mortgage: Consumer's rent or mortgage payment.
            consumer_other_income_description: Source of the consumer's other income.
            consumer_other_income_amount: Amount of the consumer's other income.
            consumer_lead_source: Channels the consumer came from.
            company_name: Name of the company.
            company_dealer_deals: Deals in which the company is the dealer (Deal).
            company_deals_facilitated: Deals the company facilitated (Deal).
            company_insurance_quotes: Insurance quotes of the company (InsuranceQuote).
            company_type: Kinds of business the company is.
            company_website: Website URL of the company.
            company_stripe_connect_link: Stripe Connect link of the company.
            company_customer_portal_link: Link to the company's customer portal.
            company_service_quotes: Service quotes of the company (ServiceQuote).
            company_service_orders: Service orders of the company; a string on the documentation page, unlike the relationship companyTransportServiceOrders.
            company_service_quotes_partners: Service quotes in which the company is a partner (ServiceQuote).
            company_visibility: Visibility setting of the company.
            company_tenants2: Tenants linked to the company (Tenant).
            company_customer: Customers linked to the company (Customer).
            company_trades: Trades of the company (Trade).
            company_tenants3: Further tenants linked to the company (Tenant).
            company_partner_brand: Brand the company partners with (Brand).
            company_deals3: Further deals of the company (Deal).
            company_route_one_dealer: Company's dealer identifier at RouteOne.
            company_transport_service_orders: Transport service orders of the company (ServiceOrder).
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
                    "customerId": customer_id,
                    "leads": leads,
                    "address": address,
                    "shippingContact": shipping_contact,
                    "deals": deals,
                    "email": email,
                    "phone": phone,
                    "insurancePolicies": insurance_policies,
                    "tenants": tenants,
                    "consumerStatus": consumer_status,
                    "consumerFirstName": consumer_first_name,
                    "consumerMiddleName": consumer_middle_name,
                    "consumerLastName": consumer_last_name,
                    "consumerSuffix": consumer_suffix,
                    "consumerDateOfBirth": consumer_date_of_birth,
                    "consumerEducationLevel": consumer_education_level,
                    "consumerVehicles": consumer_vehicles,
                    "consumerPhoneType": consumer_phone_type,
                    "consumerDriversLicense": consumer_drivers_license,
                    "consumerDriversLicenseState": consumer_drivers_license_state,
                    "consumerDriversLicenseNumber": consumer_drivers_license_number,
                    "consumerDriversLicenseExp": consumer_drivers_license_exp,
                    "consumerDriversLicenseExpiration": consumer_drivers_license_expiration,
                    "consumerPreApprovals": consumer_pre_approvals,
                    "consumerGetPreApproved": consumer_get_pre_approved,
                    "consumerProvideProofOfInsurance": consumer_provide_proof_of_insurance,
                    "consumerLoginToBank": consumer_login_to_bank,
                    "consumerConnectCar": consumer_connect_car,
                    "consumerProvideProofOfIncome": consumer_provide_proof_of_income,
                    "consumerConsumerId": consumer_consumer_id,
                    "consumerCreditApplicationId": consumer_credit_application_id,
                    "deals2": deals2,
                    "consumerSocialSecurity": consumer_social_security,
                    "consumerDriversLicenceState": consumer_drivers_licence_state,
                    "consumerIncome": consumer_income,
                    "consumerIncomeInterval": consumer_income_interval,
                    "consumerEmploymentStatusCode": consumer_employment_status_code,
                    "consumerEmploymentDuration": consumer_employment_duration,
                    "consumerEmployerName": consumer_employer_name,
                    "consumerEmployerPhone": consumer_employer_phone,
                    "consumerEmploymentTitle": consumer_employment_title,
                    "consumerPreviousEmployerName": consumer_previous_employer_name,
                    "consumerPreviousEmployerPhone": consumer_previous_employer_phone,
                    "consumerPreviousEmploymentTitle": consumer_previous_employment_title,
                    "consumerPreviousEmploymentDuration": consumer_previous_employment_duration,
                    "consumerPreviousEmploymentincome": consumer_previous_employmentincome,
                    "consumerTimeAtResidence": consumer_time_at_residence,
                    "consumerPreviousAddressLine1": consumer_previous_address_line1,
                    "consumerPreviousAddressLine2": consumer_previous_address_line2,
                    "consumerPreviousAddressCity": consumer_previous_address_city,
                    "consumerPreviousAddressState": consumer_previous_address_state,
                    "consumerPreviousZip": consumer_previous_zip,
                    "consumerPreviousAddressDuration": consumer_previous_address_duration,
                    "consumerResidenceType": consumer_residence_type,
                    "consumerRentMortgage": consumer_rent_mortgage,
                    "consumerOtherIncomeDescription": consumer_other_income_description,
                    "consumerOtherIncomeAmount": consumer_other_income_amount,
                    "consumerLeadSource": consumer_lead_source,
                    "companyName": company_name,
                    "companyDealerDeals": company_dealer_deals,
                    "companyDealsFacilitated": company_deals_facilitated,
                    "companyInsuranceQuotes": company_insurance_quotes,
                    "companyType": company_type,
                    "companyWebsite": company_website,
                    "companyStripeConnectLink": company_stripe_connect_link,
                    "companyCustomerPortalLink": company_customer_portal_link,
                    "companyServiceQuotes": company_service_quotes,
                    "companyServiceOrders": company_service_orders,
                    "companyServiceQuotesPartners": company_service_quotes_partners,
                    "companyVisibility": company_visibility,
                    "companyTenants2": company_tenants2,
                    "companyCustomer": company_customer,
                    "companyTrades": company_trades,
                    "companyTenants3": company_tenants3,
                    "companyPartnerBrand": company_partner_brand,
                    "companyDeals3": company_deals3,
                    "companyRouteOneDealer": company_route_one_dealer,
                    "companyTransportServiceOrders": company_transport_service_orders,
                },
                **options,
            )
        ).parse()

    async def count(
        self,
        *,
        where: CustomerWhere | dict[str, Any] | NotGiven = NOT_GIVEN,
        locale: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Count:
        """Counts the Customers matching a query

        Counts the Customers matching `where`, all of them without it (packages/payload/src/collections/endpoints/count.ts, operations/count.ts). Declared before `/customers/{id}` so that routers matching in document order do not take `count` for an id.

        Args:
            where: Payload's query, sent in its bracket syntax as `qs` writes it, e.g. `where[email][equals]=a@b.c` or `where[or][0][consumerStatus][equals]=SOLD` (https://payloadcms.com/docs/queries/overview). Omitted, every document matches.
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
    ) -> Customer:
        """Retrieves a Customer

        Finds the Customer with the given id and returns the bare document, without a wrapper (packages/payload/src/collections/endpoints/findByID.ts). Its relationships are populated to `depth` levels.

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
    ) -> CustomerDeleteResponse:
        """Deletes an existing Customer

        Deletes the Customer with the given id and returns the deleted document. The relationships of the returned document are populated to `depth` levels.

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
        customer_id: str | None | NotGiven = NOT_GIVEN,
        leads: builtins.list[Id | Lead | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        address: Id | Address | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        shipping_contact: Id | Contact | dict[str, Any] | None | NotGiven = NOT_GIVEN,
        deals: builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        email: str | None | NotGiven = NOT_GIVEN,
        phone: str | None | NotGiven = NOT_GIVEN,
        insurance_policies: (
            builtins.list[Id | InsurancePolicy | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        tenants: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_status: CustomerConsumerStatus | str | None | NotGiven = NOT_GIVEN,
        consumer_first_name: str | None | NotGiven = NOT_GIVEN,
        consumer_middle_name: str | None | NotGiven = NOT_GIVEN,
        consumer_last_name: str | None | NotGiven = NOT_GIVEN,
        consumer_suffix: str | None | NotGiven = NOT_GIVEN,
        consumer_date_of_birth: str | None | NotGiven = NOT_GIVEN,
        consumer_education_level: str | None | NotGiven = NOT_GIVEN,
        consumer_vehicles: (
            builtins.list[Id | Vehicle | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_phone_type: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_state: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_number: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_exp: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_license_expiration: str | None | NotGiven = NOT_GIVEN,
        consumer_pre_approvals: (
            builtins.list[Id | PreApproval | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        consumer_get_pre_approved: str | None | NotGiven = NOT_GIVEN,
        consumer_provide_proof_of_insurance: str | None | NotGiven = NOT_GIVEN,
        consumer_login_to_bank: str | None | NotGiven = NOT_GIVEN,
        consumer_connect_car: str | None | NotGiven = NOT_GIVEN,
        consumer_provide_proof_of_income: str | None | NotGiven = NOT_GIVEN,
        consumer_consumer_id: str | None | NotGiven = NOT_GIVEN,
        consumer_credit_application_id: str | None | NotGiven = NOT_GIVEN,
        deals2: builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven = NOT_GIVEN,
        consumer_social_security: str | None | NotGiven = NOT_GIVEN,
        consumer_drivers_licence_state: str | None | NotGiven = NOT_GIVEN,
        consumer_income: float | None | NotGiven = NOT_GIVEN,
        consumer_income_interval: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_status_code: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_employer_name: str | None | NotGiven = NOT_GIVEN,
        consumer_employer_phone: str | None | NotGiven = NOT_GIVEN,
        consumer_employment_title: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employer_name: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employer_phone: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employment_title: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_employment_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_previous_employmentincome: float | None | NotGiven = NOT_GIVEN,
        consumer_time_at_residence: float | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_line1: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_line2: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_city: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_state: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_zip: str | None | NotGiven = NOT_GIVEN,
        consumer_previous_address_duration: float | None | NotGiven = NOT_GIVEN,
        consumer_residence_type: str | None | NotGiven = NOT_GIVEN,
        consumer_rent_mortgage: float | None | NotGiven = NOT_GIVEN,
        consumer_other_income_description: str | None | NotGiven = NOT_GIVEN,
        consumer_other_income_amount: float | None | NotGiven = NOT_GIVEN,
        consumer_lead_source: (
            builtins.list[CustomerConsumerLeadSource | str] | None | NotGiven
        ) = NOT_GIVEN,
        company_name: str | None | NotGiven = NOT_GIVEN,
        company_dealer_deals: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_deals_facilitated: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_insurance_quotes: (
            builtins.list[Id | InsuranceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_type: (
            builtins.list[CustomerCompanyType | str] | None | NotGiven
        ) = NOT_GIVEN,
        company_website: str | None | NotGiven = NOT_GIVEN,
        company_stripe_connect_link: str | None | NotGiven = NOT_GIVEN,
        company_customer_portal_link: str | None | NotGiven = NOT_GIVEN,
        company_service_quotes: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_service_orders: str | None | NotGiven = NOT_GIVEN,
        company_service_quotes_partners: (
            builtins.list[Id | ServiceQuote | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_visibility: str | None | NotGiven = NOT_GIVEN,
        company_tenants2: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_customer: (
            builtins.list[Id | Customer | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_trades: (
            builtins.list[Id | Trade | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_tenants3: (
            builtins.list[Id | Tenant | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_partner_brand: (
            Id | Brand | dict[str, Any] | None | NotGiven
        ) = NOT_GIVEN,
        company_deals3: (
            builtins.list[Id | Deal | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        company_route_one_dealer: str | None | NotGiven = NOT_GIVEN,
        company_transport_service_orders: (
            builtins.list[Id | ServiceOrder | dict[str, Any]] | None | NotGiven
        ) = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> CustomerDocResponse:
        """Updates a Customer

        Sets the fields in the body on the Customer with the given id; fields left out keep their values. Returns the updated document and Payload's message, \"Updated successfully.\" (packages/payload/src/collections/endpoints/updateByID.ts; with `draft=true` Payload sends its draft-saved message instead).

        Args:
            id: id of the document
            depth: number of levels to automatically populate relationships and uploads. At 0 relationship fields hold ids; at 1 or more they hold the related documents. When omitted the server's configured default applies (Payload's own default is 2).
            select: The fields to send back: `select[email]=true` sends only the fields set to true (and id), `select[email]=false` every field but those; a group's fields nest, `select[group][field]=true` (https://payloadcms.com/docs/queries/select; Payload 3 reads it on find, findByID, create, update and delete, utilities/sanitizeSelectParam.ts).
            populate: Per related collection, the fields of its documents to send when `depth` populates them, as `select` takes them: `populate[customers][email]=true` (https://payloadcms.com/docs/queries/select#populate, utilities/sanitizePopulateParam.ts).
            locale: retrieves document(s) in a specific locale
            fallback_locale: specifies a fallback locale if no locale value exists
            draft: `true` to work on the latest draft instead of the published document, for collections with drafts enabled (Payload reads `draft === 'true'`, packages/payload/src/collections/endpoints/find.ts, findByID.ts, create.ts, updateByID.ts).
            customer_id: Drivly's own identifier for the Customer.
            leads: Leads of this Customer (Lead).
            address: Address of the Customer (Address).
            shipping_contact: Contact to ship to (Contact).
            deals: Deals of this Customer (Deal).
            email: Email address of the Customer.
            phone: Phone number of the Customer.
            insurance_policies: Insurance policies of this Customer (InsurancePolicy).
            tenants: Tenants the document belongs to (Tenant).
            consumer_status: Sales status of a consumer Customer.
            consumer_first_name: Consumer's first name.
            consumer_middle_name: Consumer's middle name.
            consumer_last_name: Consumer's last name.
            consumer_suffix: Consumer's name suffix.
            consumer_date_of_birth: Consumer's date of birth, a date string.
            consumer_education_level: Consumer's highest education level.
            consumer_vehicles: Vehicles of the consumer (Vehicle).
            consumer_phone_type: Kind of phone the consumer's number belongs to.
            consumer_drivers_license: Consumer's driver's license.
            consumer_drivers_license_state: State that issued the consumer's driver's license.
            consumer_drivers_license_number: Consumer's driver's license number.
            consumer_drivers_license_exp: Expiry of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExpiration).
            consumer_drivers_license_expiration: Expiration of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExp).
            consumer_pre_approvals: Financing pre-approvals of the consumer (PreApproval).
            consumer_get_pre_approved: State of the consumer's \"get pre-approved\" step.
            consumer_provide_proof_of_insurance: State of the consumer's \"provide proof of insurance\" step.
            consumer_login_to_bank: State of the consumer's \"log in to bank\" step.
            consumer_connect_car: State of the consumer's \"connect car\" step.
            consumer_provide_proof_of_income: State of the consumer's \"provide proof of income\" step.
            consumer_consumer_id: Identifier of the consumer.
            consumer_credit_application_id: Identifier of the consumer's credit application.
            deals2: Further deals of this Customer (Deal).
            consumer_social_security: Consumer's Social Security number.
            consumer_drivers_licence_state: State that issued the consumer's driver's licence (British spelling, a separate field from consumerDriversLicenseState).
            consumer_income: Consumer's income, per consumerIncomeInterval.
            consumer_income_interval: Period the consumer's income is stated for.
            consumer_employment_status_code: Consumer's employment status.
            consumer_employment_duration: How long the consumer has worked for the current employer.
            consumer_employer_name: Name of the consumer's employer.
            consumer_employer_phone: Phone number of the consumer's employer.
            consumer_employment_title: Consumer's job title.
            consumer_previous_employer_name: Name of the consumer's previous employer.
            consumer_previous_employer_phone: Phone number of the consumer's previous employer.
            consumer_previous_employment_title: Consumer's job title at the previous employer.
            consumer_previous_employment_duration: How long the consumer worked for the previous employer.
            consumer_previous_employmentincome: Consumer's income at the previous employer (the API spells the name with a lower-case i).
            consumer_time_at_residence: How long the consumer has lived at the current residence.
            consumer_previous_address_line1: First line of the consumer's previous address.
            consumer_previous_address_line2: Second line of the consumer's previous address.
            consumer_previous_address_city: City of the consumer's previous address.
            consumer_previous_address_state: State of the consumer's previous address.
            consumer_previous_zip: ZIP code of the consumer's previous address.
            consumer_previous_address_duration: How long the consumer lived at the previous address.
            consumer_residence_type: Kind of residence the consumer lives in (for example rent or own).
            consumer_rent_mortgage: Consumer's rent or mortgage payment.
            consumer_other_income_description: Source of the consumer's other income.
            consumer_other_income_amount: Amount of the consumer's other income.
            consumer_lead_source: Channels the consumer came from.
            company_name: Name of the company.
            company_dealer_deals: Deals in which the company is the dealer (Deal).
            company_deals_facilitated: Deals the company facilitated (Deal).
            company_insurance_quotes: Insurance quotes of the company (InsuranceQuote).
            company_type: Kinds of business the company is.
            company_website: Website URL of the company.
            company_stripe_connect_link: Stripe Connect link of the company.
            company_customer_portal_link: Link to the company's customer portal.
            company_service_quotes: Service quotes of the company (ServiceQuote).
            company_service_orders: Service orders of the company; a string on the documentation page, unlike the relationship companyTransportServiceOrders.
            company_service_quotes_partners: Service quotes in which the company is a partner (ServiceQuote).
            company_visibility: Visibility setting of the company.
            company_tenants2: Tenants linked to the company (Tenant).
            company_customer: Customers linked to the company (Customer).
            company_trades: Trades of the company (Trade).
            company_tenants3: Further tenants linked to the company (Tenant).
            company_partner_brand: Brand the company partners with (Brand).
            company_deals3: Further deals of the company (Deal).
            company_route_one_dealer: Company's dealer identifier at RouteOne.
            company_transport_service_orders: Transport service orders of the company (ServiceOrder).
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
                    "customerId": customer_id,
                    "leads": leads,
                    "address": address,
                    "shippingContact": shipping_contact,
                    "deals": deals,
                    "email": email,
                    "phone": phone,
                    "insurancePolicies": insurance_policies,
                    "tenants": tenants,
                    "consumerStatus": consumer_status,
                    "consumerFirstName": consumer_first_name,
                    "consumerMiddleName": consumer_middle_name,
                    "consumerLastName": consumer_last_name,
                    "consumerSuffix": consumer_suffix,
                    "consumerDateOfBirth": consumer_date_of_birth,
                    "consumerEducationLevel": consumer_education_level,
                    "consumerVehicles": consumer_vehicles,
                    "consumerPhoneType": consumer_phone_type,
                    "consumerDriversLicense": consumer_drivers_license,
                    "consumerDriversLicenseState": consumer_drivers_license_state,
                    "consumerDriversLicenseNumber": consumer_drivers_license_number,
                    "consumerDriversLicenseExp": consumer_drivers_license_exp,
                    "consumerDriversLicenseExpiration": consumer_drivers_license_expiration,
                    "consumerPreApprovals": consumer_pre_approvals,
                    "consumerGetPreApproved": consumer_get_pre_approved,
                    "consumerProvideProofOfInsurance": consumer_provide_proof_of_insurance,
                    "consumerLoginToBank": consumer_login_to_bank,
                    "consumerConnectCar": consumer_connect_car,
                    "consumerProvideProofOfIncome": consumer_provide_proof_of_income,
                    "consumerConsumerId": consumer_consumer_id,
                    "consumerCreditApplicationId": consumer_credit_application_id,
                    "deals2": deals2,
                    "consumerSocialSecurity": consumer_social_security,
                    "consumerDriversLicenceState": consumer_drivers_licence_state,
                    "consumerIncome": consumer_income,
                    "consumerIncomeInterval": consumer_income_interval,
                    "consumerEmploymentStatusCode": consumer_employment_status_code,
                    "consumerEmploymentDuration": consumer_employment_duration,
                    "consumerEmployerName": consumer_employer_name,
                    "consumerEmployerPhone": consumer_employer_phone,
                    "consumerEmploymentTitle": consumer_employment_title,
                    "consumerPreviousEmployerName": consumer_previous_employer_name,
                    "consumerPreviousEmployerPhone": consumer_previous_employer_phone,
                    "consumerPreviousEmploymentTitle": consumer_previous_employment_title,
                    "consumerPreviousEmploymentDuration": consumer_previous_employment_duration,
                    "consumerPreviousEmploymentincome": consumer_previous_employmentincome,
                    "consumerTimeAtResidence": consumer_time_at_residence,
                    "consumerPreviousAddressLine1": consumer_previous_address_line1,
                    "consumerPreviousAddressLine2": consumer_previous_address_line2,
                    "consumerPreviousAddressCity": consumer_previous_address_city,
                    "consumerPreviousAddressState": consumer_previous_address_state,
                    "consumerPreviousZip": consumer_previous_zip,
                    "consumerPreviousAddressDuration": consumer_previous_address_duration,
                    "consumerResidenceType": consumer_residence_type,
                    "consumerRentMortgage": consumer_rent_mortgage,
                    "consumerOtherIncomeDescription": consumer_other_income_description,
                    "consumerOtherIncomeAmount": consumer_other_income_amount,
                    "consumerLeadSource": consumer_lead_source,
                    "companyName": company_name,
                    "companyDealerDeals": company_dealer_deals,
                    "companyDealsFacilitated": company_deals_facilitated,
                    "companyInsuranceQuotes": company_insurance_quotes,
                    "companyType": company_type,
                    "companyWebsite": company_website,
                    "companyStripeConnectLink": company_stripe_connect_link,
                    "companyCustomerPortalLink": company_customer_portal_link,
                    "companyServiceQuotes": company_service_quotes,
                    "companyServiceOrders": company_service_orders,
                    "companyServiceQuotesPartners": company_service_quotes_partners,
                    "companyVisibility": company_visibility,
                    "companyTenants2": company_tenants2,
                    "companyCustomer": company_customer,
                    "companyTrades": company_trades,
                    "companyTenants3": company_tenants3,
                    "companyPartnerBrand": company_partner_brand,
                    "companyDeals3": company_deals3,
                    "companyRouteOneDealer": company_route_one_dealer,
                    "companyTransportServiceOrders": company_transport_service_orders,
                },
                **options,
            )
        ).parse()


class AsyncCustomersWithRawResponse:
    """Like AsyncCustomers, each method returning the APIResponse."""

    def __init__(self, resource: AsyncCustomers) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete_many = async_to_raw_response_wrapper(resource.delete_many)
        self.update_many = async_to_raw_response_wrapper(resource.update_many)
        self.count = async_to_raw_response_wrapper(resource.count)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
