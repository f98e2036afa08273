import {
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';

/** The active W3C trace context, as it will travel in the outbox and Kafka headers. */
export function currentTraceContext(): { traceparent: string | null; tracestate: string | null } {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return { traceparent: carrier.traceparent ?? null, tracestate: carrier.tracestate ?? null };
}

/** Runs fn in a consumer span that continues the trace carried by the message's headers. */
export async function inConsumerSpan<T>(
  headers: Record<string, string>,
  name: string,
  attributes: Record<string, string | number>,
  fn: () => Promise<T>,
): Promise<T> {
  const parent = propagation.extract(context.active(), headers);
  const tracer = trace.getTracer('@longcode/eventstore');
  return tracer.startActiveSpan(name, { kind: SpanKind.CONSUMER, attributes }, parent, (span) =>
    endWhenDone(span, fn),
  );
}

/** Runs fn in one consumer span for a batch, linked to the trace of every message in it. */
export async function inBatchSpan<T>(
  carriers: Record<string, string>[],
  name: string,
  attributes: Record<string, string | number>,
  fn: () => Promise<T>,
): Promise<T> {
  const links = carriers
    .map((carrier) => trace.getSpanContext(propagation.extract(ROOT_CONTEXT, carrier)))
    .filter((context) => context !== undefined)
    .map((context) => ({ context }));
  const tracer = trace.getTracer('@longcode/eventstore');
  return tracer.startActiveSpan(name, { kind: SpanKind.CONSUMER, attributes, links }, (span) =>
    endWhenDone(span, fn),
  );
}

async function endWhenDone<T>(span: Span, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}
