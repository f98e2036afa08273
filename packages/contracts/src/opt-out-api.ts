/**
 * JSON schemas of the opt-out list API (who an account may not text, and in what scope), as the gateway
 * publishes it and compliance answers it.
 */
import { page, text } from './shapes.js';

export const optOutScopes = ['CAMPAIGN', 'BRAND', 'GLOBAL'] as const;

/** How a person opted out: by texting a keyword (standard, the campaign's own, free text), or as told through the API or a web form. */
export const optOutHows = ['KEYWORD', 'CUSTOM_KEYWORD', 'FREE_TEXT', 'API', 'WEB_FORM'] as const;

/** The filters and page of the opt-out list. */
export const optOutQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    phoneNumber: { ...text(16), description: 'The person (E.164)' },
    scope: { type: 'string', enum: optOutScopes },
    campaignId: text(64),
    brandId: text(64),
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    cursor: { ...text(200), description: 'The nextCursor of the previous page' },
  },
} as const;

/** An opt-out to record. */
export const optOutRequest = {
  type: 'object',
  required: ['phoneNumber', 'scope'],
  additionalProperties: false,
  properties: {
    phoneNumber: { type: 'string', pattern: '^\\+[1-9][0-9]{7,14}$', description: 'The person (E.164)' },
    scope: {
      type: 'string',
      enum: optOutScopes,
      description:
        'CAMPAIGN: one campaign (campaignId required); BRAND: everything a brand sends (brandId required); GLOBAL: everything the account sends',
    },
    campaignId: text(64),
    brandId: text(64),
    how: { type: 'string', enum: ['API', 'WEB_FORM'], default: 'API' },
    expiresAt: {
      type: 'string',
      format: 'date-time',
      description: 'When the opt-out lapses by itself (in the future); never unless given',
    },
  },
} as const;

/** An opt-out in force, as the API answers it. */
export const optOutResponse = {
  type: 'object',
  required: ['id', 'phoneNumber', 'scope', 'campaignId', 'brandId', 'since', 'expiresAt', 'how', 'keyword'],
  properties: {
    id: { type: 'string' },
    phoneNumber: { type: 'string' },
    scope: { type: 'string', enum: optOutScopes },
    campaignId: { type: ['string', 'null'] },
    brandId: { type: ['string', 'null'] },
    since: { type: 'string', format: 'date-time' },
    expiresAt: { type: ['string', 'null'], format: 'date-time' },
    how: { type: 'string', enum: optOutHows },
    keyword: {
      type: ['string', 'null'],
      description: 'The keyword the person texted, for a keyword opt-out',
    },
  },
} as const;

/** A page of opt-outs in force, newest first; nextCursor is null on the last page. */
export const optOutList = page(optOutResponse);
