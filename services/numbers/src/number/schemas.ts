/** JSON schemas of the numbers API: shapes here, meaning (E.164, US states) in parse.ts. */

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;

export const accountHeader = {
  type: 'object',
  required: ['x-account-id'],
  properties: { 'x-account-id': text(64) },
} as const;

export const phoneParams = {
  type: 'object',
  required: ['phoneNumber'],
  properties: { phoneNumber: text(20) },
} as const;

export const orderBody = {
  type: 'object',
  required: ['phoneNumber'],
  additionalProperties: false,
  properties: { phoneNumber: text(20) },
} as const;

const address = {
  type: 'object',
  required: ['street', 'city', 'state', 'postalCode', 'country'],
  additionalProperties: false,
  properties: {
    street: text(128),
    city: text(64),
    state: { type: 'string', pattern: '^[A-Za-z]{2}$' },
    postalCode: { type: 'string', pattern: '^[0-9]{5}(-[0-9]{4})?$' },
    country: { type: 'string', enum: ['US'] },
  },
} as const;

export const portInBody = {
  type: 'object',
  required: ['phoneNumber', 'authorisation'],
  additionalProperties: false,
  properties: {
    phoneNumber: text(20),
    authorisation: {
      type: 'object',
      required: ['entityName', 'authorisedPerson', 'accountNumber', 'serviceAddress'],
      additionalProperties: false,
      properties: {
        entityName: text(128),
        authorisedPerson: text(128),
        accountNumber: text(64),
        pin: { type: ['string', 'null'], minLength: 1, maxLength: 16 },
        serviceAddress: address,
      },
    },
  },
} as const;

export const assignmentBody = {
  type: 'object',
  required: ['campaignId'],
  additionalProperties: false,
  properties: { campaignId: text(64) },
} as const;

export const suspensionBody = {
  type: 'object',
  required: ['reason'],
  additionalProperties: false,
  properties: { reason: text(512) },
} as const;

const money = {
  type: ['object', 'null'],
  properties: { amount: { type: 'string' }, currency: { type: 'string' } },
} as const;
const nullableString = { type: ['string', 'null'] } as const;

export const numberResponse = {
  type: 'object',
  properties: {
    phoneNumber: { type: 'string' },
    accountId: { type: 'string' },
    status: { type: 'string' },
    areaCode: { type: 'string' },
    region: nullableString,
    locality: nullableString,
    rateCenter: nullableString,
    features: { type: 'array', items: { type: 'string' } },
    monthlyCost: money,
    upfrontCost: money,
    campaign: {
      type: ['object', 'null'],
      properties: {
        campaignId: { type: 'string' },
        status: { type: 'string' },
        requestedAt: { type: 'string' },
      },
    },
    lastAssignmentFailure: {
      type: ['object', 'null'],
      properties: { campaignId: { type: 'string' }, reason: { type: 'string' } },
    },
    suspensionReason: nullableString,
    releaseReason: nullableString,
    reservedAt: { type: 'string' },
    activatedAt: nullableString,
  },
} as const;
