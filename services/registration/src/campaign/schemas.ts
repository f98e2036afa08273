/**
 * The campaign API's requests as registration reads them: their JSON schemas are the published ones
 * (campaignRequest, campaignContentRequest in @longcode/contracts), which fastify checks, reporting every bad
 * field. They check shape and bounds only; what carriers refuse is the linter's (POST /campaigns/lint, and on
 * submit).
 */
import { type CampaignAttributes, campaignFlagNames } from '@longcode/contracts';
import type { CampaignUseCase } from './use-cases.js';

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

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;

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
    flags: {
      type: 'object',
      properties: Object.fromEntries(campaignFlagNames.map((name) => [name, { type: 'boolean' }])),
    },
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
