import type { Logger } from '@longcode/kit';
import type { Knex } from 'knex';
import { type CallbackFetch, createCallbackFetch, PrivateDestinationError } from './egress.js';
import { signCallback } from './signing.js';

export interface DelivererDeps {
  db: Knex;
  logger: Logger;
  /** Delays before each retry; the last repeats until 24 h after the first attempt. */
  retryDelaysMs?: readonly number[];
  now?: () => Date;
  /** Deliveries taken per pass. */
  batchSize?: number;
  /** How a callback is posted; only to public addresses unless told otherwise. */
  post?: CallbackFetch;
}

/** A delivery with no secret to sign it: it is not sent (unsigned, or under another secret). */
class MissingSecretError extends Error {
  constructor(subscriptionId: string | null) {
    super(
      subscriptionId
        ? `subscription ${subscriptionId} no longer exists: its deliveries are not sent`
        : 'the account has no signing secret',
    );
  }
}

/**
 * The secret a delivery is signed with: its subscription's, or for a message's own status callback the
 * account's. Null when that one is gone: a deleted subscription's delivery (replayed, say) must not go
 * out under the account's secret, and nothing goes out signed with an empty key.
 */
export function signingSecretOf(row: {
  subscription_id: string | null;
  subscription_secret: string | null;
  callback_secret: string | null;
}): string | null {
  return (row.subscription_id ? row.subscription_secret : row.callback_secret) || null;
}

/** 10 s, 30 s, 2 min, 10 min, 30 min, 1 h, then every 2 h: about twenty tries over the 24 h. */
export const defaultRetryDelaysMs = [10_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000];
const GIVE_UP_AFTER_MS = 24 * 3_600_000;
/** How long a taken delivery is left to its taker before another instance may try it. */
const LEASE_MS = 60_000;

/** When the next attempt is due after `attempts` failed ones, or null once the 24 h are over. */
export function nextAttempt(
  delays: readonly number[],
  attempts: number,
  createdAt: Date,
  now: Date,
): Date | null {
  const delay = delays[Math.min(attempts - 1, delays.length - 1)] ?? 0;
  const next = new Date(now.getTime() + delay);
  return next.getTime() - createdAt.getTime() > GIVE_UP_AFTER_MS ? null : next;
}

/**
 * Posts due callbacks to partners, signed with their subscription's or account's secret
 * (`Longcode-Signature`); a 2xx
 * answer delivers one, anything else (or no answer in 10 s) schedules the next attempt. Any number of
 * gateway instances may run one: a pass takes its deliveries with SKIP LOCKED and leases them.
 */
export function createDeliverer({
  db,
  logger,
  retryDelaysMs = defaultRetryDelaysMs,
  now = () => new Date(),
  batchSize = 50,
  post = createCallbackFetch({ allowPrivate: false }),
}: DelivererDeps) {
  let running = false;
  let loop: Promise<void> | undefined;

  async function take() {
    return db.transaction(async (trx) => {
      const at = now();
      const due = await trx('callback_deliveries as d')
        .join('accounts as a', 'a.account_id', 'd.account_id')
        .leftJoin('webhook_subscriptions as s', 's.subscription_id', 'd.subscription_id')
        .where('d.status', 'pending')
        .andWhere('d.next_attempt_at', '<=', at)
        // A paused subscription's deliveries wait for it to be resumed (a deleted one's are failed below).
        .andWhere((q) =>
          q.whereNull('d.subscription_id').orWhereNull('s.is_active').orWhere('s.is_active', true),
        )
        .orderBy('d.next_attempt_at')
        .limit(batchSize)
        .forUpdate()
        .skipLocked()
        .select('d.*', 'a.callback_secret', 's.secret as subscription_secret');
      if (due.length > 0) {
        await trx('callback_deliveries')
          .whereIn(
            'delivery_id',
            due.map((row) => row.delivery_id),
          )
          .update({ next_attempt_at: new Date(at.getTime() + LEASE_MS) });
      }
      return due;
    });
  }

  // biome-ignore lint/suspicious/noExplicitAny: a database row
  async function attempt(row: any): Promise<void> {
    const body = typeof row.payload === 'string' ? row.payload : JSON.stringify(row.payload);
    const timestamp = Math.floor(now().getTime() / 1000);
    let statusCode: number | null = null;
    let error: string | null = null;
    let permanent = false;
    const secret = signingSecretOf(row);
    try {
      if (secret === null) throw new MissingSecretError(row.subscription_id);
      statusCode = await post(row.url, {
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Longcode-Callbacks/1.0',
          'longcode-event-type': row.event_type,
          'longcode-signature': signCallback(secret, timestamp, body),
        },
        body,
      });
    } catch (cause) {
      const reason =
        (cause as Error).cause instanceof PrivateDestinationError ? (cause as Error).cause : cause;
      permanent = reason instanceof PrivateDestinationError || reason instanceof MissingSecretError;
      error = (reason as Error).message.slice(0, 500);
    }
    const attempts = row.attempts + 1;
    const at = now();
    if (statusCode !== null && statusCode >= 200 && statusCode < 300) {
      await db('callback_deliveries').where({ delivery_id: row.delivery_id }).update({
        status: 'delivered',
        attempts,
        last_status_code: statusCode,
        last_error: null,
        next_attempt_at: null,
        delivered_at: at,
      });
      return;
    }
    const next = permanent ? null : nextAttempt(retryDelaysMs, attempts, new Date(row.created_at), at);
    await db('callback_deliveries')
      .where({ delivery_id: row.delivery_id })
      .update({
        status: next ? 'pending' : 'failed',
        attempts,
        last_status_code: statusCode,
        last_error: error ?? `answered ${statusCode}`,
        next_attempt_at: next,
      });
  }

  async function runOnce(): Promise<number> {
    const due = await take();
    await Promise.all(due.map((row) => attempt(row)));
    return due.length;
  }

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          const done = await runOnce().catch((err) => {
            logger.warn({ err }, 'a callback pass failed');
            return 0;
          });
          if (done === 0 && running) await new Promise((resolve) => setTimeout(resolve, 250));
        }
      })();
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}
