import { consentRules } from './consent-rules.js';
import { contentRules } from './content-rules.js';
import { keywordRules } from './keyword-rules.js';
import { linkRules } from './link-rules.js';
import { replyRules } from './reply-rules.js';
import { sampleDisclosureRules } from './sample-disclosure-rules.js';
import { sampleRules } from './sample-rules.js';
import type { CampaignDraftForLint, LintFinding, LintRule } from './types.js';
import { useCaseRules } from './use-case-rules.js';

const rules: LintRule[] = [
  ...useCaseRules,
  ...sampleRules,
  ...sampleDisclosureRules,
  ...linkRules,
  ...contentRules,
  ...consentRules,
  ...keywordRules,
  ...replyRules,
];

/**
 * Pure, I/O-free pre-submission review of a 10DLC campaign: what TCR, provider APIs or carrier
 * reviewers would refuse (errors) or often reject (warnings), in a stable order.
 */
export function lintCampaign(campaign: CampaignDraftForLint): LintFinding[] {
  return rules.flatMap((rule) => rule(campaign));
}

/** Whether any finding must be fixed before the campaign may be submitted. */
export function hasBlockingFindings(findings: readonly LintFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
