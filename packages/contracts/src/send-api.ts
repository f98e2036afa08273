/**
 * JSON schemas of the send API, as the gateway publishes it and dispatch takes it: shapes here; their
 * meaning (E.164, US numbers, body limits) is dispatch's to judge (its acceptance).
 */

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;

export const accountHeader = {
  type: 'object',
  required: ['x-account-id'],
  properties: { 'x-account-id': text(64) },
} as const;

export const sendRequest = {
  type: 'object',
  required: ['to'],
  additionalProperties: false,
  properties: {
    campaignId: text(64),
    from: text(20),
    to: text(20),
    text: { type: 'string', maxLength: 10_000 },
    mediaUrls: { type: 'array', items: { type: 'string', maxLength: 2048 }, maxItems: 50 },
    sendAt: text(40),
    expiresAt: text(40),
    validityPeriodSeconds: { type: 'integer', minimum: 1, maximum: 14 * 24 * 3600 },
    statusCallbackUrl: text(2048),
    reference: text(128),
  },
} as const;

export const batchRequest = {
  type: 'object',
  required: ['messages'],
  additionalProperties: false,
  properties: { messages: { type: 'array', minItems: 1, maxItems: 1000, items: sendRequest } },
} as const;

export const messageParams = {
  type: 'object',
  required: ['messageId'],
  properties: { messageId: text(36) },
} as const;

/** The filters and page of a message list. */
export const messageQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: {
      type: 'string',
      enum: [
        'accepted',
        'queued',
        'sending',
        'sent',
        'delivered',
        'undelivered',
        'failed',
        'expired',
        'canceled',
      ],
    },
    campaignId: { type: 'string', minLength: 1, maxLength: 64 },
    to: { type: 'string', minLength: 1, maxLength: 16 },
    from: { type: 'string', minLength: 1, maxLength: 16 },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    cursor: { type: 'string', minLength: 1, maxLength: 200 },
  },
} as const;
