import { describe, expect, it } from 'vitest';
import { codeCases } from './code-cases.js';
import { cleanDraft } from './drafts.fixture.js';
import { type LintCode, lintCampaign, lintCodes } from './index.js';

const cases = Object.entries(codeCases) as [LintCode, (typeof codeCases)[LintCode]][];

describe('Campaign lint', () => {
  describe('when the draft is the clean fixture', () => {
    it('reports nothing, so each case below changes exactly what it names', () => {
      expect(lintCampaign(cleanDraft)).toEqual([]);
    });
  });

  describe('lintCodes', () => {
    it('has a triggering case and a near miss for every code', () => {
      expect(cases.map(([code]) => code).sort()).toEqual(Object.keys(lintCodes).sort());
    });
  });

  for (const [code, { when, draft, expected, nearMiss }] of cases) {
    const { severity } = lintCodes[code];
    const naming =
      expected?.sample !== undefined ? 'naming the sample' : `on ${expected?.field ?? 'its field'}`;

    describe(code, () => {
      describe(`when ${when}`, () => {
        it(`reports ${severity === 'error' ? 'an error' : 'a warning'} ${naming}`, () => {
          const [found] = lintCampaign(draft).filter((finding) => finding.code === code);
          expect(found).toMatchObject({ code, severity, ...expected });
          expect(found?.message.length).toBeGreaterThan(0);
        });
      });

      describe(`when ${nearMiss.when}`, () => {
        it(`does not report ${code}`, () => {
          expect(lintCampaign(nearMiss.draft).map((finding) => finding.code)).not.toContain(code);
        });
      });
    });
  }
});
