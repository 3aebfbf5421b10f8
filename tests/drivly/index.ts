import { createClient } from 'payload-rest-client'
import { Config } from './payload-types' // auto generated types from payload
import { config } from 'dotenv'
config()

type Locales = 'en'

const environmentMap: { [key: string]: string } = {
  production: 'beta',
  sandbox: 'sandbox',
  alpha: 'alpha',
}

export function SDK({ apiKey, environment }: { apiKey?: string; environment?: string }) {
  if (!apiKey) {
    apiKey = process.env.DRIVLY_API_KEY || ''
    if (!apiKey) return null
  }
  if (!environment) {
    environment = process.env.DRIVLY_ENV || 'production'
  }
  const api = createClient<Config, Locales>({
    apiUrl: `https://${environmentMap[environment] || environmentMap['sandbox']}.commerce.driv.ly/api`,
    headers: {
      Authorization: `users API-Key ${apiKey}`,
    },
    cache: 'no-store',
  })
  return {
    api,
    commerce: {
      customers: api.collections.customers,
      deals: api.collections.deals,
      vehicles: api.collections.vehicles,
      listings: api.collections.listings,
      taxesAndFees: api.collections.taxesAndFees,
      dmvFees: api.collections.dmvFees,
      fees: api.collections.fees,
      locations: api.collections.locations,
      addresses: api.collections.addresses,
      preApprovals: api.collections.preApprovals,
      creditApplications: api.collections.creditApplications,
      insurancePolicies: api.collections.insurancePolicies,
      insuranceQuotes: api.collections.insuranceQuotes,
      serviceQuotes: api.collections.serviceQuotes,
      serviceOrders: api.collections.serviceOrders,
      contacts: api.collections.contacts,
      attachments: api.collections.attachments,
      webhooks: api.collections.webhooks,
      tenants: api.collections.tenants,
      trades: api.collections.trades,
      brands: api.collections.brands,
      documents: api.collections.documents,
    },
    crm: {
      leads: api.collections.leads,
      leadEvents: api.collections.leadEvents,
      trades: api.collections.crmTrades,
      searches: api.collections.searches,
      vehicles: api.collections.crmVehicles,
      vdpEmails: api.collections.vdpEmails,
      calls: api.collections.calls,
      meetings: api.collections.meetings,
      messages: api.collections.messages,
      templates: api.collections.templates,
      holidays: api.collections.holidays,
      quietHours: api.collections.quietHours,
      definitions: api.collections.definitions,
      salesReps: api.collections.salesReps,
      webEvents: api.collections.webEvents,
    },
  }
}

export * from './payload-types'
