/**
 * JSON schemas of the brand API, as the gateway publishes it: the requests (registration and the gateway
 * both check them) and the answers registration gives.
 */

import { nullableString } from './shapes.js';

/** pending → approved | rejected; approved → suspended; rejected → (resubmitted) pending. */
export const brandStatuses = ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'] as const;

/** Legal forms, as The Campaign Registry classifies them. */
export const brandEntityTypes = [
  'PRIVATE_PROFIT',
  'PUBLIC_PROFIT',
  'NON_PROFIT',
  'GOVERNMENT',
  'SOLE_PROPRIETOR',
] as const;

/** The Campaign Registry's industry verticals. */
export const brandVerticals = [
  'AGRICULTURE',
  'COMMUNICATION',
  'CONSTRUCTION',
  'EDUCATION',
  'ENERGY',
  'ENTERTAINMENT',
  'FINANCIAL',
  'GAMBLING',
  'GOVERNMENT',
  'HEALTHCARE',
  'HOSPITALITY',
  'HUMAN_RESOURCES',
  'INSURANCE',
  'LEGAL',
  'MANUFACTURING',
  'NGO',
  'POLITICAL',
  'POSTAL',
  'PROFESSIONAL',
  'REAL_ESTATE',
  'RETAIL',
  'TECHNOLOGY',
  'TRANSPORTATION',
] as const;

/** How far the registry verified the brand's identity, once approved. */
export const brandIdentityStatuses = ['UNVERIFIED', 'SELF_DECLARED', 'VERIFIED', 'VETTED_VERIFIED'] as const;

const country = { type: 'string', pattern: '^[A-Z]{2}$' } as const;

/** A brand to register with The Campaign Registry. */
export const brandRequest = {
  type: 'object',
  additionalProperties: false,
  required: ['entityType', 'legalName', 'displayName', 'vertical', 'email'],
  properties: {
    entityType: { type: 'string', enum: brandEntityTypes },
    legalName: { type: 'string', minLength: 1, maxLength: 255, description: 'As registered with the IRS' },
    displayName: { type: 'string', minLength: 1, maxLength: 255, description: 'The name people know it by' },
    ein: {
      type: ['string', 'null'],
      maxLength: 21,
      description:
        'Employer Identification Number: required unless SOLE_PROPRIETOR; in the US, 9 digits as NN-NNNNNNN',
    },
    country: { ...country, description: 'ISO 3166-1 alpha-2; US unless given' },
    website: { type: ['string', 'null'], pattern: '^https?://[^\\s]+$', maxLength: 255 },
    vertical: { type: 'string', enum: brandVerticals },
    email: {
      type: 'string',
      pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      maxLength: 255,
      description: 'Where the registry writes about the brand',
    },
    phone: { type: ['string', 'null'], maxLength: 16, description: 'E.164 (+15555550100)' },
    duns: { type: ['string', 'null'], maxLength: 9, description: 'D-U-N-S number: 9 digits' },
    address: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['street', 'city', 'state', 'postalCode', 'country'],
      properties: {
        street: { type: 'string', minLength: 1, maxLength: 255 },
        city: { type: 'string', minLength: 1, maxLength: 100 },
        state: { type: 'string', minLength: 2, maxLength: 20 },
        postalCode: { type: 'string', minLength: 3, maxLength: 10 },
        country,
      },
    },
    stockSymbol: { type: ['string', 'null'], maxLength: 10, description: 'Required for PUBLIC_PROFIT' },
    stockExchange: { type: ['string', 'null'], maxLength: 10, description: 'Required for PUBLIC_PROFIT' },
  },
} as const;

const corrected = ['legalName', 'displayName', 'ein', 'website', 'email', 'phone'] as const;

/** What a partner may correct when resubmitting a rejected brand. */
export const brandResubmitRequest = {
  type: 'object',
  additionalProperties: false,
  required: ['legalName', 'displayName', 'email'],
  properties: Object.fromEntries(corrected.map((name) => [name, brandRequest.properties[name]])),
} as const;

/** A reason the registry or a carrier gave for a refusal. */
export const rejectionReason = {
  type: 'object',
  required: ['code', 'description'],
  properties: {
    code: { type: 'string', description: "The registry's or carrier's code for the reason" },
    description: { type: 'string' },
  },
} as const;

/** A brand and its registration status, as the API answers it. */
export const brandResponse = {
  type: 'object',
  required: [
    'brandId',
    'accountId',
    'status',
    'entityType',
    'legalName',
    'displayName',
    'ein',
    'country',
    'website',
    'vertical',
    'email',
    'phone',
    'createdAt',
    'registryBrandId',
    'identityStatus',
    'vettingScore',
    'rejectionReasons',
    'suspensionReason',
  ],
  properties: {
    brandId: { type: 'string' },
    accountId: { type: 'string' },
    status: { type: 'string', enum: brandStatuses },
    entityType: { type: 'string', enum: brandEntityTypes },
    legalName: { type: 'string' },
    displayName: { type: 'string' },
    ein: { ...nullableString, description: 'US Employer Identification Number; null for sole proprietors' },
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    website: nullableString,
    vertical: { type: ['string', 'null'], enum: [...brandVerticals, null] },
    email: { type: 'string' },
    phone: nullableString,
    createdAt: { type: 'string', format: 'date-time' },
    registryBrandId: { ...nullableString, description: "The Campaign Registry's id, once it has one" },
    identityStatus: { type: ['string', 'null'], enum: [...brandIdentityStatuses, null] },
    vettingScore: {
      type: ['integer', 'null'],
      minimum: 0,
      maximum: 100,
      description: 'The external vetting score, once vetted',
    },
    rejectionReasons: {
      type: 'array',
      items: rejectionReason,
      description: 'Why it was rejected (empty unless REJECTED)',
    },
    suspensionReason: nullableString,
  },
} as const;
