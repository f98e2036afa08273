/**
 * Lockout after repeated failed logins, counted twice:
 * - per address and client IP: `MAX_FAILURES` wrong passwords in a row lock that address from that IP;
 * - per address from anywhere: `MAX_ADDRESS_FAILURES` lock it for everyone (a guesser spread over many
 *   IPs), still far below NIST SP 800-63B's ceiling of 100 failed attempts.
 * So one guesser can no longer lock a person out of their own account by typing their address five
 * times. While locked, no password is checked (a correct one neither unlocks nor reveals itself); when
 * the lock ends the count starts again; a success clears both counts, and so does a day without attempts
 * (`FORGET_AFTER_MS`: the counts' rows are deleted, so guesses at made-up addresses do not pile up).
 */
export const MAX_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 50;
export const LOCK_MS = 15 * 60_000;
export const FORGET_AFTER_MS = 24 * 3_600_000;

export interface LoginState {
  failedLogins: number;
  lockedUntil: Date | null;
}

export function lockedFor(state: LoginState, now: Date): number {
  return state.lockedUntil && state.lockedUntil > now ? state.lockedUntil.getTime() - now.getTime() : 0;
}

export function afterFailure(state: LoginState, now: Date, maxFailures = MAX_FAILURES): LoginState {
  const failures = (state.lockedUntil && state.lockedUntil <= now ? 0 : state.failedLogins) + 1;
  return failures >= maxFailures
    ? { failedLogins: failures, lockedUntil: new Date(now.getTime() + LOCK_MS) }
    : { failedLogins: failures, lockedUntil: null };
}

export const afterSuccess = (): LoginState => ({ failedLogins: 0, lockedUntil: null });
