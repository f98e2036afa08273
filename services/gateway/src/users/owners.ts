import { DomainError } from '@longcode/kit';

/** Where a brand-limited user's request leads: the brand a campaign or a message belongs to. */
export interface Owners {
  brand(accountId: string, brandId: string): Promise<Record<string, unknown> | null>;
  brandOfCampaign(accountId: string, campaignId: string): Promise<string | null>;
  campaignOfMessage(accountId: string, messageId: string): Promise<string | null>;
}

async function readJson(
  base: string,
  path: string,
  accountId: string,
): Promise<Record<string, unknown> | null> {
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      headers: { 'x-account-id': accountId },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new DomainError('UPSTREAM_UNAVAILABLE', 'A service could not be reached', {
      status: 502,
      cause: error,
    });
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new DomainError('UPSTREAM_FAILED', 'A service failed to answer', { status: 502 });
  return (await response.json()) as Record<string, unknown>;
}

/**
 * Asks registration and dispatch (under the caller's account, so another account's ids are simply not
 * found). A campaign never changes brand, so its brand is remembered.
 */
export function createOwners(upstreams: { registration: string; dispatch: string }): Owners {
  const brands = new Map<string, string>();
  return {
    brand: (accountId, brandId) =>
      readJson(upstreams.registration, `/brands/${encodeURIComponent(brandId)}`, accountId),
    async brandOfCampaign(accountId, campaignId) {
      const known = brands.get(`${accountId}/${campaignId}`);
      if (known) return known;
      const campaign = await readJson(
        upstreams.registration,
        `/campaigns/${encodeURIComponent(campaignId)}`,
        accountId,
      );
      const brandId = typeof campaign?.brandId === 'string' ? campaign.brandId : null;
      if (brandId) {
        if (brands.size > 10_000) brands.clear();
        brands.set(`${accountId}/${campaignId}`, brandId);
      }
      return brandId;
    },
    async campaignOfMessage(accountId, messageId) {
      const message = await readJson(
        upstreams.dispatch,
        `/messages/${encodeURIComponent(messageId)}`,
        accountId,
      );
      return typeof message?.campaignId === 'string' ? message.campaignId : null;
    },
  };
}
