import type { FastifyRequest } from 'fastify';
import type { Caller } from './auth.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller of a /v1 route. */
    caller?: Caller;
  }
}

/** The caller the authentication hook put on a /v1 request. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new Error(`${request.url} was not authenticated`);
  return request.caller;
}
