import { brandStream } from '@longcode/contracts';
import { type Database, type EventStore, handleCommand } from '@longcode/eventstore';
import { DomainError, NotFoundError } from '@longcode/kit';
import { type RegistrationProvider, type RegistrationUpdate, WebhookRejectedError } from '@longcode/tcr';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from 'uuidv7';
import type { BrandCommand } from '../brand/decide.js';
import { brandDecider } from '../brand/decider.js';
import { brandIdFor } from './provider-ids.js';

export interface WebhookRoutesDeps {
  db: Database;
  store: EventStore;
  provider: RegistrationProvider;
  providerName: string;
}

/** The command a provider's update stands for. */
function commandFor(brandId: string, update: RegistrationUpdate): BrandCommand {
  switch (update.kind) {
    case 'brand.approved':
      return {
        type: 'ApproveBrand',
        data: { brandId, registryBrandId: update.registryBrandId, identityStatus: update.identityStatus },
      };
    case 'brand.rejected':
      return { type: 'RejectBrand', data: { brandId, reasons: update.reasons } };
    case 'brand.vetted':
      return {
        type: 'RecordVetting',
        data: {
          brandId,
          provider: update.provider,
          vettingClass: update.vettingClass,
          score: update.score,
          vettedAt: update.vettedAt.getTime(),
        },
      };
    case 'brand.suspended':
      return { type: 'SuspendBrand', data: { brandId, reason: update.reason } };
    default: {
      const unhandled: never = update;
      return unhandled;
    }
  }
}

/**
 * The registration provider's webhooks (public: the provider calls them). The signature is checked over
 * the raw body; a replayed or late update that the brand's state no longer allows is acknowledged and
 * ignored, so the provider stops retrying it.
 */
export function registrationWebhookRoutes({ db, store, provider, providerName }: WebhookRoutesDeps) {
  return async (app: FastifyInstance) => {
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    app.post(`/webhooks/registration/${providerName}`, async (request, reply) => {
      let update: RegistrationUpdate | null;
      try {
        update = provider.parseWebhook({
          headers: request.headers as Record<string, string | undefined>,
          rawBody: request.body as Buffer,
          receivedAt: new Date(),
        });
      } catch (error) {
        if (error instanceof WebhookRejectedError)
          throw new DomainError(error.code, error.message, { status: 401 });
        throw error;
      }
      if (!update) return reply.status(202).send({ status: 'ignored', reason: 'event type not used' });
      // Not known yet: the webhook may have overtaken the commit that records the submission. A 404 makes
      // the provider deliver it again later.
      const brandId = (await brandIdFor(db, providerName, update.providerBrandId)) ?? update.referenceId;
      if (!brandId)
        throw new NotFoundError('BRAND_NOT_FOUND', `No brand was submitted as ${update.providerBrandId}`);
      try {
        await handleCommand(
          store,
          brandStream(brandId),
          brandDecider,
          commandFor(brandId, update),
          (state) => ({
            accountId: state.exists ? state.accountId : 'unknown',
            correlationId: uuidv7(),
          }),
        );
      } catch (error) {
        // a transition the brand no longer allows: a replay, or an update overtaken by a later one
        if (error instanceof DomainError && error.status === 409) {
          return reply.status(202).send({ status: 'ignored', reason: error.code });
        }
        throw error;
      }
      return reply.status(202).send({ status: 'applied' });
    });
  };
}
