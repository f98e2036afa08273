/**
 * The send-time decision: the frequency cap, then quiet hours from the moment the cap lets go. The cap
 * depends only on past sends, so waiting for quiet hours can never bring it back.
 */
import type { SendDecision } from './decision.js';
import { frequencyCapDecision } from './frequency-cap.js';
import { type QuietHoursInput, quietHoursDecision } from './quiet-hours.js';

export interface SendTimeInput extends QuietHoursInput {
  /** When this campaign's earlier messages to `to` were sent (for the state frequency caps). */
  readonly sentInLast24h: readonly Date[];
}

/** Whether a message may go at `now`; if not, the first instant both the cap and quiet hours allow. */
export function sendTimeDecision(input: SendTimeInput): SendDecision {
  const cap = frequencyCapDecision(input);
  if (cap.allowed) return quietHoursDecision(input);
  const quiet = quietHoursDecision({ ...input, now: cap.notBefore });
  return quiet.allowed ? cap : { ...quiet, reason: `${cap.reason}; then ${quiet.reason}` };
}
