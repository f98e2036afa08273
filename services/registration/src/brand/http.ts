import { brandStream } from '@longcode/contracts';
import { aggregateStream, type EventStore, handleCommand } from '@longcode/eventstore';
import { NotFoundError } from '@longcode/kit';
import type { FastifyInstance } from 'fastify';
import { uuidv7 } from 'uuidv7';
import type { BrandState } from './brand.js';
import { brandDecider } from './decider.js';
import { type BrandBody, brandBody, brandParams, brandResponse } from './schemas.js';

export interface BrandRoutesDeps {
  store: EventStore;
}

type Existing = Extract<BrandState, { exists: true }>;

const toResponse = (state: Existing) => ({
  brandId: state.brandId,
  accountId: state.accountId,
  status: state.status,
  entityType: state.entityType,
  legalName: state.legalName,
  displayName: state.displayName,
  ein: state.ein,
  country: state.country,
  website: state.website,
  vertical: state.vertical,
  email: state.email,
  createdAt: state.createdAt.toISOString(),
});

/** Internal brand API; the caller's account arrives in `x-account-id` (set by the gateway). */
export function brandRoutes({ store }: BrandRoutesDeps) {
  return async (app: FastifyInstance) => {
    app.post<{ Body: BrandBody }>(
      '/brands',
      { schema: { body: brandBody, headers: accountHeader, response: { 201: brandResponse } } },
      async (request, reply) => {
        const accountId = request.headers['x-account-id'] as string;
        const brandId = uuidv7();
        const body = request.body;
        const { state } = await handleCommand(
          store,
          brandStream(brandId),
          brandDecider,
          {
            type: 'CreateBrand',
            data: {
              brandId,
              accountId,
              entityType: body.entityType,
              legalName: body.legalName,
              displayName: body.displayName,
              ein: body.ein ?? null,
              country: body.country ?? 'US',
              website: body.website ?? null,
              vertical: body.vertical ?? null,
              email: body.email,
            },
          },
          {
            accountId,
            correlationId: (request.headers['x-correlation-id'] as string | undefined) ?? request.id,
          },
        );
        return reply.status(201).send(toResponse(state as Existing));
      },
    );

    app.get<{ Params: { brandId: string } }>(
      '/brands/:brandId',
      { schema: { params: brandParams, headers: accountHeader, response: { 200: brandResponse } } },
      async (request) => {
        const { state } = await aggregateStream(store, brandStream(request.params.brandId), brandDecider);
        // Another account's brand is as absent as a brand that does not exist.
        if (!state.exists || state.accountId !== request.headers['x-account-id']) {
          throw new NotFoundError('BRAND_NOT_FOUND', `Brand ${request.params.brandId} does not exist`);
        }
        return toResponse(state);
      },
    );
  };
}

const accountHeader = {
  type: 'object',
  required: ['x-account-id'],
  properties: { 'x-account-id': { type: 'string', minLength: 1, maxLength: 64 } },
} as const;
