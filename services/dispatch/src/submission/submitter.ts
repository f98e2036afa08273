import type { Database, EventStore } from '@longcode/eventstore';
import type { Logger } from '@longcode/kit';
import type { SendResult, SmsProvider } from '@longcode/providers';
import { uuidv7 } from 'uuidv7';
import { type CampaignSettings, settingsOf } from '../campaigns/settings.js';
import { type ExistingMessage, UNCONFIRMED } from '../message/message.js';
import { defaultRetryPolicy } from '../message/retry.js';
import type { Limiter } from '../pacing/limiter.js';
import { applyParkedReceipts } from '../receipts/deliveries.js';
import { createBlocks } from './blocks.js';
import { gate } from './gate.js';
import { loadMessage, runMessageCommand } from './message-commands.js';
import { createPace } from './pace.js';

export interface SubmitterDeps {
  db: Database;
  store: EventStore;
  provider: SmsProvider;
  providerName: string;
  logger: Logger;
  /** Where the provider posts a message's status callbacks (receipts), per message. */
  statusCallbackUrl: (messageId: string) => string | null;
  now?: () => Date;
  /** Messages claimed per pass. */
  batchSize?: number;
  /** Sends in flight at once. */
  concurrency?: number;
  /** Pause after a pass that found nothing due. */
  idleMs?: number;
  /** Carrier throughput, shared by all instances; none (no pacing) in tests of other things. */
  limiter?: Limiter;
  /** Messages a second per sender number; 0 for no per-number cap. */
  senderMps?: number;
  /** When a submission nobody confirmed is failed (see SUBMISSION_SETTLE_AFTER_MS). */
  settleAfterMs?: number;
  /** Delays before each retry (see RETRY_BACKOFF_MS); the 1 min, 5 min, 15 min, 1 h by default. */
  retryBackoffMs?: readonly number[];
}

interface Started {
  message: ExistingMessage;
  settings: CampaignSettings | undefined;
}

/**
 * Hands due messages to the provider; any number of dispatch instances may run one. A pass claims due
 * rows with FOR UPDATE SKIP LOCKED (priority first), decides each (cancel, defer, expire or start) and
 * commits MessageSubmitting BEFORE the provider is called — so a crash between the two never sends a
 * message twice (its outcome is then unknown, and its receipts settle it). Each answer is recorded as it
 * comes, in its own transaction.
 */
