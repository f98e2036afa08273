import type { TelnyxError } from '../telnyx-errors.js';
import { DELIVERY_FAILURES } from './errors.js';
import type { Random } from './random.js';

/** Each a probability from 0 to 1 (SIM_DELIVERY_FAILURE_RATE, SIM_DUPLICATE_RATE, SIM_REORDER_RATE). */
export interface OutcomeRates {
  deliveryFailure: number;
  duplicate: number;
  reorder: number;
}

/** What happens to an accepted message, decided when it is accepted. */
export interface MessageOutcome {
  /** The carrier's rejection `message.finalized` reports, or null when it is delivered. */
  failure: TelnyxError | null;
  /** Whether `message.sent` / `message.finalized` is delivered twice (the same event, the same id). */
  duplicateSent: boolean;
  duplicateFinalized: boolean;
  /** Whether `message.finalized` is delivered before `message.sent`. */
  reordered: boolean;
}

/**
 * Draws one message's outcome. Always five draws, whatever the rates, so that a seed gives the same
 * sequence of draws to every configuration.
 */
export function drawOutcome(random: Random, rates: OutcomeRates): MessageOutcome {
  const fails = random() < rates.deliveryFailure;
  const which = Math.floor(random() * DELIVERY_FAILURES.length);
  const duplicateSent = random() < rates.duplicate;
  const duplicateFinalized = random() < rates.duplicate;
  const reordered = random() < rates.reorder;
  return {
    failure: fails ? (DELIVERY_FAILURES[which] ?? null) : null,
    duplicateSent,
    duplicateFinalized,
    reordered,
  };
}

/** Whether a valid send is answered with a 5xx instead (SIM_SEND_ERROR_RATE), and which. Two draws. */
export function drawServerError(random: Random, rate: number): 500 | 503 | null {
  const fails = random() < rate;
  const which = random() < 0.5 ? 500 : 503;
  return fails ? which : null;
}
