/**
 * Lockout after repeated failed logins: `MAX_FAILURES` wrong passwords in a row lock the user for
 * `LOCK_MS`. While locked, no password is checked (a correct one neither unlocks nor reveals itself);
 * when the lock ends the user has `MAX_FAILURES` tries again; a success clears the count.
 */
export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60_000;

export interface LoginState {
  failedLogins: number;
  lockedUntil: Date | null;
}

export function lockedFor(state: LoginState, now: Date): number {
  return state.lockedUntil && state.lockedUntil > now ? state.lockedUntil.getTime() - now.getTime() : 0;
}

export function afterFailure(state: LoginState, now: Date): LoginState {
  const failures = (state.lockedUntil && state.lockedUntil <= now ? 0 : state.failedLogins) + 1;
  return failures >= MAX_FAILURES
    ? { failedLogins: failures, lockedUntil: new Date(now.getTime() + LOCK_MS) }
    : { failedLogins: failures, lockedUntil: null };
}

export const afterSuccess = (): LoginState => ({ failedLogins: 0, lockedUntil: null });
