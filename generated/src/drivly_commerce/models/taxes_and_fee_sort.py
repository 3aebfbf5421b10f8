"""Generated from the OpenAPI document; regenerate instead of editing."""

from __future__ import annotations

from enum import Enum

__all__ = ["TaxesAndFeeSort"]


class TaxesAndFeeSort(str, Enum):
    """A field to sort Taxes and Fees records by, ascending, or with `-` descending."""

    ID = "id"
    ID_DESC = "-id"
    SALES_PRICE = "salesPrice"
    SALES_PRICE_DESC = "-salesPrice"
    TOTAL_TAXES_AND_FEES = "totalTaxesAndFees"
    TOTAL_TAXES_AND_FEES_DESC = "-totalTaxesAndFees"
    COMBINED_SALES_TAX = "CombinedSalesTax"
    COMBINED_SALES_TAX_DESC = "-CombinedSalesTax"
    SHIPPING_COST = "shippingCost"
    SHIPPING_COST_DESC = "-shippingCost"
    STATE_SALES_TAX = "stateSalesTax"
    STATE_SALES_TAX_DESC = "-stateSalesTax"
    GAS_GUZZLER_TAX = "gasGuzzlerTax"
    GAS_GUZZLER_TAX_DESC = "-gasGuzzlerTax"
    TITLE_FEE = "titleFee"
    TITLE_FEE_DESC = "-titleFee"
    REGISTRATION_FEE = "registrationFee"
    REGISTRATION_FEE_DESC = "-registrationFee"
    DMV_FEE = "dmvFee"
    DMV_FEE_DESC = "-dmvFee"
    DOC_FEE = "docFee"
    DOC_FEE_DESC = "-docFee"
    COMBINED_FEES = "combinedFees"
    COMBINED_FEES_DESC = "-combinedFees"
    TENANT = "tenant"
    TENANT_DESC = "-tenant"
    CREATED_BY = "createdBy"
    CREATED_BY_DESC = "-createdBy"
    UPDATED_AT = "updatedAt"
    UPDATED_AT_DESC = "-updatedAt"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
