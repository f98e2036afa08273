import { type CampaignSubmission, ProviderError, type SubmittedCampaign } from '../port.js';
import { present, unwrap } from './fields.js';
import { withReference } from './reference.js';
import type { TelnyxCampaign, TelnyxCampaignBuilderRequest } from './wire.js';

/** Telnyx's campaign has five sample fields, `sample1` to `sample5`. */
export const MAX_SAMPLES = 5;

/**
 * Our submission as Telnyx's campaign builder body. Use-case names pass as they are (ours are TCR's, and
 * so Telnyx's). Absent messages and empty keyword lists are left out; keywords become Telnyx's comma
 * separated string. Our reference rides in the webhook URL, as for brands (see reference.ts).
 */
export function toCampaignBuilderRequest(
  campaign: CampaignSubmission,
  webhookUrl?: string,
): TelnyxCampaignBuilderRequest {
  if (campaign.sampleMessages.length > MAX_SAMPLES) {
    throw new ProviderError(
      `Telnyx takes at most ${MAX_SAMPLES} sample messages; campaign ${campaign.referenceId} has ${campaign.sampleMessages.length}`,
      { retriable: false },
    );
  }
  const { flags } = campaign;
  const request: TelnyxCampaignBuilderRequest = {
    brandId: campaign.providerBrandId,
    usecase: campaign.useCase,
    subUsecases: campaign.subUseCases,
    description: campaign.description,
    messageFlow: campaign.messageFlow,
    ...Object.fromEntries(campaign.sampleMessages.map((sample, index) => [`sample${index + 1}`, sample])),
    ...present('helpMessage', campaign.helpMessage),
    ...present('optoutMessage', campaign.optOutMessage),
    ...present('optinMessage', campaign.optInMessage),
    ...present('helpKeywords', keywords(campaign.helpKeywords)),
    ...present('optoutKeywords', keywords(campaign.optOutKeywords)),
    ...present('optinKeywords', keywords(campaign.optInKeywords)),
    subscriberOptin: flags.subscriberOptIn,
    subscriberOptout: flags.subscriberOptOut,
    subscriberHelp: flags.subscriberHelp,
    numberPool: flags.numberPool,
    directLending: flags.directLending,
    embeddedLink: flags.embeddedLink,
    embeddedPhone: flags.embeddedPhone,
    affiliateMarketing: flags.affiliateMarketing,
    ageGated: flags.ageGated,
    autoRenewal: campaign.autoRenewal,
    // Submitting is accepting Telnyx's 10DLC terms: the platform's operator did so for every campaign.
    termsAndConditions: true,
  };
  if (webhookUrl) request.webhookURL = withReference(webhookUrl, campaign.referenceId);
  return request;
}

/** Telnyx's answer (`TelnyxCampaignCsp`, itself or under `data`) as our SubmittedCampaign. */
export function toSubmittedCampaign(body: unknown): SubmittedCampaign | null {
  const campaign = unwrap<TelnyxCampaign>(body);
  if (!campaign?.campaignId) return null;
  return { providerCampaignId: campaign.campaignId, registryCampaignId: campaign.tcrCampaignId || null };
}

/** "Multiple keywords are comma separated without space"; null when there are none. */
function keywords(list: string[]): string | null {
  const words = list.map((word) => word.trim()).filter((word) => word !== '');
  return words.length === 0 ? null : words.join(',');
}
