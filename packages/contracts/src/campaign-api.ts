/**
 * JSON schemas of the campaign API, as the gateway publishes it: the requests (registration and the gateway
 * both check their shape and bounds; what carriers refuse is the linter's, on POST /campaigns/lint and on
 * submit) and the answers registration gives.
 */
import type { CampaignAttributes } from './generated/events.js';
import { nullableString, text } from './shapes.js';

/** draft → submitted → approved | rejected; approved → suspended; approved | suspended → expired. */
export const campaignStatuses = [
  'DRAFT',
  'SUBMITTED',
  'APPROVED',
  'REJECTED',
  'SUSPENDED',
  'EXPIRED',
] as const;

/** The TCR use cases a campaign may be registered under. */
export const campaignUseCases = [
  '2FA',
  'ACCOUNT_NOTIFICATION',
  'CUSTOMER_CARE',
  'DELIVERY_NOTIFICATION',
  'FRAUD_ALERT',
  'HIGHER_EDUCATION',
  'POLLING_VOTING',
  'PUBLIC_SERVICE_ANNOUNCEMENT',
  'SECURITY_ALERT',
  'LOW_VOLUME',
  'MARKETING',
  'MIXED',
  'SOLE_PROPRIETOR',
] as const;

/** The campaign attributes TCR records (flags). */
export const campaignFlagNames = [
  'subscriberOptIn',
  'subscriberOptOut',
  'subscriberHelp',
  'numberPool',
  'directLending',
  'embeddedLink',
  'embeddedPhone',
  'affiliateMarketing',
  'ageGated',
] as const satisfies readonly (keyof CampaignAttributes)[];

const strings = { type: 'array', items: { type: 'string' } } as const;
const nullableInteger = { type: ['integer', 'null'], minimum: 0 } as const;
const useCase = { type: 'string', enum: campaignUseCases } as const;

const reply = (description: string) =>
  ({ type: ['string', 'null'], minLength: 1, maxLength: 1024, description }) as const;
const keywords = (description: string) =>
  ({ type: 'array', maxItems: 50, items: text(64), description }) as const;

/** What a partner writes in a campaign and may correct while it is a draft or rejected. */
const contentProperties = {
  useCase,
  subUseCases: {
    type: 'array',
    maxItems: campaignUseCases.length,
    items: useCase,
    description: 'The use cases a MIXED or LOW_VOLUME campaign mixes',
  },
  description: { ...text(8192), description: 'What the campaign sends, and who sends it' },
  messageFlow: {
    ...text(4096),
    description: 'How a person opts in: where, by what means, and what they are told',
  },
  sampleMessages: {
    type: 'array',
    minItems: 1,
    maxItems: 5,
    items: text(2048),
    description: 'Messages as they will be sent, brand name included',
  },
  helpMessage: reply('The answer to HELP'),
  optOutMessage: reply('The confirmation of an opt-out'),
  optInMessage: reply('The confirmation of an opt-in'),
  helpKeywords: keywords("The campaign's own help keywords, besides the standard HELP and INFO"),
  optOutKeywords: keywords("The campaign's own opt-out keywords, besides the standard STOP family"),
  optInKeywords: keywords("The campaign's own opt-in keywords, besides the standard START family"),
  flags: {
    type: 'object',
    additionalProperties: false,
    required: campaignFlagNames,
    properties: Object.fromEntries(campaignFlagNames.map((name) => [name, { type: 'boolean' }])),
    description: 'The attributes The Campaign Registry records; carriers check messages against them',
  },
  autoRenewal: { type: 'boolean', description: 'True unless given' },
} as const;
const requiredContent = ['useCase', 'description', 'messageFlow', 'sampleMessages', 'flags'] as const;

/** A campaign to draft (POST /campaigns), or to lint before drafting it (POST /campaigns/lint). */
export const campaignRequest = {
  type: 'object',
  additionalProperties: false,
  required: ['brandId', ...requiredContent],
  properties: {
    brandId: { ...text(64), description: 'The approved brand it sends for' },
    ...contentProperties,
  },
} as const;

/** A campaign's content, all of it again (PUT /campaigns/{campaignId}); the brand does not change. */
export const campaignContentRequest = {
  type: 'object',
  additionalProperties: false,
  required: requiredContent,
  properties: contentProperties,
} as const;

