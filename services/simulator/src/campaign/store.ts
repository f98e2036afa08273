import type { DeliveryReport } from '../webhooks/sender.js';
import type { CampaignBuilderRequest, TelnyxCampaign } from './campaign.js';
import type { CampaignOutcome, CarrierAction } from './decide.js';

/** One campaign the simulator received, what it decided, what was done to it since, and its webhooks. */
export interface CampaignRecord {
  receivedAt: string;
  request: CampaignBuilderRequest;
  campaign: TelnyxCampaign;
  outcome: CampaignOutcome | null;
  actions: CarrierAction[];
  deliveries: DeliveryReport[];
}

/** In memory only: the simulator keeps nothing across restarts. */
export function createCampaignStore() {
  const records = new Map<string, CampaignRecord>();
  return {
    add(request: CampaignBuilderRequest, campaign: TelnyxCampaign, receivedAt: Date): void {
      records.set(campaign.campaignId, {
        receivedAt: receivedAt.toISOString(),
        request,
        campaign,
        outcome: null,
        actions: [],
        deliveries: [],
      });
    },
    get(campaignId: string): CampaignRecord | undefined {
      return records.get(campaignId);
    },
    list(): CampaignRecord[] {
      return [...records.values()];
    },
  };
}

export type CampaignStore = ReturnType<typeof createCampaignStore>;
