/**
 * JSON schemas of the numbers API, as the gateway publishes it: the requests (shapes here, checked by the
 * gateway and the numbers service; their meaning, E.164 and US, is the service's to judge) and its answers.
 */
import { campaignStatuses } from './campaign-api.js';
import { nullableString, page, pick, text } from './shapes.js';

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

const phoneNumber = (description: string) => ({ ...text(20), description }) as const;

/** A search of the numbers on offer: an area code or a state. */
export const availableNumberQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    areaCode: { type: 'string', description: 'A US area code (three digits starting 2-9); or give a state' },
    state: { type: 'string', description: 'A two-letter US state (NY); or give an area code' },
    locality: { ...text(64), description: 'A city, within the area code or state' },
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
} as const;

/** The filters and page of the account's numbers. */
export const numberQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: numberStatuses, description: 'All but RELEASED unless given' },
    campaignId: text(64),
    areaCode: { type: 'string', pattern: '^[2-9][0-9]{2}$' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
    cursor: { ...text(200), description: 'The nextCursor of the previous page' },
  },
} as const;

/** A number to order: one the search offered. */
export const numberOrderRequest = {
  type: 'object',
  required: ['phoneNumber'],
  additionalProperties: false,
  properties: {
    phoneNumber: phoneNumber('A number on offer (GET /v1/available-numbers): a US long code, E.164'),
  },
} as const;

/** A number to bring from another carrier, with the authorisation of the one who holds it there. */
export const portInRequest = {
  type: 'object',
  required: ['phoneNumber', 'authorisation'],
  additionalProperties: false,
  properties: {
    phoneNumber: phoneNumber('A US long code with a geographic area code, E.164'),
    authorisation: {
      type: 'object',
      description: "As the losing carrier's account shows it (kept only until the port-in is submitted)",
      required: ['entityName', 'authorisedPerson', 'accountNumber', 'serviceAddress'],
      additionalProperties: false,
      properties: {
        entityName: { ...text(128), description: "The account holder's name" },
        authorisedPerson: { ...text(128), description: 'Who authorises the port' },
        accountNumber: { ...text(64), description: 'The account number at the losing carrier' },
        pin: {
          type: ['string', 'null'],
          minLength: 1,
          maxLength: 16,
          description: "The account's PIN, if it has one",
        },
        serviceAddress: {
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
        },
      },
    },
  },
} as const;

/** The campaign a number is to send for. */
export const numberAssignmentRequest = {
  type: 'object',
  required: ['campaignId'],
  additionalProperties: false,
  properties: { campaignId: { ...text(64), description: 'The campaign of the account it is to send for' } },
} as const;

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

/** What an offer says: the fields of a number that the provider knows before it is ordered. */
const offerFields = [
  'phoneNumber',
  'region',
  'locality',
  'rateCenter',
  'features',
  'monthlyCost',
  'upfrontCost',
] as const;

/** A number of the account, as the API answers it. */
export const numberResponse = {
  type: 'object',
  required: [
    ...offerFields,
    'accountId',
    'status',
    'areaCode',
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

/** A page of the account's numbers (all but RELEASED unless asked), in number order; nextCursor is null on the last page. */
export const numberList = page(listedNumber);

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
        required: offerFields,
        properties: {
          ...pick(numberResponse.properties, offerFields),
          monthlyCost: money,
          upfrontCost: money,
        },
      },
    },
  },
} as const;
