import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { sendTelnyxErrors, telnyxError, useTelnyxErrors } from './telnyx-errors.js';

/**
 * Telnyx's API as the simulator plays it (register under `/v2`): every route needs the Bearer key, and
 * every refusal, an unknown route included, answers in Telnyx's error shape.
 */
export function telnyxApi({ apiKey, routes }: { apiKey: string; routes: FastifyPluginAsync[] }) {
  return async (app: FastifyInstance) => {
    useTelnyxErrors(app);
    app.setNotFoundHandler((request, reply) =>
      sendTelnyxErrors(reply, 404, [
        telnyxError('10005', `No route for ${request.method} ${request.url.split('?')[0]}`),
      ]),
    );
    app.addHook('onRequest', async (request, reply) => {
      if (bearerMatches(request.headers.authorization, apiKey)) return;
      return sendTelnyxErrors(reply, 401, [
        telnyxError(
          '10009',
          'The required authentication headers were either invalid or not included in the request.',
        ),
      ]);
    });
    for (const register of routes) await app.register(register);
  };
}

function bearerMatches(header: string | undefined, apiKey: string): boolean {
  const expected = Buffer.from(`Bearer ${apiKey}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
