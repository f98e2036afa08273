/** What the schedule checks answer: send now, or not before an instant, and why. */
export type SendDecision = { readonly allowed: true } | SendDeferral;

export interface SendDeferral {
  readonly allowed: false;
  readonly notBefore: Date;
  /** QUIET_HOURS or FREQUENCY_CAP, a colon, then the rule in words (MessageDeferred.reason). */
  readonly reason: string;
}

export const ALLOWED: SendDecision = Object.freeze({ allowed: true });
