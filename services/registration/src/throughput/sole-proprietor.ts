import type { SoleProprietorLimits, ThroughputInput } from './types.js';

/**
 * Sole-proprietor brands (no tax id): one campaign, one number, and the lowest fixed carrier limits.
 * Sources: see throughput.ts (Telnyx "Sole Proprietor 10DLC Registration" and "10DLC Rate Limits",
 * Bandwidth "AT&T 10DLC", Twilio "A2P 10DLC Sole Proprietor Brands FAQ").
 */
export const soleProprietor = {
  campaignsPerBrand: 1,
  numbersPerCampaign: 1,
  /** T-Mobile tier SOLE_PROPRIETOR. */
  tmobileDailyCap: 1_000,
  /** AT&T class W, per campaign. */
  attSmsTpm: 15,
  attMmsTpm: 50,
} as const;

export function isSoleProprietor(input: Pick<ThroughputInput, 'entityType'>): boolean {
  return input.entityType === 'SOLE_PROPRIETOR';
}

export function soleProprietorLimits(
  input: Pick<ThroughputInput, 'entityType'>,
): SoleProprietorLimits | null {
  if (!isSoleProprietor(input)) return null;
  return {
    campaignsPerBrand: soleProprietor.campaignsPerBrand,
    numbersPerCampaign: soleProprietor.numbersPerCampaign,
  };
}
