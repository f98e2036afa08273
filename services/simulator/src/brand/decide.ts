import type { CreateBrandRequest, IdentityStatus, TelnyxBrand } from './brand.js';

/** The simulator's configurable rules (SIM_REJECT_LEGAL_NAME_PATTERN, SIM_VETTING_SCORE). */
export interface DecisionRules {
  rejectLegalName?: RegExp;
  vettingScore: number;
}

export interface Vetting {
  evpId: string;
  vettingClass: string;
  vettingScore: number;
}

export type Reason = { fields: string[]; description: string };

export type BrandOutcome =
  | { kind: 'approved'; identityStatus: IdentityStatus; vetting: Vetting | null }
  | { kind: 'rejected'; reasons: Reason[] };

/** Vetting as a standard external vetting by Aegis, one of TCR's vetting partners, would report it. */
export const SIMULATED_VETTING = { evpId: 'AEGIS', vettingClass: 'STANDARD' } as const;

/** Telnyx's own wording for a malformed EIN (its REGISTRATION webhook example). */
export const INVALID_EIN =
  'Invalid EIN - EIN is a nine-digit number. The format is XX-XXXXXXX. The "-" symbol is also accepted.';

/**
 * What the simulated registry decides for a brand. Rejected, with Telnyx-style reasons, when its US EIN is
 * not nine digits or its legal name matches the configured pattern. Otherwise approved: vetted with the
 * configured score (VETTED_VERIFIED), except a sole proprietor, which is not vetted (SELF_DECLARED).
 */
export function decideBrand(brand: CreateBrandRequest, rules: DecisionRules): BrandOutcome {
  const reasons: Reason[] = [];
  if (brand.ein !== undefined && brand.country === 'US' && !/^\d{2}-?\d{7}$/.test(brand.ein)) {
    reasons.push({ fields: ['ein'], description: INVALID_EIN });
  }
  const legalName = brand.companyName ?? '';
  if (rules.rejectLegalName?.test(legalName)) {
    reasons.push({
      fields: ['companyName'],
      description: `Brand identity verification failed: the legal name "${legalName}" does not match the records for its tax id`,
    });
  }
  if (reasons.length > 0) return { kind: 'rejected', reasons };
  if (brand.entityType === 'SOLE_PROPRIETOR')
    return { kind: 'approved', identityStatus: 'SELF_DECLARED', vetting: null };
  return {
    kind: 'approved',
    identityStatus: 'VETTED_VERIFIED',
    vetting: { ...SIMULATED_VETTING, vettingScore: rules.vettingScore },
  };
}

/** The brand once decided: registered at TCR (`OK`) or failed, as GET /10dlc/brand/:brandId shows it. */
export function decidedBrand(
  brand: TelnyxBrand,
  outcome: BrandOutcome,
  tcrBrandId: string,
  at: Date,
): TelnyxBrand {
  const updatedAt = at.toISOString();
  if (outcome.kind === 'approved') {
    return { ...brand, tcrBrandId, identityStatus: outcome.identityStatus, status: 'OK', updatedAt };
  }
  const failureReasons = outcome.reasons.map((r) => r.description).join('; ');
  return { ...brand, identityStatus: 'UNVERIFIED', status: 'REGISTRATION_FAILED', failureReasons, updatedAt };
}
