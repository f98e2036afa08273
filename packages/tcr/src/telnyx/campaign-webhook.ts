import type { RegistrationUpdate } from '../port.js';
import { registrationReasons } from './reasons.js';
import { referenceFrom } from './reference.js';
import type { TelnyxWebhook } from './wire.js';

type Payload = NonNullable<NonNullable<TelnyxWebhook['data']>['payload']>;
type Base = { providerCampaignId: string; referenceId: string | null };

/**
 * What a `10dlc.campaign.update` says, or null for the steps on the way we do not use (TCR's
 * CAMPAIGN_ADD, Telnyx's and a carrier's acceptance, MNO review, billing, number pools, nudges, a lifted
 * suspension, anything new). Telnyx's campaign lifecycle: TCR_PENDING → TCR_ACCEPTED → MNO_PENDING →
 * MNO_PROVISIONED (VERIFIED), or TCR_FAILED / TELNYX_FAILED / MNO_REJECTED; later TCR_SUSPENDED or
 * TCR_EXPIRED. https://developers.telnyx.com/docs/messaging/10dlc/event-notifications
 */
export function toCampaignUpdate(event: TelnyxWebhook): RegistrationUpdate | null {
  const payload = event.data?.payload;
  // CAMPAIGN_NUDGE names the campaign by TCR's id, not Telnyx's: it is not ours to read anyway.
  if (!payload?.campaignId || payload.type === 'CAMPAIGN_NUDGE') return null;
  const base: Base = {
    providerCampaignId: payload.campaignId,
    referenceId: referenceFrom(event.meta?.delivered_to),
  };
  switch (payload.type) {
    case 'REGISTRATION':
      return payload.status === 'failed' ? registrationFailed(base, payload) : null;
    case 'TELNYX_REVIEW':
      return payload.status === 'REJECTED' ? rejected(base, 'PROVIDER_REJECTED', payload, null) : null;
    case 'MNO_REVIEW':
      return payload.status === 'REJECTED' ? rejected(base, 'CARRIER_REJECTED', payload) : null;
    case 'VERIFIED':
      return approved(base, payload);
    case 'TELNYX_EVENT':
      return payload.status === 'DORMANT' ? suspended(base, payload) : null;
    case 'TCR_EVENT':
      return fromRegistry(base, payload);
    default:
      return null;
  }
}

/** TCR's own events, forwarded by Telnyx under `eventType`. */
function fromRegistry(base: Base, payload: Payload): RegistrationUpdate | null {
  switch (payload.eventType) {
    case 'CAMPAIGN_EXPIRED':
      return { kind: 'campaign.expired', ...base };
    case 'MNO_CAMPAIGN_OPERATION_SUSPENDED':
      return suspended(base, payload);
    case 'MNO_CAMPAIGN_OPERATION_REJECTED':
      return rejected(base, 'CARRIER_REJECTED', payload);
    default:
      return null;
  }
}

function registrationFailed(base: Base, payload: Payload): RegistrationUpdate {
  const reasons = registrationReasons(payload).map((reason) => ({ ...reason, carrier: null }));
  return { kind: 'campaign.rejected', ...base, reasons };
}

/** One reason: Telnyx gives a description, the carrier in it (or in TCR's `mnoName`), no code. */
function rejected(
  base: Base,
  code: string,
  payload: Payload,
  carrier = carrierOf(payload),
): RegistrationUpdate {
  const description = payload.description || 'Telnyx gave no reason';
  return { kind: 'campaign.rejected', ...base, reasons: [{ code, description, carrier }] };
}

/**
 * VERIFIED: "Campaign has been successfully provisioned with MNOs", sent when it reaches MNO_PROVISIONED.
 * Telnyx's example carries no TCR campaign id; `tcrCampaignId` is read when present (the name Telnyx's
 * phone-number events use), null otherwise: registration keeps the id it learnt at submission.
 */
function approved(base: Base, payload: Payload): RegistrationUpdate {
  return { kind: 'campaign.approved', ...base, registryCampaignId: payload.tcrCampaignId || null };
}

/** Telnyx's own suspension (DORMANT) or a carrier's, forwarded from TCR. */
function suspended(base: Base, payload: Payload): RegistrationUpdate {
  const reason = payload.description || 'Campaign suspended';
  return { kind: 'campaign.suspended', ...base, reason, carrier: carrierOf(payload) };
}

const CARRIERS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ['T-Mobile', /\bT-?Mobile\b/i],
  ['AT&T', /\bAT&T\b/i],
  ['Verizon', /\bVerizon\b/i],
  ['US Cellular', /\bU\.?S\.? ?Cellular\b/i],
  ['ClearSky', /\bClear ?Sky\b/i],
];

/** TCR's `mnoName` when Telnyx forwards it; else the first carrier the description names. */
function carrierOf(payload: Payload): string | null {
  if (payload.mnoName?.trim()) return payload.mnoName.trim();
  const description = payload.description ?? '';
  return CARRIERS.find(([, pattern]) => pattern.test(description))?.[0] ?? null;
}
