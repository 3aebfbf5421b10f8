"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .date_query import DateQuery
from .number_query import NumberQuery
from .relationship_query import RelationshipQuery
from .select_query import SelectQuery
from .text_query import TextQuery

__all__ = ["CustomerWhere"]


class CustomerWhere(BaseModel):
    """A query on Customers (https://payloadcms.com/docs/queries/overview): each field
    of Customer maps to conditions that must all hold, `and` / `or` nest queries, and
    any other key is a dotted path (`customer.email`, a group's field) with free-form
    conditions.
    """

    and_: list[CustomerWhere] | None = Field(None, alias="and")
    """Queries that must all match."""
    or_: list[CustomerWhere] | None = Field(None, alias="or")
    """Queries of which at least one must match."""
    id: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    customer_id: TextQuery | None = Field(None, alias="customerId")
    """Conditions on a text field, all of which must hold."""
    leads: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    address: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    shipping_contact: RelationshipQuery | None = Field(None, alias="shippingContact")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    deals: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    created_by: RelationshipQuery | None = Field(None, alias="createdBy")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    last_modified_by: RelationshipQuery | None = Field(None, alias="lastModifiedBy")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    email: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    phone: TextQuery | None = None
    """Conditions on a text field, all of which must hold."""
    insurance_policies: RelationshipQuery | None = Field(
        None, alias="insurancePolicies"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    tenants: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    consumer_status: SelectQuery | None = Field(None, alias="consumerStatus")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    consumer_first_name: TextQuery | None = Field(None, alias="consumerFirstName")
    """Conditions on a text field, all of which must hold."""
    consumer_middle_name: TextQuery | None = Field(None, alias="consumerMiddleName")
    """Conditions on a text field, all of which must hold."""
    consumer_last_name: TextQuery | None = Field(None, alias="consumerLastName")
    """Conditions on a text field, all of which must hold."""
    consumer_suffix: TextQuery | None = Field(None, alias="consumerSuffix")
    """Conditions on a text field, all of which must hold."""
    consumer_date_of_birth: TextQuery | None = Field(None, alias="consumerDateOfBirth")
    """Conditions on a text field, all of which must hold."""
    consumer_education_level: TextQuery | None = Field(
        None, alias="consumerEducationLevel"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_vehicles: RelationshipQuery | None = Field(None, alias="consumerVehicles")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    consumer_phone_type: TextQuery | None = Field(None, alias="consumerPhoneType")
    """Conditions on a text field, all of which must hold."""
    consumer_drivers_license: TextQuery | None = Field(
        None, alias="consumerDriversLicense"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_drivers_license_state: TextQuery | None = Field(
        None, alias="consumerDriversLicenseState"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_drivers_license_number: TextQuery | None = Field(
        None, alias="consumerDriversLicenseNumber"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_drivers_license_exp: TextQuery | None = Field(
        None, alias="consumerDriversLicenseExp"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_drivers_license_expiration: TextQuery | None = Field(
        None, alias="consumerDriversLicenseExpiration"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_pre_approvals: RelationshipQuery | None = Field(
        None, alias="consumerPreApprovals"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    consumer_get_pre_approved: TextQuery | None = Field(
        None, alias="consumerGetPreApproved"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_provide_proof_of_insurance: TextQuery | None = Field(
        None, alias="consumerProvideProofOfInsurance"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_login_to_bank: TextQuery | None = Field(None, alias="consumerLoginToBank")
    """Conditions on a text field, all of which must hold."""
    consumer_connect_car: TextQuery | None = Field(None, alias="consumerConnectCar")
    """Conditions on a text field, all of which must hold."""
    consumer_provide_proof_of_income: TextQuery | None = Field(
        None, alias="consumerProvideProofOfIncome"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_consumer_id: TextQuery | None = Field(None, alias="consumerConsumerId")
    """Conditions on a text field, all of which must hold."""
    consumer_credit_application_id: TextQuery | None = Field(
        None, alias="consumerCreditApplicationId"
    )
    """Conditions on a text field, all of which must hold."""
    deals2: RelationshipQuery | None = None
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    consumer_social_security: TextQuery | None = Field(
        None, alias="consumerSocialSecurity"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_drivers_licence_state: TextQuery | None = Field(
        None, alias="consumerDriversLicenceState"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_income: NumberQuery | None = Field(None, alias="consumerIncome")
    """Conditions on a number field, all of which must hold."""
    consumer_income_interval: TextQuery | None = Field(
        None, alias="consumerIncomeInterval"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_employment_status_code: TextQuery | None = Field(
        None, alias="consumerEmploymentStatusCode"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_employment_duration: NumberQuery | None = Field(
        None, alias="consumerEmploymentDuration"
    )
    """Conditions on a number field, all of which must hold."""
    consumer_employer_name: TextQuery | None = Field(None, alias="consumerEmployerName")
    """Conditions on a text field, all of which must hold."""
    consumer_employer_phone: TextQuery | None = Field(
        None, alias="consumerEmployerPhone"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_employment_title: TextQuery | None = Field(
        None, alias="consumerEmploymentTitle"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_previous_employer_name: TextQuery | None = Field(
        None, alias="consumerPreviousEmployerName"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_previous_employer_phone: TextQuery | None = Field(
        None, alias="consumerPreviousEmployerPhone"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_previous_employment_title: TextQuery | None = Field(
        None, alias="consumerPreviousEmploymentTitle"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_previous_employment_duration: NumberQuery | None = Field(
        None, alias="consumerPreviousEmploymentDuration"
    )
    """Conditions on a number field, all of which must hold."""
    consumer_previous_employmentincome: NumberQuery | None = Field(
        None, alias="consumerPreviousEmploymentincome"
    )
    """Conditions on a number field, all of which must hold."""
    consumer_time_at_residence: NumberQuery | None = Field(
        None, alias="consumerTimeAtResidence"
    )
    """Conditions on a number field, all of which must hold."""
    consumer_previous_address_line1: TextQuery | None = Field(
        None, alias="consumerPreviousAddressLine1"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_previous_address_line2: TextQuery | None = Field(
        None, alias="consumerPreviousAddressLine2"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_previous_address_city: TextQuery | None = Field(
        None, alias="consumerPreviousAddressCity"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_previous_address_state: TextQuery | None = Field(
        None, alias="consumerPreviousAddressState"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_previous_zip: TextQuery | None = Field(None, alias="consumerPreviousZip")
    """Conditions on a text field, all of which must hold."""
    consumer_previous_address_duration: NumberQuery | None = Field(
        None, alias="consumerPreviousAddressDuration"
    )
    """Conditions on a number field, all of which must hold."""
    consumer_residence_type: TextQuery | None = Field(
        None, alias="consumerResidenceType"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_rent_mortgage: NumberQuery | None = Field(
        None, alias="consumerRentMortgage"
    )
    """Conditions on a number field, all of which must hold."""
    consumer_other_income_description: TextQuery | None = Field(
        None, alias="consumerOtherIncomeDescription"
    )
    """Conditions on a text field, all of which must hold."""
    consumer_other_income_amount: NumberQuery | None = Field(
        None, alias="consumerOtherIncomeAmount"
    )
    """Conditions on a number field, all of which must hold."""
    consumer_lead_source: SelectQuery | None = Field(None, alias="consumerLeadSource")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    company_name: TextQuery | None = Field(None, alias="companyName")
    """Conditions on a text field, all of which must hold."""
    company_dealer_deals: RelationshipQuery | None = Field(
        None, alias="companyDealerDeals"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    company_deals_facilitated: RelationshipQuery | None = Field(
        None, alias="companyDealsFacilitated"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    company_insurance_quotes: RelationshipQuery | None = Field(
        None, alias="companyInsuranceQuotes"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    company_type: SelectQuery | None = Field(None, alias="companyType")
    """Conditions on a select field, all of which must hold; on a hasMany select
    `equals` and `in` match documents holding the value among others, `all` those
    holding every value.
    """
    company_website: TextQuery | None = Field(None, alias="companyWebsite")
    """Conditions on a text field, all of which must hold."""
    company_stripe_connect_link: TextQuery | None = Field(
        None, alias="companyStripeConnectLink"
    )
    """Conditions on a text field, all of which must hold."""
    company_customer_portal_link: TextQuery | None = Field(
        None, alias="companyCustomerPortalLink"
    )
    """Conditions on a text field, all of which must hold."""
    company_service_quotes: RelationshipQuery | None = Field(
        None, alias="companyServiceQuotes"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    company_service_orders: TextQuery | None = Field(None, alias="companyServiceOrders")
    """Conditions on a text field, all of which must hold."""
    company_service_quotes_partners: RelationshipQuery | None = Field(
        None, alias="companyServiceQuotesPartners"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    company_visibility: TextQuery | None = Field(None, alias="companyVisibility")
    """Conditions on a text field, all of which must hold."""
    company_tenants2: RelationshipQuery | None = Field(None, alias="companyTenants2")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    company_customer: RelationshipQuery | None = Field(None, alias="companyCustomer")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    company_trades: RelationshipQuery | None = Field(None, alias="companyTrades")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    company_tenants3: RelationshipQuery | None = Field(None, alias="companyTenants3")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    company_partner_brand: RelationshipQuery | None = Field(
        None, alias="companyPartnerBrand"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    company_deals3: RelationshipQuery | None = Field(None, alias="companyDeals3")
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    company_route_one_dealer: TextQuery | None = Field(
        None, alias="companyRouteOneDealer"
    )
    """Conditions on a text field, all of which must hold."""
    company_transport_service_orders: RelationshipQuery | None = Field(
        None, alias="companyTransportServiceOrders"
    )
    """Conditions on a relationship field or an id, by the related document's id, all of
    which must hold (a field of the related document is queried by its dotted path,
    `customer.email`).
    """
    updated_at: DateQuery | None = Field(None, alias="updatedAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
    created_at: DateQuery | None = Field(None, alias="createdAt")
    """Conditions on a date field, all of which must hold; values are ISO 8601 dates or
    date-times.
    """
