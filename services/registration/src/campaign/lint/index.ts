export { type LintCode, lintCodes } from './codes.js';
export { hasBlockingFindings, lintCampaign } from './lint.js';
export type { CampaignDraftForLint, CampaignFlags, LintFinding, LintSeverity, UseCase } from './types.js';
