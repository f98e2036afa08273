import {
  type Context,
  context,
  ROOT_CONTEXT,
  type Span,
  type SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/** Headers as they travel in a Kafka record or any other string map. */
export type TraceCarrier = Readonly<Record<string, string | undefined>>;

const TRACER_NAME = '@longcode/kit';

/**
 * The active trace context as W3C headers (`traceparent`, and `tracestate` when there
 * is one), to put on an outgoing message. Empty outside a span.
 */
export function injectTraceContext(): Record<string, string> {
  const carrier: Record<string, string> = {};
  new W3CTraceContextPropagator().inject(context.active(), carrier, {
    set: (target, key, value) => {
      target[key] = value;
    },
  });
  return carrier;
}

/**
 * Runs `fn` inside a new span that continues the trace found in `carrier` (or starts
 * a new trace when it has none), e.g. for each consumed Kafka message. A thrown error
 * is recorded on the span and rethrown; the span always ends.
 */
export async function withExtractedContext<T>(
  carrier: TraceCarrier,
  spanName: string,
  kind: SpanKind,
  fn: (span: Span) => Promise<T> | T,
): Promise<T> {
  const tracer = trace.getTracer(TRACER_NAME);
  return tracer.startActiveSpan(spanName, { kind }, extractTraceContext(carrier), async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      recordFailure(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * The context `carrier` describes, on top of the root context: a message's trace is
 * its own, whatever span happens to be active where the consumer loop was started.
 */
export function extractTraceContext(carrier: TraceCarrier): Context {
  return new W3CTraceContextPropagator().extract(ROOT_CONTEXT, carrier, {
    get: (source, key) => source[key],
    keys: (source) => Object.keys(source),
  });
}

function recordFailure(span: Span, error: unknown): void {
  const exception = error instanceof Error ? error : new Error(String(error));
  span.recordException(exception);
  span.setStatus({ code: SpanStatusCode.ERROR, message: exception.message });
}
