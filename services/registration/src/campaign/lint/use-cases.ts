import type { CampaignDraftForLint, UseCase } from './types.js';

/** Use cases registered with sub-use cases, one per kind of message the campaign sends. */
export const mixedUseCases: ReadonlySet<UseCase> = new Set(['MIXED', 'LOW_VOLUME']);

/** Use cases whose messages are of several kinds, so reviewers want a sample of each. */
const multiPurposeUseCases: ReadonlySet<UseCase> = new Set([
  'MARKETING',
  'MIXED',
  'LOW_VOLUME',
  'SOLE_PROPRIETOR',
]);

export function subUseCasesOf(draft: CampaignDraftForLint): UseCase[] {
  return mixedUseCases.has(draft.useCase) ? [...new Set(draft.subUseCases ?? [])] : [];
}

/** Whether promotional messages are declared: a MARKETING campaign, or MARKETING among the sub-use cases. */
export function declaresMarketing(draft: CampaignDraftForLint): boolean {
  return draft.useCase === 'MARKETING' || subUseCasesOf(draft).includes('MARKETING');
}

/** Whether carriers expect opt-out language in the samples themselves, not just in the STOP reply. */
export function requiresOptOutInSamples(draft: CampaignDraftForLint): boolean {
  return declaresMarketing(draft) || multiPurposeUseCases.has(draft.useCase);
}

/** Fewest distinct samples TCR review accepts: two for multi-purpose use cases, one per sub-use case. */
export function minimumSamples(draft: CampaignDraftForLint): number {
  if (!multiPurposeUseCases.has(draft.useCase)) return 1;
  return Math.max(2, Math.min(5, subUseCasesOf(draft).length));
}

/** One-time passcodes are not a recurring program, so CTIA does not expect opt-out text in them. */
export function isOneTimeUseCase(useCase: UseCase): boolean {
  return useCase === '2FA';
}
