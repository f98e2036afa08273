import type { FastifyRequest } from 'fastify';

/**
 * A route `onRequest` hook for POSTs whose body or answer holds a secret (a password, a new API key, a
 * signing secret): their `Idempotency-Key` is not honoured. The idempotency store keeps an answer in
 * clear for 24 h, keeps a SHA-256 of the request body (a fast hash of any password in it), and replays
 * the answer to any caller of the account who repeats the key and body, before that caller's scopes are
 * checked. Such a POST is safe to retry without it: a second user or key is refused or listed.
 */
export async function withoutIdempotency(request: FastifyRequest): Promise<void> {
  delete request.headers['idempotency-key'];
}

/** The sentence the OpenAPI document gives those routes. */
export const NO_IDEMPOTENCY = 'Its Idempotency-Key is ignored: the request or the answer holds a secret.';
