import type { Database } from '@longcode/eventstore';
import { NotFoundError } from '@longcode/kit';
import { sendableCampaign, sendableSenders } from '@longcode/sendable';
import type { FastifyInstance } from 'fastify';

/** "What may send" (a campaign with the numbers that may send for it), as the ops dashboard and partners' tooling read it (internal; account from the gateway). */
export function sendableRoutes({ db }: { db: Database }) {
  return async (app: FastifyInstance) => {
    app.get<{ Params: { campaignId: string } }>(
      '/sendable-campaigns/:campaignId',
      {
        schema: {
          headers: {
            type: 'object',
            required: ['x-account-id'],
            properties: { 'x-account-id': { type: 'string', minLength: 1, maxLength: 64 } },
          },
        },
      },
      async (request) => {
        const campaign = await sendableCampaign(db, request.params.campaignId);
        if (!campaign || campaign.accountId !== request.headers['x-account-id']) {
          throw new NotFoundError(
            'CAMPAIGN_NOT_SENDABLE',
            `Campaign ${request.params.campaignId} may not send (unknown, not approved, suspended or expired)`,
          );
        }
        return { ...campaign, senders: await sendableSenders(db, campaign.campaignId) };
      },
    );
  };
}
