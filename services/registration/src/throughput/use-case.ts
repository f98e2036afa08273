/**
 * TCR campaign use cases this module knows a throughput for, and the family each belongs to.
 * Carriers price and pace by family, not by the use case itself.
 */

/** Standard use cases registered for one declared purpose ("dedicated" in the carriers' tables). */
export const dedicatedUseCases = [
  '2FA',
  'ACCOUNT_NOTIFICATION',
  'CUSTOMER_CARE',
  'DELIVERY_NOTIFICATION',
  'FRAUD_ALERT',
  'HIGHER_EDUCATION',
  'POLLING_VOTING',
  'PUBLIC_SERVICE_ANNOUNCEMENT',
  'SECURITY_ALERT',
] as const;

/** Special use cases: each needs a carrier approval or a vetting of its own, and has a fixed AT&T class. */
export const specialUseCases = [
  'POLITICAL',
  'CHARITY',
  'SOCIAL',
  'EMERGENCY',
  'PROXY',
  'AGENTS_FRANCHISES',
] as const;

export const useCases = [
  ...dedicatedUseCases,
  'MIXED',
  'MARKETING',
  'LOW_VOLUME',
  'SOLE_PROPRIETOR',
  ...specialUseCases,
] as const;

export type DedicatedUseCase = (typeof dedicatedUseCases)[number];
export type SpecialUseCase = (typeof specialUseCases)[number];
export type UseCase = (typeof useCases)[number];

export type UseCaseFamily =
  | { family: 'DEDICATED' }
  | { family: 'MIXED_OR_MARKETING' }
  | { family: 'LOW_VOLUME' }
  | { family: 'SOLE_PROPRIETOR' }
  | { family: 'SPECIAL'; useCase: SpecialUseCase };

export function useCaseFamily(useCase: UseCase): UseCaseFamily {
  switch (useCase) {
    case '2FA':
    case 'ACCOUNT_NOTIFICATION':
    case 'CUSTOMER_CARE':
    case 'DELIVERY_NOTIFICATION':
    case 'FRAUD_ALERT':
    case 'HIGHER_EDUCATION':
    case 'POLLING_VOTING':
    case 'PUBLIC_SERVICE_ANNOUNCEMENT':
    case 'SECURITY_ALERT':
      return { family: 'DEDICATED' };
    case 'MIXED':
    case 'MARKETING':
      return { family: 'MIXED_OR_MARKETING' };
    case 'LOW_VOLUME':
      return { family: 'LOW_VOLUME' };
    case 'SOLE_PROPRIETOR':
      return { family: 'SOLE_PROPRIETOR' };
    case 'POLITICAL':
    case 'CHARITY':
    case 'SOCIAL':
    case 'EMERGENCY':
    case 'PROXY':
    case 'AGENTS_FRANCHISES':
      return { family: 'SPECIAL', useCase };
    default: {
      const unhandled: never = useCase;
      return unhandled;
    }
  }
}

export function isSpecialUseCase(useCase: UseCase): useCase is SpecialUseCase {
  return useCaseFamily(useCase).family === 'SPECIAL';
}
