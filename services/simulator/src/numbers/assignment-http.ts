import type { FastifyInstance } from 'fastify';
import type { CampaignStore } from '../campaign/store.js';
import { sendTelnyxErrors, telnyxError } from '../telnyx-errors.js';
import { checkAssignment, newAssignment, validateAssignmentRequest } from './assignments.js';
import type { NumberProvisioning } from './provisioning.js';
import type { NumberStore } from './store.js';

export interface NumberCampaignRoutesDeps {
  store: NumberStore;
  campaigns: CampaignStore;
  provisioning: NumberProvisioning;
  now: () => Date;
}

type ByNumber = { Params: { phoneNumber: string } };

/** Telnyx's 10DLC number↔campaign API (inside telnyxApi): link a number to a campaign, read, unlink. */
export function telnyxNumberCampaignRoutes({
  store,
  campaigns,
  provisioning,
  now,
}: NumberCampaignRoutesDeps) {
  /** A campaign by Telnyx's id or by TCR's. */
  const campaignBy = (id: string) =>
    campaigns.list().find(({ campaign }) => campaign.campaignId === id || campaign.tcrCampaignId === id)
      ?.campaign;

  return async (app: FastifyInstance) => {
    app.post('/10dlc/phone_number_campaigns', async (request, reply) => {
      const validation = validateAssignmentRequest(request.body);
      if (!validation.ok) return sendTelnyxErrors(reply, validation.status, validation.errors);
      const { phoneNumber, campaignId } = validation.request;
      const number = store.number(phoneNumber);
      const check = checkAssignment(
        validation.request,
        campaignBy(campaignId),
        number,
        store.link(phoneNumber),
      );
      if (!check.ok) return sendTelnyxErrors(reply, check.status, check.errors);
      const { campaign } = check;
      const link = newAssignment(phoneNumber, campaign, now());
      store.saveLink(link);
      provisioning.scheduleLink(link);
      request.log.info({ phoneNumber, campaignId: campaign.campaignId }, 'number assignment requested');
      return reply.send(link);
    });

    app.get<ByNumber>('/10dlc/phone_number_campaigns/:phoneNumber', async (request, reply) => {
      const link = store.link(request.params.phoneNumber);
      if (!link) return noLink(reply, request.params.phoneNumber);
      return reply.send(link);
    });

    app.delete<ByNumber>('/10dlc/phone_number_campaigns/:phoneNumber', async (request, reply) => {
      const link = store.link(request.params.phoneNumber);
      if (!link) return noLink(reply, request.params.phoneNumber);
      store.unlink(link.phoneNumber);
      request.log.info({ phoneNumber: link.phoneNumber }, 'number unassigned');
      return reply.send(link);
    });
  };
}

function noLink(reply: Parameters<typeof sendTelnyxErrors>[0], phoneNumber: string) {
  return sendTelnyxErrors(reply, 404, [
    telnyxError('10005', `Phone number ${phoneNumber} has no campaign assignment.`, 'phoneNumber'),
  ]);
}
