import type { BrandSubmission, IdentityStatus, SubmittedBrand } from '../port.js';
import { present, unwrap } from './fields.js';
import { withReference } from './reference.js';
import type { TelnyxBrand, TelnyxCreateBrandRequest } from './wire.js';

/**
 * Our submission as Telnyx's `CreateBrand`; absent values are left out rather than sent as null. Its
 * `referenceId` is Telnyx's own id for the brand, so ours rides in the webhook URL (see reference.ts).
 */
export function toCreateBrandRequest(brand: BrandSubmission, webhookUrl?: string): TelnyxCreateBrandRequest {
  const request: TelnyxCreateBrandRequest = {
    entityType: brand.entityType,
    displayName: brand.displayName,
    companyName: brand.legalName,
    ...present('ein', brand.ein),
    ...present('phone', brand.phone),
    ...(brand.address && {
      street: brand.address.street,
      city: brand.address.city,
      state: brand.address.state,
      postalCode: brand.address.postalCode,
    }),
    // Telnyx has one `country` (ISO2) and no separate EIN-issuing country (TCR's `einIssuingCountry`).
    country: brand.country,
    email: brand.email,
    ...present('website', brand.website),
    ...present('vertical', brand.vertical),
    ...present('stockSymbol', brand.stockSymbol),
    ...present('stockExchange', brand.stockExchange),
  };
  if (webhookUrl) request.webhookURL = withReference(webhookUrl, brand.referenceId);
  return request;
}

/** Telnyx's answer as our SubmittedBrand (the brand itself, or under `data` as the brand guide shows it). */
export function toSubmittedBrand(body: unknown): SubmittedBrand | null {
  const brand = unwrap<TelnyxBrand>(body);
  if (!brand?.brandId) return null;
  return {
    providerBrandId: brand.brandId,
    registryBrandId: brand.tcrBrandId || null,
    identityStatus: identityStatusOf(brand.identityStatus),
  };
}

const IDENTITY_STATUSES: readonly string[] = ['UNVERIFIED', 'SELF_DECLARED', 'VERIFIED', 'VETTED_VERIFIED'];

export function identityStatusOf(value: unknown): IdentityStatus | null {
  return typeof value === 'string' && IDENTITY_STATUSES.includes(value) ? (value as IdentityStatus) : null;
}
