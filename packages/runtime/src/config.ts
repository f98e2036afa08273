import { kafkaClients } from '@longcode/kafka';
import { csv, enumOf, logLevel, port, url } from '@longcode/kit';
import { z } from 'zod';

/** The variables every event-sourced service reads; a service extends this schema with its own. */
export const backboneConfigSchema = z.object({
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  HTTP_PORT: port(),
  DATABASE_URL: url(['mysql']),
  /** A Unix socket to that server on this machine, used instead of the URL's host and port (cheaper). */
  DATABASE_SOCKET: z.string().min(1).optional(),
  KAFKA_BROKERS: csv(),
  KAFKA_CLIENT: enumOf(Object.keys(kafkaClients) as [keyof typeof kafkaClients]).default('kafkajs'),
  /**
   * How long event topics keep their records, in ms: -1, forever, by default (a read model built later
   * replays from the first event). A development machine that runs the benchmarks often may bound it.
   */
  KAFKA_EVENT_RETENTION_MS: z.coerce.number().int().min(-1).default(-1),
  SCHEMA_REGISTRY_URL: url(['http', 'https']),
  LOG_LEVEL: logLevel().default('info'),
  OTEL_EXPORTER_OTLP_ENDPOINT: url(['http', 'https']).optional(),
});

export type BackboneConfig = z.output<typeof backboneConfigSchema>;
