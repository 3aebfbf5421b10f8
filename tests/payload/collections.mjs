// The collections of the test bed, shaped as Drivly's Payload config is (its field names and
// types come from the `@drivly/commerce` 0.1.1 package's payload-types.ts). `customers` is
// complete; the others are the targets of its relationships, with one text field each until
// their own endpoints are tested. Every collection answers authenticated users only.

const authenticated = ({ req }) => Boolean(req.user)
const access = {
  create: authenticated,
  delete: authenticated,
  read: authenticated,
  update: authenticated,
}

const text = (name) => ({ name, type: 'text' })
const number = (name) => ({ name, type: 'number' })
const select = (name, options, hasMany = false) => ({ name, type: 'select', hasMany, options })
const relation = (name, relationTo, hasMany = false) => ({
  name,
  type: 'relationship',
  relationTo,
  hasMany,
})

// createdBy and lastModifiedBy are set by the server from the authenticated user, whatever
// the client sends: the API documents them as read-only.
const idOf = (value) => (value && typeof value === 'object' ? value.id : (value ?? null))
const stampAuthor = ({ data, operation, originalDoc, req }) => ({
  ...data,
  createdBy: operation === 'create' ? idOf(req.user) : idOf(originalDoc?.createdBy),
  lastModifiedBy: idOf(req.user),
})

const customers = {
  slug: 'customers',
  access,
  hooks: { beforeChange: [stampAuthor] },
  fields: [
    text('customerId'),
    relation('leads', 'leads', true),
    relation('address', 'addresses'),
    relation('shippingContact', 'contacts'),
    relation('deals', 'deals', true),
    relation('createdBy', 'users'),
    relation('lastModifiedBy', 'users'),
    text('email'),
    text('phone'),
    relation('insurancePolicies', 'insurancePolicies', true),
    relation('tenants', 'tenants', true),
    select('consumerStatus', ['SOLD', 'Pending', 'Working', 'Cold', 'LOST', 'Duplicate', 'DNC']),
    text('consumerFirstName'),
    text('consumerMiddleName'),
    text('consumerLastName'),
    text('consumerSuffix'),
    text('consumerDateOfBirth'),
    text('consumerEducationLevel'),
    relation('consumerVehicles', 'vehicles', true),
    text('consumerPhoneType'),
    text('consumerDriversLicense'),
    text('consumerDriversLicenseState'),
    text('consumerDriversLicenseNumber'),
    text('consumerDriversLicenseExp'),
    text('consumerDriversLicenseExpiration'),
    relation('consumerPreApprovals', 'preApprovals', true),
    text('consumerGetPreApproved'),
    text('consumerProvideProofOfInsurance'),
    text('consumerLoginToBank'),
    text('consumerConnectCar'),
    text('consumerProvideProofOfIncome'),
    text('consumerConsumerId'),
    text('consumerCreditApplicationId'),
    relation('deals2', 'deals', true),
    text('consumerSocialSecurity'),
    text('consumerDriversLicenceState'),
    number('consumerIncome'),
    text('consumerIncomeInterval'),
    text('consumerEmploymentStatusCode'),
    number('consumerEmploymentDuration'),
    text('consumerEmployerName'),
    text('consumerEmployerPhone'),
    text('consumerEmploymentTitle'),
    text('consumerPreviousEmployerName'),
    text('consumerPreviousEmployerPhone'),
    text('consumerPreviousEmploymentTitle'),
    number('consumerPreviousEmploymentDuration'),
    number('consumerPreviousEmploymentincome'),
    number('consumerTimeAtResidence'),
    text('consumerPreviousAddressLine1'),
    text('consumerPreviousAddressLine2'),
    text('consumerPreviousAddressCity'),
    text('consumerPreviousAddressState'),
    text('consumerPreviousZip'),
    number('consumerPreviousAddressDuration'),
    text('consumerResidenceType'),
    number('consumerRentMortgage'),
    text('consumerOtherIncomeDescription'),
    number('consumerOtherIncomeAmount'),
    select(
      'consumerLeadSource',
      ['Car Concierge (Andrew)', 'Driv.ly Website', 'Self Generated', 'Referral', 'Rocket'],
      true,
    ),
    text('companyName'),
    relation('companyDealerDeals', 'deals', true),
    relation('companyDealsFacilitated', 'deals', true),
    relation('companyInsuranceQuotes', 'insuranceQuotes', true),
    select(
      'companyType',
      [
        'Dealer',
        'Concierge',
        'Broker',
        'Partner',
        'Auction',
        'Affiliate',
        'Insurer',
        'Mobile Detailer',
        'Last Mile Transporter',
        'Service Provider',
        'Lender',
      ],
      true,
    ),
    text('companyWebsite'),
    text('companyStripeConnectLink'),
    text('companyCustomerPortalLink'),
    relation('companyServiceQuotes', 'serviceQuotes', true),
    text('companyServiceOrders'),
    relation('companyServiceQuotesPartners', 'serviceQuotes', true),
    text('companyVisibility'),
    relation('companyTenants2', 'tenants', true),
    relation('companyCustomer', 'customers', true),
    relation('companyTrades', 'trades', true),
    relation('companyTenants3', 'tenants', true),
    relation('companyPartnerBrand', 'brands'),
    relation('companyDeals3', 'deals', true),
    text('companyRouteOneDealer'),
    relation('companyTransportServiceOrders', 'serviceOrders', true),
  ],
}

const users = {
  slug: 'users',
  access,
  auth: { useAPIKey: true },
  fields: [],
}

// Targets of the customers' relationships: slug and the field their seed documents set.
const related = [
  ['addresses', 'street'],
  ['brands', 'name'],
  ['contacts', 'name'],
  ['deals', 'name'],
  ['insurancePolicies', 'policyNumber'],
  ['insuranceQuotes', 'name'],
  ['leads', 'email'],
  ['preApprovals', 'name'],
  ['serviceOrders', 'name'],
  ['serviceQuotes', 'name'],
  ['tenants', 'name'],
  ['trades', 'name'],
  ['vehicles', 'vin'],
].map(([slug, field]) => ({ slug, access, fields: [text(field)] }))

export const collections = [users, customers, ...related]
