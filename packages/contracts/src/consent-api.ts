/**
 * JSON schemas of the consent API (manual opt-outs and opt-ins, and a person's ledger), as the gateway
 * publishes it and compliance takes and answers it.
 */
import { optOutHows, optOutScopes } from './opt-out-api.js';
import { nullableString } from './shapes.js';

const id = { type: 'string', minLength: 1, maxLength: 64 } as const;

/** An opt-out (POST …/revocations) or opt-in (POST …/grants) of a person, as the account was told it. */
export const consentChangeRequest = {
  type: 'object',
  required: ['scope'],
  additionalProperties: false,
  properties: {
    scope: {
      type: 'string',
      enum: optOutScopes,
      description:
        'CAMPAIGN: one campaign (campaignId required); BRAND: everything a brand sends (brandId required); GLOBAL: everything the account sends',
    },
    campaignId: id,
    brandId: id,
    how: { type: 'string', enum: ['API', 'WEB_FORM'], default: 'API' },
    expiresAt: {
      type: 'string',
      format: 'date-time',
      description:
        'For an opt-out: when it lapses by itself (in the future); never unless given. Ignored by an opt-in',
    },
    note: { type: 'string', maxLength: 512, description: 'Taken, not kept' },
  },
} as const;

/** Whether a consent change was recorded: false when an opt-out already in force covered it. */
const recorded = (value: boolean, description: string) =>
  ({
    type: 'object',
    description,
    required: ['recorded'],
    properties: { recorded: { type: 'boolean', const: value } },
  }) as const;

export const consentRecorded = recorded(true, 'Recorded');
export const consentAlreadyRecorded = recorded(false, 'Already opted out: nothing was recorded');

const at = { type: 'string', format: 'date-time', description: 'When it was recorded' } as const;

/** What every opt-out and opt-in entry says. */
const change = {
  at,
  scope: { type: 'string', enum: optOutScopes },
  campaignId: nullableString,
  brandId: nullableString,
  how: { type: 'string', enum: optOutHows },
  keyword: { ...nullableString, description: 'The keyword or words that did it, when a text did' },
  sourceMessageId: {
    ...nullableString,
    description:
      "The text that did it, when one did: its provider's id (providerMessageId in GET /v1/inbound-messages)",
  },
  inboundMessageId: {
    ...nullableString,
    description: 'The text that did it, when one did: our id of it (GET /v1/inbound-messages/{id})',
  },
  actor: { type: 'string', description: 'Who made the change: the person (by text), or the API caller' },
} as const;
const changeFields = Object.keys(change) as Array<keyof typeof change>;

const revoked = {
  type: 'object',
  description: 'The person opted out of a scope',
  required: ['type', ...changeFields, 'expiresAt'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', const: 'ConsentRevoked' },
    ...change,
    expiresAt: {
      type: ['string', 'null'],
      format: 'date-time',
      description: 'When the opt-out lapses; null for never',
    },
  },
} as const;

const granted = {
  type: 'object',
  description: 'The person opted back in to a scope (or gave consent)',
  required: ['type', ...changeFields],
  additionalProperties: false,
  properties: { type: { type: 'string', const: 'ConsentGranted' }, ...change },
} as const;

const replied = {
  type: 'object',
  description: 'A reply the person is sent: the confirmation of an opt-out or opt-in, or the answer to HELP',
  required: ['type', 'at', 'kind', 'messageId', 'campaignId', 'from', 'text', 'inReplyTo'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', const: 'ReplyRequested' },
    at,
    kind: { type: 'string', enum: ['OPT_OUT_CONFIRMATION', 'OPT_IN_CONFIRMATION', 'HELP'] },
    messageId: {
      type: 'string',
      description: 'The reply as a message, once accepted for sending: GET /v1/messages/{messageId}',
    },
    campaignId: { type: 'string', description: 'The campaign the reply is sent under' },
    from: { type: 'string', description: 'The number the person texted' },
    text: { type: 'string' },
    inReplyTo: {
      ...nullableString,
      description:
        "The text that asked for it: its provider's id (providerMessageId in GET /v1/inbound-messages)",
    },
  },
} as const;

/** A person's consent history with the account: every change and reply, oldest first. */
export const consentLedger = {
  type: 'object',
  required: ['phoneNumber', 'ledger'],
  properties: {
    phoneNumber: { type: 'string' },
    ledger: { type: 'array', items: { oneOf: [revoked, granted, replied] } },
  },
} as const;
