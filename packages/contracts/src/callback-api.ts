/**
 * JSON schemas of the callback delivery log and signing secret, as the gateway answers them. The gateway
 * serializes its answers through these: a property missing here is missing from the answer.
 */

/** What a partner can subscribe to (and what a delivery was for). */
export const callbackEventTypes = [
  'message.status',
  'message.inbound',
  'opt-out.changed',
  'campaign.status',
] as const;

export const deliveryStatuses = ['pending', 'delivered', 'failed'] as const;

const nullableString = { type: ['string', 'null'] } as const;
const nullableInstant = { type: ['string', 'null'], format: 'date-time' } as const;

/** The secret the account's own status callbacks are signed with (subscriptions have their own). */
export const signingSecretResponse = {
  type: 'object',
  required: ['secret'],
  properties: {
    secret: {
      type: ['string', 'null'],
      description: 'whsec_…; null only for an account created before callbacks were signed',
    },
  },
} as const;

/** One callback: where it went, what it said, and how its attempts went. */
export const deliveryResponse = {
  type: 'object',
  required: [
    'id',
    'eventType',
    'subscriptionId',
    'messageId',
    'url',
    'payload',
    'status',
    'attempts',
    'nextAttemptAt',
    'lastStatusCode',
    'lastError',
    'createdAt',
    'deliveredAt',
  ],
  properties: {
    id: { type: 'string' },
    eventType: { type: 'string', enum: callbackEventTypes },
    subscriptionId: { ...nullableString, description: "Null for a message's own status callback" },
    messageId: { ...nullableString, description: 'The message it is about, when it is about one' },
    url: { type: 'string' },
    payload: {
      type: 'object',
      description: 'The body posted, as posted',
      required: ['id', 'type', 'occurredAt', 'data'],
      additionalProperties: true,
      properties: {
        id: { type: 'string', description: 'The same in every delivery of one event (drop repeats by it)' },
        type: { type: 'string', enum: callbackEventTypes },
        occurredAt: { type: 'string', format: 'date-time' },
        data: { type: 'object', additionalProperties: true },
      },
    },
    status: { type: 'string', enum: deliveryStatuses },
    attempts: { type: 'integer', minimum: 0 },
    nextAttemptAt: { ...nullableInstant, description: 'When it is tried next, while pending' },
    lastStatusCode: { type: ['integer', 'null'], description: "The endpoint's last HTTP status" },
    lastError: nullableString,
    createdAt: { type: 'string', format: 'date-time' },
    deliveredAt: nullableInstant,
  },
} as const;

/** Deliveries, newest first (100 at most). */
export const deliveryList = {
  type: 'object',
  required: ['data'],
  properties: { data: { type: 'array', items: deliveryResponse } },
} as const;
