import { DomainError } from '@longcode/kit';
import { context, propagation } from '@opentelemetry/api';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface Upstream {
  /** The internal service's base URL (http://127.0.0.1:4030). */
  url: string;
  name: string;
}

/**
 * Calls an internal service for a partner: the caller's account in `x-account-id` (the services scope
 * every read and write by it), the request id as correlation id, the trace context; then answers with
 * what the service answered (its problem+json refusals included). A service that cannot be reached
 * answers 502 UPSTREAM_UNAVAILABLE.
 */
export async function forward(
  upstream: Upstream,
  request: FastifyRequest,
  reply: FastifyReply,
  call: { method: string; path: string; accountId: string; body?: unknown },
): Promise<FastifyReply> {
  const headers: Record<string, string> = {
    'x-account-id': call.accountId,
    'x-correlation-id': request.id,
  };
  propagation.inject(context.active(), headers);
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${upstream.url}${call.path}`, {
      method: call.method,
      headers,
      ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new DomainError('UPSTREAM_UNAVAILABLE', `${upstream.name} could not be reached`, {
      status: 502,
      cause: error,
    });
  }
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status >= 500) {
    request.log.error({ upstream: upstream.name, status: response.status }, 'upstream failed');
    throw new DomainError('UPSTREAM_FAILED', `${upstream.name} failed to answer`, { status: 502 });
  }
  const type = response.headers.get('content-type');
  if (type) reply.type(type);
  return reply.code(response.status).send(body);
}
