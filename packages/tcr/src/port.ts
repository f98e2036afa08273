import type { IncomingWebhook } from '@longcode/kit';

export { type IncomingWebhook, ProviderError, WebhookRejectedError } from '@longcode/kit';

/**
 * Our registration port: how registration talks to The Campaign Registry through a provider (a CSP such as
 * Telnyx). One folder per vendor implements it; the vendor's wire format never leaks past its folder.
 */

export type EntityType = 'PRIVATE_PROFIT' | 'PUBLIC_PROFIT' | 'NON_PROFIT' | 'GOVERNMENT' | 'SOLE_PROPRIETOR';
export type IdentityStatus = 'UNVERIFIED' | 'SELF_DECLARED' | 'VERIFIED' | 'VETTED_VERIFIED';

/** A brand as registration submits it. `referenceId` is our brand id; providers echo it back. */
export interface BrandSubmission {
  referenceId: string;
  entityType: EntityType;
  legalName: string;
  displayName: string;
  ein: string | null;
  country: string;
  website: string | null;
  vertical: string | null;
  email: string;
  phone: string | null;
  address: { street: string; city: string; state: string; postalCode: string; country: string } | null;
  stockSymbol: string | null;
  stockExchange: string | null;
}

/** The provider's answer to a submission: its own id for the brand, and what it knows so far. */
export interface SubmittedBrand {
  providerBrandId: string;
  /** The registry's brand id (TCR's `BXXXXXX`), once the registry assigned one. */
  registryBrandId: string | null;
  identityStatus: IdentityStatus | null;
}

/** A campaign as registration submits it, for a brand the provider already knows. `referenceId` is our campaign id. */
export interface CampaignSubmission {
  referenceId: string;
  providerBrandId: string;
  useCase: string;
  subUseCases: string[];
  description: string;
  messageFlow: string;
  sampleMessages: string[];
  helpMessage: string | null;
  optOutMessage: string | null;
  optInMessage: string | null;
  helpKeywords: string[];
  optOutKeywords: string[];
  optInKeywords: string[];
  flags: {
    subscriberOptIn: boolean;
    subscriberOptOut: boolean;
    subscriberHelp: boolean;
    numberPool: boolean;
    directLending: boolean;
    embeddedLink: boolean;
    embeddedPhone: boolean;
    affiliateMarketing: boolean;
    ageGated: boolean;
  };
  autoRenewal: boolean;
}

export interface SubmittedCampaign {
  providerCampaignId: string;
  /** The registry's campaign id (TCR's `CXXXXXX`), once assigned. */
  registryCampaignId: string | null;
}

/** What a provider's webhook says happened, normalised. */
export type RegistrationUpdate =
  | {
      kind: 'brand.approved';
      providerBrandId: string;
      referenceId: string | null;
      registryBrandId: string;
      identityStatus: IdentityStatus;
    }
  | {
      kind: 'brand.rejected';
      providerBrandId: string;
      referenceId: string | null;
      reasons: Array<{ code: string; description: string }>;
    }
  | {
      kind: 'brand.vetted';
      providerBrandId: string;
      referenceId: string | null;
      provider: string;
      vettingClass: string;
      score: number;
      vettedAt: Date;
    }
  | { kind: 'brand.suspended'; providerBrandId: string; referenceId: string | null; reason: string }
  | {
      kind: 'campaign.approved';
      providerCampaignId: string;
      referenceId: string | null;
      /** Telnyx's documented approval webhook may not carry it: null, and registration keeps what it knows. */
      registryCampaignId: string | null;
    }
  | {
      kind: 'campaign.rejected';
      providerCampaignId: string;
      referenceId: string | null;
      reasons: Array<{ code: string; description: string; carrier: string | null }>;
    }
  | {
      kind: 'campaign.suspended';
      providerCampaignId: string;
      referenceId: string | null;
      reason: string;
      carrier: string | null;
    }
  | { kind: 'campaign.expired'; providerCampaignId: string; referenceId: string | null };

export interface RegistrationProvider {
  submitBrand(brand: BrandSubmission): Promise<SubmittedBrand>;
  submitCampaign(campaign: CampaignSubmission): Promise<SubmittedCampaign>;
  /** Verifies the webhook's signature (WebhookRejectedError if it fails) and says what it reports; null for events we do not use. */
  parseWebhook(webhook: IncomingWebhook): RegistrationUpdate | null;
}
