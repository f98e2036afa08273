import { describe, expect, it } from 'vitest';
import { cleanDraft, draft, withSamples } from './drafts.fixture.js';
import { hasBlockingFindings, type LintFinding, lintCampaign } from './index.js';

const codes = (findings: LintFinding[]) => findings.map((finding) => finding.code);
const reminder = 'Acme Dental: your visit is tomorrow at {time}. Reply STOP to opt out.';
const offer = 'Acme Dental: whitening is 20% off in May. Reply STOP to opt out.';
const care = 'Acme Dental: thanks for your question, Dr. Lee will call you back today.';

describe('Campaign lint', () => {
  describe('hasBlockingFindings', () => {
    it('blocks on any error', () => {
      expect(hasBlockingFindings(lintCampaign(draft({ optOutKeywords: ['CANCEL'] })))).toBe(true);
    });

    it('lets warnings through', () => {
      const findings = lintCampaign(withSamples(reminder));
      expect(codes(findings)).toEqual(['SAMPLES_BELOW_RECOMMENDED']);
      expect(hasBlockingFindings(findings)).toBe(false);
    });
  });

  describe('when a MIXED campaign declares three sub-use cases', () => {
    const mixed = (...sampleMessages: string[]) =>
      draft({
        useCase: 'MIXED',
        subUseCases: ['ACCOUNT_NOTIFICATION', 'MARKETING', 'CUSTOMER_CARE'],
        sampleMessages,
      });

    it('asks for a sample of each', () => {
      expect(codes(lintCampaign(mixed(reminder, offer)))).toContain('TOO_FEW_SAMPLES');
    });

    it('counts a repeated sample once', () => {
      expect(codes(lintCampaign(mixed(reminder, offer, reminder.toUpperCase())))).toContain(
        'TOO_FEW_SAMPLES',
      );
    });

    it('is satisfied with three distinct samples', () => {
      expect(codes(lintCampaign(mixed(reminder, offer, care)))).not.toContain('TOO_FEW_SAMPLES');
    });
  });

  describe('when only the description mentions age-gated content', () => {
    it('reports it on the description', () => {
      const findings = lintCampaign(
        draft({ description: `${cleanDraft.description} We also host cocktail nights.` }),
      );
      expect(findings).toEqual([
        expect.objectContaining({ code: 'AGE_GATED_CONTENT_WITHOUT_FLAG', field: 'description' }),
      ]);
      expect(findings[0]?.sample).toBeUndefined();
    });
  });

  describe('when tobacco appears and the age-gated flag is off', () => {
    it('asks for the flag and warns the content is refused anyway, in one finding', () => {
      const findings = lintCampaign(
        withSamples(reminder, 'Acme Dental: nicotine stains teeth. Reply STOP to opt out.'),
      );
      expect(codes(findings)).toEqual(['AGE_GATED_CONTENT_WITHOUT_FLAG']);
      expect(findings[0]?.message).toMatch(/even when age-gated/);
    });
  });

  describe('when every sample has a link through a shortener and the flag is off', () => {
    it('reports both the missing flag and the shortener for each sample', () => {
      const findings = lintCampaign(withSamples(`${reminder} bit.ly/a`, `${offer} bit.ly/b`));
      expect(findings.map((finding) => `${finding.code}@${finding.sample}`)).toEqual([
        'SAMPLE_LINK_WITHOUT_FLAG@0',
        'SAMPLE_LINK_WITHOUT_FLAG@1',
        'SAMPLE_PUBLIC_URL_SHORTENER@0',
        'SAMPLE_PUBLIC_URL_SHORTENER@1',
        'SAMPLE_PROMOTIONAL_CONTENT_UNDECLARED@1',
      ]);
    });
  });
});
