import { csv, flag, port, trustedProxies, url } from '@longcode/kit';
import { backboneConfigSchema } from '@longcode/runtime';
import { z } from 'zod';

/** The gateway's variables: the backbone (its database, Kafka for message statuses), Redis, the services. */
export const configSchema = backboneConfigSchema.extend({
  HTTP_PORT: port().default(4000),
  /**
   * The load balancers or proxies in front of the gateway (addresses, CIDR ranges, loopback…): their
   * X-Forwarded-For gives the client's address, which sign-in lockouts and audit entries go by. Unset,
   * the client is the connection's peer (behind a proxy, every client would look like the proxy).
   */
  TRUST_PROXY: trustedProxies().optional(),
  /** Rate-limit counters, shared by every gateway instance. */
  REDIS_URL: url(['redis', 'rediss']),
  /** Put before every key this service writes in Redis, so platforms sharing one Redis keep apart. */
  REDIS_KEY_PREFIX: z.string().max(64).default(''),
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
  /** Sign-ins and password-reset requests an IP address may make a minute (against password spraying). */
  SIGNED_OUT_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(100),
  /** Distinct number ranges (NPA-NXX) an account may text an hour: the guard against SMS pumping. */
  DESTINATION_PREFIXES_PER_HOUR: z.coerce.number().int().min(1).default(2_000),
  /** Password-reset mail goes through Postmark's API here (the simulator plays it); unset, resets are refused. */
  MAIL_URL: url(['http', 'https']).optional(),
  MAIL_TOKEN: z.string().min(1).default('simulator'),
  MAIL_FROM: z.string().email().default('no-reply@longcode.local'),
  /**
   * Whether callbacks may go to private, loopback and link-local addresses (a partner's URL could
   * otherwise reach inside our network). Off in production; on for local runs and tests.
   */
  CALLBACK_ALLOW_PRIVATE_NETWORKS: flag().default(false),
  /** Delays before each retry of a failed callback (ms, comma-separated; the last repeats for 24 h). */
  CALLBACK_RETRY_MS: csv()
    .pipe(z.array(z.string().regex(/^\d+$/, 'expected milliseconds (digits)').transform(Number)).min(1))
    .optional(),
});

export type Config = z.output<typeof configSchema>;
