import { brandStream } from '@longcode/contracts';
import { aggregateStream, type EventHandler, type EventStore, handleCommand } from '@longcode/eventstore';
import {
  type BrandSubmission,
  ProviderError,
  type RegistrationProvider,
  type SubmittedBrand,
} from '@longcode/tcr';
import type { ExistingBrand } from '../brand/brand.js';
import { brandDecider } from '../brand/decider.js';
import { rememberProviderId } from './provider-ids.js';

export interface BrandSubmitterDeps {
  store: EventStore;
  provider: RegistrationProvider;
  providerName: string;
}

const submissionOf = (brand: ExistingBrand): BrandSubmission => ({
  referenceId: brand.brandId,
  entityType: brand.entityType,
  legalName: brand.legalName,
  displayName: brand.displayName,
  ein: brand.ein,
  country: brand.country,
  website: brand.website,
  vertical: brand.vertical,
  email: brand.email,
  phone: brand.phone,
  address: brand.address,
  stockSymbol: brand.stockSymbol,
  stockExchange: brand.stockExchange,
});

/**
 * Sends a created (or resubmitted) brand to the registration provider and records where it went, in
 * the consumer's transaction with its inbox row. A provider outage fails the event into the retry
 * topic; the brand is submitted again from there. A crash between the provider's answer and the commit
 * submits it twice (at-least-once towards the provider): Telnyx's API has no client reference to
 * deduplicate on, so that leaves a second provider brand, which its webhooks then cannot name.
 */
export function createBrandSubmitter({ store, provider, providerName }: BrandSubmitterDeps): EventHandler {
  return async (event, trx) => {
    const resubmitted = event.type === 'longcode.registration.BrandResubmitted';
    if (event.type !== 'longcode.registration.BrandCreated' && !resubmitted) return;
    const { state, version } = await aggregateStream(store, event.streamId, brandDecider);
    // Only the brand's latest (re)submission goes out: a later event means this one is stale.
    if (!state.exists || state.status !== 'PENDING' || version !== event.version) return;
    const metadata = {
      accountId: event.accountId,
      correlationId: event.correlationId,
      causationId: event.eventId,
    };
    let submitted: SubmittedBrand;
    try {
      submitted = await provider.submitBrand(submissionOf(state));
    } catch (error) {
      if (!(error instanceof ProviderError) || error.retriable) throw error;
      // The provider refused the brand as submitted: that is a rejection the partner can correct.
      const reasons = [{ code: 'PROVIDER_REFUSED', description: error.message }];
      await handleCommand(
        store,
        event.streamId,
        brandDecider,
        { type: 'RejectBrand', data: { brandId: state.brandId, reasons } },
        metadata,
        trx,
      );
      return;
    }
    await rememberProviderId(trx, 'brand', {
      provider: providerName,
      providerId: submitted.providerBrandId,
      ourId: state.brandId,
    });
    await handleCommand(
      store,
      brandStream(state.brandId),
      brandDecider,
      {
        type: 'RecordSubmission',
        data: {
          brandId: state.brandId,
          provider: providerName,
          providerBrandId: submitted.providerBrandId,
          registryBrandId: submitted.registryBrandId,
        },
      },
      metadata,
      trx,
    );
  };
}
