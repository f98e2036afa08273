import { describe, expect, it } from 'vitest';
import { approvedCampaigns } from './approved-campaigns.fixture.js';
import { hasBlockingFindings, lintCampaign } from './index.js';

describe('Campaign lint > realistic approved campaigns', () => {
  for (const [name, campaign] of Object.entries(approvedCampaigns)) {
    describe(`when the campaign is ${name} (${campaign.useCase})`, () => {
      it('reports no errors, so it may be submitted', () => {
        const findings = lintCampaign(campaign);
        expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
        expect(hasBlockingFindings(findings)).toBe(false);
      });

      it('reports no warnings either', () => {
        expect(lintCampaign(campaign)).toEqual([]);
      });
    });
  }
});