/** What carriers let an approved campaign send, from the carrier tables of `tablesAsOf`. */
const throughput = {
  type: ['object', 'null'],
  description: 'Set at approval; null before',
  required: [
    'attMessageClass',
    'attSmsTpm',
    'attMmsTpm',
    'attTpmScope',
    'tmobileTier',
    'tmobileDailyCap',
    'tmobileCapSharedByBrand',
    'verizonCapped',
    'dailyLimit',
    'monthlyLimit',
    'tablesAsOf',
  ],
  properties: {
    attMessageClass: {
      type: 'string',
      enum: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'K', 'N', 'P', 'S', 'T', 'W', 'X'],
    },
    attSmsTpm: { type: 'integer', minimum: 0, description: 'AT&T: SMS segments per minute' },
    attMmsTpm: { type: 'integer', minimum: 0, description: 'AT&T: MMS messages per minute' },
    attTpmScope: { type: 'string', enum: ['CAMPAIGN', 'NUMBER'] },
    tmobileTier: {
      type: 'string',
      enum: ['TOP', 'HIGH_MID', 'LOW_MID', 'LOW', 'SOLE_PROPRIETOR', 'UNCAPPED'],
    },
    tmobileDailyCap: { ...nullableInteger, description: 'T-Mobile: a day (Pacific); null when uncapped' },
    tmobileCapSharedByBrand: { type: 'boolean' },
    verizonCapped: { type: 'boolean' },
    dailyLimit: { ...nullableInteger, description: 'Messages a day in all; null when unlimited' },
    monthlyLimit: {
      ...nullableInteger,
      description: 'Messages a calendar month in all; null when unlimited',
    },
    tablesAsOf: { type: 'string', format: 'date' },
  },
} as const;

/** A campaign, its content, status and throughput, as the API answers it. */
export const campaignResponse = {
  type: 'object',
  required: [
    'campaignId',
    'brandId',
    'accountId',
    'status',
    'useCase',
    'subUseCases',
    'description',
    'messageFlow',
    'sampleMessages',
    'helpMessage',
    'optOutMessage',
    'optInMessage',
    'helpKeywords',
    'optOutKeywords',
    'optInKeywords',
    'flags',
    'autoRenewal',
    'createdAt',
    'submittedAt',
    'submissions',
    'lintWarnings',
    'registryCampaignId',
    'throughput',
    'rejectionReasons',
    'suspension',
  ],
  properties: {
    campaignId: { type: 'string' },
    brandId: { type: 'string' },
    accountId: { type: 'string' },
    status: { type: 'string', enum: campaignStatuses },
    useCase,
    subUseCases: { type: 'array', items: useCase },
    description: { type: 'string' },
    messageFlow: { type: 'string' },
    sampleMessages: strings,
    helpMessage: nullableString,
    optOutMessage: nullableString,
    optInMessage: nullableString,
    helpKeywords: strings,
    optOutKeywords: strings,
    optInKeywords: strings,
    flags: {
      type: 'object',
      required: campaignFlagNames,
      properties: Object.fromEntries(campaignFlagNames.map((name) => [name, { type: 'boolean' }])),
    },
    autoRenewal: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
    submittedAt: { type: ['string', 'null'], format: 'date-time', description: 'Null while never submitted' },
    submissions: { type: 'integer', minimum: 0, description: 'How many times it was submitted' },
    lintWarnings: { ...strings, description: 'Codes of the lint warnings of the last submission' },
    registryCampaignId: nullableString,
    throughput,
    rejectionReasons: {
      type: 'array',
      description: 'Why it was rejected (empty unless REJECTED)',
      items: {
        type: 'object',
        required: ['code', 'description', 'carrier'],
        properties: {
          code: { type: 'string' },
          description: { type: 'string' },
          carrier: { ...nullableString, description: 'Null when the registry itself refused' },
        },
      },
    },
    suspension: {
      type: ['object', 'null'],
      required: ['reason', 'carrier'],
      properties: {
        reason: { type: 'string' },
        carrier: { ...nullableString, description: 'Null when the registry suspended it' },
      },
    },
  },
} as const;

/** What the linter found in a draft: `blocking` when an error would make submission fail. */
export const campaignLintResponse = {
  type: 'object',
  required: ['blocking', 'findings'],
  properties: {
    blocking: { type: 'boolean' },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'severity', 'field', 'message'],
        properties: {
          code: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$', description: 'A stable lint code' },
          severity: {
            type: 'string',
            enum: ['error', 'warning'],
            description: '`error` blocks submission; `warning` is advice',
          },
          field: { type: 'string', description: 'The field at fault: `messageFlow`, `sampleMessages[1]`, …' },
          message: { type: 'string' },
          sample: { type: 'integer', minimum: 0, description: "For a sample's finding: its index" },
        },
      },
    },
  },
} as const;
