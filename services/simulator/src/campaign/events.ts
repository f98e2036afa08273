import { type TelnyxEvent, type TelnyxEventPayload, telnyxEvent } from '../webhooks/events.js';
import type { TelnyxCampaign } from './campaign.js';
import type { CampaignOutcome, CarrierAction } from './decide.js';

/**
 * The `10dlc.campaign.update` webhooks of a decided campaign, in the order they are sent, shaped after
 * Telnyx's examples (https://developers.telnyx.com/docs/messaging/10dlc/event-notifications): TCR's
 * CAMPAIGN_ADD, then VERIFIED (provisioned with the carriers; carrying `tcrCampaignId`, which Telnyx's
 * example does not show) or the rejecting carrier's MNO_REVIEW.
 */
export function outcomeEvents(
  campaign: TelnyxCampaign,
  outcome: CampaignOutcome,
  at: Date,
  newId: () => string,
): TelnyxEvent[] {
  const event = (payload: TelnyxEventPayload) => telnyxEvent('10dlc.campaign.update', payload, at, newId);
  const { campaignId, tcrCampaignId } = campaign;
  const added = event({
    campaignId,
    type: 'TCR_EVENT',
    eventType: 'CAMPAIGN_ADD',
    description: `Campaign ${tcrCampaignId} successfully added to TCR`,
  });
  if (outcome.kind === 'rejected') {
    return [
      added,
      event({ campaignId, description: outcome.description, status: 'REJECTED', type: 'MNO_REVIEW' }),
    ];
  }
  const verified = event({
    brandId: campaign.brandId,
    campaignId,
    createdDate: campaign.createDate,
    cspId: campaign.cspId,
    type: 'VERIFIED',
    isTMobileRegistered: campaign.isTMobileRegistered,
    tcrCampaignId,
  });
  return [added, verified];
}

/**
 * The webhook of a carrier action. A carrier's suspension is TCR's MNO_CAMPAIGN_OPERATION_SUSPENDED with
 * TCR's `mnoName` (beyond Telnyx's examples); without a carrier it is Telnyx's own DORMANT. An expiry is
 * TCR's CAMPAIGN_EXPIRED.
 */
export function actionEvent(
  campaign: TelnyxCampaign,
  action: CarrierAction,
  at: Date,
  newId: () => string,
): TelnyxEvent {
  const { campaignId, tcrCampaignId } = campaign;
  const event = (payload: TelnyxEventPayload) => telnyxEvent('10dlc.campaign.update', payload, at, newId);
  if (action.kind === 'expire') {
    const description = `Campaign ${tcrCampaignId} has expired`;
    return event({ campaignId, type: 'TCR_EVENT', eventType: 'CAMPAIGN_EXPIRED', description });
  }
  if (action.carrier === null) {
    return event({ campaignId, description: action.reason, status: 'DORMANT', type: 'TELNYX_EVENT' });
  }
  return event({
    campaignId,
    type: 'TCR_EVENT',
    eventType: 'MNO_CAMPAIGN_OPERATION_SUSPENDED',
    description: `Campaign ${tcrCampaignId} suspended by ${action.carrier}: ${action.reason}`,
    mnoName: action.carrier,
  });
}
