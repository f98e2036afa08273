/**
 * JSON schemas of the campaign API: fastify validates requests with them and reports every bad field. They
 * check shape and bounds only; what carriers refuse is the linter's (POST /campaigns/lint, and on submit).
 */
import type { CampaignAttributes } from '@longcode/contracts';
import { type CampaignUseCase, campaignUseCases } from './use-cases.js';

/** What a partner writes in a campaign and may correct while it is a draft or rejected. */
export interface CampaignContentBody {
  useCase: CampaignUseCase;
  subUseCases?: CampaignUseCase[];
  description: string;
  messageFlow: string;
  sampleMessages: string[];
  helpMessage?: string | null;
  optOutMessage?: string | null;
  optInMessage?: string | null;
  helpKeywords?: string[];
  optOutKeywords?: string[];
  optInKeywords?: string[];
  flags: CampaignAttributes;
  /** True unless given. */
  autoRenewal?: boolean;
}

export interface CampaignBody extends CampaignContentBody {
  brandId: string;
}

const flagNames = [
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

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const reply = { type: ['string', 'null'], minLength: 1, maxLength: 1024 } as const;
const keywords = { type: 'array', maxItems: 50, items: text(64) } as const;
const useCase = { type: 'string', enum: campaignUseCases } as const;
const flags = {
  type: 'object',
  additionalProperties: false,
  required: flagNames,
  properties: Object.fromEntries(flagNames.map((name) => [name, { type: 'boolean' }])),
} as const;

const contentProperties = {
  useCase,
  subUseCases: { type: 'array', maxItems: campaignUseCases.length, items: useCase },
  description: text(8192),
  messageFlow: text(4096),
  sampleMessages: { type: 'array', minItems: 1, maxItems: 5, items: text(2048) },
  helpMessage: reply,
  optOutMessage: reply,
  optInMessage: reply,
  helpKeywords: keywords,
  optOutKeywords: keywords,
  optInKeywords: keywords,
  flags,
  autoRenewal: { type: 'boolean' },
} as const;
const requiredContent = ['useCase', 'description', 'messageFlow', 'sampleMessages', 'flags'] as const;

/** POST /campaigns and POST /campaigns/lint. */
export const campaignBody = {
  type: 'object',
  additionalProperties: false,
  required: ['brandId', ...requiredContent],
  properties: { brandId: text(64), ...contentProperties },
} as const;

/** PUT /campaigns/:campaignId: the whole content again; the brand does not change. */
export const contentBody = {
  type: 'object',
  additionalProperties: false,
  required: requiredContent,
  properties: contentProperties,
} as const;

export const campaignParams = {
  type: 'object',
  required: ['campaignId'],
  properties: { campaignId: text(64) },
} as const;

export const accountHeader = {
  type: 'object',
  required: ['x-account-id'],
  properties: { 'x-account-id': text(64) },
} as const;

const strings = { type: 'array', items: { type: 'string' } } as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableInteger = { type: ['integer', 'null'] } as const;

const throughput = {
  type: ['object', 'null'],
  properties: {
    attMessageClass: { type: 'string' },
    attSmsTpm: { type: 'integer' },
    attMmsTpm: { type: 'integer' },
    attTpmScope: { type: 'string' },
    tmobileTier: { type: 'string' },
    tmobileDailyCap: nullableInteger,
    tmobileCapSharedByBrand: { type: 'boolean' },
    verizonCapped: { type: 'boolean' },
    dailyLimit: nullableInteger,
    monthlyLimit: nullableInteger,
    tablesAsOf: { type: 'string' },
  },
} as const;

export const campaignResponse = {
  type: 'object',
  properties: {
    campaignId: { type: 'string' },
    brandId: { type: 'string' },
    accountId: { type: 'string' },
    status: { type: 'string' },
    useCase: { type: 'string' },
    subUseCases: strings,
    description: { type: 'string' },
    messageFlow: { type: 'string' },
    sampleMessages: strings,
    helpMessage: nullableString,
    optOutMessage: nullableString,
    optInMessage: nullableString,
    helpKeywords: strings,
    optOutKeywords: strings,
    optInKeywords: strings,
    flags: { type: 'object', properties: flags.properties },
    autoRenewal: { type: 'boolean' },
    createdAt: { type: 'string' },
    submittedAt: nullableString,
    submissions: { type: 'integer' },
    lintWarnings: strings,
    registryCampaignId: nullableString,
    throughput,
    rejectionReasons: {
      type: 'array',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, description: { type: 'string' }, carrier: nullableString },
      },
    },
    suspension: {
      type: ['object', 'null'],
      properties: { reason: { type: 'string' }, carrier: nullableString },
    },
  },
} as const;

export const lintResponse = {
  type: 'object',
  properties: {
    /** True when an error-severity finding would make submission fail. */
    blocking: { type: 'boolean' },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          severity: { type: 'string' },
          field: { type: 'string' },
          message: { type: 'string' },
          sample: { type: 'integer' },
        },
      },
    },
  },
} as const;
