"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypedDict

from pydantic import Field

from .._models import BaseModel, OpenEnum
from .attachment_status import AttachmentStatus
from .brand_status import BrandStatus
from .contact_status import ContactStatus
from .contact_type import ContactType
from .credit_application_applicant_additional_income_frequency import (
    CreditApplicationApplicantAdditionalIncomeFrequency,
)
from .credit_application_applicant_relationship_type import (
    CreditApplicationApplicantRelationshipType,
)
from .credit_application_application_type import CreditApplicationApplicationType
from .credit_application_employment import CreditApplicationEmployment
from .credit_application_environment import CreditApplicationEnvironment
from .credit_application_log import CreditApplicationLog
from .credit_application_rate import CreditApplicationRate
from .credit_application_required_fields import CreditApplicationRequiredFields
from .credit_application_residence import CreditApplicationResidence
from .credit_application_state import CreditApplicationState
from .credit_application_terms import CreditApplicationTerms
from .credit_application_vehicle import CreditApplicationVehicle
from .crm_vehicle_reason import CrmVehicleReason
from .crm_vehicle_status import CrmVehicleStatus
from .customer_company_type import CustomerCompanyType
from .customer_consumer_lead_source import CustomerConsumerLeadSource
from .customer_consumer_status import CustomerConsumerStatus
from .deal_type import DealType
from .id import Id
from .lead_body_style import LeadBodyStyle
from .lead_car_style import LeadCarStyle
from .lead_comfort import LeadComfort
from .lead_drivetrain import LeadDrivetrain
from .lead_entertainment import LeadEntertainment
from .lead_event_status import LeadEventStatus
from .lead_event_type import LeadEventType
from .lead_exterior import LeadExterior
from .lead_fuel_type import LeadFuelType
from .lead_interior import LeadInterior
from .lead_process_statuses import LeadProcessStatuses
from .lead_reason import LeadReason
from .lead_safety import LeadSafety
from .lead_suv_style import LeadSuvStyle
from .lead_time_to_purchase import LeadTimeToPurchase
from .lead_transmission import LeadTransmission
from .lead_truck_style import LeadTruckStyle
from .lead_utility import LeadUtility
from .lead_van_style import LeadVanStyle
from .message_status import MessageStatus
from .pre_approval_segmentation_band import PreApprovalSegmentationBand
from .pre_approval_state import PreApprovalState
from .pre_approval_status import PreApprovalStatus
from .pre_approval_suffix import PreApprovalSuffix
from .sales_rep_credit_bands import SalesRepCreditBands
from .search_acceptable_colors import SearchAcceptableColors
from .search_acceptable_interior import SearchAcceptableInterior
from .search_body_style import SearchBodyStyle
from .search_drive import SearchDrive
from .search_new_or_used import SearchNewOrUsed
from .search_required_options import SearchRequiredOptions
from .search_status import SearchStatus
from .search_transmission import SearchTransmission
from .service_order_status import ServiceOrderStatus
from .service_order_type import ServiceOrderType
from .service_quote_status import ServiceQuoteStatus
from .service_quote_type import ServiceQuoteType
from .template_choice import TemplateChoice
from .template_type import TemplateType
from .trade_status import TradeStatus
from .user import User
from .vdp_email_status import VdpEmailStatus
from .vehicle_status import VehicleStatus

__all__ = [
    "Address",
    "AddressParams",
    "Attachment",
    "Brand",
    "Call",
    "CallParams",
    "Contact",
    "ContactParams",
    "CreditApplication",
    "CreditApplicationApplicant",
    "CreditApplicationParams",
    "CrmVehicle",
    "CrmVehicleParams",
    "Customer",
    "CustomerParams",
    "Deal",
    "DealParams",
    "DmvFee",
    "InsurancePolicy",
    "InsuranceQuote",
    "Lead",
    "LeadEvent",
    "LeadParams",
    "Listing",
    "ListingParams",
    "Location",
    "Meeting",
    "Message",
    "MessageParams",
    "PreApproval",
    "PreApprovalParams",
    "SalesRep",
    "SalesRepParams",
    "Search",
    "SearchParams",
    "ServiceOrder",
    "ServiceOrderParams",
    "ServiceQuote",
    "ServiceQuoteParams",
    "TaxesAndFee",
    "TaxesAndFeeParams",
    "Template",
    "Tenant",
    "TenantParams",
    "Trade",
    "TradeParams",
    "VdpEmail",
    "Vehicle",
    "VehicleParams",
    "Webhook",
]


