/**
 * Quiet hours: whether a message may go now in the recipient's local time, and if not, from when.
 *
 * - Restricted (marketing-type) use cases (see use-cases.ts): only inside the legal window of the
 *   recipient's presumed location (recipient.ts), in every time zone of the area code at once.
 * - A configured window (the campaign's, else the platform default passed as `window`) replaces the
 *   legal one but can only narrow it: 07:00–22:00 configured for Florida still means 08:00–20:00.
 * - Exempt (transactional) use cases go at any hour, unless their campaign configured a window.
 * - A configured window too narrow to be open in every zone of a multi-zone area code at once (say
 *   08:00–08:30 where the code spans two zones) is ignored for that number: the legal window still holds.
 */

import { minuteOfDayAt } from './clock.js';
import type { SendDecision } from './decision.js';
import { ALLOWED } from './decision.js';
import { firstClosed, nextOpen, type ZoneWindow } from './next-open.js';
import { recipientRules } from './recipient.js';
import { isRestrictedUseCase } from './use-cases.js';
import {
  clampTo,
  describeMinute,
  describeWindow,
  type LocalWindow,
  type MinuteWindow,
  toMinuteWindow,
} from './window.js';

export interface QuietHoursInput {
  /** E.164 recipient. */
  readonly to: string;
  /** The campaign's TCR use case. */
  readonly useCase: string;
  readonly now: Date;
  /** The platform's default window for restricted use cases; 08:00–21:00 (or the state's) when absent. */
  readonly window?: LocalWindow;
  /** The campaign's own window; takes the place of `window`. */
  readonly perCampaignOverride?: LocalWindow;
}

/** A set of windows to keep, and the rule behind them. */
interface Plan {
  readonly constraints: readonly ZoneWindow[];
  readonly basis: string;
}

function everyZone(zones: readonly string[], window: MinuteWindow, basis: string): Plan {
  return { constraints: zones.map((zone) => ({ zone, window })), basis };
}

/** The plans to try in order: the configured window first, the legal one if that can never open. */
function plansFor(input: QuietHoursInput): Plan[] {
  const rules = recipientRules(input.to);
  const configured = input.perCampaignOverride ?? input.window;
  const source = input.perCampaignOverride ? 'campaign window' : 'platform default window';
  if (!isRestrictedUseCase(input.useCase)) {
    return input.perCampaignOverride
      ? [everyZone(rules.timeZones, toMinuteWindow(input.perCampaignOverride), 'campaign window')]
      : [];
  }
  const legal = everyZone(rules.timeZones, rules.legalWindow, rules.basis);
  const narrowed = configured ? clampTo(toMinuteWindow(configured), rules.legalWindow) : null;
  if (!narrowed) return [legal];
  return [everyZone(rules.timeZones, narrowed, `${source} within ${rules.basis}`), legal];
}

function reason(closed: ZoneWindow, now: Date, basis: string): string {
  const local = describeMinute(minuteOfDayAt(now, closed.zone));
  return `QUIET_HOURS: ${local} in ${closed.zone} is outside ${describeWindow(closed.window)} (${basis})`;
}

/** Whether a message to `to` may be sent at `now`, or the first instant it may. */
export function quietHoursDecision(input: QuietHoursInput): SendDecision {
  for (const plan of plansFor(input)) {
    const closed = firstClosed(plan.constraints, input.now);
    if (!closed) return ALLOWED;
    const notBefore = nextOpen(plan.constraints, input.now);
    if (notBefore) return { allowed: false, notBefore, reason: reason(closed, input.now, plan.basis) };
  }
  return ALLOWED;
}
