"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

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
    "Attachment",
    "Brand",
    "Call",
    "Contact",
    "CreditApplication",
    "CreditApplicationApplicant",
    "CrmVehicle",
    "Customer",
    "Deal",
    "DmvFee",
    "InsurancePolicy",
    "InsuranceQuote",
    "Lead",
    "LeadEvent",
    "Listing",
    "Location",
    "Meeting",
    "Message",
    "PreApproval",
    "SalesRep",
    "Search",
    "ServiceOrder",
    "ServiceQuote",
    "TaxesAndFee",
    "Template",
    "Tenant",
    "Trade",
    "VdpEmail",
    "Vehicle",
    "Webhook",
]


class Customer(BaseModel):
    """A Customer document: a consumer (fields prefixed `consumer`) or a company (fields prefixed `company`). Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, createdAt, updatedAt, createdBy, lastModifiedBy) are readOnly: request bodies leave them out."""

    id: int | str
    """Document id. The documentation page's sample omits it, but Payload always sends it: a number with Payload's SQL adapters (Postgres, SQLite) and their default `idType`, e.g. `27` (seen on Payload 3.90.2 with @payloadcms/db-sqlite), a string with MongoDB (an ObjectId) or `idType: 'uuid'`. The `@drivly/commerce` npm SDK types it as a string."""
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
    """Expiry of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExpiration)."""
    consumer_drivers_license_expiration: str | None = Field(
        None, alias="consumerDriversLicenseExpiration"
    )
    """Expiration of the consumer's driver's license, a date string (the API also has consumerDriversLicenseExp)."""
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
    """Service orders of the company; a string on the documentation page, unlike the relationship companyTransportServiceOrders."""
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
    """A Lead document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Lead Event document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, createdBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Search document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, lastModifiedBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Vehicle document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, createdBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Deal document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, createdBy, lastModifiedBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Taxes and Fees record related, as an id at depth 0 or the document at depth 1 or more."""
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
    """A Taxes and Fees record document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, createdBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A DMV Fee document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, lastModifiedBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
    fee: str | None = None
    estimate: str | None = None
    actual: str | None = None
    taxes_and_fees: list[Id | TaxesAndFee] | None = Field(None, alias="taxesAndFees")
    """Taxes and Fees records related, as ids at depth 0 and documents at depth 1 or more."""
    tenant: Id | Tenant | None = None
    """A Tenant related, as an id at depth 0 or the document at depth 1 or more."""
    last_modified_by: Id | User | None = Field(None, alias="lastModifiedBy")
    """An User related, as an id at depth 0 or the document at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Tenant(BaseModel):
    """A Tenant document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """Taxes and Fees records related, as ids at depth 0 and documents at depth 1 or more."""
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
    """A Location document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, createdBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Listing document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """An Insurance Quote document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Service Quote document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Service Order document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """An Attachment document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Contact document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """An Address document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """An Insurance Policy document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Webhook document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
    url: str | None = None
    tenants: list[Id | Tenant] | None = None
    """Tenants related, as ids at depth 0 and documents at depth 1 or more."""
    method: str | None = None
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class Trade(BaseModel):
    """A Trade document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, lastModifiedBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
    status: OpenEnum[TradeStatus] | None = None
    deal: Id | Deal | None = None
    """A Deal related, as an id at depth 0 or the document at depth 1 or more."""
    credit_application: Id | CreditApplication | None = Field(
        None, alias="creditApplication"
    )
    """A Credit Application related, as an id at depth 0 or the document at depth 1 or more."""
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
    """A Credit Application document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
    title: str | None = None
    send_to_tsg: bool | None = Field(None, alias="sendToTSG")
    state: OpenEnum[CreditApplicationState] | None = None
    environment: OpenEnum[CreditApplicationEnvironment] | None = None
    """Required: Payload refuses to create the document without it, and sends it on every document (payload-types.ts types it as required)."""
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
    """Fields grouped under `primaryApplicant` and `coApplicant` of a Credit Application."""
    has_co_applicant: bool | None = Field(None, alias="hasCoApplicant")
    co_applicant: CreditApplicationApplicant | None = Field(None, alias="coApplicant")
    """Fields grouped under `primaryApplicant` and `coApplicant` of a Credit Application."""
    vehicle: CreditApplicationVehicle | None = None
    """Fields grouped under `vehicle` of a Credit Application."""
    trades: list[Id | Trade] | None = None
    """Trades related, as ids at depth 0 and documents at depth 1 or more."""
    updated_at: datetime | None = Field(None, alias="updatedAt")
    """When the document was last updated, an ISO 8601 date-time string."""
    created_at: datetime | None = Field(None, alias="createdAt")
    """When the document was created, an ISO 8601 date-time string."""


class PreApproval(BaseModel):
    """A Pre-Approval document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """Fields grouped under `primaryApplicant` and `coApplicant` of a Credit Application."""

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
    """Fields grouped under `currentResidence` and `previousResidence` of a Credit Application."""
    current_employment: CreditApplicationEmployment | None = Field(
        None, alias="currentEmployment"
    )
    """Fields grouped under `currentEmployment` and `previousEmployment` of a Credit Application."""
    previous_residence: CreditApplicationResidence | None = Field(
        None, alias="previousResidence"
    )
    """Fields grouped under `currentResidence` and `previousResidence` of a Credit Application."""
    previous_employment: CreditApplicationEmployment | None = Field(
        None, alias="previousEmployment"
    )
    """Fields grouped under `currentEmployment` and `previousEmployment` of a Credit Application."""
    additional_income_amount: float | None = Field(None, alias="additionalIncomeAmount")
    additional_income_frequency: (
        OpenEnum[CreditApplicationApplicantAdditionalIncomeFrequency] | None
    ) = Field(None, alias="additionalIncomeFrequency")
    additional_income_source: str | None = Field(None, alias="additionalIncomeSource")
    terms: CreditApplicationTerms | None = None
    """Fields grouped under `terms` of a Credit Application."""


class Message(BaseModel):
    """A Message document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Template document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Sales Rep document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Meeting document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, createdBy, lastModifiedBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A VDP Email document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, createdBy, lastModifiedBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A CRM Vehicle document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, createdBy, lastModifiedBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Call document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
    """A Brand document. Relationship fields hold ids at depth 0 and the related documents at depth 1 or more. Apart from id every field is optional: createdAt and updatedAt come with every document unless `select` leaves them out, the others may be null. The fields the server sets (id, createdBy, updatedAt, createdAt) are readOnly: request bodies leave them out."""

    id: int | str
    """The document's id, set by the server: a number with Payload's SQL adapters, a string with MongoDB or `idType: 'uuid'` (see Id)."""
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
