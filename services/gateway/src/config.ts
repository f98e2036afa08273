import { logLevel, port, url } from '@longcode/kit';
import { z } from 'zod';

/** The gateway's variables: its own database and Redis, and where the internal services listen. */
export const configSchema = z.object({
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  HTTP_PORT: port().default(4000),
  DATABASE_URL: url(['mysql']),
  /** Rate-limit counters, shared by every gateway instance. */
  REDIS_URL: url(['redis', 'rediss']),
  LOG_LEVEL: logLevel().default('info'),
  OTEL_EXPORTER_OTLP_ENDPOINT: url(['http', 'https']).optional(),
  /**
   * The operator's token for /admin (creating partner accounts and their first API key), sent as
   * `Authorization: Bearer …`. At least 32 characters; keep it out of partners' hands.
   */
  GATEWAY_ADMIN_TOKEN: z.string().min(32, 'must be at least 32 characters'),
  /** The internal services the partner API forwards to. */
  DISPATCH_URL: url(['http', 'https']),
  REGISTRATION_URL: url(['http', 'https']),
  NUMBERS_URL: url(['http', 'https']),
  COMPLIANCE_URL: url(['http', 'https']),
  /** Requests a key may make a minute and an hour unless the key says otherwise. */
  DEFAULT_KEY_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(6_000),
  DEFAULT_KEY_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(200_000),
  /** Requests an account (all its keys together) may make a minute. */
  ACCOUNT_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(12_000),
});

export type Config = z.output<typeof configSchema>;
