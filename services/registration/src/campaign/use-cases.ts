import { dedicatedUseCases, type UseCase } from '../throughput/index.js';
import type { UseCase as LintUseCase } from './lint/index.js';

/**
 * The TCR use cases a partner may register a campaign under: the throughput module's list (the broader
 * one, the source of truth) without its special use cases (POLITICAL, CHARITY, …), which need a carrier
 * approval or vetting of their own that campaigns cannot record yet.
 */
export const campaignUseCases = [
  ...dedicatedUseCases,
  'LOW_VOLUME',
  'MARKETING',
  'MIXED',
  'SOLE_PROPRIETOR',
] as const satisfies readonly UseCase[];

export type CampaignUseCase = (typeof campaignUseCases)[number];

/**
 * The linter keeps its own `UseCase` union (lint/types.ts). This fails to compile the day the two lists
 * differ; lint/types.ts could then become `export type { CampaignUseCase as UseCase } from '../use-cases.js'`.
 */
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const lintKnowsEveryCampaignUseCase: SameSet<CampaignUseCase, LintUseCase> = true;
