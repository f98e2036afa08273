import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';

/**
 * Telnyx's v2 error body, `{ errors: [{ code, title, detail, source: { pointer } }] }`, with codes from
 * its catalogue: https://developers.telnyx.com/development/api-fundamentals/api-errors
 */
export interface TelnyxError {
  code: string;
  title: string;
  detail: string;
  source?: { pointer: string };
}

const TITLES = {
  '10003': 'Invalid URL',
  '10004': 'Missing required parameter',
  '10005': 'Resource not found',
  '10007': 'Unexpected error',
  '10009': 'Authentication failed',
  '10015': 'Bad Request',
  '10016': 'Phone number must be in +E.164 format',
  '10019': 'Invalid email address',
  '10020': 'Invalid resource type',
} as const;

export type TelnyxErrorCode = keyof typeof TITLES;

export function telnyxError(code: TelnyxErrorCode, detail: string, field?: string): TelnyxError {
  return {
    code,
    title: TITLES[code],
    detail,
    ...(field === undefined ? {} : { source: { pointer: `/${field}` } }),
  };
}

export function sendTelnyxErrors(reply: FastifyReply, status: number, errors: TelnyxError[]) {
  return reply.status(status).type('application/json').send({ errors });
}

/** Inside the Telnyx routes, framework errors (a body that is not JSON, …) answer in Telnyx's shape too. */
export function useTelnyxErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'simulated Telnyx request failed');
    const detail = status >= 500 ? 'An unexpected error occured.' : error.message;
    return sendTelnyxErrors(reply, status, [telnyxError(status >= 500 ? '10007' : '10015', detail)]);
  });
}

export type TelnyxValidation<T> =
  | { ok: true; request: T }
  | { ok: false; status: 400 | 422; errors: TelnyxError[] };

/**
 * How Telnyx refuses a body: 400 when it is not a JSON object, else 422 naming each bad field — the shape of
 * the fields first (types, required), their formats only once the shape is right.
 */
export function validateTelnyxBody<T>(
  body: unknown,
  checks: { shape(fields: Record<string, unknown>): TelnyxError[]; format(request: T): TelnyxError[] },
): TelnyxValidation<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      ok: false,
      status: 400,
      errors: [telnyxError('10015', 'The request body must be a JSON object.')],
    };
  }
  const fields = body as Record<string, unknown>;
  const errors = checks.shape(fields);
  if (errors.length === 0) errors.push(...checks.format(fields as unknown as T));
  return errors.length === 0
    ? { ok: true, request: fields as unknown as T }
    : { ok: false, status: 422, errors };
}
