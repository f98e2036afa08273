/**
 * The state frequency caps: Florida, Oklahoma and Maryland allow no more than three solicitations on the
 * same subject to one person in a 24-hour period (see recipient.ts for the statutes). A campaign stands
 * for "the same subject": the caller passes the send times of this campaign's messages to this recipient.
 *
 * The period is rolling: a message sent exactly 24 hours ago no longer counts. Only restricted
 * (marketing-type) use cases are capped, and toll-free or unknown numbers are capped as if in one of
 * those states.
 */
import { ALLOWED, type SendDecision } from './decision.js';
import { recipientRules } from './recipient.js';
import { isRestrictedUseCase } from './use-cases.js';

const PERIOD_MS = 24 * 60 * 60 * 1000;

export interface FrequencyCapInput {
  /** E.164 recipient. */
  readonly to: string;
  /** The campaign's TCR use case. */
  readonly useCase: string;
  /** When this campaign's earlier messages to `to` were sent; older ones are ignored, order does not matter. */
  readonly sentInLast24h: readonly Date[];
  readonly now: Date;
}

/** Whether one more message may go at `now`, or when the oldest counted send leaves the 24-hour period. */
export function frequencyCapDecision(input: FrequencyCapInput): SendDecision {
  const rules = recipientRules(input.to);
  const max = rules.maxPer24h;
  if (max === null || !isRestrictedUseCase(input.useCase)) return ALLOWED;
  const periodStart = input.now.getTime() - PERIOD_MS;
  const counted = input.sentInLast24h
    .map((sent) => sent.getTime())
    .filter((sent) => sent > periodStart)
    .sort((a, b) => b - a);
  if (counted.length < max) return ALLOWED;
  // Sending is allowed again once at most max − 1 sends remain in the period: when the max-th most
  // recent leaves it.
  const leaving = counted[max - 1] ?? periodStart;
  return {
    allowed: false,
    notBefore: new Date(leaving + PERIOD_MS),
    reason: `FREQUENCY_CAP: ${counted.length} messages of this campaign in the last 24 hours; at most ${max} (${rules.basis})`,
  };
}
