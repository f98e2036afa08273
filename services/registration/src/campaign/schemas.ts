/**
 * The campaign API's requests as registration reads them: their JSON schemas, and those of its answers, are
 * the published ones (campaignRequest, campaignContentRequest, campaignResponse, campaignLintResponse in
 * @longcode/contracts), which fastify checks requests with, reporting every bad field, and writes answers
 * with. They check shape and bounds only; what carriers refuse is the linter's (POST /campaigns/lint, and on
 * submit).
 */
import type { CampaignAttributes } from '@longcode/contracts';
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
