import type { CampaignBuilderRequest, CampaignStatus, TelnyxCampaign } from './campaign.js';

/** The simulator's configurable campaign rule (SIM_REJECT_CAMPAIGN_DESCRIPTION_PATTERN). */
export interface CampaignRules {
  rejectDescription?: RegExp;
}

export type CampaignOutcome =
  | { kind: 'approved' }
  | { kind: 'rejected'; carrier: string; description: string };

/** What a carrier (or Telnyx, without a carrier) does to a registered campaign, triggered by hand. */
export type CarrierAction = { kind: 'suspend'; reason: string; carrier: string | null } | { kind: 'expire' };

/** The carrier that rejects campaigns in the simulator: T-Mobile, whose review is the strictest. */
export const REJECTING_CARRIER = 'T-Mobile';

/**
 * What the simulated registry and carriers decide for a campaign. TCR adds every campaign; then the
 * carriers provision it, unless its description matches the configured pattern: T-Mobile rejects it.
 */
export function decideCampaign(campaign: CampaignBuilderRequest, rules: CampaignRules): CampaignOutcome {
  if (!rules.rejectDescription?.test(campaign.description)) return { kind: 'approved' };
  return {
    kind: 'rejected',
    carrier: REJECTING_CARRIER,
    description: `Campaign rejected by ${REJECTING_CARRIER} due to content it does not allow in the campaign description`,
  };
}

/** The campaign once decided, as GET /10dlc/campaign/:campaignId shows it: added to TCR either way. */
export function decidedCampaign(
  campaign: TelnyxCampaign,
  outcome: CampaignOutcome,
  tcrCampaignId: string,
): TelnyxCampaign {
  if (outcome.kind === 'approved') {
    return { ...campaign, tcrCampaignId, campaignStatus: 'MNO_PROVISIONED', isTMobileRegistered: true };
  }
  return { ...campaign, tcrCampaignId, campaignStatus: 'MNO_REJECTED', failureReasons: outcome.description };
}

const ACTIONABLE: Record<CarrierAction['kind'], readonly CampaignStatus[]> = {
  suspend: ['MNO_PROVISIONED'],
  expire: ['MNO_PROVISIONED', 'TCR_SUSPENDED'],
};

/**
 * A carrier action on a campaign: a suspension needs a provisioned campaign, an expiry a provisioned or
 * suspended one. The campaign after it, or why it cannot be done.
 */
export function applyCarrierAction(
  campaign: TelnyxCampaign,
  action: CarrierAction,
): { ok: true; campaign: TelnyxCampaign } | { ok: false; reason: string } {
  if (!ACTIONABLE[action.kind].includes(campaign.campaignStatus)) {
    return {
      ok: false,
      reason: `Campaign ${campaign.campaignId} is ${campaign.campaignStatus}: only a campaign that is ${ACTIONABLE[action.kind].join(' or ')} can be ${action.kind === 'suspend' ? 'suspended' : 'expired'}`,
    };
  }
  if (action.kind === 'suspend')
    return { ok: true, campaign: { ...campaign, campaignStatus: 'TCR_SUSPENDED' } };
  return { ok: true, campaign: { ...campaign, campaignStatus: 'TCR_EXPIRED', status: 'EXPIRED' } };
}
