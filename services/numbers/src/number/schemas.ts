/**
 * JSON schemas of the internal numbers API: shapes here, meaning (E.164, US states) in parse.ts. The requests
 * partners send through the gateway are checked with the published schemas (@longcode/contracts).
 */

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
