/** Test support: every lint code's triggering case and near miss; the type makes it exhaustive. */
import type { LintCode } from './codes.js';
import { consentCases } from './consent.cases.js';
import { contentCases } from './content.cases.js';
import type { CodeCase } from './drafts.fixture.js';
import { replyCases } from './reply.cases.js';
import { sampleCases } from './sample.cases.js';

export const codeCases: Record<LintCode, CodeCase> = {
  ...replyCases,
  ...sampleCases,
  ...contentCases,
  ...consentCases,
};
