/**
 * The envelope every event carries. On Kafka it travels as headers next to the Avro value,
 * following CloudEvents' Kafka binding (binary mode, `ce_` prefix) plus W3C trace context.
 */
export interface Envelope {
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
}

export const headerNames = {
  specVersion: 'ce_specversion',
  eventId: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  time: 'ce_time',
  streamId: 'ce_subject',
  version: 'ce_streamversion',
  accountId: 'ce_accountid',
  correlationId: 'ce_correlationid',
  causationId: 'ce_causationid',
  traceparent: 'traceparent',
  tracestate: 'tracestate',
} as const;

export function toHeaders(envelope: Envelope, source: string): Record<string, string> {
  const headers: Record<string, string> = {
    [headerNames.specVersion]: '1.0',
    [headerNames.eventId]: envelope.eventId,
    [headerNames.type]: envelope.type,
    [headerNames.source]: source,
    [headerNames.time]: envelope.occurredAt.toISOString(),
    [headerNames.streamId]: envelope.streamId,
    [headerNames.version]: String(envelope.version),
    [headerNames.accountId]: envelope.accountId,
    [headerNames.correlationId]: envelope.correlationId,
  };
  if (envelope.causationId) headers[headerNames.causationId] = envelope.causationId;
  if (envelope.traceparent) headers[headerNames.traceparent] = envelope.traceparent;
  if (envelope.tracestate) headers[headerNames.tracestate] = envelope.tracestate;
  return headers;
}

export class EnvelopeError extends Error {
  readonly retriable = false;
}

export function fromHeaders(headers: Record<string, string>): Envelope {
  const required = (name: string): string => {
    const value = headers[name];
    if (!value) throw new EnvelopeError(`event header ${name} is missing`);
    return value;
  };
  const version = Number(required(headerNames.version));
  const occurredAt = new Date(required(headerNames.time));
  if (!Number.isInteger(version) || version < 1)
    throw new EnvelopeError(`event header ${headerNames.version} is invalid`);
  if (Number.isNaN(occurredAt.getTime()))
    throw new EnvelopeError(`event header ${headerNames.time} is invalid`);
  return {
    eventId: required(headerNames.eventId),
    type: required(headerNames.type),
    streamId: required(headerNames.streamId),
    version,
    occurredAt,
    accountId: required(headerNames.accountId),
    correlationId: required(headerNames.correlationId),
    causationId: headers[headerNames.causationId] ?? null,
    traceparent: headers[headerNames.traceparent] ?? null,
    tracestate: headers[headerNames.tracestate] ?? null,
  };
}
