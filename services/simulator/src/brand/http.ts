import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sendTelnyxErrors, telnyxError, useTelnyxErrors } from '../telnyx-errors.js';
import { newTelnyxBrand } from './brand.js';
import type { BrandDecisions } from './decisions.js';
import type { BrandStore } from './store.js';
import { validateCreateBrand } from './validate.js';

export interface BrandRoutesDeps {
  apiKey: string;
  store: BrandStore;
  decisions: BrandDecisions;
  now: () => Date;
}

/** Telnyx's 10DLC brand API (register under `/v2`): create a brand, read it back. */
export function telnyxBrandRoutes({ apiKey, store, decisions, now }: BrandRoutesDeps) {
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

    app.post('/10dlc/brand', async (request, reply) => {
      const validation = validateCreateBrand(request.body);
      if (!validation.ok) return sendTelnyxErrors(reply, validation.status, validation.errors);
      const receivedAt = now();
      const brand = newTelnyxBrand(validation.request, randomUUID(), receivedAt);
      store.add(validation.request, brand, receivedAt);
      decisions.schedule(brand.brandId);
      request.log.info({ brandId: brand.brandId }, 'brand created');
      return reply.status(200).send(brand);
    });

    app.get<{ Params: { brandId: string } }>('/10dlc/brand/:brandId', async (request, reply) => {
      const record = store.get(request.params.brandId);
      if (!record) {
        return sendTelnyxErrors(reply, 404, [
          telnyxError('10005', `Brand ${request.params.brandId} not found.`, 'brandId'),
        ]);
      }
      return reply.send(record.brand);
    });
  };
}

function bearerMatches(header: string | undefined, apiKey: string): boolean {
  const expected = Buffer.from(`Bearer ${apiKey}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
