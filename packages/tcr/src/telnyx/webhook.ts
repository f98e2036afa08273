import type { RegistrationUpdate } from '../port.js';
import { identityStatusOf } from './brand.js';
import { toCampaignUpdate } from './campaign-webhook.js';
import { registrationReasons } from './reasons.js';
import { referenceFrom } from './reference.js';
import type { TelnyxBrandEventPayload, TelnyxWebhook } from './wire.js';

type Base = { providerBrandId: string; referenceId: string | null };

/**
 * What a (verified) Telnyx webhook says about a brand or a campaign, or null for what we do not use:
 * number events, intermediate states, appeals, anything new.
 * https://developers.telnyx.com/docs/messaging/10dlc/event-notifications
 */
export function toRegistrationUpdate(event: TelnyxWebhook): RegistrationUpdate | null {
  switch (event.data?.event_type) {
    case '10dlc.brand.update':
      return toBrandUpdate(event);
    case '10dlc.campaign.update':
      return toCampaignUpdate(event);
    default:
      return null;
  }
}

/** A brand event; null for REVET, appeals, failed vetting orders and anything new. */
function toBrandUpdate(event: TelnyxWebhook): RegistrationUpdate | null {
  const data = event.data;
  const payload = data?.payload;
  if (!data || !payload?.brandId) return null;
  const base: Base = {
    providerBrandId: payload.brandId,
    referenceId: referenceFrom(event.meta?.delivered_to),
  };
  switch (payload.type) {
    case 'REGISTRATION':
      return payload.status === 'failed' ? registrationFailed(base, payload) : null;
    case 'TCR_BRAND_UPDATE':
      return payload.eventType === 'BRAND_ADD' && payload.status === 'success'
        ? brandAdded(base, payload)
        : null;
    case 'ORDER_EXTERNAL_VETTING':
      return payload.status === 'success' ? vetted(base, payload, data.occurred_at) : null;
    case 'TELNYX_EVENT':
      return suspended(base, payload);
    default:
      return null;
  }
}

function registrationFailed(base: Base, payload: TelnyxBrandEventPayload): RegistrationUpdate {
  return { kind: 'brand.rejected', ...base, reasons: registrationReasons(payload) };
}

/**
 * BRAND_ADD: TCR registered the brand. Telnyx's example carries `tcrBrandId` but no identity status; when
 * one is present (TCR's field name) it decides, UNVERIFIED meaning identity verification failed.
 * Without one we report SELF_DECLARED, which Telnyx's brand guide names "Brand created, not yet verified".
 */
function brandAdded(base: Base, payload: TelnyxBrandEventPayload): RegistrationUpdate | null {
  if (!payload.tcrBrandId) return null;
  const identityStatus = identityStatusOf(payload.identityStatus) ?? 'SELF_DECLARED';
  if (identityStatus === 'UNVERIFIED') {
    const description =
      payload.description || `TCR could not verify the identity of brand ${payload.tcrBrandId}`;
    return { kind: 'brand.rejected', ...base, reasons: [{ code: 'IDENTITY_UNVERIFIED', description }] };
  }
  return { kind: 'brand.approved', ...base, registryBrandId: payload.tcrBrandId, identityStatus };
}

/**
 * Telnyx's ORDER_EXTERNAL_VETTING example shows only `status`; the result is read from the field names of
 * Telnyx's external vetting record (`evpId`, `vettingClass`, `vettingScore`, `vettedDate`). Without them
 * the event is not usable here (the record is at GET /10dlc/brand/{brandId}/externalVetting).
 */
function vetted(
  base: Base,
  payload: TelnyxBrandEventPayload,
  occurredAt?: string,
): RegistrationUpdate | null {
  const { evpId, vettingClass, vettingScore } = payload;
  if (!evpId || !vettingClass || typeof vettingScore !== 'number') return null;
  const vettedAt = new Date(payload.vettedDate ?? occurredAt ?? Number.NaN);
  if (Number.isNaN(vettedAt.getTime())) return null;
  return { kind: 'brand.vetted', ...base, provider: evpId, vettingClass, score: vettingScore, vettedAt };
}

/**
 * Telnyx documents no brand suspension webhook. By analogy with its campaign suspension (`type:
 * TELNYX_EVENT`, `status: DORMANT`, a `description`), the same on a brand event reads as a suspension.
 */
function suspended(base: Base, payload: TelnyxBrandEventPayload): RegistrationUpdate | null {
  if (payload.status !== 'DORMANT' && payload.status !== 'SUSPENDED') return null;
  return { kind: 'brand.suspended', ...base, reason: payload.description || `brand ${payload.status}` };
}
