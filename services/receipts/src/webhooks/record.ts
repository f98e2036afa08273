import { deliveryStream, inboundStream } from '@longcode/contracts';
import type { Database, EventStore } from '@longcode/eventstore';
import type { ProviderNotification, ProviderWebhook } from '@longcode/providers';
import { firstSighting, storeWebhook } from './store.js';

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

/**
 * Records a verified webhook: the raw webhook, then each notification not seen before as an event, all
 * in one transaction (so a webhook is either wholly recorded or, on failure, answered 5xx and retried by
 * the provider). How many notifications were new.
 */
export async function recordWebhook(
  deps: { db: Database; store: EventStore },
  input: {
    webhookId: string;
    provider: string;
    webhook: ProviderWebhook;
    notifications: ProviderNotification[];
    correlationId: string;
  },
): Promise<number> {
  const { webhookId, provider, webhook, notifications, correlationId } = input;
  return deps.db.transaction(async (trx) => {
    await storeWebhook(trx, {
      webhookId,
      provider,
      webhook,
      verified: true,
      rejection: null,
      notifications: notifications.length,
    });
    let fresh = 0;
    for (const notification of notifications) {
      if (!(await firstSighting(trx, provider, notification.providerEventId, webhookId))) continue;
      const { stream, event } = eventOf(provider, notification, webhookId, webhook.url);
      await deps.store.append(
        stream,
        [event],
        { expectedVersion: 'any', accountId: UNATTRIBUTED, correlationId },
        trx,
      );
      fresh++;
    }
    return fresh;
  });
}

/** Keeps a webhook that failed its signature check, for the record; nothing else changes. */
export async function recordRejected(
  db: Database,
  input: { webhookId: string; provider: string; webhook: ProviderWebhook; rejection: string },
): Promise<void> {
  await db.transaction((trx) =>
    storeWebhook(trx, { ...input, verified: false, notifications: 0, rejection: input.rejection }),
  );
}
