import type { TelnyxBrand } from '../brand/brand.js';
import type { BrandOutcome } from '../brand/decide.js';

/**
 * A Telnyx webhook before delivery (the sender adds `meta`): 10DLC's
 * (https://developers.telnyx.com/docs/messaging/10dlc/event-notifications) and messaging's (see
 * ../messaging/wire.ts).
 */
export interface TelnyxEvent {
  data: {
    event_type:
      | '10dlc.brand.update'
      | '10dlc.campaign.update'
      | 'message.sent'
      | 'message.finalized'
      | 'message.received';
    id: string;
    occurred_at: string;
    payload: TelnyxEventPayload;
    record_type: 'event';
  };
}

export type TelnyxEventPayload = Record<string, unknown> & { type: string };

/** One event, occurred `at`, with a new id. */
export function telnyxEvent(
  eventType: TelnyxEvent['data']['event_type'],
  payload: TelnyxEventPayload,
  at: Date,
  newId: () => string,
): TelnyxEvent {
  return {
    data: {
      event_type: eventType,
      id: newId(),
      occurred_at: at.toISOString(),
      payload,
      record_type: 'event',
    },
  };
}

/**
 * The webhooks that tell a decided brand's outcome, in the order they are sent. Approved: the vetting
 * (ORDER_EXTERNAL_VETTING, carrying the vetting record's fields, which Telnyx's example does not show),
 * then TCR's BRAND_ADD (with `identityStatus`, also beyond the example). Rejected: a failed REGISTRATION.
 */
export function outcomeEvents(
  brand: TelnyxBrand,
  outcome: BrandOutcome,
  at: Date,
  newId: () => string,
): TelnyxEvent[] {
  const event = (payload: TelnyxEventPayload) => telnyxEvent('10dlc.brand.update', payload, at, newId);
  const { brandId } = brand;
  if (outcome.kind === 'rejected') {
    return [event({ brandId, status: 'failed', type: 'REGISTRATION', reasons: outcome.reasons })];
  }
  const events: TelnyxEvent[] = [];
  if (outcome.vetting) {
    const vettedDate = at.toISOString();
    events.push(
      event({
        brandId,
        status: 'success',
        type: 'ORDER_EXTERNAL_VETTING',
        reasons: [],
        ...outcome.vetting,
        vettedDate,
      }),
    );
  }
  events.push(
    event({
      brandId,
      brandName: brand.companyName ?? brand.displayName,
      description: `Brand ${brand.tcrBrandId} is added`,
      eventType: 'BRAND_ADD',
      identityStatus: outcome.identityStatus,
      status: 'success',
      tcrBrandId: brand.tcrBrandId,
      type: 'TCR_BRAND_UPDATE',
    }),
  );
  return events;
}
