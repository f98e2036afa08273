/**
 * JSON schemas of the consent API's answers (manual opt-outs and opt-ins, and a person's ledger), as the
 * gateway publishes them and compliance answers them.
 */
import { optOutHows, optOutScopes } from './opt-out-api.js';

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

const nullableString = { type: ['string', 'null'] } as const;

/** What every opt-out and opt-in entry says. */
const change = {
  phoneNumber: { type: 'string' },
  at: { type: 'string', format: 'date-time' },
  scope: { type: 'string', enum: optOutScopes },
  campaignId: nullableString,
  brandId: nullableString,
  how: { type: 'string', enum: optOutHows },
  keyword: { ...nullableString, description: 'The keyword or words that did it, when a text did' },
  sourceMessageId: { ...nullableString, description: 'The inbound message that did it, when one did' },
  actor: { type: 'string', description: 'Who made the change: the person (by text), or the API caller' },
} as const;
const changeFields = Object.keys(change) as Array<keyof typeof change>;

const revoked = {
  type: 'object',
  description: 'The person opted out of a scope',
  required: ['type', ...changeFields, 'expiresAt'],
  properties: {
    type: { type: 'string', const: 'ConsentRevoked' },
    ...change,
    expiresAt: {
      type: ['integer', 'null'],
      description: 'When the opt-out lapses, in epoch milliseconds; null for never',
    },
  },
} as const;

const granted = {
  type: 'object',
  description: 'The person opted back in to a scope (or gave consent)',
  required: ['type', ...changeFields],
  properties: { type: { type: 'string', const: 'ConsentGranted' }, ...change },
} as const;

const replied = {
  type: 'object',
  description: 'A reply the person is sent: the confirmation of an opt-out or opt-in, or the answer to HELP',
  required: ['type', 'at', 'phoneNumber', 'replyId', 'kind', 'campaignId', 'from', 'text', 'inReplyTo'],
  properties: {
    type: { type: 'string', const: 'ReplyRequested' },
    at: { type: 'string', format: 'date-time' },
    phoneNumber: { type: 'string' },
    replyId: { type: 'string' },
    kind: { type: 'string', enum: ['OPT_OUT_CONFIRMATION', 'OPT_IN_CONFIRMATION', 'HELP'] },
    campaignId: { type: 'string', description: 'The campaign the reply is sent under' },
    from: { type: 'string', description: 'The number the person texted' },
    text: { type: 'string' },
    inReplyTo: { ...nullableString, description: "The inbound message (provider's id) that asked for it" },
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
