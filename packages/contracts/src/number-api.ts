/**
 * JSON schemas of the numbers API's answers, as the gateway publishes them and the numbers service
 * answers them (it checks the requests).
 */
import { campaignStatuses } from './campaign-api.js';

/**
 * RESERVED while the order is with the provider, PORTING while a port-in is; AVAILABLE once owned and
 * free; ASSIGNED while linked to a campaign; SUSPENDED when it may not send; RELEASED once given back.
 */
export const numberStatuses = [
  'RESERVED',
  'PORTING',
  'AVAILABLE',
  'ASSIGNED',
  'SUSPENDED',
  'RELEASED',
] as const;

/** A number's link to a campaign: PENDING while the carriers provision it, then ASSIGNED. */
export const assignmentStatuses = ['PENDING', 'ASSIGNED'] as const;

const nullableString = { type: ['string', 'null'] } as const;
const features = { type: 'array', items: { type: 'string', enum: ['sms', 'mms', 'voice'] } } as const;
const money = {
  type: 'object',
  required: ['amount', 'currency'],
  properties: {
    amount: { type: 'string', description: 'A decimal string (`"1.00"`), never a float' },
    currency: { type: 'string', description: 'ISO 4217 (`USD`)' },
  },
} as const;
const nullableMoney = { ...money, type: ['object', 'null'] } as const;

/** A number of the account, as the API answers it. */
export const numberResponse = {
  type: 'object',
  required: [
    'phoneNumber',
    'accountId',
    'status',
    'areaCode',
    'region',
    'locality',
    'rateCenter',
    'features',
    'monthlyCost',
    'upfrontCost',
    'campaign',
    'lastAssignmentFailure',
    'suspensionReason',
    'releaseReason',
    'reservedAt',
    'activatedAt',
  ],
  properties: {
    phoneNumber: { type: 'string', description: 'E.164' },
    accountId: { type: 'string' },
    status: { type: 'string', enum: numberStatuses },
    areaCode: { type: 'string' },
    region: { ...nullableString, description: 'Two-letter state' },
    locality: nullableString,
    rateCenter: nullableString,
    features,
    monthlyCost: { ...nullableMoney, description: "Null for a ported number (its rate is the account's)" },
    upfrontCost: nullableMoney,
    campaign: {
      type: ['object', 'null'],
      description: 'The campaign it is linked to, or being linked to',
      required: ['campaignId', 'status', 'requestedAt'],
      properties: {
        campaignId: { type: 'string' },
        status: { type: 'string', enum: assignmentStatuses },
        requestedAt: { type: 'string', format: 'date-time' },
      },
    },
    lastAssignmentFailure: {
      type: ['object', 'null'],
      description: 'The last assignment the carriers refused, and why',
      required: ['campaignId', 'reason'],
      properties: { campaignId: { type: 'string' }, reason: { type: 'string' } },
    },
    suspensionReason: nullableString,
    releaseReason: { ...nullableString, description: 'Why it was released, or why its order failed' },
    reservedAt: { type: 'string', format: 'date-time' },
    activatedAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

/** A number as a list shows it. */
const listedNumber = {
  type: 'object',
  required: ['phoneNumber', 'status', 'areaCode', 'region', 'campaignId', 'assignmentStatus'],
  properties: {
    phoneNumber: { type: 'string' },
    status: { type: 'string', enum: numberStatuses },
    areaCode: { type: 'string' },
    region: nullableString,
    campaignId: nullableString,
    assignmentStatus: { type: ['string', 'null'], enum: [...assignmentStatuses, null] },
  },
} as const;

/** A page of the account's numbers (all but RELEASED unless asked), in number order. */
export const numberList = {
  type: 'object',
  required: ['data', 'next'],
  properties: {
    data: { type: 'array', items: listedNumber },
    next: {
      ...nullableString,
      description: 'Pass as `after` for the next page; null when this page was not full',
    },
  },
} as const;

/** A campaign's sender pool: its numbers, pending or assigned. */
export const campaignNumberPool = {
  type: 'object',
  required: ['campaignId', 'campaignStatus', 'data'],
  properties: {
    campaignId: { type: 'string' },
    campaignStatus: { type: 'string', enum: campaignStatuses },
    data: { type: 'array', items: listedNumber },
  },
} as const;

/** Numbers the provider offers, with what they cost. */
export const availableNumberList = {
  type: 'object',
  required: ['data'],
  properties: {
    data: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'phoneNumber',
          'region',
          'locality',
          'rateCenter',
          'features',
          'monthlyCost',
          'upfrontCost',
        ],
        properties: {
          phoneNumber: { type: 'string', description: 'E.164' },
          region: nullableString,
          locality: nullableString,
          rateCenter: nullableString,
          features,
          monthlyCost: money,
          upfrontCost: money,
        },
      },
    },
  },
} as const;
