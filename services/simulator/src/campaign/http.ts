import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { BrandStore } from '../brand/store.js';
import { sendTelnyxErrors, telnyxError } from '../telnyx-errors.js';
import { newTelnyxCampaign } from './campaign.js';
import type { CampaignDecisions } from './decisions.js';
import type { CampaignStore } from './store.js';
import { checkBrand, validateCampaignBuilder } from './validate.js';

export interface CampaignRoutesDeps {
  brands: BrandStore;
  campaigns: CampaignStore;
  decisions: CampaignDecisions;
  now: () => Date;
}

/** Telnyx's 10DLC campaign API (inside telnyxApi): submit a campaign for a registered brand, read it back. */
export function telnyxCampaignRoutes({ brands, campaigns, decisions, now }: CampaignRoutesDeps) {
  return async (app: FastifyInstance) => {
    app.post('/10dlc/campaignBuilder', async (request, reply) => {
      const validation = validateCampaignBuilder(request.body);
      if (!validation.ok) return sendTelnyxErrors(reply, validation.status, validation.errors);
      const { brandId } = validation.request;
      const brand = checkBrand(brandId, brands.get(brandId)?.brand);
      if (!brand.ok) return sendTelnyxErrors(reply, brand.status, brand.errors);
      const receivedAt = now();
      const campaign = newTelnyxCampaign(validation.request, brand.brand, randomUUID(), receivedAt);
      campaigns.add(validation.request, campaign, receivedAt);
      decisions.schedule(campaign.campaignId);
      request.log.info({ campaignId: campaign.campaignId, brandId }, 'campaign submitted');
      return reply.status(200).send(campaign);
    });

    app.get<{ Params: { campaignId: string } }>('/10dlc/campaign/:campaignId', async (request, reply) => {
      const record = campaigns.get(request.params.campaignId);
      if (!record) {
        return sendTelnyxErrors(reply, 404, [
          telnyxError('10005', `Campaign ${request.params.campaignId} not found.`, 'campaignId'),
        ]);
      }
      return reply.send(record.campaign);
    });
  };
}
