import type { BrandSubmission, IdentityStatus, SubmittedBrand } from '../port.js';
import type { TelnyxBrand, TelnyxCreateBrandRequest } from './wire.js';

/**
 * Telnyx's create-brand body has no field for the caller's own reference (its `referenceId` is Telnyx's
 * id), but every webhook says where it was delivered (`meta.delivered_to`). So our reference rides in
 * the brand's webhook URL, and comes back signed with each of its webhooks.
 */
export const REFERENCE_PARAM = 'referenceId';

/** Our submission as Telnyx's `CreateBrand`; absent values are left out rather than sent as null. */
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

/** Telnyx's answer as our SubmittedBrand. The API reference returns the brand as the body itself; the
 * brand-registration guide shows it under `data`: both are accepted. */
export function toSubmittedBrand(body: unknown): SubmittedBrand | null {
  const brand = unwrap(body);
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

function withReference(webhookUrl: string, referenceId: string): string {
  const url = new URL(webhookUrl);
  url.searchParams.set(REFERENCE_PARAM, referenceId);
  return url.toString();
}

function present<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value === null || value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

function unwrap(body: unknown): TelnyxBrand | null {
  if (typeof body !== 'object' || body === null) return null;
  const data = (body as { data?: unknown }).data;
  return (typeof data === 'object' && data !== null ? data : body) as TelnyxBrand;
}
