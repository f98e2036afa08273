declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * false for a POST whose body or answer holds a secret (a password, a new API key, a signing secret):
     * its `Idempotency-Key` is ignored, so the store never keeps that answer in clear for 24 h nor a fast
     * hash of a body with a password in it. Such a POST is safe to retry without a key: a second user,
     * key or subscription is refused or listed.
     */
    idempotent?: boolean;
  }
}

/** The route config of such a POST. */
export const NOT_IDEMPOTENT = { idempotent: false } as const;

/** The sentence the OpenAPI document gives those routes. */
export const NO_IDEMPOTENCY = 'Its Idempotency-Key is ignored: the request or the answer holds a secret.';
