import { DomainError } from '@longcode/kit';
import { context, propagation } from '@opentelemetry/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Dispatcher, request as undiciRequest } from 'undici';

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
  let response: Dispatcher.ResponseData;
  try {
    // undici's own request, not fetch: no web streams between the two processes, on kept-alive connections.
    response = await undiciRequest(`${upstream.url}${call.path}`, {
      method: call.method as Dispatcher.HttpMethod,
      headers,
      ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      headersTimeout: 30_000,
      bodyTimeout: 30_000,
    });
  } catch (error) {
    throw new DomainError('UPSTREAM_UNAVAILABLE', `${upstream.name} could not be reached`, {
      status: 502,
      cause: error,
    });
  }
  const body = Buffer.from(await response.body.arrayBuffer());
  if (response.statusCode >= 500) {
    request.log.error({ upstream: upstream.name, status: response.statusCode }, 'upstream failed');
    throw new DomainError('UPSTREAM_FAILED', `${upstream.name} failed to answer`, { status: 502 });
  }
  const type = response.headers['content-type'];
  if (typeof type === 'string') reply.type(type);
  return reply.code(response.statusCode).send(body);
}
