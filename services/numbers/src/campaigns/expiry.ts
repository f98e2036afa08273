import type { BatchEventHandler } from '@longcode/eventstore';
import { type NumberCommandDeps, runNumberCommand } from '../number/run-command.js';
import { projectCampaigns } from './campaigns.js';

/**
 * Registration's campaign events: the campaign view, and when a campaign expires its numbers leave it
 * (the registry unlinks them too), in the same transaction as the view and the inbox row.
 */
export function createCampaignHandler(deps: NumberCommandDeps): BatchEventHandler {
  return async (events, trx) => {
    await projectCampaigns(events, trx);
    for (const event of events) {
      if (event.type !== 'longcode.registration.CampaignExpired') continue;
      const { campaignId } = event.data as { campaignId: string };
      const numbers: Array<{ phone_number: string }> = await trx('numbers')
        .where({ campaign_id: campaignId })
        .select('phone_number');
      for (const { phone_number: phoneNumber } of numbers) {
        await runNumberCommand(
          deps,
          phoneNumber,
          { type: 'Unassign', data: { reason: 'CAMPAIGN_EXPIRED', campaignId } },
          { accountId: event.accountId, correlationId: event.correlationId, causationId: event.eventId },
          trx,
        );
      }
    }
  };
}
