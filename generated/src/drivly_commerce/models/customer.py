"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._models import BaseModel, OpenEnum
from .customer_company_type import CustomerCompanyType
from .customer_consumer_lead_source import CustomerConsumerLeadSource
from .customer_consumer_status import CustomerConsumerStatus
from .relationship_value import RelationshipValue

__all__ = ["Customer"]


class Customer(BaseModel):
    """A Customer document: a consumer (fields prefixed `consumer`) or a company (fields prefixed `company`). Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id, createdAt and updatedAt every field is optional and may be null. The fields the server sets (id, createdAt, updatedAt, createdBy, lastModifiedBy) are readOnly: request bodies leave them out."""

    id: int | str
    """Document id. The documentation page's sample omits it, but Payload always sends it: a number with Payload's SQL adapters (Postgres, SQLite) and their default `idType`, e.g. `27` (seen on Payload 3.90.2 with @payloadcms/db-sqlite), a string with MongoDB (an ObjectId) or `idType: 'uuid'`. The `@drivly/commerce` npm SDK types it as a string."""
    updated_at: datetime = Field(alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime = Field(alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""
    customer_id: str | None = Field(None, alias="customerId")
    """Drivly's own identifier for the Customer."""
    leads: list[RelationshipValue] | None = None
    """Leads of this Customer (Lead)."""
    address: RelationshipValue | None = None
    """Address of the Customer (Address)."""
    shipping_contact: RelationshipValue | None = Field(None, alias="shippingContact")
    """Contact to ship to (Contact)."""
    deals: list[RelationshipValue] | None = None
    """Deals of this Customer (Deal)."""
    created_by: RelationshipValue | None = Field(None, alias="createdBy")
    """User who created the document (User)."""
    last_modified_by: RelationshipValue | None = Field(None, alias="lastModifiedBy")
    """User who last modified the document (User)."""
    email: str | None = None
    """Email address of the Customer."""
    phone: str | None = None
    """Phone number of the Customer."""
    insurance_policies: list[RelationshipValue] | None = Field(
        None, alias="insurancePolicies"
    )
    """Insurance policies of this Customer (InsurancePolicy)."""
    tenants: list[RelationshipValue] | None = None
    """Tenants the document belongs to (Tenant)."""
    consumer_status: OpenEnum[CustomerConsumerStatus] | None = Field(
        None, alias="consumerStatus"
    )
    """Sales status of the consumer."""
    consumer_first_name: str | None = Field(None, alias="consumerFirstName")
    """Consumer's first name."""
    consumer_middle_name: str | None = Field(None, alias="consumerMiddleName")
    """Consumer's middle name."""
    consumer_last_name: str | None = Field(None, alias="consumerLastName")
    """Consumer's last name."""
    consumer_suffix: str | None = Field(None, alias="consumerSuffix")
    """Consumer's name suffix."""
    consumer_date_of_birth: str | None = Field(None, alias="consumerDateOfBirth")
    """Consumer's date of birth, a date string."""
    consumer_education_level: str | None = Field(None, alias="consumerEducationLevel")
    """Consumer's highest education level."""
    consumer_vehicles: list[RelationshipValue] | None = Field(
        None, alias="consumerVehicles"
    )
    """Vehicles of the consumer (Vehicle)."""
    consumer_phone_type: str | None = Field(None, alias="consumerPhoneType")
    """Kind of phone the consumer's number belongs to."""
    consumer_drivers_license: str | None = Field(None, alias="consumerDriversLicense")
    """Consumer's driver's license."""
    consumer_drivers_license_state: str | None = Field(
        None, alias="consumerDriversLicenseState"
    )
    """State that issued the consumer's driver's license."""
    consumer_drivers_license_number: str | None = Field(
        None, alias="consumerDriversLicenseNumber"
    )
    """Consumer's driver's license number."""
    consumer_drivers_license_exp: str | None = Field(
        None, alias="consumerDriversLicenseExp"
    )
    """Expiry of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExpiration)."""
    consumer_drivers_license_expiration: str | None = Field(
        None, alias="consumerDriversLicenseExpiration"
    )
    """Expiration of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExp)."""
    consumer_pre_approvals: list[RelationshipValue] | None = Field(
        None, alias="consumerPreApprovals"
    )
    """Financing pre-approvals of the consumer (PreApproval)."""
    consumer_get_pre_approved: str | None = Field(None, alias="consumerGetPreApproved")
    """State of the consumer's \"get pre-approved\" step."""
    consumer_provide_proof_of_insurance: str | None = Field(
        None, alias="consumerProvideProofOfInsurance"
    )
    """State of the consumer's \"provide proof of insurance\" step."""
    consumer_login_to_bank: str | None = Field(None, alias="consumerLoginToBank")
    """State of the consumer's \"log in to bank\" step."""
    consumer_connect_car: str | None = Field(None, alias="consumerConnectCar")
    """State of the consumer's \"connect car\" step."""
    consumer_provide_proof_of_income: str | None = Field(
        None, alias="consumerProvideProofOfIncome"
    )
    """State of the consumer's \"provide proof of income\" step."""
    consumer_consumer_id: str | None = Field(None, alias="consumerConsumerId")
    """Identifier of the consumer."""
    consumer_credit_application_id: str | None = Field(
        None, alias="consumerCreditApplicationId"
    )
    """Identifier of the consumer's credit application."""
    deals2: list[RelationshipValue] | None = None
    """Further deals of this Customer (Deal)."""
    consumer_social_security: str | None = Field(None, alias="consumerSocialSecurity")
    """Consumer's Social Security number."""
    consumer_drivers_licence_state: str | None = Field(
        None, alias="consumerDriversLicenceState"
    )
    """State that issued the consumer's driver's licence (British spelling, a separate field from consumerDriversLicenseState)."""
    consumer_income: float | None = Field(None, alias="consumerIncome")
    """Consumer's income, per consumerIncomeInterval."""
    consumer_income_interval: str | None = Field(None, alias="consumerIncomeInterval")
    """Period the consumer's income is stated for."""
    consumer_employment_status_code: str | None = Field(
        None, alias="consumerEmploymentStatusCode"
    )
    """Consumer's employment status."""
    consumer_employment_duration: float | None = Field(
        None, alias="consumerEmploymentDuration"
    )
    """How long the consumer has worked for the current employer."""
    consumer_employer_name: str | None = Field(None, alias="consumerEmployerName")
    """Name of the consumer's employer."""
    consumer_employer_phone: str | None = Field(None, alias="consumerEmployerPhone")
    """Phone number of the consumer's employer."""
    consumer_employment_title: str | None = Field(None, alias="consumerEmploymentTitle")
    """Consumer's job title."""
    consumer_previous_employer_name: str | None = Field(
        None, alias="consumerPreviousEmployerName"
    )
    """Name of the consumer's previous employer."""
    consumer_previous_employer_phone: str | None = Field(
        None, alias="consumerPreviousEmployerPhone"
    )
    """Phone number of the consumer's previous employer."""
    consumer_previous_employment_title: str | None = Field(
        None, alias="consumerPreviousEmploymentTitle"
    )
    """Consumer's job title at the previous employer."""
    consumer_previous_employment_duration: float | None = Field(
        None, alias="consumerPreviousEmploymentDuration"
    )
    """How long the consumer worked for the previous employer."""
    consumer_previous_employmentincome: float | None = Field(
        None, alias="consumerPreviousEmploymentincome"
    )
    """Consumer's income at the previous employer (the API spells the name with a lower-case i)."""
    consumer_time_at_residence: float | None = Field(
        None, alias="consumerTimeAtResidence"
    )
    """How long the consumer has lived at the current residence."""
    consumer_previous_address_line1: str | None = Field(
        None, alias="consumerPreviousAddressLine1"
    )
    """First line of the consumer's previous address."""
    consumer_previous_address_line2: str | None = Field(
        None, alias="consumerPreviousAddressLine2"
    )
    """Second line of the consumer's previous address."""
    consumer_previous_address_city: str | None = Field(
        None, alias="consumerPreviousAddressCity"
    )
    """City of the consumer's previous address."""
    consumer_previous_address_state: str | None = Field(
        None, alias="consumerPreviousAddressState"
    )
    """State of the consumer's previous address."""
    consumer_previous_zip: str | None = Field(None, alias="consumerPreviousZip")
    """ZIP code of the consumer's previous address."""
    consumer_previous_address_duration: float | None = Field(
        None, alias="consumerPreviousAddressDuration"
    )
    """How long the consumer lived at the previous address."""
    consumer_residence_type: str | None = Field(None, alias="consumerResidenceType")
    """Kind of residence the consumer lives in (for example rent or own)."""
    consumer_rent_mortgage: float | None = Field(None, alias="consumerRentMortgage")
    """Consumer's rent or mortgage payment."""
    consumer_other_income_description: str | None = Field(
        None, alias="consumerOtherIncomeDescription"
    )
    """Source of the consumer's other income."""
    consumer_other_income_amount: float | None = Field(
        None, alias="consumerOtherIncomeAmount"
    )
    """Amount of the consumer's other income."""
    consumer_lead_source: list[OpenEnum[CustomerConsumerLeadSource]] | None = Field(
        None, alias="consumerLeadSource"
    )
    """Channels the consumer came from."""
    company_name: str | None = Field(None, alias="companyName")
    """Name of the company."""
    company_dealer_deals: list[RelationshipValue] | None = Field(
        None, alias="companyDealerDeals"
    )
    """Deals in which the company is the dealer (Deal)."""
    company_deals_facilitated: list[RelationshipValue] | None = Field(
        None, alias="companyDealsFacilitated"
    )
    """Deals the company facilitated (Deal)."""
    company_insurance_quotes: list[RelationshipValue] | None = Field(
        None, alias="companyInsuranceQuotes"
    )
    """Insurance quotes of the company (InsuranceQuote)."""
    company_type: list[OpenEnum[CustomerCompanyType]] | None = Field(
        None, alias="companyType"
    )
    """Kinds of business the company is."""
    company_website: str | None = Field(None, alias="companyWebsite")
    """Website URL of the company."""
    company_stripe_connect_link: str | None = Field(
        None, alias="companyStripeConnectLink"
    )
    """Stripe Connect link of the company."""
    company_customer_portal_link: str | None = Field(
        None, alias="companyCustomerPortalLink"
    )
    """Link to the company's customer portal."""
    company_service_quotes: list[RelationshipValue] | None = Field(
        None, alias="companyServiceQuotes"
    )
    """Service quotes of the company (ServiceQuote)."""
    company_service_orders: str | None = Field(None, alias="companyServiceOrders")
    """Service orders of the company; a string on the documentation page, unlike the relationship companyTransportServiceOrders."""
    company_service_quotes_partners: list[RelationshipValue] | None = Field(
        None, alias="companyServiceQuotesPartners"
    )
    """Service quotes in which the company is a partner (ServiceQuote)."""
    company_visibility: str | None = Field(None, alias="companyVisibility")
    """Visibility setting of the company."""
    company_tenants2: list[RelationshipValue] | None = Field(
        None, alias="companyTenants2"
    )
    """Tenants linked to the company (Tenant)."""
    company_customer: list[RelationshipValue] | None = Field(
        None, alias="companyCustomer"
    )
    """Customers linked to the company (Customer)."""
    company_trades: list[RelationshipValue] | None = Field(None, alias="companyTrades")
    """Trades of the company (Trade)."""
    company_tenants3: list[RelationshipValue] | None = Field(
        None, alias="companyTenants3"
    )
    """Further tenants linked to the company (Tenant)."""
    company_partner_brand: RelationshipValue | None = Field(
        None, alias="companyPartnerBrand"
    )
    """Brand the company partners with (Brand)."""
    company_deals3: list[RelationshipValue] | None = Field(None, alias="companyDeals3")
    """Further deals of the company (Deal)."""
    company_route_one_dealer: str | None = Field(None, alias="companyRouteOneDealer")
    """Company's dealer identifier at RouteOne."""
    company_transport_service_orders: list[RelationshipValue] | None = Field(
        None, alias="companyTransportServiceOrders"
    )
    """Transport service orders of the company (ServiceOrder)."""
