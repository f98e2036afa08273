import type { Decider } from '@longcode/eventstore';
import { type CampaignEvent, type CampaignState, evolveCampaign, initialCampaignState } from './campaign.js';
import { type CampaignCommand, decideCampaign } from './decide.js';

export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState> = {
  initialState: initialCampaignState,
  decide: decideCampaign,
  evolve: evolveCampaign,
};
