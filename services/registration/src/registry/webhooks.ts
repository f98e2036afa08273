import { brandStream, campaignStream } from '@longcode/contracts';
import { aggregateStream, type Database, type EventStore, handleCommand } from '@longcode/eventstore';
import { DomainError, NotFoundError } from '@longcode/kit';
import { type RegistrationProvider, type RegistrationUpdate, WebhookRejectedError } from '@longcode/tcr';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { brandDecider } from '../brand/decider.js';
import { campaignDecider } from '../campaign/decider.js';
import { freeSlot } from '../campaign/sole-proprietor-slot.js';
import { ourIdFor } from './provider-ids.js';
import { brandCommandFor, type CampaignUpdate, campaignCommandFor, subjectOf } from './updates.js';

export interface WebhookRoutesDeps {
  db: Database;
  store: EventStore;
  provider: RegistrationProvider;
  providerName: string;
}

const metadataFor = (state: { exists: boolean; accountId?: string }) => ({
  accountId: state.exists && state.accountId ? state.accountId : 'unknown',
  correlationId: uuidv7(),
});

/**
 * The registration provider's webhooks (public: the provider calls them). The signature is checked over
 * the raw body; an update the state no longer allows (a replay, one overtaken by a later one) is
 * acknowledged and ignored, so the provider stops retrying it.
 */
export function registrationWebhookRoutes({ db, store, provider, providerName }: WebhookRoutesDeps) {
  async function applyToCampaign(campaignId: string, update: CampaignUpdate) {
    const { state: campaign } = await aggregateStream(store, campaignStream(campaignId), campaignDecider);
    if (!campaign.exists)
      throw new NotFoundError('CAMPAIGN_NOT_FOUND', `Campaign ${campaignId} does not exist`);
    const { state: brand } = await aggregateStream(store, brandStream(campaign.brandId), brandDecider);
    if (!brand.exists) throw new NotFoundError('BRAND_NOT_FOUND', `Brand ${campaign.brandId} does not exist`);
    const command = campaignCommandFor(campaign, update, brand);
    await db.transaction(async (trx) => {
      const { events } = await handleCommand(
        store,
        campaignStream(campaignId),
        campaignDecider,
        command,
        metadataFor,
        trx,
      );
      if (events.some((e) => e.type === 'longcode.registration.CampaignExpired'))
        await freeSlot(trx, campaign.brandId, campaignId);
    });
  }

  async function apply(update: RegistrationUpdate) {
    const { kind, providerId } = subjectOf(update);
    // Not known yet: the webhook may have overtaken the commit that records the submission. A 404 makes
    // the provider deliver it again later.
    const ourId = (await ourIdFor(db, kind, providerName, providerId)) ?? update.referenceId;
    if (!ourId)
      throw new NotFoundError(`${kind.toUpperCase()}_NOT_FOUND`, `Nothing was submitted as ${providerId}`);
    if ('providerCampaignId' in update) return applyToCampaign(ourId, update);
    await handleCommand(store, brandStream(ourId), brandDecider, brandCommandFor(ourId, update), metadataFor);
  }

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
      try {
        await apply(update);
      } catch (error) {
        if (error instanceof DomainError && error.status === 409) {
          return reply.status(202).send({ status: 'ignored', reason: error.code });
        }
        throw error;
      }
      return reply.status(202).send({ status: 'applied' });
    });
  };
}
