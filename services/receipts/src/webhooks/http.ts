import { currentTraceContext, type Database, type EventStore } from '@longcode/eventstore';
import { createCoalescer, NotFoundError, WebhookRejectedError } from '@longcode/kit';
import type { ProviderWebhook, SmsProvider } from '@longcode/providers';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { recordRejected, recordWebhooks, type VerifiedWebhook } from './record.js';

export interface WebhookRoutesDeps {
  db: Database;
  store: EventStore;
  /** The providers this instance receives from, by name. */
  providers: Record<string, SmsProvider>;
  /** This service's address as providers see it (for Twilio's URL signature). */
  publicUrl: string;
}

/**
 * Public provider webhooks: POST /webhooks/<provider>. The signature (or credentials) is checked over
 * the raw body; a bad one is answered 401 and kept for the record, nothing else; a good one is stored
 * unchanged, deduplicated by the provider's event id, normalised and published, then answered 200 —
 * quickly, well inside Telnyx's 2 s. Webhooks that arrive together are recorded in one transaction.
 */
export function webhookRoutes({ db, store, providers, publicUrl }: WebhookRoutesDeps) {
  const verified = createCoalescer<VerifiedWebhook, number>((_key, webhooks) =>
    recordWebhooks({ db, store }, webhooks),
  );
  return async (app: FastifyInstance) => {
    const raw = (_request: FastifyRequest, body: Buffer, done: (e: Error | null, b: Buffer) => void) =>
      done(null, body);
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, raw);
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, raw);

    app.post<{ Params: { provider: string } }>('/webhooks/:provider', async (request, reply) => {
      const name = request.params.provider;
      const provider = providers[name];
      if (!provider)
        throw new NotFoundError('PROVIDER_NOT_CONFIGURED', `No webhooks are received for ${name}`);
      const webhook: ProviderWebhook = {
        url: `${publicUrl}${request.url}`,
        headers: request.headers as Record<string, string | undefined>,
        rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        receivedAt: new Date(),
      };
      const webhookId = uuidv7();
      let notifications: ReturnType<SmsProvider['parseWebhook']>;
      try {
        notifications = provider.parseWebhook(webhook);
      } catch (error) {
        if (!(error instanceof WebhookRejectedError)) throw error;
        await recordRejected(db, { webhookId, provider: name, webhook, rejection: error.message });
        if (name === 'bandwidth') reply.header('www-authenticate', 'Basic realm="longcode"');
        throw error;
      }
      const origin = { correlationId: uuidv7(), ...currentTraceContext() };
      const fresh = await verified.submit('webhooks', {
        webhookId,
        provider: name,
        webhook,
        notifications,
        origin,
      });
      return reply.code(200).send({ received: notifications.length, new: fresh });
    });
  };
}
