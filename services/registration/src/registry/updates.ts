import type { RegistrationUpdate } from '@longcode/tcr';
import type { ExistingBrand } from '../brand/brand.js';
import type { BrandCommand } from '../brand/decide.js';
import type { ApproveCampaign, CampaignCommand } from '../campaign/decide.js';
import type { RegisteredKind } from './provider-ids.js';

export type BrandUpdate = Extract<RegistrationUpdate, { providerBrandId: string }>;
export type CampaignUpdate = Extract<RegistrationUpdate, { providerCampaignId: string }>;

/** Whose update it is, and the provider's id for it. */
export function subjectOf(update: RegistrationUpdate): { kind: RegisteredKind; providerId: string } {
  return 'providerBrandId' in update
    ? { kind: 'brand', providerId: update.providerBrandId }
    : { kind: 'campaign', providerId: update.providerCampaignId };
}

/** The brand command a provider's update stands for. */
export function brandCommandFor(brandId: string, update: BrandUpdate): BrandCommand {
  switch (update.kind) {
    case 'brand.approved':
      return {
        type: 'ApproveBrand',
        data: { brandId, registryBrandId: update.registryBrandId, identityStatus: update.identityStatus },
      };
    case 'brand.rejected':
      return { type: 'RejectBrand', data: { brandId, reasons: update.reasons } };
    case 'brand.vetted':
      return {
        type: 'RecordVetting',
        data: {
          brandId,
          provider: update.provider,
          vettingClass: update.vettingClass,
          score: update.score,
          vettedAt: update.vettedAt.getTime(),
        },
      };
    case 'brand.suspended':
      return { type: 'SuspendBrand', data: { brandId, reason: update.reason } };
    default: {
      const unhandled: never = update;
      return unhandled;
    }
  }
}

/** The brand facts carrier throughput depends on, as the brand stands when its campaign is approved. */
export function throughputFactsOf(brand: ExistingBrand): ApproveCampaign['brand'] {
  const soleProprietor = brand.entityType === 'SOLE_PROPRIETOR';
  return {
    entityType: brand.entityType,
    brandKind: soleProprietor ? 'SOLE_PROPRIETOR' : 'STANDARD',
    vettingScore: soleProprietor ? null : (brand.vetting?.score ?? null),
    governmentEntityVerified:
      brand.entityType === 'GOVERNMENT' &&
      (brand.identityStatus === 'VERIFIED' || brand.identityStatus === 'VETTED_VERIFIED'),
  };
}

/**
 * The campaign command a provider's update stands for. Approval needs the brand's facts, and the registry's
 * campaign id: the webhook's, else the one learnt at submission, else (Telnyx's documented approval carries
 * none) the provider's id, until the registry's is known.
 */
export function campaignCommandFor(
  campaign: { campaignId: string; registryCampaignId: string | null },
  update: CampaignUpdate,
  brand: ExistingBrand,
): CampaignCommand {
  const { campaignId } = campaign;
  switch (update.kind) {
    case 'campaign.approved': {
      const registryCampaignId =
        update.registryCampaignId ?? campaign.registryCampaignId ?? update.providerCampaignId;
      return {
        type: 'ApproveCampaign',
        data: { campaignId, registryCampaignId, dailyLimit: null, monthlyLimit: null },
        brand: throughputFactsOf(brand),
      };
    }
    case 'campaign.rejected':
      return { type: 'RejectCampaign', data: { campaignId, reasons: update.reasons } };
    case 'campaign.suspended':
      return {
        type: 'SuspendCampaign',
        data: { campaignId, reason: update.reason, carrier: update.carrier },
      };
    case 'campaign.expired':
      return { type: 'ExpireCampaign', data: { campaignId } };
    default: {
      const unhandled: never = update;
      return unhandled;
    }
  }
}