class Customer(BaseModel):
    """A Customer document: a consumer (fields prefixed `consumer`) or a company (fields
    prefixed `company`). Relationship fields hold ids at depth 0 and the related
    documents at depth 1 or more. Apart from id every field is optional: createdAt and
    updatedAt come with every document unless `select` leaves them out, the others may
    be null. The fields the server sets (id, createdAt, updatedAt, createdBy,
    lastModifiedBy) are readOnly: request bodies leave them out.
    """

    id: int | str
    """Document id.

    The documentation page's sample omits it, but Payload always sends it: a number with
    Payload's SQL adapters (Postgres, SQLite) and their default `idType`, e.g. `27`
    (seen on Payload 3.90.2 with @payloadcms/db-sqlite), a string with MongoDB (an
    ObjectId) or `idType: 'uuid'`. The `@drivly/commerce` npm SDK types it as a string.
    """
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""
    customer_id: str | None = Field(None, alias="customerId")
    """Drivly's own identifier for the Customer."""
    leads: list[Id | Lead] | None = None
    """Leads of this Customer (Lead)."""
    address: Id | Address | None = None
    """Address of the Customer (Address)."""
    shipping_contact: Id | Contact | None = Field(None, alias="shippingContact")
    """Contact to ship to (Contact)."""
    deals: list[Id | Deal] | None = None
    """Deals of this Customer (Deal)."""
    created_by: Id | User | None = Field(None, alias="createdBy")
    """User who created the document (User)."""
    last_modified_by: Id | User | None = Field(None, alias="lastModifiedBy")
    """User who last modified the document (User)."""
    email: str | None = None
    """Email address of the Customer."""
    phone: str | None = None
    """Phone number of the Customer."""
    insurance_policies: list[Id | InsurancePolicy] | None = Field(
        None, alias="insurancePolicies"
    )
    """Insurance policies of this Customer (InsurancePolicy)."""
    tenants: list[Id | Tenant] | None = None
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
    consumer_vehicles: list[Id | Vehicle] | None = Field(None, alias="consumerVehicles")
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
    """Expiry of the consumer's driver's license, a date string (the API also has
    consumerDriversLicenseExpiration).
    """
    consumer_drivers_license_expiration: str | None = Field(
        None, alias="consumerDriversLicenseExpiration"
    )
    """Expiration of the consumer's driver's license, a date string (the API also has
    consumerDriversLicenseExp).
    """
    consumer_pre_approvals: list[Id | PreApproval] | None = Field(
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
    deals2: list[Id | Deal] | None = None
    """Further deals of this Customer (Deal)."""
    consumer_social_security: str | None = Field(None, alias="consumerSocialSecurity")
    """Consumer's Social Security number."""
    consumer_drivers_licence_state: str | None = Field(
        None, alias="consumerDriversLicenceState"
    )
    """State that issued the consumer's driver's licence (British spelling, a separate
    field from consumerDriversLicenseState).
    """
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
    """Consumer's income at the previous employer (the API spells the name with a
    lower-case i).
    """
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
    company_dealer_deals: list[Id | Deal] | None = Field(
        None, alias="companyDealerDeals"
    )
    """Deals in which the company is the dealer (Deal)."""
    company_deals_facilitated: list[Id | Deal] | None = Field(
        None, alias="companyDealsFacilitated"
    )
    """Deals the company facilitated (Deal)."""
    company_insurance_quotes: list[Id | InsuranceQuote] | None = Field(
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
    company_service_quotes: list[Id | ServiceQuote] | None = Field(
        None, alias="companyServiceQuotes"
    )
    """Service quotes of the company (ServiceQuote)."""
    company_service_orders: str | None = Field(None, alias="companyServiceOrders")
    """Service orders of the company; a string on the documentation page, unlike the
    relationship companyTransportServiceOrders.
    """
    company_service_quotes_partners: list[Id | ServiceQuote] | None = Field(
        None, alias="companyServiceQuotesPartners"
    )
    """Service quotes in which the company is a partner (ServiceQuote)."""
    company_visibility: str | None = Field(None, alias="companyVisibility")
    """Visibility setting of the company."""
    company_tenants2: list[Id | Tenant] | None = Field(None, alias="companyTenants2")
    """Tenants linked to the company (Tenant)."""
    company_customer: list[Id | Customer] | None = Field(None, alias="companyCustomer")
    """Customers linked to the company (Customer)."""
    company_trades: list[Id | Trade] | None = Field(None, alias="companyTrades")
    """Trades of the company (Trade)."""
    company_tenants3: list[Id | Tenant] | None = Field(None, alias="companyTenants3")
    """Further tenants linked to the company (Tenant)."""
    company_partner_brand: Id | Brand | None = Field(None, alias="companyPartnerBrand")
    """Brand the company partners with (Brand)."""
    company_deals3: list[Id | Deal] | None = Field(None, alias="companyDeals3")
    """Further deals of the company (Deal)."""
    company_route_one_dealer: str | None = Field(None, alias="companyRouteOneDealer")
    """Company's dealer identifier at RouteOne."""
    company_transport_service_orders: list[Id | ServiceOrder] | None = Field(
        None, alias="companyTransportServiceOrders"
    )
    """Transport service orders of the company (ServiceOrder)."""


class Lead(BaseModel):
    """A Lead document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    process_statuses: OpenEnum[LeadProcessStatuses] | None = Field(
        None, alias="processStatuses"
    )
    reason: OpenEnum[LeadReason] | None = None
    latest_event: Id | LeadEvent | None = Field(None, alias="latestEvent")
    """A Lead Event related, as an id at depth 0 or the document at depth 1 or more."""
    notes: str | None = None
    status_tracker: str | None = Field(None, alias="statusTracker")
    searches: list[Id | Search] | None = None
    """Searches related, as ids at depth 0 and documents at depth 1 or more."""
    attachments: str | None = None
    first_name: str | None = Field(None, alias="firstName")
    last_name: str | None = Field(None, alias="lastName")
    phone: str | None = None
    call: str | None = None
    zipcode: str | None = None
    email: str | None = None
    login_email: str | None = Field(None, alias="loginEmail")
    purchase_option: str | None = Field(None, alias="purchaseOption")
    time_to_purchase: list[OpenEnum[LeadTimeToPurchase]] | None = Field(
        None, alias="timeToPurchase"
    )
    monthly_payment: float | None = Field(None, alias="monthlyPayment")
    budget_lower: str | None = Field(None, alias="budgetLower")
    budget_upper: str | None = Field(None, alias="budgetUpper")
    mileage_lower: float | None = Field(None, alias="mileageLower")
    mileage_upper: float | None = Field(None, alias="mileageUpper")
    cash_down: float | None = Field(None, alias="cashDown")
    new_or_used: str | None = Field(None, alias="newOrUsed")
    body_style: list[OpenEnum[LeadBodyStyle]] | None = Field(None, alias="bodyStyle")
    car_style: list[OpenEnum[LeadCarStyle]] | None = Field(None, alias="carStyle")
    truck_style: list[OpenEnum[LeadTruckStyle]] | None = Field(None, alias="truckStyle")
    suv_style: list[OpenEnum[LeadSuvStyle]] | None = Field(None, alias="suvStyle")
    van_style: list[OpenEnum[LeadVanStyle]] | None = Field(None, alias="vanStyle")
    year_lower: float | None = Field(None, alias="yearLower")
    year_upper: float | None = Field(None, alias="yearUpper")
    year: float | None = None
    make: str | None = None
    model: str | None = None
    exterior: list[OpenEnum[LeadExterior]] | None = None
    interior: list[OpenEnum[LeadInterior]] | None = None
    fuel_type: list[OpenEnum[LeadFuelType]] | None = Field(None, alias="fuelType")
    drivetrain: list[OpenEnum[LeadDrivetrain]] | None = None
    transmission: list[OpenEnum[LeadTransmission]] | None = None
    comfort: list[OpenEnum[LeadComfort]] | None = None
    safety: list[OpenEnum[LeadSafety]] | None = None
    entertainment: list[OpenEnum[LeadEntertainment]] | None = None
    utility: list[OpenEnum[LeadUtility]] | None = None
    subscribe: bool | None = None
    agree: bool | None = None
    customer: str | None = None
    message_notifications: bool | None = Field(None, alias="messageNotifications")
    email_notifications: bool | None = Field(None, alias="emailNotifications")
    email_alerts: bool | None = Field(None, alias="emailAlerts")
    email_offers: bool | None = Field(None, alias="emailOffers")
    lead_events: list[Id | LeadEvent] | None = Field(None, alias="leadEvents")
    """Lead Events related, as ids at depth 0 and documents at depth 1 or more."""
    cf_zipcode: str | None = Field(None, alias="cfZipcode")
    cf_state: str | None = Field(None, alias="cfState")
    cf_city: str | None = Field(None, alias="cfCity")
    completed_date: str | None = Field(None, alias="completedDate")
    local_time: str | None = Field(None, alias="localTime")
    trade: list[Id | Trade] | None = None
    """Trades related, as ids at depth 0 and documents at depth 1 or more."""
    messages: list[Id | Message] | None = None
    """Messages related, as ids at depth 0 and documents at depth 1 or more."""
    credit_score: str | None = Field(None, alias="creditScore")
    contact_score: str | None = Field(None, alias="contactScore")
    contact_belongs_to: str | None = Field(None, alias="contactBelongsTo")
    contact_type: str | None = Field(None, alias="contactType")
    contact_valid: bool | None = Field(None, alias="contactValid")
    testing_customer: bool | None = Field(None, alias="testingCustomer")
    estimated_age_range: str | None = Field(None, alias="estimatedAgeRange")
    estimated_address: str | None = Field(None, alias="estimatedAddress")
    estimated_zipcode: str | None = Field(None, alias="estimatedZipcode")
    meetings: list[Id | Meeting] | None = None
    """Meetings related, as ids at depth 0 and documents at depth 1 or more."""
    make_and_model: str | None = Field(None, alias="makeAndModel")
    conversation: str | None = None
    city: str | None = None
    state: str | None = None
    pre_approval_id: str | None = Field(None, alias="preApprovalId")
    vdp_emails: list[Id | VdpEmail] | None = Field(None, alias="vdpEmails")
    """VDP Emails related, as ids at depth 0 and documents at depth 1 or more."""
    favorites: list[Id | CrmVehicle] | None = None
    """CRM Vehicles related, as ids at depth 0 and documents at depth 1 or more."""
    calls: list[Id | Call] | None = None
    """Calls related, as ids at depth 0 and documents at depth 1 or more."""
    sales_rep: Id | SalesRep | None = Field(None, alias="salesRep")
    """A Sales Rep related, as an id at depth 0 or the document at depth 1 or more."""
    pre_approvals: list[Id | PreApproval] | None = Field(None, alias="preApprovals")
    """Pre-Approvals related, as ids at depth 0 and documents at depth 1 or more."""
    anonymous_id: str | None = Field(None, alias="anonymousId")
    manual: bool | None = None
    trim: str | None = None
    one_owner: bool | None = Field(None, alias="oneOwner")
    customers: Id | Customer | None = None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class LeadEvent(BaseModel):
    """A Lead Event document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, createdBy, updatedAt, createdAt) are readOnly: request bodies leave
    them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    lead: Id | Lead | None = None
    """A Lead related, as an id at depth 0 or the document at depth 1 or more."""
    type: OpenEnum[LeadEventType] | None = None
    status: OpenEnum[LeadEventStatus] | None = None
    next_steps: str | None = Field(None, alias="nextSteps")
    created_by: Id | User | None = Field(None, alias="createdBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    current_status_for: Id | Lead | None = Field(None, alias="currentStatusFor")
    """A Lead related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Search(BaseModel):
    """A Search document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, lastModifiedBy, updatedAt, createdAt) are readOnly: request bodies
    leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    lead: Id | Lead | None = None
    """A Lead related, as an id at depth 0 or the document at depth 1 or more."""
    status: OpenEnum[SearchStatus] | None = None
    retail_listing_urls: str | None = Field(None, alias="retailListingUrls")
    year: str | None = None
    make: str | None = None
    model: str | None = None
    trim: str | None = None
    body_style: list[OpenEnum[SearchBodyStyle]] | None = Field(None, alias="bodyStyle")
    drive: list[OpenEnum[SearchDrive]] | None = None
    transmission: list[OpenEnum[SearchTransmission]] | None = None
    max_price: str | None = Field(None, alias="maxPrice")
    max_miles: float | None = Field(None, alias="maxMiles")
    new_or_used: list[OpenEnum[SearchNewOrUsed]] | None = Field(None, alias="newOrUsed")
    minimum_grade: float | None = Field(None, alias="minimumGrade")
    required_options: list[OpenEnum[SearchRequiredOptions]] | None = Field(
        None, alias="requiredOptions"
    )
    acceptable_colors: list[OpenEnum[SearchAcceptableColors]] | None = Field(
        None, alias="acceptableColors"
    )
    acceptable_interior: list[OpenEnum[SearchAcceptableInterior]] | None = Field(
        None, alias="acceptableInterior"
    )
    proposed_vehicles: str | None = Field(None, alias="proposedVehicles")
    vehicles: list[Id | Vehicle] | None = None
    """Vehicles related, as ids at depth 0 and documents at depth 1 or more."""
    last_modified_by: Id | User | None = Field(None, alias="lastModifiedBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    seats: str | None = None
    update_requested: str | None = Field(None, alias="updateRequested")
    one_owner: bool | None = Field(None, alias="oneOwner")
    priority: bool | None = None
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Vehicle(BaseModel):
    """A Vehicle document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, createdBy, updatedAt, createdAt) are readOnly: request bodies leave
    them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    vin: str | None = None
    customer: Id | Customer | None = None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    status: list[OpenEnum[VehicleStatus]] | None = None
    deals: list[Id | Deal] | None = None
    """Deals related, as ids at depth 0 and documents at depth 1 or more."""
    year: str | None = None
    make: str | None = None
    model: str | None = None
    trim: str | None = None
    style: str | None = None
    body: str | None = None
    drivetrain: str | None = None
    engine: str | None = None
    transmission: str | None = None
    interior: str | None = None
    exterior: str | None = None
    listings: list[Id | Listing] | None = None
    """Listings related, as ids at depth 0 and documents at depth 1 or more."""
    service_quotes: list[Id | ServiceQuote] | None = Field(None, alias="serviceQuotes")
    """Service Quotes related, as ids at depth 0 and documents at depth 1 or more."""
    tenant: Id | Tenant | None = None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    trades: list[Id | Trade] | None = None
    """Trades related, as ids at depth 0 and documents at depth 1 or more."""
    created_by: Id | User | None = Field(None, alias="createdBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    transport_service_orders: str | None = Field(None, alias="transportServiceOrders")
    transport_service_orders2: list[Id | ServiceOrder] | None = Field(
        None, alias="transportServiceOrders2"
    )
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Deal(BaseModel):
    """A Deal document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, createdBy, lastModifiedBy, updatedAt, createdAt) are readOnly:
    request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    customer: Id | Customer | None = None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    vehicle: Id | Vehicle | None = None
    """A Vehicle related, as an id at depth 0 or the document at depth 1 or more."""
    deal_id: str | None = Field(None, alias="dealId")
    customer_relationship: str | None = Field(None, alias="customerRelationship")
    co_customer: Id | Customer | None = Field(None, alias="coCustomer")
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    company_consumer_customer: Id | Customer | None = Field(
        None, alias="companyConsumerCustomer"
    )
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    lien_holder: list[Id | Customer] | None = Field(None, alias="lienHolder")
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    dealer: Id | Customer | None = None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    facilitator: list[Id | Customer] | None = None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    type: list[OpenEnum[DealType]] | None = None
    sales_price: str | None = Field(None, alias="salesPrice")
    margin: str | None = None
    down_payment: str | None = Field(None, alias="downPayment")
    financed_amount: str | None = Field(None, alias="financedAmount")
    taxes_and_fees: Id | TaxesAndFee | None = Field(None, alias="taxesAndFees")
    """A Taxes and Fees record related, as an id at depth 0 or the document at depth 1
    or more.
    """
    dependencies: list[Id | Deal] | None = None
    """Deals related, as ids at depth 0 and documents at depth 1 or more."""
    unsigned_documents: str | None = Field(None, alias="unsignedDocuments")
    signed_documents: str | None = Field(None, alias="signedDocuments")
    delivery_address: list[Id | Address] | None = Field(None, alias="deliveryAddress")
    """Addresses related, as ids at depth 0 and documents at depth 1 or more."""
    payment_link: str | None = Field(None, alias="paymentLink")
    get_trade_offer: str | None = Field(None, alias="getTradeOffer")
    notarize_power_of_attorney: str | None = Field(
        None, alias="notarizePowerOfAttorney"
    )
    service_quotes: list[Id | ServiceQuote] | None = Field(None, alias="serviceQuotes")
    """Service Quotes related, as ids at depth 0 and documents at depth 1 or more."""
    tenant: Id | Tenant | None = None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    trades: list[Id | Trade] | None = None
    """Trades related, as ids at depth 0 and documents at depth 1 or more."""
    credit_applications: list[Id | CreditApplication] | None = Field(
        None, alias="creditApplications"
    )
    """Credit Applications related, as ids at depth 0 and documents at depth 1 or more."""
    latest_error: str | None = Field(None, alias="latestError")
    vsc_provider: Id | Customer | None = Field(None, alias="vscProvider")
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    vsc: str | None = None
    gap_provider: Id | Customer | None = Field(None, alias="gapProvider")
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    gap: str | None = None
    status: str | None = None
    transport_service_orders: list[Id | ServiceOrder] | None = Field(
        None, alias="transportServiceOrders"
    )
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    mileage: float | None = None
    created_by: Id | User | None = Field(None, alias="createdBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    last_modified_by: Id | User | None = Field(None, alias="lastModifiedBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    development: bool | None = None
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class TaxesAndFee(BaseModel):
    """A Taxes and Fees record document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, createdBy, updatedAt, createdAt) are readOnly: request bodies leave
    them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    sales_price: str | None = Field(None, alias="salesPrice")
    total_taxes_and_fees: str | None = Field(None, alias="totalTaxesAndFees")
    combined_sales_tax: str | None = Field(None, alias="CombinedSalesTax")
    shipping_cost: str | None = Field(None, alias="shippingCost")
    state_sales_tax: str | None = Field(None, alias="stateSalesTax")
    gas_guzzler_tax: str | None = Field(None, alias="gasGuzzlerTax")
    title_fee: str | None = Field(None, alias="titleFee")
    registration_fee: str | None = Field(None, alias="registrationFee")
    dmv_fee: str | None = Field(None, alias="dmvFee")
    dmv_fees: list[Id | DmvFee] | None = Field(None, alias="dmvFees")
    """DMV Fees related, as ids at depth 0 and documents at depth 1 or more."""
    doc_fee: str | None = Field(None, alias="docFee")
    combined_fees: str | None = Field(None, alias="combinedFees")
    deals: list[Id | Deal] | None = None
    """Deals related, as ids at depth 0 and documents at depth 1 or more."""
    tenant: Id | Tenant | None = None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    created_by: Id | User | None = Field(None, alias="createdBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class DmvFee(BaseModel):
    """A DMV Fee document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, lastModifiedBy, updatedAt, createdAt) are readOnly: request bodies
    leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    fee: str | None = None
    estimate: str | None = None
    actual: str | None = None
    taxes_and_fees: list[Id | TaxesAndFee] | None = Field(None, alias="taxesAndFees")
    """Taxes and Fees records related, as ids at depth 0 and documents at depth 1 or
    more.
    """
    tenant: Id | Tenant | None = None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    last_modified_by: Id | User | None = Field(None, alias="lastModifiedBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Tenant(BaseModel):
    """A Tenant document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    customer: list[Id | Customer] | None = None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    default_dealer: list[Id | Customer] | None = Field(None, alias="defaultDealer")
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    default_facilitator: Id | Customer | None = Field(None, alias="defaultFacilitator")
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    email: str | None = None
    api_key: str | None = Field(None, alias="apiKey")
    environment: str | None = None
    credit_application_label: str | None = Field(None, alias="creditApplicationLabel")
    deals: list[Id | Deal] | None = None
    """Deals related, as ids at depth 0 and documents at depth 1 or more."""
    locations: list[Id | Location] | None = None
    """Locations related, as ids at depth 0 and documents at depth 1 or more."""
    insurance_quotes: list[Id | InsuranceQuote] | None = Field(
        None, alias="insuranceQuotes"
    )
    """Insurance Quotes related, as ids at depth 0 and documents at depth 1 or more."""
    service_quotes: list[Id | ServiceQuote] | None = Field(None, alias="serviceQuotes")
    """Service Quotes related, as ids at depth 0 and documents at depth 1 or more."""
    service_orders: str | None = Field(None, alias="serviceOrders")
    insurance_policies: list[Id | InsurancePolicy] | None = Field(
        None, alias="insurancePolicies"
    )
    """Insurance Policies related, as ids at depth 0 and documents at depth 1 or more."""
    addresses: list[Id | Address] | None = None
    """Addresses related, as ids at depth 0 and documents at depth 1 or more."""
    listings: list[Id | Listing] | None = None
    """Listings related, as ids at depth 0 and documents at depth 1 or more."""
    vehicles: list[Id | Vehicle] | None = None
    """Vehicles related, as ids at depth 0 and documents at depth 1 or more."""
    webhooks: list[Id | Webhook] | None = None
    """Webhooks related, as ids at depth 0 and documents at depth 1 or more."""
    taxes_and_fees: list[Id | TaxesAndFee] | None = Field(None, alias="taxesAndFees")
    """Taxes and Fees records related, as ids at depth 0 and documents at depth 1 or
    more.
    """
    dmv_fees: list[Id | DmvFee] | None = Field(None, alias="dmvFees")
    """DMV Fees related, as ids at depth 0 and documents at depth 1 or more."""
    transport_service_orders: list[Id | ServiceOrder] | None = Field(
        None, alias="transportServiceOrders"
    )
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Location(BaseModel):
    """A Location document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, createdBy, updatedAt, createdAt) are readOnly: request bodies leave
    them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    address: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: str | None = None
    listings: list[Id | Listing] | None = None
    """Listings related, as ids at depth 0 and documents at depth 1 or more."""
    tenant: Id | Tenant | None = None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    created_by: Id | User | None = Field(None, alias="createdBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Listing(BaseModel):
    """A Listing document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    vehicles: Id | Vehicle | None = None
    """A Vehicle related, as an id at depth 0 or the document at depth 1 or more."""
    mileage: float | None = None
    seller: str | None = None
    wholesale_value: str | None = Field(None, alias="wholesaleValue")
    wholesale_buy_now_price: str | None = Field(None, alias="wholesaleBuyNowPrice")
    wholesale_minimum_bid: str | None = Field(None, alias="wholesaleMinimumBid")
    wholesale_current_bid: str | None = Field(None, alias="wholesaleCurrentBid")
    wholesale_detail_page: str | None = Field(None, alias="wholesaleDetailPage")
    condition: float | None = None
    wholesale_condition_report: str | None = Field(
        None, alias="wholesaleConditionReport"
    )
    retail_value: str | None = Field(None, alias="retailValue")
    retail_asking_price: str | None = Field(None, alias="retailAskingPrice")
    retail_buy_now_price: str | None = Field(None, alias="retailBuyNowPrice")
    vehicle_history_report: str | None = Field(None, alias="vehicleHistoryReport")
    vehicle_history_score: str | None = Field(None, alias="vehicleHistoryScore")
    clean_title: bool | None = Field(None, alias="cleanTitle")
    owners: float | None = None
    accidents: float | None = None
    attachments: str | None = None
    pickup_location: Id | Location | None = Field(None, alias="pickupLocation")
    """A Location related, as an id at depth 0 or the document at depth 1 or more."""
    tenant: Id | Tenant | None = None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class InsuranceQuote(BaseModel):
    """An Insurance Quote document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    customer: list[Id | Customer] | None = None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    tenant: Id | Tenant | None = None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class ServiceQuote(BaseModel):
    """A Service Quote document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    type: list[OpenEnum[ServiceQuoteType]] | None = None
    status: OpenEnum[ServiceQuoteStatus] | None = None
    service_provider: list[Id | Customer] | None = Field(None, alias="serviceProvider")
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    quote_id: str | None = Field(None, alias="quoteId")
    partner: Id | Customer | None = None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    service_orders: str | None = Field(None, alias="serviceOrders")
    checkout_link: str | None = Field(None, alias="checkoutLink")
    deal: Id | Deal | None = None
    """A Deal related, as an id at depth 0 or the document at depth 1 or more."""
    vehicle: Id | Vehicle | None = None
    """A Vehicle related, as an id at depth 0 or the document at depth 1 or more."""
    rush: bool | None = None
    eta_min: str | None = Field(None, alias="etaMin")
    eta_max: str | None = Field(None, alias="etaMax")
    distance: float | None = None
    expires: str | None = None
    cost: str | None = None
    price: str | None = None
    margin: str | None = None
    partner_profit_share: str | None = Field(None, alias="partnerProfitShare")
    partner_margin: str | None = Field(None, alias="partnerMargin")
    tenant: Id | Tenant | None = None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    transport_service_orders: str | None = Field(None, alias="transportServiceOrders")
    transport_service_orders2: list[Id | ServiceOrder] | None = Field(
        None, alias="transportServiceOrders2"
    )
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class ServiceOrder(BaseModel):
    """A Service Order document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    type: list[OpenEnum[ServiceOrderType]] | None = None
    customer: list[Id | Customer] | None = None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    service_quotes: Id | ServiceQuote | None = Field(None, alias="serviceQuotes")
    """A Service Quote related, as an id at depth 0 or the document at depth 1 or more."""
    payment_link: str | None = Field(None, alias="paymentLink")
    vin: Id | Vehicle | None = None
    """A Vehicle related, as an id at depth 0 or the document at depth 1 or more."""
    status: OpenEnum[ServiceOrderStatus] | None = None
    error: str | None = None
    order_id: str | None = Field(None, alias="orderId")
    price: str | None = None
    rush: bool | None = None
    attachments: list[Id | Attachment] | None = None
    """Attachments related, as ids at depth 0 and documents at depth 1 or more."""
    quote_expiration: str | None = Field(None, alias="quoteExpiration")
    ordered: str | None = None
    start: str | None = None
    due: str | None = None
    consignor: Id | Contact | None = None
    """A Contact related, as an id at depth 0 or the document at depth 1 or more."""
    bill_to: Id | Contact | None = Field(None, alias="billTo")
    """A Contact related, as an id at depth 0 or the document at depth 1 or more."""
    origin: Id | Contact | None = None
    """A Contact related, as an id at depth 0 or the document at depth 1 or more."""
    destination: Id | Contact | None = None
    """A Contact related, as an id at depth 0 or the document at depth 1 or more."""
    deals: list[Id | Deal] | None = None
    """Deals related, as ids at depth 0 and documents at depth 1 or more."""
    order_link: str | None = Field(None, alias="orderLink")
    tenant: list[Id | Tenant] | None = None
    """Tenants related, as ids at depth 0 and documents at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Attachment(BaseModel):
    """An Attachment document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    status: OpenEnum[AttachmentStatus] | None = None
    type: str | None = None
    file: str | None = None
    service_orders: str | None = Field(None, alias="serviceOrders")
    order_id: str | None = Field(None, alias="orderId")
    transport_service_orders: list[Id | ServiceOrder] | None = Field(
        None, alias="transportServiceOrders"
    )
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Contact(BaseModel):
    """A Contact document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    status: OpenEnum[ContactStatus] | None = None
    type: list[OpenEnum[ContactType]] | None = None
    customer: Id | Customer | None = None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    addresses: Id | Address | None = None
    """An Address related, as an id at depth 0 or the document at depth 1 or more."""
    transport_service_orders: list[Id | ServiceOrder] | None = Field(
        None, alias="transportServiceOrders"
    )
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    transport_service_orders2: list[Id | ServiceOrder] | None = Field(
        None, alias="transportServiceOrders2"
    )
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    transport_service_orders3: list[Id | ServiceOrder] | None = Field(
        None, alias="transportServiceOrders3"
    )
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    transport_service_orders4: list[Id | ServiceOrder] | None = Field(
        None, alias="transportServiceOrders4"
    )
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Address(BaseModel):
    """An Address document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    street: str | None = None
    suite: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: str | None = None
    deals: list[Id | Deal] | None = None
    """Deals related, as ids at depth 0 and documents at depth 1 or more."""
    tenants: Id | Tenant | None = None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    customer: list[Id | Customer] | None = None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    contact: list[Id | Contact] | None = None
    """Contacts related, as ids at depth 0 and documents at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class InsurancePolicy(BaseModel):
    """An Insurance Policy document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    customer: list[Id | Customer] | None = None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    insurance_company: Id | Customer | None = Field(None, alias="insuranceCompany")
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    policy_number: str | None = Field(None, alias="policyNumber")
    tenant: Id | Tenant | None = None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Webhook(BaseModel):
    """A Webhook document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    url: str | None = None
    tenants: list[Id | Tenant] | None = None
    """Tenants related, as ids at depth 0 and documents at depth 1 or more."""
    method: str | None = None
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Trade(BaseModel):
    """A Trade document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, lastModifiedBy, updatedAt, createdAt) are readOnly: request bodies
    leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    status: OpenEnum[TradeStatus] | None = None
    deal: Id | Deal | None = None
    """A Deal related, as an id at depth 0 or the document at depth 1 or more."""
    credit_application: Id | CreditApplication | None = Field(
        None, alias="creditApplication"
    )
    """A Credit Application related, as an id at depth 0 or the document at depth 1 or
    more.
    """
    trade_in_allowance: str | None = Field(None, alias="tradeInAllowance")
    odometer: float | None = None
    lienholder: Id | Customer | None = None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    trade_in_payoff_balance: str | None = Field(None, alias="tradeInPayoffBalance")
    payoff_good_through: str | None = Field(None, alias="payoffGoodThrough")
    vehicle: Id | Vehicle | None = None
    """A Vehicle related, as an id at depth 0 or the document at depth 1 or more."""
    last_modified_by: Id | User | None = Field(None, alias="lastModifiedBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class CreditApplication(BaseModel):
    """A Credit Application document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    title: str | None = None
    send_to_tsg: bool | None = Field(None, alias="sendToTSG")
    state: OpenEnum[CreditApplicationState] | None = None
    environment: OpenEnum[CreditApplicationEnvironment] | None = None
    """Required: Payload refuses to create the document without it, and sends it on
    every document (payload-types.ts types it as required).
    """
    meta: dict[str, Any] | list[Any] | str | float | bool | None = None
    """Any JSON value."""
    sent_to_customer: bool | None = Field(None, alias="sentToCustomer")
    rates: list[CreditApplicationRate] | None = None
    passes_checklist: bool | None = Field(None, alias="passesChecklist")
    required_fields: list[OpenEnum[CreditApplicationRequiredFields]] | None = Field(
        None, alias="requiredFields"
    )
    missing_fields: dict[str, Any] | list[Any] | str | float | bool | None = Field(
        None, alias="missingFields"
    )
    """Any JSON value."""
    request_id: str | None = Field(None, alias="requestId")
    logs: list[CreditApplicationLog] | None = None
    autopay_number: str | None = Field(None, alias="autopayNumber")
    application_link: str | None = Field(None, alias="applicationLink")
    pre_approval: Id | PreApproval | None = Field(None, alias="preApproval")
    """A Pre-Approval related, as an id at depth 0 or the document at depth 1 or more."""
    application_type: OpenEnum[CreditApplicationApplicationType] | None = Field(
        None, alias="applicationType"
    )
    finance_amount: float | None = Field(None, alias="financeAmount")
    down_payment: float | None = Field(None, alias="downPayment")
    primary_applicant: CreditApplicationApplicant | None = Field(
        None, alias="primaryApplicant"
    )
    """Fields grouped under `primaryApplicant` and `coApplicant` of a Credit
    Application.
    """
    has_co_applicant: bool | None = Field(None, alias="hasCoApplicant")
    co_applicant: CreditApplicationApplicant | None = Field(None, alias="coApplicant")
    """Fields grouped under `primaryApplicant` and `coApplicant` of a Credit
    Application.
    """
    vehicle: CreditApplicationVehicle | None = None
    """Fields grouped under `vehicle` of a Credit Application."""
    trades: list[Id | Trade] | None = None
    """Trades related, as ids at depth 0 and documents at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class PreApproval(BaseModel):
    """A Pre-Approval document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    customer: Id | Customer | None = None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    title: str | None = None
    status: OpenEnum[PreApprovalStatus] | None = None
    first_name: str | None = Field(None, alias="firstName")
    middle_initial: str | None = Field(None, alias="middleInitial")
    last_name: str | None = Field(None, alias="lastName")
    suffix: OpenEnum[PreApprovalSuffix] | None = None
    address: str | None = None
    city: str | None = None
    state: OpenEnum[PreApprovalState] | None = None
    zip: str | None = None
    phone: str | None = None
    email: str | None = None
    income: str | None = None
    ip_address: str | None = Field(None, alias="ipAddress")
    user_agent: str | None = Field(None, alias="userAgent")
    isp: str | None = None
    session_id: str | None = Field(None, alias="sessionId")
    resend: str | None = None
    app_id: float | None = Field(None, alias="AppId")
    segmentation_band: OpenEnum[PreApprovalSegmentationBand] | None = Field(
        None, alias="segmentationBand"
    )
    name: str | None = Field(None, alias="Name")
    score: str | None = Field(None, alias="Score")
    status_2: str | None = Field(None, alias="Status")
    create_date: str | None = Field(None, alias="CreateDate")
    dealer_name: str | None = Field(None, alias="DealerName")
    email_2: str | None = Field(None, alias="Email")
    app_mobile_no: str | None = Field(None, alias="AppMobileNo")
    is_full_file_report_avilable: bool | None = Field(
        None, alias="IsFullFileReportAvilable"
    )
    estimated_interest_rate: str | None = Field(None, alias="estimatedInterestRate")
    estimated_loan_term: str | None = Field(None, alias="estimatedLoanTerm")
    lead: Id | Lead | None = None
    """A Lead related, as an id at depth 0 or the document at depth 1 or more."""
    user_name: str | None = Field(None, alias="UserName")
    product_id: float | None = Field(None, alias="ProductId")
    quick_product_id: float | None = Field(None, alias="QuickProductId")
    status_id: float | None = Field(None, alias="StatusId")
    is_qq_pass: float | None = Field(None, alias="IsQqPass")
    is_quick_qualify_xpress: bool | None = Field(None, alias="IsQuickQualifyXpress")
    is_lead_form_report: bool | None = Field(None, alias="IsLeadFormReport")
    is_qr: bool | None = Field(None, alias="IsQr")
    remove_operator: bool | None = Field(None, alias="RemoveOperator")
    is_q_scan: bool | None = Field(None, alias="IsQScan")
    quick_scan_status: str | None = Field(None, alias="QuickScanStatus")
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class CreditApplicationApplicant(BaseModel):
    """Fields grouped under `primaryApplicant` and `coApplicant` of a Credit
    Application.
    """

    consumer: Id | Customer | None = None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    first_name: str | None = Field(None, alias="firstName")
    last_name: str | None = Field(None, alias="lastName")
    birth_date: str | None = Field(None, alias="birthDate")
    email_address: str | None = Field(None, alias="emailAddress")
    cell_phone: str | None = Field(None, alias="cellPhone")
    ssn: str | None = None
    relationship_type: OpenEnum[CreditApplicationApplicantRelationshipType] | None = (
        Field(None, alias="relationshipType")
    )
    current_residence: CreditApplicationResidence | None = Field(
        None, alias="currentResidence"
    )
    """Fields grouped under `currentResidence` and `previousResidence` of a Credit
    Application.
    """
    current_employment: CreditApplicationEmployment | None = Field(
        None, alias="currentEmployment"
    )
    """Fields grouped under `currentEmployment` and `previousEmployment` of a Credit
    Application.
    """
    previous_residence: CreditApplicationResidence | None = Field(
        None, alias="previousResidence"
    )
    """Fields grouped under `currentResidence` and `previousResidence` of a Credit
    Application.
    """
    previous_employment: CreditApplicationEmployment | None = Field(
        None, alias="previousEmployment"
    )
    """Fields grouped under `currentEmployment` and `previousEmployment` of a Credit
    Application.
    """
    additional_income_amount: float | None = Field(None, alias="additionalIncomeAmount")
    additional_income_frequency: (
        OpenEnum[CreditApplicationApplicantAdditionalIncomeFrequency] | None
    ) = Field(None, alias="additionalIncomeFrequency")
    additional_income_source: str | None = Field(None, alias="additionalIncomeSource")
    terms: CreditApplicationTerms | None = None
    """Fields grouped under `terms` of a Credit Application."""


class Message(BaseModel):
    """A Message document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    status: OpenEnum[MessageStatus] | None = None
    message: str | None = None
    phone: str | None = None
    lead: Id | Lead | None = None
    """A Lead related, as an id at depth 0 or the document at depth 1 or more."""
    template: Id | Template | None = None
    """A Template related, as an id at depth 0 or the document at depth 1 or more."""
    created_time: str | None = Field(None, alias="createdTime")
    generated: bool | None = None
    type: str | None = None
    openphone_message_id: str | None = Field(None, alias="openphoneMessageId")
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Template(BaseModel):
    """A Template document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    used_by: list[Id | SalesRep] | None = Field(None, alias="usedBy")
    """Sales Reps related, as ids at depth 0 and documents at depth 1 or more."""
    message: str | None = None
    sequence: float | None = None
    type: OpenEnum[TemplateType] | None = None
    choice: OpenEnum[TemplateChoice] | None = None
    messages: list[Id | Message] | None = None
    """Messages related, as ids at depth 0 and documents at depth 1 or more."""
    subject: str | None = None
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class SalesRep(BaseModel):
    """A Sales Rep document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    user: str | None = None
    phone: str | None = None
    phone_number: str | None = Field(None, alias="phoneNumber")
    leads: list[Id | Lead] | None = None
    """Leads related, as ids at depth 0 and documents at depth 1 or more."""
    accept_new_leads: bool | None = Field(None, alias="acceptNewLeads")
    assigned_leads: str | None = Field(None, alias="assignedLeads")
    credit_bands: list[OpenEnum[SalesRepCreditBands]] | None = Field(
        None, alias="creditBands"
    )
    templates: list[Id | Template] | None = None
    """Templates related, as ids at depth 0 and documents at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Meeting(BaseModel):
    """A Meeting document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, createdBy, lastModifiedBy, updatedAt, createdAt) are readOnly:
    request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    lead: Id | Lead | None = None
    """A Lead related, as an id at depth 0 or the document at depth 1 or more."""
    email: str | None = None
    phone: str | None = None
    meeting_time: str | None = Field(None, alias="meetingTime")
    comments: str | None = None
    created_by: Id | User | None = Field(None, alias="createdBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    last_modified_by: Id | User | None = Field(None, alias="lastModifiedBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class VdpEmail(BaseModel):
    """A VDP Email document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, createdBy, lastModifiedBy, updatedAt, createdAt) are readOnly:
    request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    status: OpenEnum[VdpEmailStatus] | None = None
    lead: Id | Lead | None = None
    """A Lead related, as an id at depth 0 or the document at depth 1 or more."""
    vins: list[Id | Vehicle] | None = None
    """Vehicles related, as ids at depth 0 and documents at depth 1 or more."""
    created_by: Id | User | None = Field(None, alias="createdBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    last_modified_by: Id | User | None = Field(None, alias="lastModifiedBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    vin_count: str | None = Field(None, alias="vinCount")
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class CrmVehicle(BaseModel):
    """A CRM Vehicle document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, createdBy, lastModifiedBy, updatedAt, createdAt) are readOnly:
    request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    vin: str | None = None
    search: list[Id | Search] | None = None
    """Searches related, as ids at depth 0 and documents at depth 1 or more."""
    favorite: list[Id | Lead] | None = None
    """Leads related, as ids at depth 0 and documents at depth 1 or more."""
    exterior_color: str | None = Field(None, alias="exteriorColor")
    status: OpenEnum[CrmVehicleStatus] | None = None
    reason: list[OpenEnum[CrmVehicleReason]] | None = None
    notes: str | None = None
    sales_price: str | None = Field(None, alias="salesPrice")
    year: float | None = None
    make: str | None = None
    model: str | None = None
    trim: str | None = None
    body_style: str | None = Field(None, alias="bodyStyle")
    mileage: float | None = None
    condition: float | None = None
    new_or_used: str | None = Field(None, alias="newOrUsed")
    auction: str | None = None
    auction_date: str | None = Field(None, alias="auctionDate")
    lane_and_run: str | None = Field(None, alias="laneAndRun")
    pickup_zip: str | None = Field(None, alias="pickupZip")
    estimated_transport_fee: str | None = Field(None, alias="estimatedTransportFee")
    adj_mmr: str | None = Field(None, alias="adjMmr")
    min_bid: str | None = Field(None, alias="minBid")
    buy_now: str | None = Field(None, alias="buyNow")
    retail_price: str | None = Field(None, alias="retailPrice")
    tmv_used_retail_total_with_options: str | None = Field(
        None, alias="tmvUsedRetailTotalWithOptions"
    )
    kbb_retail_book: str | None = Field(None, alias="kbbRetailBook")
    bb_total_retail: str | None = Field(None, alias="bbTotalRetail")
    wholesale_vdp: str | None = Field(None, alias="wholesaleVdp")
    retail_vdp: str | None = Field(None, alias="retailVdp")
    condition_report: str | None = Field(None, alias="conditionReport")
    update_requested: str | None = Field(None, alias="updateRequested")
    created_by: Id | User | None = Field(None, alias="createdBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    last_modified_by: Id | User | None = Field(None, alias="lastModifiedBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    vdp_emails: list[Id | VdpEmail] | None = Field(None, alias="vdpEmails")
    """VDP Emails related, as ids at depth 0 and documents at depth 1 or more."""
    likes: str | None = None
    dislikes: str | None = None
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Call(BaseModel):
    """A Call document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    name: str | None = None
    lead: Id | Lead | None = None
    """A Lead related, as an id at depth 0 or the document at depth 1 or more."""
    phone: str | None = None
    conversation: str | None = None
    recording: str | None = None
    transcript: str | None = None
    notes: str | None = None
    rating: float | None = None
    rating_note: str | None = Field(None, alias="ratingNote")
    follow_up_email: str | None = Field(None, alias="followUpEmail")
    next_steps: str | None = Field(None, alias="nextSteps")
    conversation_url: str | None = Field(None, alias="conversationUrl")
    development_call: bool | None = Field(None, alias="developmentCall")
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Brand(BaseModel):
    """A Brand document.

    Relationship fields hold ids at depth 0 and the related documents at depth 1 or
    more. Apart from id every field is optional: createdAt and updatedAt come with every
    document unless `select` leaves them out, the others may be null. The fields the
    server sets (id, createdBy, updatedAt, createdAt) are readOnly: request bodies leave
    them out.
    """

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a
    string with MongoDB or `idType: 'uuid'` (see Id).
    """
    logo_svg: str | None = Field(None, alias="logoSvg")
    logo_png: str | None = Field(None, alias="logoPng")
    primary_color: str | None = Field(None, alias="primaryColor")
    hover_color: str | None = Field(None, alias="hoverColor")
    secondary_color: str | None = Field(None, alias="secondaryColor")
    legal_name: str | None = Field(None, alias="legalName")
    status: OpenEnum[BrandStatus] | None = None
    customer: Id | Customer | None = None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    created_by: Id | User | None = Field(None, alias="createdBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class CustomerParams(TypedDict, total=False):
    """Customer's writable fields, keyed by wire name: a request body.

    A Customer document: a consumer (fields prefixed `consumer`) or a company (fields
    prefixed `company`). Relationship fields hold ids at depth 0 and the related
    documents at depth 1 or more. Apart from id every field is optional: createdAt and
    updatedAt come with every document unless `select` leaves them out, the others may
    be null. The fields the server sets (id, createdAt, updatedAt, createdBy,
    lastModifiedBy) are readOnly: request bodies leave them out.
    """

    customerId: str | None
    """Drivly's own identifier for the Customer."""
    leads: Sequence[Id | Lead | dict[str, Any]] | None
    """Leads of this Customer (Lead)."""
    address: Id | Address | dict[str, Any] | None
    """Address of the Customer (Address)."""
    shippingContact: Id | Contact | dict[str, Any] | None
    """Contact to ship to (Contact)."""
    deals: Sequence[Id | Deal | dict[str, Any]] | None
    """Deals of this Customer (Deal)."""
    email: str | None
    """Email address of the Customer."""
    phone: str | None
    """Phone number of the Customer."""
    insurancePolicies: Sequence[Id | InsurancePolicy | dict[str, Any]] | None
    """Insurance policies of this Customer (InsurancePolicy)."""
    tenants: Sequence[Id | Tenant | dict[str, Any]] | None
    """Tenants the document belongs to (Tenant)."""
    consumerStatus: CustomerConsumerStatus | str | None
    """Sales status of a consumer Customer."""
    consumerFirstName: str | None
    """Consumer's first name."""
    consumerMiddleName: str | None
    """Consumer's middle name."""
    consumerLastName: str | None
    """Consumer's last name."""
    consumerSuffix: str | None
    """Consumer's name suffix."""
    consumerDateOfBirth: str | None
    """Consumer's date of birth, a date string."""
    consumerEducationLevel: str | None
    """Consumer's highest education level."""
    consumerVehicles: Sequence[Id | Vehicle | dict[str, Any]] | None
    """Vehicles of the consumer (Vehicle)."""
    consumerPhoneType: str | None
    """Kind of phone the consumer's number belongs to."""
    consumerDriversLicense: str | None
    """Consumer's driver's license."""
    consumerDriversLicenseState: str | None
    """State that issued the consumer's driver's license."""
    consumerDriversLicenseNumber: str | None
    """Consumer's driver's license number."""
    consumerDriversLicenseExp: str | None
    """Expiry of the consumer's driver's license, a date string (the API also has
    consumerDriversLicenseExpiration).
    """
    consumerDriversLicenseExpiration: str | None
    """Expiration of the consumer's driver's license, a date string (the API also has
    consumerDriversLicenseExp).
    """
    consumerPreApprovals: Sequence[Id | PreApproval | dict[str, Any]] | None
    """Financing pre-approvals of the consumer (PreApproval)."""
    consumerGetPreApproved: str | None
    """State of the consumer's \"get pre-approved\" step."""
    consumerProvideProofOfInsurance: str | None
    """State of the consumer's \"provide proof of insurance\" step."""
    consumerLoginToBank: str | None
    """State of the consumer's \"log in to bank\" step."""
    consumerConnectCar: str | None
    """State of the consumer's \"connect car\" step."""
    consumerProvideProofOfIncome: str | None
    """State of the consumer's \"provide proof of income\" step."""
    consumerConsumerId: str | None
    """Identifier of the consumer."""
    consumerCreditApplicationId: str | None
    """Identifier of the consumer's credit application."""
    deals2: Sequence[Id | Deal | dict[str, Any]] | None
    """Further deals of this Customer (Deal)."""
    consumerSocialSecurity: str | None
    """Consumer's Social Security number."""
    consumerDriversLicenceState: str | None
    """State that issued the consumer's driver's licence (British spelling, a separate
    field from consumerDriversLicenseState).
    """
    consumerIncome: float | None
    """Consumer's income, per consumerIncomeInterval."""
    consumerIncomeInterval: str | None
    """Period the consumer's income is stated for."""
    consumerEmploymentStatusCode: str | None
    """Consumer's employment status."""
    consumerEmploymentDuration: float | None
    """How long the consumer has worked for the current employer."""
    consumerEmployerName: str | None
    """Name of the consumer's employer."""
    consumerEmployerPhone: str | None
    """Phone number of the consumer's employer."""
    consumerEmploymentTitle: str | None
    """Consumer's job title."""
    consumerPreviousEmployerName: str | None
    """Name of the consumer's previous employer."""
    consumerPreviousEmployerPhone: str | None
    """Phone number of the consumer's previous employer."""
    consumerPreviousEmploymentTitle: str | None
    """Consumer's job title at the previous employer."""
    consumerPreviousEmploymentDuration: float | None
    """How long the consumer worked for the previous employer."""
    consumerPreviousEmploymentincome: float | None
    """Consumer's income at the previous employer (the API spells the name with a
    lower-case i).
    """
    consumerTimeAtResidence: float | None
    """How long the consumer has lived at the current residence."""
    consumerPreviousAddressLine1: str | None
    """First line of the consumer's previous address."""
    consumerPreviousAddressLine2: str | None
    """Second line of the consumer's previous address."""
    consumerPreviousAddressCity: str | None
    """City of the consumer's previous address."""
    consumerPreviousAddressState: str | None
    """State of the consumer's previous address."""
    consumerPreviousZip: str | None
    """ZIP code of the consumer's previous address."""
    consumerPreviousAddressDuration: float | None
    """How long the consumer lived at the previous address."""
    consumerResidenceType: str | None
    """Kind of residence the consumer lives in (for example rent or own)."""
    consumerRentMortgage: float | None
    """Consumer's rent or mortgage payment."""
    consumerOtherIncomeDescription: str | None
    """Source of the consumer's other income."""
    consumerOtherIncomeAmount: float | None
    """Amount of the consumer's other income."""
    consumerLeadSource: Sequence[CustomerConsumerLeadSource | str] | None
    """Channels the consumer came from."""
    companyName: str | None
    """Name of the company."""
    companyDealerDeals: Sequence[Id | Deal | dict[str, Any]] | None
    """Deals in which the company is the dealer (Deal)."""
    companyDealsFacilitated: Sequence[Id | Deal | dict[str, Any]] | None
    """Deals the company facilitated (Deal)."""
    companyInsuranceQuotes: Sequence[Id | InsuranceQuote | dict[str, Any]] | None
    """Insurance quotes of the company (InsuranceQuote)."""
    companyType: Sequence[CustomerCompanyType | str] | None
    """Kinds of business the company is."""
    companyWebsite: str | None
    """Website URL of the company."""
    companyStripeConnectLink: str | None
    """Stripe Connect link of the company."""
    companyCustomerPortalLink: str | None
    """Link to the company's customer portal."""
    companyServiceQuotes: Sequence[Id | ServiceQuote | dict[str, Any]] | None
    """Service quotes of the company (ServiceQuote)."""
    companyServiceOrders: str | None
    """Service orders of the company; a string on the documentation page, unlike the
    relationship companyTransportServiceOrders.
    """
    companyServiceQuotesPartners: Sequence[Id | ServiceQuote | dict[str, Any]] | None
    """Service quotes in which the company is a partner (ServiceQuote)."""
    companyVisibility: str | None
    """Visibility setting of the company."""
    companyTenants2: Sequence[Id | Tenant | dict[str, Any]] | None
    """Tenants linked to the company (Tenant)."""
    companyCustomer: Sequence[Id | Customer | dict[str, Any]] | None
    """Customers linked to the company (Customer)."""
    companyTrades: Sequence[Id | Trade | dict[str, Any]] | None
    """Trades of the company (Trade)."""
    companyTenants3: Sequence[Id | Tenant | dict[str, Any]] | None
    """Further tenants linked to the company (Tenant)."""
    companyPartnerBrand: Id | Brand | dict[str, Any] | None
    """Brand the company partners with (Brand)."""
    companyDeals3: Sequence[Id | Deal | dict[str, Any]] | None
    """Further deals of the company (Deal)."""
    companyRouteOneDealer: str | None
    """Company's dealer identifier at RouteOne."""
    companyTransportServiceOrders: Sequence[Id | ServiceOrder | dict[str, Any]] | None
    """Transport service orders of the company (ServiceOrder)."""


class LeadParams(TypedDict, total=False):
    """Lead's writable fields, keyed by wire name: a request body.

    A Lead document. Relationship fields hold ids at depth 0 and the related documents
    at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt
    come with every document unless `select` leaves them out, the others may be null.
    The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies
    leave them out.
    """

    processStatuses: LeadProcessStatuses | str | None
    reason: LeadReason | str | None
    latestEvent: Id | LeadEvent | dict[str, Any] | None
    """A Lead Event related, as an id at depth 0 or the document at depth 1 or more."""
    notes: str | None
    statusTracker: str | None
    searches: Sequence[Id | Search | dict[str, Any]] | None
    """Searches related, as ids at depth 0 and documents at depth 1 or more."""
    attachments: str | None
    firstName: str | None
    lastName: str | None
    phone: str | None
    call: str | None
    zipcode: str | None
    email: str | None
    loginEmail: str | None
    purchaseOption: str | None
    timeToPurchase: Sequence[LeadTimeToPurchase | str] | None
    monthlyPayment: float | None
    budgetLower: str | None
    budgetUpper: str | None
    mileageLower: float | None
    mileageUpper: float | None
    cashDown: float | None
    newOrUsed: str | None
    bodyStyle: Sequence[LeadBodyStyle | str] | None
    carStyle: Sequence[LeadCarStyle | str] | None
    truckStyle: Sequence[LeadTruckStyle | str] | None
    suvStyle: Sequence[LeadSuvStyle | str] | None
    vanStyle: Sequence[LeadVanStyle | str] | None
    yearLower: float | None
    yearUpper: float | None
    year: float | None
    make: str | None
    model: str | None
    exterior: Sequence[LeadExterior | str] | None
    interior: Sequence[LeadInterior | str] | None
    fuelType: Sequence[LeadFuelType | str] | None
    drivetrain: Sequence[LeadDrivetrain | str] | None
    transmission: Sequence[LeadTransmission | str] | None
    comfort: Sequence[LeadComfort | str] | None
    safety: Sequence[LeadSafety | str] | None
    entertainment: Sequence[LeadEntertainment | str] | None
    utility: Sequence[LeadUtility | str] | None
    subscribe: bool | None
    agree: bool | None
    customer: str | None
    messageNotifications: bool | None
    emailNotifications: bool | None
    emailAlerts: bool | None
    emailOffers: bool | None
    leadEvents: Sequence[Id | LeadEvent | dict[str, Any]] | None
    """Lead Events related, as ids at depth 0 and documents at depth 1 or more."""
    cfZipcode: str | None
    cfState: str | None
    cfCity: str | None
    completedDate: str | None
    localTime: str | None
    trade: Sequence[Id | Trade | dict[str, Any]] | None
    """Trades related, as ids at depth 0 and documents at depth 1 or more."""
    messages: Sequence[Id | Message | dict[str, Any]] | None
    """Messages related, as ids at depth 0 and documents at depth 1 or more."""
    creditScore: str | None
    contactScore: str | None
    contactBelongsTo: str | None
    contactType: str | None
    contactValid: bool | None
    testingCustomer: bool | None
    estimatedAgeRange: str | None
    estimatedAddress: str | None
    estimatedZipcode: str | None
    meetings: Sequence[Id | Meeting | dict[str, Any]] | None
    """Meetings related, as ids at depth 0 and documents at depth 1 or more."""
    makeAndModel: str | None
    conversation: str | None
    city: str | None
    state: str | None
    preApprovalId: str | None
    vdpEmails: Sequence[Id | VdpEmail | dict[str, Any]] | None
    """VDP Emails related, as ids at depth 0 and documents at depth 1 or more."""
    favorites: Sequence[Id | CrmVehicle | dict[str, Any]] | None
    """CRM Vehicles related, as ids at depth 0 and documents at depth 1 or more."""
    calls: Sequence[Id | Call | dict[str, Any]] | None
    """Calls related, as ids at depth 0 and documents at depth 1 or more."""
    salesRep: Id | SalesRep | dict[str, Any] | None
    """A Sales Rep related, as an id at depth 0 or the document at depth 1 or more."""
    preApprovals: Sequence[Id | PreApproval | dict[str, Any]] | None
    """Pre-Approvals related, as ids at depth 0 and documents at depth 1 or more."""
    anonymousId: str | None
    manual: bool | None
    trim: str | None
    oneOwner: bool | None
    customers: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""


class SearchParams(TypedDict, total=False):
    """Search's writable fields, keyed by wire name: a request body.

    A Search document. Relationship fields hold ids at depth 0 and the related documents
    at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt
    come with every document unless `select` leaves them out, the others may be null.
    The fields the server sets (id, lastModifiedBy, updatedAt, createdAt) are readOnly:
    request bodies leave them out.
    """

    lead: Id | Lead | dict[str, Any] | None
    """A Lead related, as an id at depth 0 or the document at depth 1 or more."""
    status: SearchStatus | str | None
    retailListingUrls: str | None
    year: str | None
    make: str | None
    model: str | None
    trim: str | None
    bodyStyle: Sequence[SearchBodyStyle | str] | None
    drive: Sequence[SearchDrive | str] | None
    transmission: Sequence[SearchTransmission | str] | None
    maxPrice: str | None
    maxMiles: float | None
    newOrUsed: Sequence[SearchNewOrUsed | str] | None
    minimumGrade: float | None
    requiredOptions: Sequence[SearchRequiredOptions | str] | None
    acceptableColors: Sequence[SearchAcceptableColors | str] | None
    acceptableInterior: Sequence[SearchAcceptableInterior | str] | None
    proposedVehicles: str | None
    vehicles: Sequence[Id | Vehicle | dict[str, Any]] | None
    """Vehicles related, as ids at depth 0 and documents at depth 1 or more."""
    seats: str | None
    updateRequested: str | None
    oneOwner: bool | None
    priority: bool | None


class VehicleParams(TypedDict, total=False):
    """Vehicle's writable fields, keyed by wire name: a request body.

    A Vehicle document. Relationship fields hold ids at depth 0 and the related
    documents at depth 1 or more. Apart from id every field is optional: createdAt and
    updatedAt come with every document unless `select` leaves them out, the others may
    be null. The fields the server sets (id, createdBy, updatedAt, createdAt) are
    readOnly: request bodies leave them out.
    """

    name: str | None
    vin: str | None
    customer: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    status: Sequence[VehicleStatus | str] | None
    deals: Sequence[Id | Deal | dict[str, Any]] | None
    """Deals related, as ids at depth 0 and documents at depth 1 or more."""
    year: str | None
    make: str | None
    model: str | None
    trim: str | None
    style: str | None
    body: str | None
    drivetrain: str | None
    engine: str | None
    transmission: str | None
    interior: str | None
    exterior: str | None
    listings: Sequence[Id | Listing | dict[str, Any]] | None
    """Listings related, as ids at depth 0 and documents at depth 1 or more."""
    serviceQuotes: Sequence[Id | ServiceQuote | dict[str, Any]] | None
    """Service Quotes related, as ids at depth 0 and documents at depth 1 or more."""
    tenant: Id | Tenant | dict[str, Any] | None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    trades: Sequence[Id | Trade | dict[str, Any]] | None
    """Trades related, as ids at depth 0 and documents at depth 1 or more."""
    transportServiceOrders: str | None
    transportServiceOrders2: Sequence[Id | ServiceOrder | dict[str, Any]] | None
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""


class DealParams(TypedDict, total=False):
    """Deal's writable fields, keyed by wire name: a request body.

    A Deal document. Relationship fields hold ids at depth 0 and the related documents
    at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt
    come with every document unless `select` leaves them out, the others may be null.
    The fields the server sets (id, createdBy, lastModifiedBy, updatedAt, createdAt) are
    readOnly: request bodies leave them out.
    """

    customer: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    vehicle: Id | Vehicle | dict[str, Any] | None
    """A Vehicle related, as an id at depth 0 or the document at depth 1 or more."""
    dealId: str | None
    customerRelationship: str | None
    coCustomer: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    companyConsumerCustomer: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    lienHolder: Sequence[Id | Customer | dict[str, Any]] | None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    dealer: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    facilitator: Sequence[Id | Customer | dict[str, Any]] | None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    type: Sequence[DealType | str] | None
    salesPrice: str | None
    margin: str | None
    downPayment: str | None
    financedAmount: str | None
    taxesAndFees: Id | TaxesAndFee | dict[str, Any] | None
    """A Taxes and Fees record related, as an id at depth 0 or the document at depth 1
    or more.
    """
    dependencies: Sequence[Id | Deal | dict[str, Any]] | None
    """Deals related, as ids at depth 0 and documents at depth 1 or more."""
    unsignedDocuments: str | None
    signedDocuments: str | None
    deliveryAddress: Sequence[Id | Address | dict[str, Any]] | None
    """Addresses related, as ids at depth 0 and documents at depth 1 or more."""
    paymentLink: str | None
    getTradeOffer: str | None
    notarizePowerOfAttorney: str | None
    serviceQuotes: Sequence[Id | ServiceQuote | dict[str, Any]] | None
    """Service Quotes related, as ids at depth 0 and documents at depth 1 or more."""
    tenant: Id | Tenant | dict[str, Any] | None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    trades: Sequence[Id | Trade | dict[str, Any]] | None
    """Trades related, as ids at depth 0 and documents at depth 1 or more."""
    creditApplications: Sequence[Id | CreditApplication | dict[str, Any]] | None
    """Credit Applications related, as ids at depth 0 and documents at depth 1 or more."""
    latestError: str | None
    vscProvider: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    vsc: str | None
    gapProvider: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    gap: str | None
    status: str | None
    transportServiceOrders: Sequence[Id | ServiceOrder | dict[str, Any]] | None
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    mileage: float | None
    development: bool | None


class TaxesAndFeeParams(TypedDict, total=False):
    """TaxesAndFee's writable fields, keyed by wire name: a request body.

    A Taxes and Fees record document. Relationship fields hold ids at depth 0 and the
    related documents at depth 1 or more. Apart from id every field is optional:
    createdAt and updatedAt come with every document unless `select` leaves them out,
    the others may be null. The fields the server sets (id, createdBy, updatedAt,
    createdAt) are readOnly: request bodies leave them out.
    """

    salesPrice: str | None
    totalTaxesAndFees: str | None
    CombinedSalesTax: str | None
    shippingCost: str | None
    stateSalesTax: str | None
    gasGuzzlerTax: str | None
    titleFee: str | None
    registrationFee: str | None
    dmvFee: str | None
    dmvFees: Sequence[Id | DmvFee | dict[str, Any]] | None
    """DMV Fees related, as ids at depth 0 and documents at depth 1 or more."""
    docFee: str | None
    combinedFees: str | None
    deals: Sequence[Id | Deal | dict[str, Any]] | None
    """Deals related, as ids at depth 0 and documents at depth 1 or more."""
    tenant: Id | Tenant | dict[str, Any] | None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""


class TenantParams(TypedDict, total=False):
    """Tenant's writable fields, keyed by wire name: a request body.

    A Tenant document. Relationship fields hold ids at depth 0 and the related documents
    at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt
    come with every document unless `select` leaves them out, the others may be null.
    The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies
    leave them out.
    """

    name: str | None
    customer: Sequence[Id | Customer | dict[str, Any]] | None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    defaultDealer: Sequence[Id | Customer | dict[str, Any]] | None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    defaultFacilitator: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    email: str | None
    apiKey: str | None
    environment: str | None
    creditApplicationLabel: str | None
    deals: Sequence[Id | Deal | dict[str, Any]] | None
    """Deals related, as ids at depth 0 and documents at depth 1 or more."""
    locations: Sequence[Id | Location | dict[str, Any]] | None
    """Locations related, as ids at depth 0 and documents at depth 1 or more."""
    insuranceQuotes: Sequence[Id | InsuranceQuote | dict[str, Any]] | None
    """Insurance Quotes related, as ids at depth 0 and documents at depth 1 or more."""
    serviceQuotes: Sequence[Id | ServiceQuote | dict[str, Any]] | None
    """Service Quotes related, as ids at depth 0 and documents at depth 1 or more."""
    serviceOrders: str | None
    insurancePolicies: Sequence[Id | InsurancePolicy | dict[str, Any]] | None
    """Insurance Policies related, as ids at depth 0 and documents at depth 1 or more."""
    addresses: Sequence[Id | Address | dict[str, Any]] | None
    """Addresses related, as ids at depth 0 and documents at depth 1 or more."""
    listings: Sequence[Id | Listing | dict[str, Any]] | None
    """Listings related, as ids at depth 0 and documents at depth 1 or more."""
    vehicles: Sequence[Id | Vehicle | dict[str, Any]] | None
    """Vehicles related, as ids at depth 0 and documents at depth 1 or more."""
    webhooks: Sequence[Id | Webhook | dict[str, Any]] | None
    """Webhooks related, as ids at depth 0 and documents at depth 1 or more."""
    taxesAndFees: Sequence[Id | TaxesAndFee | dict[str, Any]] | None
    """Taxes and Fees records related, as ids at depth 0 and documents at depth 1 or
    more.
    """
    dmvFees: Sequence[Id | DmvFee | dict[str, Any]] | None
    """DMV Fees related, as ids at depth 0 and documents at depth 1 or more."""
    transportServiceOrders: Sequence[Id | ServiceOrder | dict[str, Any]] | None
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""


class ListingParams(TypedDict, total=False):
    """Listing's writable fields, keyed by wire name: a request body.

    A Listing document. Relationship fields hold ids at depth 0 and the related
    documents at depth 1 or more. Apart from id every field is optional: createdAt and
    updatedAt come with every document unless `select` leaves them out, the others may
    be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request
    bodies leave them out.
    """

    vehicles: Id | Vehicle | dict[str, Any] | None
    """A Vehicle related, as an id at depth 0 or the document at depth 1 or more."""
    mileage: float | None
    seller: str | None
    wholesaleValue: str | None
    wholesaleBuyNowPrice: str | None
    wholesaleMinimumBid: str | None
    wholesaleCurrentBid: str | None
    wholesaleDetailPage: str | None
    condition: float | None
    wholesaleConditionReport: str | None
    retailValue: str | None
    retailAskingPrice: str | None
    retailBuyNowPrice: str | None
    vehicleHistoryReport: str | None
    vehicleHistoryScore: str | None
    cleanTitle: bool | None
    owners: float | None
    accidents: float | None
    attachments: str | None
    pickupLocation: Id | Location | dict[str, Any] | None
    """A Location related, as an id at depth 0 or the document at depth 1 or more."""
    tenant: Id | Tenant | dict[str, Any] | None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""


class ServiceQuoteParams(TypedDict, total=False):
    """ServiceQuote's writable fields, keyed by wire name: a request body.

    A Service Quote document. Relationship fields hold ids at depth 0 and the related
    documents at depth 1 or more. Apart from id every field is optional: createdAt and
    updatedAt come with every document unless `select` leaves them out, the others may
    be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request
    bodies leave them out.
    """

    name: str | None
    type: Sequence[ServiceQuoteType | str] | None
    status: ServiceQuoteStatus | str | None
    serviceProvider: Sequence[Id | Customer | dict[str, Any]] | None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    quoteId: str | None
    partner: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    serviceOrders: str | None
    checkoutLink: str | None
    deal: Id | Deal | dict[str, Any] | None
    """A Deal related, as an id at depth 0 or the document at depth 1 or more."""
    vehicle: Id | Vehicle | dict[str, Any] | None
    """A Vehicle related, as an id at depth 0 or the document at depth 1 or more."""
    rush: bool | None
    etaMin: str | None
    etaMax: str | None
    distance: float | None
    expires: str | None
    cost: str | None
    price: str | None
    margin: str | None
    partnerProfitShare: str | None
    partnerMargin: str | None
    tenant: Id | Tenant | dict[str, Any] | None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    transportServiceOrders: str | None
    transportServiceOrders2: Sequence[Id | ServiceOrder | dict[str, Any]] | None
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""


class ServiceOrderParams(TypedDict, total=False):
    """ServiceOrder's writable fields, keyed by wire name: a request body.

    A Service Order document. Relationship fields hold ids at depth 0 and the related
    documents at depth 1 or more. Apart from id every field is optional: createdAt and
    updatedAt come with every document unless `select` leaves them out, the others may
    be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request
    bodies leave them out.
    """

    name: str | None
    type: Sequence[ServiceOrderType | str] | None
    customer: Sequence[Id | Customer | dict[str, Any]] | None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    serviceQuotes: Id | ServiceQuote | dict[str, Any] | None
    """A Service Quote related, as an id at depth 0 or the document at depth 1 or more."""
    paymentLink: str | None
    vin: Id | Vehicle | dict[str, Any] | None
    """A Vehicle related, as an id at depth 0 or the document at depth 1 or more."""
    status: ServiceOrderStatus | str | None
    error: str | None
    orderId: str | None
    price: str | None
    rush: bool | None
    attachments: Sequence[Id | Attachment | dict[str, Any]] | None
    """Attachments related, as ids at depth 0 and documents at depth 1 or more."""
    quoteExpiration: str | None
    ordered: str | None
    start: str | None
    due: str | None
    consignor: Id | Contact | dict[str, Any] | None
    """A Contact related, as an id at depth 0 or the document at depth 1 or more."""
    billTo: Id | Contact | dict[str, Any] | None
    """A Contact related, as an id at depth 0 or the document at depth 1 or more."""
    origin: Id | Contact | dict[str, Any] | None
    """A Contact related, as an id at depth 0 or the document at depth 1 or more."""
    destination: Id | Contact | dict[str, Any] | None
    """A Contact related, as an id at depth 0 or the document at depth 1 or more."""
    deals: Sequence[Id | Deal | dict[str, Any]] | None
    """Deals related, as ids at depth 0 and documents at depth 1 or more."""
    orderLink: str | None
    tenant: Sequence[Id | Tenant | dict[str, Any]] | None
    """Tenants related, as ids at depth 0 and documents at depth 1 or more."""


class ContactParams(TypedDict, total=False):
    """Contact's writable fields, keyed by wire name: a request body.

    A Contact document. Relationship fields hold ids at depth 0 and the related
    documents at depth 1 or more. Apart from id every field is optional: createdAt and
    updatedAt come with every document unless `select` leaves them out, the others may
    be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request
    bodies leave them out.
    """

    name: str | None
    status: ContactStatus | str | None
    type: Sequence[ContactType | str] | None
    customer: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    addresses: Id | Address | dict[str, Any] | None
    """An Address related, as an id at depth 0 or the document at depth 1 or more."""
    transportServiceOrders: Sequence[Id | ServiceOrder | dict[str, Any]] | None
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    transportServiceOrders2: Sequence[Id | ServiceOrder | dict[str, Any]] | None
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    transportServiceOrders3: Sequence[Id | ServiceOrder | dict[str, Any]] | None
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""
    transportServiceOrders4: Sequence[Id | ServiceOrder | dict[str, Any]] | None
    """Service Orders related, as ids at depth 0 and documents at depth 1 or more."""


class AddressParams(TypedDict, total=False):
    """Address's writable fields, keyed by wire name: a request body.

    An Address document. Relationship fields hold ids at depth 0 and the related
    documents at depth 1 or more. Apart from id every field is optional: createdAt and
    updatedAt come with every document unless `select` leaves them out, the others may
    be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request
    bodies leave them out.
    """

    name: str | None
    street: str | None
    suite: str | None
    city: str | None
    state: str | None
    zip: str | None
    country: str | None
    deals: Sequence[Id | Deal | dict[str, Any]] | None
    """Deals related, as ids at depth 0 and documents at depth 1 or more."""
    tenants: Id | Tenant | dict[str, Any] | None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    customer: Sequence[Id | Customer | dict[str, Any]] | None
    """Customers related, as ids at depth 0 and documents at depth 1 or more."""
    contact: Sequence[Id | Contact | dict[str, Any]] | None
    """Contacts related, as ids at depth 0 and documents at depth 1 or more."""


class TradeParams(TypedDict, total=False):
    """Trade's writable fields, keyed by wire name: a request body.

    A Trade document. Relationship fields hold ids at depth 0 and the related documents
    at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt
    come with every document unless `select` leaves them out, the others may be null.
    The fields the server sets (id, lastModifiedBy, updatedAt, createdAt) are readOnly:
    request bodies leave them out.
    """

    status: TradeStatus | str | None
    deal: Id | Deal | dict[str, Any] | None
    """A Deal related, as an id at depth 0 or the document at depth 1 or more."""
    creditApplication: Id | CreditApplication | dict[str, Any] | None
    """A Credit Application related, as an id at depth 0 or the document at depth 1 or
    more.
    """
    tradeInAllowance: str | None
    odometer: float | None
    lienholder: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    tradeInPayoffBalance: str | None
    payoffGoodThrough: str | None
    vehicle: Id | Vehicle | dict[str, Any] | None
    """A Vehicle related, as an id at depth 0 or the document at depth 1 or more."""


class CreditApplicationParams(TypedDict, total=False):
    """CreditApplication's writable fields, keyed by wire name: a request body.

    A Credit Application document. Relationship fields hold ids at depth 0 and the
    related documents at depth 1 or more. Apart from id every field is optional:
    createdAt and updatedAt come with every document unless `select` leaves them out,
    the others may be null. The fields the server sets (id, updatedAt, createdAt) are
    readOnly: request bodies leave them out.
    """

    title: str | None
    sendToTSG: bool | None
    state: CreditApplicationState | str | None
    environment: CreditApplicationEnvironment | str
    meta: dict[str, Any] | Sequence[Any] | str | float | bool | None
    """Any JSON value."""
    sentToCustomer: bool | None
    rates: Sequence[CreditApplicationRate | dict[str, Any]] | None
    passesChecklist: bool | None
    requiredFields: Sequence[CreditApplicationRequiredFields | str] | None
    missingFields: dict[str, Any] | Sequence[Any] | str | float | bool | None
    """Any JSON value."""
    requestId: str | None
    logs: Sequence[CreditApplicationLog | dict[str, Any]] | None
    autopayNumber: str | None
    applicationLink: str | None
    preApproval: Id | PreApproval | dict[str, Any] | None
    """A Pre-Approval related, as an id at depth 0 or the document at depth 1 or more."""
    applicationType: CreditApplicationApplicationType | str | None
    financeAmount: float | None
    downPayment: float | None
    primaryApplicant: CreditApplicationApplicant | dict[str, Any]
    """Fields grouped under `primaryApplicant` and `coApplicant` of a Credit
    Application.
    """
    hasCoApplicant: bool | None
    coApplicant: CreditApplicationApplicant | dict[str, Any]
    """Fields grouped under `primaryApplicant` and `coApplicant` of a Credit
    Application.
    """
    vehicle: CreditApplicationVehicle | dict[str, Any]
    """Fields grouped under `vehicle` of a Credit Application."""
    trades: Sequence[Id | Trade | dict[str, Any]] | None
    """Trades related, as ids at depth 0 and documents at depth 1 or more."""


class PreApprovalParams(TypedDict, total=False):
    """PreApproval's writable fields, keyed by wire name: a request body.

    A Pre-Approval document. Relationship fields hold ids at depth 0 and the related
    documents at depth 1 or more. Apart from id every field is optional: createdAt and
    updatedAt come with every document unless `select` leaves them out, the others may
    be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request
    bodies leave them out.
    """

    customer: Id | Customer | dict[str, Any] | None
    """A Customer related, as an id at depth 0 or the document at depth 1 or more."""
    title: str | None
    status: PreApprovalStatus | str | None
    firstName: str | None
    middleInitial: str | None
    lastName: str | None
    suffix: PreApprovalSuffix | str | None
    address: str | None
    city: str | None
    state: PreApprovalState | str | None
    zip: str | None
    phone: str | None
    email: str | None
    income: str | None
    ipAddress: str | None
    userAgent: str | None
    isp: str | None
    sessionId: str | None
    resend: str | None
    AppId: float | None
    segmentationBand: PreApprovalSegmentationBand | str | None
    Name: str | None
    Score: str | None
    Status: str | None
    CreateDate: str | None
    DealerName: str | None
    Email: str | None
    AppMobileNo: str | None
    IsFullFileReportAvilable: bool | None
    estimatedInterestRate: str | None
    estimatedLoanTerm: str | None
    lead: Id | Lead | dict[str, Any] | None
    """A Lead related, as an id at depth 0 or the document at depth 1 or more."""
    UserName: str | None
    ProductId: float | None
    QuickProductId: float | None
    StatusId: float | None
    IsQqPass: float | None
    IsQuickQualifyXpress: bool | None
    IsLeadFormReport: bool | None
    IsQr: bool | None
    RemoveOperator: bool | None
    IsQScan: bool | None
    QuickScanStatus: str | None


class MessageParams(TypedDict, total=False):
    """Message's writable fields, keyed by wire name: a request body.

    A Message document. Relationship fields hold ids at depth 0 and the related
    documents at depth 1 or more. Apart from id every field is optional: createdAt and
    updatedAt come with every document unless `select` leaves them out, the others may
    be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request
    bodies leave them out.
    """

    status: MessageStatus | str | None
    message: str | None
    phone: str | None
    lead: Id | Lead | dict[str, Any] | None
    """A Lead related, as an id at depth 0 or the document at depth 1 or more."""
    template: Id | Template | dict[str, Any] | None
    """A Template related, as an id at depth 0 or the document at depth 1 or more."""
    createdTime: str | None
    generated: bool | None
    type: str | None
    openphoneMessageId: str | None


class SalesRepParams(TypedDict, total=False):
    """SalesRep's writable fields, keyed by wire name: a request body.

    A Sales Rep document. Relationship fields hold ids at depth 0 and the related
    documents at depth 1 or more. Apart from id every field is optional: createdAt and
    updatedAt come with every document unless `select` leaves them out, the others may
    be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request
    bodies leave them out.
    """

    name: str | None
    user: str | None
    phone: str | None
    phoneNumber: str | None
    leads: Sequence[Id | Lead | dict[str, Any]] | None
    """Leads related, as ids at depth 0 and documents at depth 1 or more."""
    acceptNewLeads: bool | None
    assignedLeads: str | None
    creditBands: Sequence[SalesRepCreditBands | str] | None
    templates: Sequence[Id | Template | dict[str, Any]] | None
    """Templates related, as ids at depth 0 and documents at depth 1 or more."""


class CrmVehicleParams(TypedDict, total=False):
    """CrmVehicle's writable fields, keyed by wire name: a request body.

    A CRM Vehicle document. Relationship fields hold ids at depth 0 and the related
    documents at depth 1 or more. Apart from id every field is optional: createdAt and
    updatedAt come with every document unless `select` leaves them out, the others may
    be null. The fields the server sets (id, createdBy, lastModifiedBy, updatedAt,
    createdAt) are readOnly: request bodies leave them out.
    """

    vin: str | None
    search: Sequence[Id | Search | dict[str, Any]] | None
    """Searches related, as ids at depth 0 and documents at depth 1 or more."""
    favorite: Sequence[Id | Lead | dict[str, Any]] | None
    """Leads related, as ids at depth 0 and documents at depth 1 or more."""
    exteriorColor: str | None
    status: CrmVehicleStatus | str | None
    reason: Sequence[CrmVehicleReason | str] | None
    notes: str | None
    salesPrice: str | None
    year: float | None
    make: str | None
    model: str | None
    trim: str | None
    bodyStyle: str | None
    mileage: float | None
    condition: float | None
    newOrUsed: str | None
    auction: str | None
    auctionDate: str | None
    laneAndRun: str | None
    pickupZip: str | None
    estimatedTransportFee: str | None
    adjMmr: str | None
    minBid: str | None
    buyNow: str | None
    retailPrice: str | None
    tmvUsedRetailTotalWithOptions: str | None
    kbbRetailBook: str | None
    bbTotalRetail: str | None
    wholesaleVdp: str | None
    retailVdp: str | None
    conditionReport: str | None
    updateRequested: str | None
    vdpEmails: Sequence[Id | VdpEmail | dict[str, Any]] | None
    """VDP Emails related, as ids at depth 0 and documents at depth 1 or more."""
    likes: str | None
    dislikes: str | None


class CallParams(TypedDict, total=False):
    """Call's writable fields, keyed by wire name: a request body.

    A Call document. Relationship fields hold ids at depth 0 and the related documents
    at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt
    come with every document unless `select` leaves them out, the others may be null.
    The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies
    leave them out.
    """

    name: str | None
    lead: Id | Lead | dict[str, Any] | None
    """A Lead related, as an id at depth 0 or the document at depth 1 or more."""
    phone: str | None
    conversation: str | None
    recording: str | None
    transcript: str | None
    notes: str | None
    rating: float | None
    ratingNote: str | None
    followUpEmail: str | None
    nextSteps: str | None
    conversationUrl: str | None
    developmentCall: bool | None
