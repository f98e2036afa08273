import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTelemetry, type Telemetry } from './telemetry.js';
import { injectTraceContext, withExtractedContext } from './trace-context.js';

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const SPAN_ID = 'b7ad6b7169203331';
const carrier = { traceparent: `00-${TRACE_ID}-${SPAN_ID}-01`, tracestate: 'vendor=abc' };

describe('trace context across messages', () => {
  const exporter = new InMemorySpanExporter();
  const processor = new SimpleSpanProcessor(exporter);
  /** Export waits for the resource's async attributes (host, process); flush before reading. */
  const finishedSpans = async () => {
    await processor.forceFlush();
    return exporter.getFinishedSpans();
  };
  let telemetry: Telemetry;
  beforeAll(() => {
    telemetry = startTelemetry({ serviceName: 'dispatch', spanProcessors: [processor] });
  });
  beforeEach(async () => {
    await processor.forceFlush();
    exporter.reset();
  });
  afterAll(() => telemetry.shutdown());

  describe('injectTraceContext > inside a span', () => {
    it('returns the span as a traceparent header', () => {
      trace.getTracer('test').startActiveSpan('publish', (span) => {
        const { traceId, spanId } = span.spanContext();
        expect(injectTraceContext()).toEqual({ traceparent: `00-${traceId}-${spanId}-01` });
        span.end();
      });
    });
  });

  describe('injectTraceContext > outside any span', () => {
    it('returns no headers', () => {
      expect(injectTraceContext()).toEqual({});
    });
  });

  describe('withExtractedContext > with a carrier holding a traceparent', () => {
    it('runs the function in a child span of that trace, and ends it', async () => {
      const seen = await withExtractedContext(carrier, 'consume dispatch.message.v1', SpanKind.CONSUMER, () =>
        injectTraceContext(),
      );
      const [span] = await finishedSpans();
      expect(span?.name).toBe('consume dispatch.message.v1');
      expect(span?.kind).toBe(SpanKind.CONSUMER);
      expect(span?.spanContext().traceId).toBe(TRACE_ID);
      expect(span?.parentSpanContext?.spanId).toBe(SPAN_ID);
      expect(seen).toEqual({
        traceparent: `00-${TRACE_ID}-${span?.spanContext().spanId}-01`,
        tracestate: 'vendor=abc',
      });
    });
  });

  describe('withExtractedContext > when the function throws', () => {
    it('records the exception on the span, marks it failed and rethrows', async () => {
      const run = withExtractedContext(carrier, 'consume', SpanKind.CONSUMER, async () => {
        throw new Error('projection failed');
      });
      await expect(run).rejects.toThrow('projection failed');
      const [span] = await finishedSpans();
      expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: 'projection failed' });
      expect(span?.events.map((event) => event.name)).toEqual(['exception']);
    });
  });

  describe('withExtractedContext > with a carrier holding no trace', () => {
    it('starts a new trace rather than joining whatever span is active', async () => {
      await trace.getTracer('test').startActiveSpan('consumer loop', async (loop) => {
        await withExtractedContext({}, 'consume', SpanKind.CONSUMER, () => undefined);
        loop.end();
      });
      const consume = (await finishedSpans()).find((span) => span.name === 'consume');
      expect(consume?.parentSpanContext).toBeUndefined();
    });
  });
});
