/**
 * JSON schemas of the send API, as the gateway publishes it and dispatch takes it: shapes here; their
 * meaning (E.164, US numbers, body limits) is dispatch's to judge (its acceptance).
 */

import { page, pick, text } from './shapes.js';

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

/** A message's statuses, in the order it can reach them. */
export const messageStatuses = [
  'accepted',
  'queued',
  'sending',
  'sent',
  'delivered',
  'undelivered',
  'failed',
  'expired',
  'canceled',
] as const;

/** The filters and page of a message list. */
export const messageQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: messageStatuses },
    campaignId: { type: 'string', minLength: 1, maxLength: 64 },
    to: { type: 'string', minLength: 1, maxLength: 16 },
    from: { type: 'string', minLength: 1, maxLength: 16 },
    acceptedFrom: {
      type: 'string',
      format: 'date-time',
      maxLength: 40,
      description: 'Only messages accepted at or after this instant (RFC 3339, with its offset)',
    },
    acceptedBefore: {
      type: 'string',
      format: 'date-time',
      maxLength: 40,
      description: 'Only messages accepted before this instant (RFC 3339, with its offset)',
    },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    cursor: { type: 'string', minLength: 1, maxLength: 200 },
  },
} as const;

const nullable = (type: 'string' | 'integer') => ({ type: [type, 'null'] }) as const;

/** What a message's summary says: its state, not its body. */
const summaryFields = [
  'id',
  'status',
  'campaignId',
  'from',
  'to',
  'encoding',
  'segments',
  'reference',
  'providerMessageId',
  'errorCode',
  'errorDescription',
  'acceptedAt',
  'updatedAt',
] as const;
const messageFields = [
  ...summaryFields,
  'text',
  'mediaUrls',
  'priority',
  'attempts',
  'sendAt',
  'expiresAt',
] as const;

/** A message as the send API answers it. */
export const messageResponse = {
  type: 'object',
  required: messageFields,
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: messageStatuses },
    campaignId: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    text: { type: 'string' },
    mediaUrls: { type: 'array', items: { type: 'string' } },
    encoding: { type: 'string', enum: ['GSM-7', 'UCS-2'] },
    segments: { type: 'integer', minimum: 0 },
    priority: { type: 'integer', minimum: 0, maximum: 2 },
    attempts: { type: 'integer', minimum: 0 },
    sendAt: nullable('string'),
    expiresAt: nullable('string'),
    reference: nullable('string'),
    providerMessageId: nullable('string'),
    errorCode: nullable('string'),
    errorDescription: nullable('string'),
    acceptedAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

/** A message as a list shows it: its state, without its body (GET the message for that). */
export const messageSummary = {
  type: 'object',
  required: summaryFields,
  properties: pick(messageResponse.properties, summaryFields),
} as const;

/** A page of messages, newest first; nextCursor is null on the last page. */
export const messageList = page(messageSummary);

/** The events of a message's life, as its timeline names them. */
export const messageEventTypes = [
  'MessageAccepted',
  'MessageDeferred',
  'MessageSubmitting',
  'MessageSent',
  'MessageSubmissionRefused',
  'MessageSubmissionUnknown',
  'MessageStatusReported',
  'MessageExpired',
  'MessageCanceled',
] as const;

/** A message's timeline: every event of it, oldest first, each with its payload as recorded. */
export const messageTimeline = {
  type: 'object',
  required: ['data'],
  properties: {
    data: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'type', 'occurredAt', 'data'],
        properties: {
          id: { type: 'string' },
          type: { type: 'string', enum: messageEventTypes },
          occurredAt: { type: 'string', format: 'date-time' },
          data: {
            type: 'object',
            additionalProperties: true,
            description: "The event's payload, as its Avro schema (schemas/dispatch/<type>.avsc) records it",
          },
        },
      },
    },
  },
} as const;

/** An RFC 9457 problem, as every refusal is answered. */
export const problemResponse = {
  type: 'object',
  additionalProperties: true,
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    code: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
    details: { type: 'object', additionalProperties: true },
  },
} as const;

/** A batch's answer: how many were accepted and refused, and each message's outcome in request order. */
export const batchResponse = {
  type: 'object',
  required: ['accepted', 'refused', 'results'],
  properties: {
    accepted: { type: 'integer', minimum: 0 },
    refused: { type: 'integer', minimum: 0 },
    results: {
      type: 'array',
      items: {
        oneOf: [
          {
            type: 'object',
            required: ['accepted', 'message'],
            properties: { accepted: { const: true }, message: messageResponse },
          },
          {
            type: 'object',
            required: ['accepted', 'error'],
            properties: { accepted: { const: false }, error: problemResponse },
          },
        ],
      },
    },
  },
} as const;
