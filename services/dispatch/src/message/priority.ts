/**
 * Which messages go first when a campaign's throughput is short: one-time passcodes and security and
 * fraud alerts (someone is waiting), then other transactional use cases, then marketing.
 */
const URGENT = new Set(['2FA', 'SECURITY_ALERT', 'FRAUD_ALERT']);
const TRANSACTIONAL = new Set([
  'ACCOUNT_NOTIFICATION',
  'DELIVERY_NOTIFICATION',
  'CUSTOMER_CARE',
  'HIGHER_EDUCATION',
  'POLLING_VOTING',
  'PUBLIC_SERVICE_ANNOUNCEMENT',
]);

/** Every priority, the first first. */
export const PRIORITIES = [0, 1, 2] as const;
export type Priority = (typeof PRIORITIES)[number];

/** 0 goes first. */
export function priorityOf(useCase: string): Priority {
  if (URGENT.has(useCase)) return 0;
  return TRANSACTIONAL.has(useCase) ? 1 : 2;
}
