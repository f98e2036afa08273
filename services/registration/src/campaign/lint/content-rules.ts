/** Regulated content in the samples and description against the campaign's flags. Sources: codes.ts. */
import { finding, type LintCode, sampleFinding } from './codes.js';
import { findAgeGatedTerms, findLendingTerm, findPromotionalTerm, isForbiddenCategory } from './terms.js';
import type { CampaignDraftForLint, LintFinding, LintRule } from './types.js';
import { declaresMarketing } from './use-cases.js';

interface Passage {
  text: string;
  /** Index in sampleMessages, or undefined for the description. */
  sample?: number;
}

const passages = ({ sampleMessages, description }: CampaignDraftForLint): Passage[] => [
  ...sampleMessages.map((text, sample) => ({ text, sample })),
  { text: description },
];

function report(code: LintCode, passage: Passage, message: string): LintFinding {
  return passage.sample === undefined
    ? finding(code, 'description', `The description ${message}`)
    : sampleFinding(code, passage.sample, `Sample ${passage.sample + 1} ${message}`);
}

const quoted = (terms: { term: string }[]): string => terms.map(({ term }) => `"${term}"`).join(', ');

const ageGatedWithoutFlag: LintRule = (draft) =>
  draft.flags.ageGated
    ? []
    : passages(draft).flatMap((passage) => {
        const found = findAgeGatedTerms(passage.text);
        if (found.length === 0) return [];
        const categories = [...new Set(found.map(({ category }) => category))].join(', ');
        const forbidden = found.some(({ category }) => isForbiddenCategory(category))
          ? ' Carriers refuse tobacco, vape and cannabis content even when age-gated.'
          : '';
        return [
          report(
            'AGE_GATED_CONTENT_WITHOUT_FLAG',
            passage,
            `mentions ${quoted(found)} (${categories}) but ageGated is off; declare it and gate the opt-in by age.${forbidden}`,
          ),
        ];
      });

const forbiddenContent: LintRule = (draft) =>
  draft.flags.ageGated
    ? passages(draft).flatMap((passage) => {
        const found = findAgeGatedTerms(passage.text).filter(({ category }) => isForbiddenCategory(category));
        return found.length > 0
          ? [
              report(
                'CARRIER_FORBIDDEN_CONTENT',
                passage,
                `mentions ${quoted(found)}, which carriers refuse even age-gated.`,
              ),
            ]
          : [];
      })
    : [];

const lendingWithoutFlag: LintRule = (draft) =>
  draft.flags.directLending
    ? []
    : passages(draft).flatMap((passage) => {
        const term = findLendingTerm(passage.text);
        return term
          ? [
              report(
                'DIRECT_LENDING_CONTENT_WITHOUT_FLAG',
                passage,
                `mentions "${term}" but directLending is off.`,
              ),
            ]
          : [];
      });

const undeclaredPromotion: LintRule = (draft) =>
  declaresMarketing(draft) || draft.useCase === 'SOLE_PROPRIETOR'
    ? []
    : draft.sampleMessages.flatMap((sample, index) => {
        const term = findPromotionalTerm(sample);
        return term
          ? [
              sampleFinding(
                'SAMPLE_PROMOTIONAL_CONTENT_UNDECLARED',
                index,
                `Sample ${index + 1} reads as marketing ("${term}") in a ${draft.useCase} campaign; register MARKETING (or mix it in) or drop the offer.`,
              ),
            ]
          : [];
      });

const affiliateMarketing: LintRule = ({ flags }) =>
  flags.affiliateMarketing
    ? [
        finding(
          'AFFILIATE_MARKETING_DECLARED',
          'flags.affiliateMarketing',
          'Affiliate marketing is declared; carriers reject campaigns that send for, or share consent with, third parties.',
        ),
      ]
    : [];

export const contentRules: LintRule[] = [
  ageGatedWithoutFlag,
  forbiddenContent,
  lendingWithoutFlag,
  undeclaredPromotion,
  affiliateMarketing,
];
