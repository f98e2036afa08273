/**
 * JSON schemas of the inbound messages API (texts people sent to an account's numbers), as the gateway
 * publishes it and compliance answers it.
 */
import { page, text } from './shapes.js';

const instant = (description: string) => ({ type: 'string', format: 'date-time', description }) as const;

/** The filters and page of an inbound message list. */
export const inboundMessageQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: { ...text(16), description: 'The person who texted (E.164)' },
    to: { ...text(16), description: 'The number of the account they texted (E.164)' },
    campaignId: text(64),
    receivedAfter: instant('Received at or after this instant'),
    receivedBefore: instant('Received before this instant'),
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    cursor: { ...text(200), description: 'The nextCursor of the previous page' },
  },
} as const;

/** What compliance made of an inbound text. */
export const inboundKinds = ['OPT_OUT', 'OPT_IN', 'HELP', 'NONE'] as const;

/** An inbound message as the API answers it. */
export const inboundMessageResponse = {
  type: 'object',
  required: [
    'id',
    'from',
    'to',
    'text',
    'mediaUrls',
    'receivedAt',
    'campaignId',
    'brandId',
    'provider',
    'providerMessageId',
    'compliance',
  ],
  properties: {
    id: { type: 'string' },
    from: { type: 'string', description: 'The person who texted (E.164)' },
    to: { type: 'string', description: 'The number of the account they texted (E.164)' },
    text: { type: 'string' },
    mediaUrls: { type: 'array', items: { type: 'string' } },
    receivedAt: { type: 'string', format: 'date-time', description: 'When the carrier received it' },
    campaignId: { type: ['string', 'null'], description: 'The campaign the number texted for then' },
    brandId: { type: ['string', 'null'] },
    provider: { type: 'string', description: 'The carrier provider that delivered it' },
    providerMessageId: { type: 'string' },
    compliance: {
      type: 'object',
      description: 'What compliance made of it: an opt-out, an opt-in, a request for help, or none of these',
      required: ['kind', 'keyword', 'how'],
      properties: {
        kind: { type: 'string', enum: inboundKinds },
        keyword: { type: ['string', 'null'], description: 'The keyword (or free-text words) it matched' },
        how: {
          type: ['string', 'null'],
          enum: ['KEYWORD', 'CUSTOM_KEYWORD', 'FREE_TEXT', null],
        },
      },
    },
  },
} as const;

/** A page of inbound messages, newest first; nextCursor is null on the last page. */
export const inboundMessageList = page(inboundMessageResponse);
