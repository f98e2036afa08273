import { brandStream, campaignStream } from '@longcode/contracts';
import { aggregateStream, type EventHandler, type EventStore, handleCommand } from '@longcode/eventstore';
import {
  type CampaignSubmission,
  ProviderError,
  type RegistrationProvider,
  type SubmittedCampaign,
} from '@longcode/tcr';
import { brandDecider } from '../brand/decider.js';
import { contentOf, type ExistingCampaign } from '../campaign/campaign.js';
import { campaignDecider } from '../campaign/decider.js';
import { rememberProviderId } from './provider-ids.js';

export interface CampaignForwarderDeps {
  store: EventStore;
  provider: RegistrationProvider;
  providerName: string;
}

const submissionOf = (campaign: ExistingCampaign, providerBrandId: string): CampaignSubmission => ({
  referenceId: campaign.campaignId,
  providerBrandId,
  ...contentOf(campaign),
});

/**
 * Sends a submitted campaign to the registration provider, under the brand's provider id, and records
 * where it went in the consumer's transaction. A refusal by the provider (4xx) rejects the campaign with
 * the provider's words, for the partner to correct; an outage goes to the retry topic.
 */
export function createCampaignForwarder({
  store,
  provider,
  providerName,
}: CampaignForwarderDeps): EventHandler {
  return async (event, trx) => {
    if (event.type !== 'longcode.registration.CampaignSubmitted') return;
    const { state: campaign, version } = await aggregateStream(store, event.streamId, campaignDecider);
    // Only the latest submission goes out: a later event means this one is stale.
    if (!campaign.exists || campaign.status !== 'SUBMITTED' || version !== event.version) return;
    const { state: brand } = await aggregateStream(store, brandStream(campaign.brandId), brandDecider);
    const metadata = {
      accountId: event.accountId,
      correlationId: event.correlationId,
      causationId: event.eventId,
    };
    const reject = (description: string) =>
      handleCommand(
        store,
        campaignStream(campaign.campaignId),
        campaignDecider,
        {
          type: 'RejectCampaign',
          data: {
            campaignId: campaign.campaignId,
            reasons: [{ code: 'PROVIDER_REFUSED', description, carrier: null }],
          },
        },
        metadata,
        trx,
      );
    if (!brand.exists || !brand.submission)
      return void (await reject('The brand is not registered with the provider'));
    let forwarded: SubmittedCampaign;
    try {
      forwarded = await provider.submitCampaign(submissionOf(campaign, brand.submission.providerBrandId));
    } catch (error) {
      if (!(error instanceof ProviderError) || error.retriable) throw error;
      return void (await reject(error.message));
    }
    await rememberProviderId(trx, 'campaign', {
      provider: providerName,
      providerId: forwarded.providerCampaignId,
      ourId: campaign.campaignId,
    });
    await handleCommand(
      store,
      campaignStream(campaign.campaignId),
      campaignDecider,
      {
        type: 'RecordForwarding',
        data: {
          campaignId: campaign.campaignId,
          provider: providerName,
          providerCampaignId: forwarded.providerCampaignId,
          registryCampaignId: forwarded.registryCampaignId,
        },
      },
      metadata,
      trx,
    );
  };
}
