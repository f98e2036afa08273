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

/** 0 goes first. */
export function priorityOf(useCase: string): 0 | 1 | 2 {
  if (URGENT.has(useCase)) return 0;
  return TRANSACTIONAL.has(useCase) ? 1 : 2;
}
