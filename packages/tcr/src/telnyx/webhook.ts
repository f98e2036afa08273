import type { RegistrationUpdate } from '../port.js';
import { identityStatusOf, REFERENCE_PARAM } from './brand.js';
import type { TelnyxBrandEventPayload, TelnyxWebhook } from './wire.js';

type Base = { providerBrandId: string; referenceId: string | null };

/**
 * What a (verified) Telnyx webhook says about a brand, or null for what we do not use: campaign and
 * number events, REVET, appeals, failed vetting orders, anything new.
 * https://developers.telnyx.com/docs/messaging/10dlc/event-notifications
 */
export function toRegistrationUpdate(event: TelnyxWebhook): RegistrationUpdate | null {
  const data = event.data;
  const payload = data?.payload;
  if (data?.event_type !== '10dlc.brand.update' || !payload?.brandId) return null;
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

/** Telnyx gives the fields at fault and a description, no code: the code is made from the fields. */
function registrationFailed(base: Base, payload: TelnyxBrandEventPayload): RegistrationUpdate {
  const reasons = (payload.reasons ?? []).map(({ fields = [], description }) => ({
    code: fields.length > 0 ? `INVALID_${fields.map(upperSnake).join('_AND_')}` : 'REGISTRATION_FAILED',
    description: description || 'Telnyx gave no description',
  }));
  if (reasons.length === 0) {
    reasons.push({
      code: 'REGISTRATION_FAILED',
      description: payload.description || 'Telnyx gave no reason',
    });
  }
  return { kind: 'brand.rejected', ...base, reasons };
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

function referenceFrom(deliveredTo: string | undefined): string | null {
  if (!deliveredTo || !URL.canParse(deliveredTo)) return null;
  return new URL(deliveredTo).searchParams.get(REFERENCE_PARAM);
}

function upperSnake(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
