import { deliveryStream, inboundStream } from '@longcode/contracts';
import {
  type Database,
  deleteInBatches,
  type EventStore,
  retryOnDeadlock,
  type StreamOrigin,
} from '@longcode/eventstore';
import type { ProviderNotification, ProviderWebhook } from '@longcode/providers';
import { firstSightings, sighting, storeWebhooks } from './store.js';

/** Receipts cannot tell which account a provider's notification belongs to; consumers resolve it. */
export const UNATTRIBUTED = 'unattributed';

const messageIdFrom = (url: string) => {
  const value = new URL(url, 'http://receipts.invalid').searchParams.get('messageId');
  return value && /^[0-9a-f-]{36}$/i.test(value) ? value : null;
};

function eventOf(provider: string, n: ProviderNotification, webhookId: string, url: string) {
  if (n.kind === 'receipt') {
    return {
      stream: deliveryStream(provider, n.providerMessageId),
      event: {
        type: 'longcode.receipts.DeliveryReported',
        data: {
          providerMessageId: n.providerMessageId,
          provider,
          providerEventId: n.providerEventId,
          messageId: n.messageId ?? messageIdFrom(url),
          status: n.status,
          errorCode: n.errorCode,
          errorDescription: n.errorDescription,
          retriable: n.retriable,
          reportedAt: n.occurredAt.getTime(),
          webhookId,
        },
      },
    };
  }
  return {
    stream: inboundStream(provider, n.providerMessageId),
    event: {
      type: 'longcode.receipts.InboundReceived',
      data: {
        providerMessageId: n.providerMessageId,
        provider,
        providerEventId: n.providerEventId,
        from: n.from,
        to: n.to,
        text: n.text,
        mediaUrls: n.mediaUrls,
        receivedAt: n.receivedAt.getTime(),
        webhookId,
      },
    },
  };
}

export interface VerifiedWebhook {
  webhookId: string;
  provider: string;
  webhook: ProviderWebhook;
  notifications: ProviderNotification[];
  origin: StreamOrigin;
}

/**
 * Records verified webhooks (those that came in together): each raw webhook, then every notification not
 * seen before as an event, all in one transaction, in a few statements whatever their number. So each
 * webhook is either wholly recorded or, on failure, answered 5xx and delivered again by its provider.
 * How many of each webhook's notifications were new, in order.
 */
export async function recordWebhooks(
  deps: { db: Database; store: EventStore },
  webhooks: VerifiedWebhook[],
): Promise<number[]> {
  return retryOnDeadlock(() =>
    deps.db.transaction(async (trx) => {
      await storeWebhooks(
        trx,
        webhooks.map((w) => ({
          ...w,
          verified: true,
          rejection: null,
          notifications: w.notifications.length,
        })),
      );
      const fresh = await firstSightings(
        trx,
        webhooks.flatMap((w) =>
          w.notifications.map((n) => ({
            provider: w.provider,
            providerEventId: n.providerEventId,
            webhookId: w.webhookId,
          })),
        ),
      );
      const newOnes = webhooks.map((w) =>
        w.notifications.filter((n) => fresh.has(sighting(w.provider, n.providerEventId, w.webhookId))),
      );
      const appends = webhooks.flatMap((w, i) =>
        (newOnes[i] ?? []).map((n) => {
          const { stream, event } = eventOf(w.provider, n, w.webhookId, w.webhook.url);
          return { streamId: stream, events: [event], expectedVersion: 'any' as const, origin: w.origin };
        }),
      );
      const first = webhooks[0]?.origin.correlationId ?? '';
      await deps.store.appendMany(appends, { accountId: UNATTRIBUTED, correlationId: first }, trx);
      return newOnes.map((notifications) => notifications.length);
    }),
  );
}

/** Keeps a webhook that failed its signature check, for the record; nothing else changes. */
export async function recordRejected(
  db: Database,
  input: { webhookId: string; provider: string; webhook: ProviderWebhook; rejection: string },
): Promise<void> {
  // Anyone may post here: what was refused is kept short, so posting megabytes fills no disk.
  const { rawBody } = input.webhook;
  const cut = rawBody.length > REJECTED_BODY_KEPT_BYTES;
  const webhook = cut
    ? { ...input.webhook, rawBody: rawBody.subarray(0, REJECTED_BODY_KEPT_BYTES) }
    : input.webhook;
  const rejection = cut
    ? `${input.rejection} (body of ${rawBody.length} bytes, the first ${REJECTED_BODY_KEPT_BYTES} kept)`
    : input.rejection;
  await db.transaction((trx) =>
    storeWebhooks(trx, [{ ...input, webhook, verified: false, notifications: 0, rejection }]),
  );
}

/** How much of a refused webhook's body is kept: a real provider's fits whole. */
export const REJECTED_BODY_KEPT_BYTES = 16 * 1024;
/** How long a refused webhook is kept for the record. */
export const REJECTED_KEPT_MS = 30 * 24 * 3_600_000;

/** Deletes the refused webhooks older than REJECTED_KEPT_MS (the verified ones stay); how many. */
export function forgetRejected(db: Database, now: Date, batch = 1_000): Promise<number> {
  const latest = new Date(now.getTime() - REJECTED_KEPT_MS);
  return deleteInBatches(
    () => db('provider_webhooks').where({ verified: false }).andWhere('received_at', '<=', latest),
    batch,
  );
}
