import type { EventType } from './generated/events.js';

/**
 * Every Kafka topic. Events of one aggregate share a topic (`<service>.<aggregate>.v1`) so they stay
 * ordered; messages are keyed by the aggregate id.
 */
export const topics = {
  registrationBrand: 'registration.brand.v1',
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
} as const satisfies Record<EventType, Topic>;

export const topicOf = (type: EventType): Topic => topicByEventType[type];

/** Where a consumer group parks a message to try again later. */
export const retryTopic = (group: string): `${string}.retry.v1` => `${group}.retry.v1`;

/** Where a consumer group puts a message it gave up on (never silently dropped). */
export const deadLetterTopic = (group: string): `${string}.dlq.v1` => `${group}.dlq.v1`;
