import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sendTelnyxErrors, telnyxError } from '../telnyx-errors.js';
import { newTelnyxBrand } from './brand.js';
import type { BrandDecisions } from './decisions.js';
import type { BrandStore } from './store.js';
import { validateCreateBrand } from './validate.js';

export interface BrandRoutesDeps {
  store: BrandStore;
  decisions: BrandDecisions;
  now: () => Date;
}

/** Telnyx's 10DLC brand API (inside telnyxApi): create a brand, read it back. */
export function telnyxBrandRoutes({ store, decisions, now }: BrandRoutesDeps) {
  return async (app: FastifyInstance) => {
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
