import { createHash } from 'node:crypto';
import { ConflictError, DomainError, ValidationError } from '@longcode/kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Knex } from 'knex';
import { decideIdempotency } from './decide.js';
import './opt-out.js';
import { claim, type KeyOwner, recordedUnder, release, saveAnswer } from './store.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The Idempotency-Key this request holds, once claimed. */
    idempotencyKey?: string;
  }
}

/**
 * `Idempotency-Key` on a POST (Stripe's semantics, each credential its own keys): the first request with a
 * key runs and its answer is
 * kept for 24 h; the same request again gets that answer (header `Idempotent-Replayed: true`); the key
 * with another request body → 422 IDEMPOTENCY_KEY_REUSED; while the first is still running → 409
 * IDEMPOTENCY_KEY_IN_USE. A 5xx answer is not kept: the request may be tried again with the same key.
 */
export function idempotencyHooks(db: Knex, now: () => Date, ownerOf: (request: FastifyRequest) => KeyOwner) {
  return {
    async preHandler(request: FastifyRequest, reply: FastifyReply) {
      const header = request.headers['idempotency-key'];
      if (
        request.method !== 'POST' ||
        header === undefined ||
        request.routeOptions.config.idempotent === false
      ) {
        return;
      }
      const key = Array.isArray(header) ? header[0] : header;
      if (!key || key.length > 255) {
        throw new ValidationError([{ field: 'Idempotency-Key', message: 'must be 1 to 255 characters' }]);
      }
      const owner = ownerOf(request);
      const fingerprint = createHash('sha256')
        .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
        .digest('hex');
      const at = now();
      if (await claim(db, owner, key, fingerprint, at)) {
        request.idempotencyKey = key;
        return;
      }
      const recorded = await recordedUnder(db, owner, key);
      const decision = decideIdempotency(recorded, fingerprint, at);
      if (decision.kind === 'mismatch') {
        throw new DomainError(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was used for a different request; use a new key for a new request',
          { status: 422 },
        );
      }
      if (decision.kind === 'replay' && recorded?.status) {
        reply.code(recorded.status).header('idempotent-replayed', 'true');
        if (recorded.contentType) reply.type(recorded.contentType);
        return reply.send(recorded.body ?? '');
      }
      throw new ConflictError(
        'IDEMPOTENCY_KEY_IN_USE',
        'A request with this Idempotency-Key is still being answered; try again shortly',
      );
    },

    async onSend(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
      const key = request.idempotencyKey;
      if (!key) return payload;
      const owner = ownerOf(request);
      if (reply.statusCode >= 500) {
        await release(db, owner, key);
        return payload;
      }
      const body = Buffer.isBuffer(payload)
        ? payload
        : Buffer.from(typeof payload === 'string' ? payload : '');
      const contentType = reply.getHeader('content-type');
      await saveAnswer(db, owner, key, {
        status: reply.statusCode,
        body,
        contentType: typeof contentType === 'string' ? contentType : null,
      });
      return payload;
    },
  };
}
