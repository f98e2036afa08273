/**
 * A real server on port 0 and a real request: what a service gets in production.
 * This file imports fastify (through http.js) before starting telemetry, as every
 * service importing @longcode/kit does, so it also proves startTelemetry patches an
 * already-loaded node:http.
 */
import type { AddressInfo } from 'node:net';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildHttpApp } from './http.js';
import { createCapturedLogger } from './log-capture.js';
import { startTelemetry, type Telemetry } from './telemetry.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_SPAN_ID = '00f067aa0ba902b7';

describe('startTelemetry > with a fastify app listening', () => {
  const exporter = new InMemorySpanExporter();
  const { logger, lines } = createCapturedLogger('registration');
  let telemetry: Telemetry;
  let app: FastifyInstance;
  let baseUrl: string;

  beforeAll(async () => {
    telemetry = startTelemetry({
      serviceName: 'registration',
      spanProcessors: [new SimpleSpanProcessor(exporter)],
    });
    app = buildHttpApp({ logger, service: 'registration' });
    app.get('/brands/:id', async (request) => {
      request.log.info('looking up brand');
      return { traceId: trace.getActiveSpan()?.spanContext().traceId };
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app.close();
    await telemetry.shutdown();
  });

  describe('when a request carries a traceparent', () => {
    it('continues that trace in a server span named after the route, active in the handler', async () => {
      const traceparent = `00-${TRACE_ID}-${PARENT_SPAN_ID}-01`;
      const response = await fetch(`${baseUrl}/brands/b1`, { headers: { traceparent } });
      expect(await response.json()).toEqual({ traceId: TRACE_ID });

      const span = await vi.waitFor(() => {
        const found = exporter.getFinishedSpans().find((s) => s.spanContext().traceId === TRACE_ID);
        if (!found) throw new Error('no server span yet');
        return found;
      });
      expect(span.kind).toBe(SpanKind.SERVER);
      expect(span.parentSpanContext?.spanId).toBe(PARENT_SPAN_ID);
      expect(span.name).toBe('GET /brands/:id');
      expect(span.attributes['http.route']).toBe('/brands/:id');
      expect(span.resource.attributes['service.name']).toBe('registration');
    });

    it("writes the trace id on the handler's log lines", async () => {
      const traceparent = `00-${TRACE_ID}-${PARENT_SPAN_ID}-01`;
      await fetch(`${baseUrl}/brands/b2`, { headers: { traceparent } });
      const line = lines.findLast((l) => l.msg === 'looking up brand');
      expect(line).toMatchObject({ service: 'registration', trace_id: TRACE_ID });
      expect(line?.span_id).toMatch(/^[0-9a-f]{16}$/);
    });
  });

  describe('when Kubernetes probes the app', () => {
    it('traces nothing', async () => {
      await fetch(`${baseUrl}/healthz`);
      await fetch(`${baseUrl}/brands/b4`);
      await vi.waitFor(() => {
        if (!exporter.getFinishedSpans().some((s) => s.name === 'GET /brands/:id'))
          throw new Error('not yet');
      });
      expect(exporter.getFinishedSpans().map((s) => s.name)).not.toContain('GET /healthz');
    });
  });

  describe('when a request carries no traceparent', () => {
    it('starts a new trace', async () => {
      const body = (await (await fetch(`${baseUrl}/brands/b3`)).json()) as { traceId?: string };
      expect(body.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(body.traceId).not.toBe(TRACE_ID);
    });
  });
});
