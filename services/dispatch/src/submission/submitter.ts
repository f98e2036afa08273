import { type Database, type EventStore, retryOnDeadlock } from '@longcode/eventstore';
import { createCoalescer, type Logger } from '@longcode/kit';
import type { SendResult, SmsProvider } from '@longcode/providers';
import { uuidv7 } from 'uuidv7';
import { type CampaignSettings, settingsOf } from '../campaigns/settings.js';
import type { RecipientCarriers } from '../carriers/recipients.js';
import { type ExistingMessage, UNCONFIRMED } from '../message/message.js';
import { defaultRetryPolicy, type RetryPolicy } from '../message/retry.js';
import { messageWork } from '../message/work.js';
import type { Limiter } from '../pacing/limiter.js';
import { applyParkedReceipts } from '../receipts/deliveries.js';
import { createBlocks } from './blocks.js';
import { claimDue } from './due.js';
import { gate, loadGateFacts } from './gate.js';
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
  /**
   * Recipients' carriers (cached lookups), so a message counts only against its carrier's limits; none:
   * every message counts against every carrier's.
   */
  carriers?: RecipientCarriers;
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
 * message twice (its outcome is then unknown, and its receipts settle it). A pass reads, decides and
 * writes its messages together; answers that come in together are recorded together.
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

  /** The messages whose submission this pass started, and what to keep once its transaction is over. */
  async function claim(limit: number): Promise<{ started: Started[]; remember?: () => Promise<void> }> {
    const at = now();
    return db.transaction(async (trx) => {
      const knowledge = !deps.carriers ? 'none' : deps.carriers.paused(at) ? 'lookups-paused' : 'lookups';
      const due = await claimDue(trx, at, blocked.current(), limit, knowledge);
      if (due.length === 0) return { started: [] };
      const work = messageWork(deps.store, trx, now);
      await work.load(due.map((row) => row.message_id));
      const messages = due.flatMap((row) => work.get(row.message_id) ?? []);
      // Lookups of recipients not known yet happen here, each within the adapter's timeout; a failed one
      // leaves its recipient unknown (paced against every carrier), never holds its message.
      const carriers = await deps.carriers?.resolve(
        trx,
        messages.map((m) => m.to),
      );
      const campaignIds = [...new Set(messages.map((m) => m.campaignId))];
      const settings = await settingsOf(trx, campaignIds);
      const pace = await createPace(trx, campaignIds, deps.limiter, deps.senderMps ?? 0);
      const facts = await loadGateFacts(trx, messages, at);
      const starting: Array<{ messageId: string; settings: CampaignSettings | undefined }> = [];
      for (const message of messages) {
        const campaignSettings = settings.get(message.campaignId);
        const command = gate(message, facts, campaignSettings, providerName, at);
        if (command.type === 'StartSubmission') {
          const waitFor = await pace.admit(message, carriers?.carrierOf(message.to) ?? null, at);
          if (waitFor) {
            blocked.add(waitFor.blocks, waitFor.until);
            continue; // over a limit: it stays due, untouched, until the window ends
          }
        }
        const next = work.run(message.messageId, command, uuidv7());
        if (next?.status === 'sending' && command.type === 'StartSubmission') {
          starting.push({ messageId: message.messageId, settings: campaignSettings });
          facts.started(message, at);
        }
      }
      const saved = await work.save();
      const started = starting.flatMap(({ messageId, settings: s }) => {
        const message = saved.get(messageId);
        return message ? [{ message, settings: s }] : [];
      });
      return carriers ? { started, remember: carriers.remember } : { started };
    });
  }

  /**
   * Answers that come in together are recorded together: one transaction reads their messages again
   * (a receipt may have moved one on since it was claimed), records each answer, and applies the
   * receipts parked for the provider ids they bring.
   */
  const answers = createCoalescer<
    { message: ExistingMessage; result: SendResult; policy: RetryPolicy },
    void
  >(async (_key, items) => {
    await retryOnDeadlock(() =>
      db.transaction(async (trx) => {
        const work = messageWork(deps.store, trx, now);
        await work.load(items.map((item) => item.message.messageId));
        const matched = [];
        for (const { message, result, policy } of items) {
          const next = work.run(
            message.messageId,
            { type: 'RecordSendResult', data: { attempt: message.attempts, result, now: now(), policy } },
            uuidv7(),
          );
          if (next?.providerMessageId)
            matched.push({ messageId: message.messageId, providerMessageId: next.providerMessageId });
        }
        await applyParkedReceipts(trx, work, matched, uuidv7());
        await work.save();
      }),
    );
    return items.map(() => undefined);
  });

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
    await answers.submit('answers', { message, result, policy });
  }

  /** Receipts parked before their message had the provider's id, applied now that it has. */
  async function sweepParked(): Promise<void> {
    const matched: Array<{ message_id: string; provider_message_id: string }> = await db(
      'parked_receipts as p',
    )
      .join('messages as m', 'm.provider_message_id', 'p.provider_message_id')
      .distinct('m.message_id', 'p.provider_message_id')
      .limit(100);
    if (matched.length === 0) return;
    await db.transaction(async (trx) => {
      const work = messageWork(deps.store, trx, now);
      await work.load(matched.map((row) => row.message_id));
      await applyParkedReceipts(
        trx,
        work,
        matched.map((row) => ({ messageId: row.message_id, providerMessageId: row.provider_message_id })),
        uuidv7(),
      );
      await work.save();
    });
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
    if (stale.length === 0) return 0;
    await db.transaction(async (trx) => {
      const work = messageWork(deps.store, trx, now);
      await work.load(stale.map((row) => row.message_id));
      const failed = {
        status: 'failed',
        errorCode: UNCONFIRMED,
        errorDescription: 'dispatch stopped while handing it to the provider, which never confirmed it',
        reportedAt: now(),
      } as const;
      for (const { message_id: messageId } of stale) {
        work.run(messageId, { type: 'ReportStatus', data: failed }, uuidv7());
      }
      await work.save();
    });
    return stale.length;
  }

  /** Claims up to `limit` messages; what the lookups learned is kept outside the claim's transaction. */
  async function claimSome(limit: number): Promise<{ started: Started[]; remembering?: Promise<void> }> {
    const { started, remember } = await claim(limit);
    const remembering = remember?.().catch((error) =>
      logger.warn({ err: error }, 'keeping looked-up carriers failed'),
    );
    return { started, ...(remembering ? { remembering } : {}) };
  }

  const send = (item: Started) =>
    submit(item).catch((error) =>
      logger.error({ err: error, messageId: item.message.messageId }, 'recording a send failed'),
    );

  /** One pass: claim, then send what was claimed (at most `concurrency` at once). How many were sent. */
  async function runOnce(): Promise<number> {
    const { started, remembering } = await claimSome(batchSize);
    let next = 0;
    const worker = async () => {
      while (next < started.length) {
        const item = started[next++];
        if (item) await send(item);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, started.length) }, worker));
    await remembering;
    return started.length;
  }

  /**
   * Passes overlap: the next claims as soon as the sends in flight leave room for a batch, not once the
   * slowest send of the last pass has been answered. Waiting for whole passes, an instance sent at most a
   * pass per carrier round trip: 16 per 150 ms, about 100 messages a second.
   */
  async function forever() {
    let lastSweep = 0;
    const inFlight = new Set<Promise<void>>();
    const keeping = new Set<Promise<void>>();
    const track = (work: Promise<void>, set = inFlight) => {
      set.add(work);
      void work.finally(() => set.delete(work));
    };
    while (!stopped) {
      if (Date.now() - lastSweep > 1_000) {
        lastSweep = Date.now();
        await sweepParked().catch((error) => logger.warn({ err: error }, 'applying parked receipts failed'));
        await settleUnconfirmed().catch((error) =>
          logger.warn({ err: error }, 'settling submissions failed'),
        );
      }
      // A pass claims a whole batch (one transaction for many), so it waits for room for one.
      if (concurrency - inFlight.size < Math.min(batchSize, concurrency)) {
        await Promise.race(inFlight);
        continue;
      }
      const { started, remembering } = await claimSome(
        Math.min(batchSize, concurrency - inFlight.size),
      ).catch((error) => {
        logger.warn({ err: error }, 'a submission pass failed; trying again');
        return { started: [], remembering: undefined };
      });
      for (const item of started) track(send(item));
      if (remembering) track(remembering, keeping);
      if (started.length === 0 && !stopped) await new Promise((resolve) => setTimeout(resolve, idleMs));
    }
    // Stopping: every send started is answered and recorded first.
    await Promise.all([...inFlight, ...keeping]);
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
