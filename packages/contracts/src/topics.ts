import type { EventType } from './generated/events.js';

/**
 * Every Kafka topic. Events of one aggregate share a topic (`<service>.<aggregate>.v1`) so they stay
 * ordered; messages are keyed by the aggregate id.
 */
export const topics = {
  registrationBrand: 'registration.brand.v1',
  registrationCampaign: 'registration.campaign.v1',
  numbersNumber: 'numbers.number.v1',
  dispatchMessage: 'dispatch.message.v1',
  complianceConsent: 'compliance.consent.v1',
  receiptsDelivery: 'receipts.delivery.v1',
  receiptsInbound: 'receipts.inbound.v1',
} as const;

export type Topic = (typeof topics)[keyof typeof topics];

/** The topic each event type is published to. A new event type does not compile until it is listed here. */
const topicByEventType = {
  'longcode.registration.BrandCreated': topics.registrationBrand,
  'longcode.registration.BrandVetted': topics.registrationBrand,
  'longcode.registration.BrandApproved': topics.registrationBrand,
  'longcode.registration.BrandRejected': topics.registrationBrand,
  'longcode.registration.BrandSuspended': topics.registrationBrand,
  'longcode.registration.BrandResubmitted': topics.registrationBrand,
  'longcode.registration.BrandSubmitted': topics.registrationBrand,
  'longcode.registration.CampaignDrafted': topics.registrationCampaign,
  'longcode.registration.CampaignDraftUpdated': topics.registrationCampaign,
  'longcode.registration.CampaignSubmitted': topics.registrationCampaign,
  'longcode.registration.CampaignForwarded': topics.registrationCampaign,
  'longcode.registration.CampaignApproved': topics.registrationCampaign,
  'longcode.registration.CampaignRejected': topics.registrationCampaign,
  'longcode.registration.CampaignSuspended': topics.registrationCampaign,
  'longcode.registration.CampaignExpired': topics.registrationCampaign,
  'longcode.numbers.NumberReserved': topics.numbersNumber,
  'longcode.numbers.NumberPortInRequested': topics.numbersNumber,
  'longcode.numbers.NumberOrderPlaced': topics.numbersNumber,
  'longcode.numbers.NumberActivated': topics.numbersNumber,
  'longcode.numbers.NumberOrderFailed': topics.numbersNumber,
  'longcode.numbers.NumberAssignmentRequested': topics.numbersNumber,
  'longcode.numbers.NumberAssigned': topics.numbersNumber,
  'longcode.numbers.NumberAssignmentFailed': topics.numbersNumber,
  'longcode.numbers.NumberUnassigned': topics.numbersNumber,
  'longcode.numbers.NumberReleased': topics.numbersNumber,
  'longcode.numbers.NumberSuspended': topics.numbersNumber,
  'longcode.numbers.NumberReinstated': topics.numbersNumber,
  'longcode.dispatch.MessageAccepted': topics.dispatchMessage,
  'longcode.dispatch.MessageDeferred': topics.dispatchMessage,
  'longcode.dispatch.MessageSubmitting': topics.dispatchMessage,
  'longcode.dispatch.MessageSent': topics.dispatchMessage,
  'longcode.dispatch.MessageSubmissionRefused': topics.dispatchMessage,
  'longcode.dispatch.MessageSubmissionUnknown': topics.dispatchMessage,
  'longcode.dispatch.MessageStatusReported': topics.dispatchMessage,
  'longcode.dispatch.MessageExpired': topics.dispatchMessage,
  'longcode.dispatch.MessageCanceled': topics.dispatchMessage,
  'longcode.compliance.ConsentRevoked': topics.complianceConsent,
  'longcode.compliance.ConsentGranted': topics.complianceConsent,
  'longcode.compliance.ReplyRequested': topics.complianceConsent,
  'longcode.receipts.DeliveryReported': topics.receiptsDelivery,
  'longcode.receipts.InboundReceived': topics.receiptsInbound,
} as const satisfies Record<EventType, Topic>;

export const topicOf = (type: EventType): Topic => topicByEventType[type];

/** Where a consumer group parks a message to try again later. */
export const retryTopic = (group: string): `${string}.retry.v1` => `${group}.retry.v1`;

/** Where a consumer group puts a message it gave up on (never silently dropped). */
export const deadLetterTopic = (group: string): `${string}.dlq.v1` => `${group}.dlq.v1`;
