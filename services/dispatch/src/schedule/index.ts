/** When a message may be sent: quiet hours and state frequency caps in the recipient's local time. */
export type { SendDecision, SendDeferral } from './decision.js';
export { type FrequencyCapInput, frequencyCapDecision } from './frequency-cap.js';
export { type QuietHoursInput, quietHoursDecision } from './quiet-hours.js';
export { ALL_US_TIME_ZONES, type RecipientRules, recipientRules } from './recipient.js';
export { type SendTimeInput, sendTimeDecision } from './send-time.js';
export { isRestrictedUseCase } from './use-cases.js';
export type { LocalWindow } from './window.js';
