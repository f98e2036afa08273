/**
 * OpenTelemetry for one service process.
 *
 * startTelemetry must run BEFORE fastify, kafkajs or knex are imported: instrumentation
 * patches modules as they load, so a module loaded earlier is never traced. Static
 * imports are all evaluated before a module's body runs, so `main.ts` starts
 * telemetry first and imports the rest of the service afterwards:
 *
 *   import { parseConfigOrExit, startTelemetry } from '@longcode/kit';
 *   import { configSchema } from './config.js';          // zod only
 *   const config = parseConfigOrExit(configSchema, process.env);
 *   const telemetry = startTelemetry({ serviceName: 'dispatch', otlpEndpoint: config.OTEL_ENDPOINT });
 *   const { buildApp } = await import('./app.js');       // fastify, kafkajs, knex load now
 *
 * (Or keep the call in a `telemetry.ts` that `main.ts` imports first, `import './telemetry.js'`.)
 * This package's own index loads fastify, and with it node:http, before that call;
 * startTelemetry therefore requires node:http again once the instrumentation is on,
 * which patches `http.Server` itself and so every server, whenever it was created.
 */
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, NoopSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';

export interface TelemetryOptions {
  serviceName: string;
  /** OTLP/HTTP collector base URL (`http://localhost:4318`); spans are exported only when given. */
  otlpEndpoint?: string;
  /** Further processors, e.g. a SimpleSpanProcessor over an InMemorySpanExporter in tests. */
  spanProcessors?: SpanProcessor[];
}

export interface Telemetry {
  /** Flushes pending spans and stops the SDK; the last step of a graceful shutdown. */
  shutdown(): Promise<void>;
}

/**
 * Starts tracing with W3C trace-context propagation and the HTTP instrumentation:
 * every incoming request gets a server span (continuing an incoming `traceparent`)
 * that is active in its fastify handlers. Spans exist even with nothing to export
 * them to, so that logs and outgoing messages still carry trace ids.
 */
export function startTelemetry(options: TelemetryOptions): Telemetry {
  const sdk = new NodeSDK({
    serviceName: options.serviceName,
    textMapPropagator: new W3CTraceContextPropagator(),
    instrumentations: [new HttpInstrumentation({ ignoreIncomingRequestHook: isProbeOrScrape })],
    spanProcessors: spanProcessorsFor(options),
    // Explicit and empty: otherwise the SDK exports metrics and logs to a default OTLP endpoint.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  patchLoadedHttpModules();
  return { shutdown: () => sdk.shutdown() };
}

function spanProcessorsFor({ otlpEndpoint, spanProcessors = [] }: TelemetryOptions): SpanProcessor[] {
  const processors = [...spanProcessors];
  if (otlpEndpoint) {
    processors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: tracesUrl(otlpEndpoint) })));
  }
  // The SDK registers no tracer at all without a processor; a no-op one keeps spans real.
  return processors.length > 0 ? processors : [new NoopSpanProcessor()];
}

/** Kubernetes probes and Prometheus scrapes would otherwise be most of the traces. */
function isProbeOrScrape(request: IncomingMessage): boolean {
  const path = request.url?.split('?')[0];
  return path === '/healthz' || path === '/readyz' || path === '/metrics';
}

/** Requiring a module after the instrumentation is enabled is what applies its patch. */
function patchLoadedHttpModules(): void {
  const require = createRequire(import.meta.url);
  require('node:http');
  require('node:https');
}

/** Accepts the collector's base URL or the full traces URL. */
function tracesUrl(endpoint: string): string {
  const base = endpoint.replace(/\/+$/, '');
  return base.endsWith('/v1/traces') ? base : `${base}/v1/traces`;
}
