/** Whether the samples say who is sending and how to stop. Sources: the list at the top of codes.ts. */
import { brandVariants, namesBrand } from './brand.js';
import { finding, sampleFinding } from './codes.js';
import { hasOptOutInstruction } from './language.js';
import { isBlank } from './text.js';
import type { LintRule } from './types.js';
import { isOneTimeUseCase, requiresOptOutInSamples } from './use-cases.js';

const optOutExample = 'e.g. "Reply STOP to opt out."';

const brandInSamples: LintRule = ({ brandDisplayName, brandLegalName, sampleMessages }) => {
  const variants = brandVariants(brandDisplayName, brandLegalName);
  const written = sampleMessages
    .map((sample, index) => ({ sample, index }))
    .filter(({ sample }) => !isBlank(sample));
  const unnamed = written.filter(({ sample }) => !namesBrand(sample, variants));
  if (written.length === 0 || unnamed.length === 0) return [];
  if (unnamed.length === written.length) {
    return [
      finding(
        'NO_SAMPLE_NAMES_BRAND',
        'sampleMessages',
        `No sample names the brand; start each message with "${brandDisplayName}" so recipients know the sender.`,
      ),
    ];
  }
  return unnamed.map(({ index }) =>
    sampleFinding(
      'SAMPLE_MISSING_BRAND_NAME',
      index,
      `Sample ${index + 1} does not name the brand; identify "${brandDisplayName}" in every message.`,
    ),
  );
};

const optOutInSamples: LintRule = (draft) => {
  const { sampleMessages, useCase } = draft;
  if (sampleMessages.every(isBlank)) return [];
  const withOptOut = sampleMessages.map(hasOptOutInstruction);
  if (requiresOptOutInSamples(draft)) {
    if (!withOptOut.includes(true)) {
      return [
        finding(
          'SAMPLE_MISSING_OPT_OUT',
          'sampleMessages',
          `No sample says how to opt out, which ${useCase} campaigns must show; add to the first message ${optOutExample}`,
        ),
      ];
    }
    return withOptOut[0]
      ? []
      : [
          sampleFinding(
            'SAMPLE_OPT_OUT_NOT_IN_FIRST',
            0,
            `Sample 1 reads as the first message a subscriber gets; include opt-out instructions in it, ${optOutExample}`,
          ),
        ];
  }
  if (isOneTimeUseCase(useCase) || withOptOut.includes(true)) return [];
  return [
    finding(
      'SAMPLE_OPT_OUT_RECOMMENDED',
      'sampleMessages',
      `No sample shows opt-out language; reviewers expect it in at least one, ${optOutExample}`,
    ),
  ];
};

export const sampleDisclosureRules: LintRule[] = [brandInSamples, optOutInSamples];
