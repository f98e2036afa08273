import type { BrandEntityType, CampaignThroughput } from '@longcode/contracts';
import { ConflictError, type FieldError, ValidationError } from '@longcode/kit';
import type { BrandStatus } from '../brand/brand.js';
import { type CarrierThroughput, soleProprietor } from '../throughput/index.js';
import type { CampaignContent } from './campaign.js';
import type { CampaignDraftForLint } from './lint/index.js';

/** What the campaign's rules need to know about its brand, as the caller loaded it from the brand's stream. */
export interface BrandFacts {
  brandId: string;
  accountId: string;
  status: BrandStatus;
  entityType: BrandEntityType;
  displayName: string;
  legalName: string;
}

/** Campaigns need an approved brand of the same account; another account's brand counts as absent. */
export function requireApprovedBrand(
  brand: BrandFacts | null,
  brandId: string,
  accountId: string,
): BrandFacts {
  const own = brand !== null && brand.accountId === accountId ? brand : null;
  if (own?.status !== 'APPROVED') {
    throw new ConflictError(
      'CAMPAIGN_BRAND_NOT_APPROVED',
      own
        ? `Brand ${brandId} is ${own.status}; only an APPROVED brand can register campaigns`
        : `Brand ${brandId} does not exist; only an APPROVED brand can register campaigns`,
      { details: { brandId, brandStatus: own?.status ?? null } },
    );
  }
  return own;
}

const useCaseError = (message: string) =>
  new ValidationError([{ field: 'useCase', message }], { code: 'CAMPAIGN_USE_CASE_NOT_ALLOWED' });

/** A sole-proprietor brand registers SOLE_PROPRIETOR campaigns only, and no other brand may. */
export function requireUseCaseOfBrand(content: CampaignContent, soleProprietorBrand: boolean): void {
  const soleProprietorCase = content.useCase === 'SOLE_PROPRIETOR';
  if (soleProprietorBrand && !soleProprietorCase) {
    throw useCaseError('must be SOLE_PROPRIETOR: the brand is a sole proprietor');
  }
  if (!soleProprietorBrand && soleProprietorCase) {
    throw useCaseError('must not be SOLE_PROPRIETOR: that use case is for sole-proprietor brands only');
  }
}

/** Sole proprietors get one campaign per brand (expired ones no longer count). */
export function requireCampaignAllowance(brand: BrandFacts, campaignsOfBrand: number): void {
  if (brand.entityType !== 'SOLE_PROPRIETOR') return;
  const limit = soleProprietor.campaignsPerBrand;
  if (campaignsOfBrand >= limit) {
    throw new ConflictError(
      'CAMPAIGN_LIMIT_REACHED',
      `Brand ${brand.brandId} is a sole proprietor and already has ${campaignsOfBrand} campaign(s); the limit is ${limit}`,
      { details: { brandId: brand.brandId, limit } },
    );
  }
}

/** What the Avro schema promises of every stored draft, whatever the caller checked before. */
export function contentErrors(content: CampaignContent): FieldError[] {
  const samples = content.sampleMessages.length;
  return samples >= 1 && samples <= 5
    ? []
    : [{ field: 'sampleMessages', message: 'must hold one to five sample messages' }];
}

/** Message limits set on an approved campaign; null for none. */
export interface CampaignLimits {
  dailyLimit: number | null;
  monthlyLimit: number | null;
}

export function limitErrors(limits: CampaignLimits): FieldError[] {
  return Object.entries(limits)
    .filter(([, value]) => value !== null && !(Number.isInteger(value) && value > 0))
    .map(([field]) => ({ field, message: 'must be a whole number above 0, or null for no limit' }));
}

export function lintDraftOf(content: CampaignContent, brand: BrandFacts): CampaignDraftForLint {
  return { ...content, brandDisplayName: brand.displayName, brandLegalName: brand.legalName };
}

/** The part of `carrierThroughput`'s answer dispatch paces against, as the CampaignApproved event carries it. */
export function throughputOf(carriers: CarrierThroughput, limits: CampaignLimits): CampaignThroughput {
  const { att, tmobile, verizon, tablesAsOf } = carriers;
  return {
    attMessageClass: att.messageClass,
    attSmsTpm: att.smsTpm,
    attMmsTpm: att.mmsTpm,
    attTpmScope: att.scope,
    tmobileTier: tmobile.tier,
    tmobileDailyCap: tmobile.capped ? tmobile.dailyCap : null,
    tmobileCapSharedByBrand: tmobile.capped && tmobile.sharedBy === 'BRAND',
    verizonCapped: verizon.capped,
    dailyLimit: limits.dailyLimit,
    monthlyLimit: limits.monthlyLimit,
    tablesAsOf,
  };
}
