import { setTimeout as delay } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { sendTelnyxErrors } from '../telnyx-errors.js';
import { tooManyRequests } from './errors.js';
import type { Intake } from './intake.js';
import type { RateLimiter } from './rate-limit.js';

export interface MessagingRoutesDeps {
  intake: Intake;
  rateLimiter: RateLimiter;
  /** Told of every send served: webhook deliveries give way to sends. */
  onSend(): void;
  /** Whether the webhooks waiting fill their queue. */
  saturated(): boolean;
  /** How long a send takes to be answered (SIM_SEND_LATENCY_MS). */
  latencyMs: number;
}

/** A send's answer comes after the API's latency, whatever it is. */
export const sendLatency = (ms: number) => (ms > 0 ? delay(ms) : undefined);

/**
 * Telnyx's messaging API (inside telnyxApi, so behind the Bearer key): `POST /messages` sends one message.
 * Every answer carries the rate-limit headers; over the limit it is 429 (10011) with `Retry-After`, and so
 * it is while the webhooks waiting fill their queue (a receiver down or far behind): sends are refused,
 * as an overloaded Telnyx would, rather than taken and their receipts dropped.
 * Its requests log at warn only: at thousands of sends a second, two info lines each would be most of the
 * work (GET /simulator/messages shows every accepted one).
 */
export function telnyxMessagingRoutes({
  intake,
  rateLimiter,
  onSend,
  saturated,
  latencyMs,
}: MessagingRoutesDeps) {
  return async (app: FastifyInstance) => {
    app.post('/messages', { logLevel: 'warn' }, async (request, reply) => {
      onSend();
      await sendLatency(latencyMs);
      const limit = rateLimiter.take();
      reply.headers(limit.headers);
      if (!limit.allowed || saturated()) {
        if (limit.allowed) reply.header('retry-after', '1');
        intake.rateLimited();
        return sendTelnyxErrors(reply, 429, [tooManyRequests()]);
      }
      const answer = intake.submit(request.body);
      if (answer.ok) return reply.send(answer.body);
      if (answer.refusal.headers) reply.headers(answer.refusal.headers);
      return sendTelnyxErrors(reply, answer.refusal.status, answer.refusal.errors);
    });
  };
}
