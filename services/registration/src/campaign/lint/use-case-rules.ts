/** Use-case checks. Sources: the list at the top of codes.ts. */
import { finding } from './codes.js';
import type { LintRule, UseCase } from './types.js';
import { mixedUseCases } from './use-cases.js';

const nestable: ReadonlySet<UseCase> = new Set([
  '2FA',
  'ACCOUNT_NOTIFICATION',
  'CUSTOMER_CARE',
  'DELIVERY_NOTIFICATION',
  'FRAUD_ALERT',
  'HIGHER_EDUCATION',
  'MARKETING',
  'POLLING_VOTING',
  'PUBLIC_SERVICE_ANNOUNCEMENT',
  'SECURITY_ALERT',
]);

const subUseCaseCount: LintRule = ({ useCase, subUseCases = [] }) => {
  if (!mixedUseCases.has(useCase)) return [];
  const count = new Set(subUseCases).size;
  if (count >= 2 && count <= 5) return [];
  return [
    finding(
      'SUB_USE_CASES_COUNT',
      'subUseCases',
      `${useCase} campaigns list two to five kinds of message as sub-use cases; this one lists ${count}.`,
    ),
  ];
};

const subUseCaseKinds: LintRule = ({ useCase, subUseCases = [] }) => {
  if (!mixedUseCases.has(useCase)) return [];
  const notNestable = subUseCases.filter((subUseCase) => !nestable.has(subUseCase));
  const repeated = subUseCases.filter((subUseCase, index) => subUseCases.indexOf(subUseCase) !== index);
  return [
    ...[...new Set(notNestable)].map((subUseCase) =>
      finding(
        'SUB_USE_CASE_NOT_ALLOWED',
        'subUseCases',
        `${subUseCase} is not a standard use case to mix in.`,
      ),
    ),
    ...[...new Set(repeated)].map((subUseCase) =>
      finding('SUB_USE_CASE_NOT_ALLOWED', 'subUseCases', `${subUseCase} is listed more than once.`),
    ),
  ];
};

const soleProprietorNumberPool: LintRule = ({ useCase, flags }) =>
  useCase === 'SOLE_PROPRIETOR' && flags.numberPool
    ? [
        finding(
          'SOLE_PROPRIETOR_NUMBER_POOL',
          'flags.numberPool',
          'A sole-proprietor campaign sends from a single number; turn the number pool off.',
        ),
      ]
    : [];

export const useCaseRules: LintRule[] = [subUseCaseCount, subUseCaseKinds, soleProprietorNumberPool];