export function createSubmitter(deps: SubmitterDeps) {
  const { db, provider, providerName, logger, now = () => new Date() } = deps;
  const batchSize = deps.batchSize ?? 16;
  const concurrency = deps.concurrency ?? 16;
  const settleAfterMs = deps.settleAfterMs ?? 24 * 3_600_000;
  const idleMs = deps.idleMs ?? 50;
  let stopped = true;
  let loop: Promise<void> | undefined;
  const blocked = createBlocks(now);

  async function claim(): Promise<Started[]> {
    const at = now();
    return db.transaction(async (trx) => {
      const exclude = blocked.current();
      const due: Array<{ message_id: string; campaign_id: string }> = await trx('messages')
        .where('due_at', '<=', at)
        .whereNotIn('campaign_id', exclude.campaign)
        .whereNotIn('brand_id', exclude.brand)
        .whereNotIn('from_number', exclude.sender)
        .orderBy([{ column: 'priority' }, { column: 'due_at' }])
        .limit(batchSize)
        .forUpdate()
        .skipLocked()
        .select('message_id', 'campaign_id');
      const campaignIds = [...new Set(due.map((row) => row.campaign_id))];
      const settings = await settingsOf(trx, campaignIds);
      const pace = await createPace(trx, campaignIds, deps.limiter, deps.senderMps ?? 0);
      const started: Started[] = [];
      for (const row of due) {
        const loaded = await loadMessage(deps.store, row.message_id, trx);
        if (!loaded) continue;
        const campaignSettings = settings.get(row.campaign_id);
        const command = await gate(trx, loaded.state, campaignSettings, providerName, at);
        if (command.type === 'StartSubmission') {
          const waitFor = await pace.admit(loaded.state, at);
          if (waitFor) {
            blocked.add(waitFor.blocks, waitFor.until);
            continue; // over a limit: it stays due, untouched, until the window ends
          }
        }
        const { state: next } = await runMessageCommand(
          deps,
          loaded,
          command,
          { correlationId: uuidv7() },
          trx,
        );
        if (next.status === 'sending' && command.type === 'StartSubmission')
          started.push({ message: next, settings: campaignSettings });
      }
      return started;
    });
  }

  async function submit({ message, settings }: Started): Promise<void> {
    let result: SendResult;
    try {
      result = await provider.send({
        messageId: message.messageId,
        from: message.from,
        to: message.to,
        text: message.text,
        mediaUrls: message.mediaUrls,
        statusCallbackUrl: deps.statusCallbackUrl(message.messageId),
      });
    } catch (error) {
      // An adapter is not supposed to throw; if one does, what reached the provider is unknown.
      result = { outcome: 'unknown', reason: (error as Error).message };
    }
    const policy = {
      maxAttempts: settings?.maxAttempts ?? defaultRetryPolicy.maxAttempts,
      backoffMs: deps.retryBackoffMs ?? defaultRetryPolicy.backoffMs,
    };
    // Read again inside the transaction: a receipt may have moved the message on since it was claimed.
    await db.transaction(async (trx) => {
      const loaded = await loadMessage(deps.store, message.messageId, trx);
      if (!loaded) return;
      const { state: next } = await runMessageCommand(
        deps,
        loaded,
        { type: 'RecordSendResult', data: { attempt: message.attempts, result, now: now(), policy } },
        { correlationId: uuidv7() },
        trx,
      );
      if (next.providerMessageId) {
        await applyParkedReceipts(trx, deps, message.messageId, next.providerMessageId, {
          correlationId: uuidv7(),
        });
      }
    });
  }

  /** Receipts parked before their message had the provider's id, applied now that it has. */
  async function sweepParked(): Promise<void> {
    const matched: Array<{ message_id: string; provider_message_id: string }> = await db(
      'parked_receipts as p',
    )
      .join('messages as m', 'm.provider_message_id', 'p.provider_message_id')
      .distinct('m.message_id', 'p.provider_message_id')
      .limit(100);
    for (const row of matched) {
      await db.transaction((trx) =>
        applyParkedReceipts(trx, deps, row.message_id, row.provider_message_id, {
          correlationId: uuidv7(),
        }),
      );
    }
  }

  /**
   * Fails messages whose submission nobody confirmed: still `sending`, no provider id, no receipt, long
   * after (the process died between recording the submission and the provider's answer).
   */
  async function settleUnconfirmed(): Promise<number> {
    const stale: Array<{ message_id: string }> = await db('messages')
      .where({ status: 'sending' })
      .whereNull('provider_message_id')
      .andWhere('updated_at', '<', new Date(now().getTime() - settleAfterMs))
      .limit(100)
      .select('message_id');
    for (const { message_id: messageId } of stale) {
      await db.transaction(async (trx) => {
        const loaded = await loadMessage(deps.store, messageId, trx);
        if (!loaded) return;
        const failed = {
          status: 'failed',
          errorCode: UNCONFIRMED,
          errorDescription: 'dispatch stopped while handing it to the provider, which never confirmed it',
          reportedAt: now(),
        } as const;
        await runMessageCommand(
          deps,
          loaded,
          { type: 'ReportStatus', data: failed },
          { correlationId: uuidv7() },
          trx,
        );
      });
    }
    return stale.length;
  }

  /** One pass: claim, then send what was claimed (at most `concurrency` at once). How many were sent. */
  async function runOnce(): Promise<number> {
    const started = await claim();
    let next = 0;
    const worker = async () => {
      while (next < started.length) {
        const item = started[next++];
        if (item)
          await submit(item).catch((error) =>
            logger.error({ err: error, messageId: item.message.messageId }, 'recording a send failed'),
          );
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, started.length) }, worker));
    return started.length;
  }

  async function forever() {
    let lastSweep = 0;
    while (!stopped) {
      if (Date.now() - lastSweep > 1_000) {
        lastSweep = Date.now();
        await sweepParked().catch((error) => logger.warn({ err: error }, 'applying parked receipts failed'));
        await settleUnconfirmed().catch((error) =>
          logger.warn({ err: error }, 'settling submissions failed'),
        );
      }
      const sent = await runOnce().catch((error) => {
        logger.warn({ err: error }, 'a submission pass failed; trying again');
        return 0;
      });
      if (sent === 0 && !stopped) await new Promise((resolve) => setTimeout(resolve, idleMs));
    }
  }

  return {
    runOnce,
    sweepParked,
    settleUnconfirmed,
    start() {
      if (!stopped) return;
      stopped = false;
      loop = forever();
    },
    async stop() {
      stopped = true;
      await loop;
    },
  };
}
