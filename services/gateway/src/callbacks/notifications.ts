import type { ConsumedEvent } from '@longcode/eventstore';
import type { EventType } from './subscriptions-store.js';

/** The status a message event tells a partner about, with its error if any; null for inner steps. */
export function statusOf(
  event: ConsumedEvent,
): { status: string; errorCode: string | null; errorDescription: string | null } | null {
  // biome-ignore lint/suspicious/noExplicitAny: the event's payload, by its type
  const data = event.data as any;
  switch (event.type) {
    case 'longcode.dispatch.MessageSent':
      return { status: 'sent', errorCode: null, errorDescription: null };
    case 'longcode.dispatch.MessageStatusReported':
      return {
        status: data.status,
        errorCode: data.errorCode ?? null,
        errorDescription: data.errorDescription ?? null,
      };
    case 'longcode.dispatch.MessageSubmissionRefused':
      // A refusal that will be retried is not news for the partner; one that ends the message is.
      return data.retryAt === null || data.retryAt === undefined
        ? { status: 'failed', errorCode: data.code, errorDescription: data.description }
        : null;
    case 'longcode.dispatch.MessageExpired':
      return { status: 'expired', errorCode: null, errorDescription: data.reason ?? null };
    case 'longcode.dispatch.MessageCanceled':
      return { status: 'canceled', errorCode: null, errorDescription: data.reason ?? null };
    default:
      return null;
  }
}

/** What subscribers of one event type are told about one event. */
export interface Notification {
  /** The event's id: the same in every subscriber's delivery, so receivers can drop repeats. */
  id: string;
  type: EventType;
  accountId: string;
  occurredAt: string;
  data: Record<string, unknown>;
  /** The message it is about, for the delivery log's filter. */
  messageId: string | null;
}

/** The events the callbacks consumer reads (the rest of its topics it passes over unread). */
export const NOTIFYING_EVENT_TYPES = [
  'longcode.dispatch.MessageAccepted',
  'longcode.dispatch.MessageSent',
  'longcode.dispatch.MessageStatusReported',
  'longcode.dispatch.MessageSubmissionRefused',
  'longcode.dispatch.MessageExpired',
  'longcode.dispatch.MessageCanceled',
  'longcode.receipts.InboundReceived',
  'longcode.compliance.ConsentRevoked',
  'longcode.compliance.ConsentGranted',
  'longcode.registration.CampaignSubmitted',
  'longcode.registration.CampaignApproved',
  'longcode.registration.CampaignRejected',
  'longcode.registration.CampaignSuspended',
  'longcode.registration.CampaignExpired',
] as const;

const CAMPAIGN_STATUS: Record<string, string> = {
  'longcode.registration.CampaignSubmitted': 'submitted',
  'longcode.registration.CampaignApproved': 'approved',
  'longcode.registration.CampaignRejected': 'rejected',
  'longcode.registration.CampaignSuspended': 'suspended',
  'longcode.registration.CampaignExpired': 'expired',
};

const ATTRIBUTED = (accountId: string | undefined) =>
  accountId !== undefined && accountId !== '' && accountId !== 'unknown' && accountId !== 'unattributed';

/**
 * The notification an event makes, if any. `ownerOf` names the account that owns one of our numbers (an
 * inbound message is addressed to a number, not to an account).
 */
export function notificationOf(
  event: ConsumedEvent,
  ownerOf: (phoneNumber: string) => string | undefined,
): Notification | null {
  // biome-ignore lint/suspicious/noExplicitAny: the event's payload, by its type
  const data = event.data as any;
  const base = { id: event.eventId, occurredAt: event.occurredAt.toISOString() };
  if (event.type === 'longcode.receipts.InboundReceived') {
    const accountId = ownerOf(data.to);
    if (!accountId) return null;
    const { providerEventId, provider, ...visible } = data;
    return {
      ...base,
      type: 'message.inbound',
      accountId,
      messageId: null,
      data: { ...visible, messageId: data.providerMessageId },
    };
  }
  if (!ATTRIBUTED(event.accountId)) return null;
  const accountId = event.accountId as string;
  const status = statusOf(event);
  if (status) {
    return {
      ...base,
      type: 'message.status',
      accountId,
      messageId: data.messageId,
      data: { messageId: data.messageId, ...status },
    };
  }
  if (
    event.type === 'longcode.compliance.ConsentRevoked' ||
    event.type === 'longcode.compliance.ConsentGranted'
  ) {
    const optedOut = event.type === 'longcode.compliance.ConsentRevoked';
    return { ...base, type: 'opt-out.changed', accountId, messageId: null, data: { ...data, optedOut } };
  }
  const campaignStatus = CAMPAIGN_STATUS[event.type];
  if (campaignStatus) {
    return {
      ...base,
      type: 'campaign.status',
      accountId,
      messageId: null,
      data: { ...data, status: campaignStatus },
    };
  }
  return null;
}
