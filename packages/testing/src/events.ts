import { randomUUID } from 'node:crypto';
import type { CampaignThroughput } from '@longcode/contracts';

/** The shape of @longcode/eventstore's ConsumedEvent (not imported: the event store's tests use this package). */
export interface TestEvent {
  eventId: string;
  type: string;
  streamId: string;
  version: number;
  occurredAt: Date;
  accountId: string;
  correlationId: string;
  causationId: string | null;
  traceparent: string | null;
  tracestate: string | null;
  data: unknown;
  topic: string;
  partition: number;
  offset: string;
  publishedAt: Date;
}

let offset = 0;

/**
 * An event as a consumer receives it from Kafka, for tests that feed a projection or a reactor directly:
 * `type` is the full event type (`longcode.registration.CampaignApproved`).
 */
export function consumedEvent(
  type: string,
  data: Record<string, unknown>,
  envelope: Partial<Omit<TestEvent, 'type' | 'data'>> = {},
): TestEvent {
  return {
    eventId: randomUUID(),
    type,
    streamId: `stream-${randomUUID()}`,
    version: 1,
    occurredAt: new Date(),
    accountId: 'acct-1',
    correlationId: randomUUID(),
    causationId: null,
    traceparent: null,
    tracestate: null,
    data,
    topic: 'test',
    partition: 0,
    offset: String(++offset),
    publishedAt: new Date(),
    ...envelope,
  };
}

/** An approved campaign's carrier throughput (AT&T class A, T-Mobile TOP), to vary field by field. */
export function approvedThroughput(changes: Partial<CampaignThroughput> = {}): CampaignThroughput {
  return {
    attMessageClass: 'A',
    attSmsTpm: 4500,
    attMmsTpm: 2400,
    attTpmScope: 'CAMPAIGN',
    tmobileTier: 'TOP',
    tmobileDailyCap: 200000,
    tmobileCapSharedByBrand: true,
    verizonCapped: false,
    dailyLimit: null,
    monthlyLimit: null,
    tablesAsOf: '2026-04-10',
    ...changes,
  };
}
