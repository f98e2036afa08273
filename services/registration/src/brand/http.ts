import {
  accountHeader,
  brandRequest,
  brandResponse,
  brandResubmitRequest,
  brandStream,
} from '@longcode/contracts';
import { aggregateStream, type EventStore, handleCommand } from '@longcode/eventstore';
import { NotFoundError } from '@longcode/kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { uuidv7 } from 'uuidv7';
import type { BrandState, ExistingBrand } from './brand.js';
import type { BrandCommand } from './decide.js';
import { brandDecider } from './decider.js';
import { type BrandBody, brandParams, type ResubmitBody } from './schemas.js';

export interface BrandRoutesDeps {
  store: EventStore;
}

const toResponse = (brand: ExistingBrand) => ({
  brandId: brand.brandId,
  accountId: brand.accountId,
  status: brand.status,
  entityType: brand.entityType,
  legalName: brand.legalName,
  displayName: brand.displayName,
  ein: brand.ein,
  country: brand.country,
  website: brand.website,
  vertical: brand.vertical,
  email: brand.email,
  phone: brand.phone,
  createdAt: brand.createdAt.toISOString(),
  registryBrandId: brand.registryBrandId,
  identityStatus: brand.identityStatus,
  vettingScore: brand.vetting?.score ?? null,
  rejectionReasons: brand.rejectionReasons,
  suspensionReason: brand.suspensionReason,
});

const accountOf = (request: FastifyRequest) => request.headers['x-account-id'] as string;
const metadataOf = (request: FastifyRequest) => ({
  accountId: accountOf(request),
  correlationId: (request.headers['x-correlation-id'] as string | undefined) ?? request.id,
});

/** Another account's brand is as absent as a brand that does not exist. */
async function ownBrand(store: EventStore, request: FastifyRequest, brandId: string): Promise<ExistingBrand> {
  const { state } = await aggregateStream(store, brandStream(brandId), brandDecider);
  if (!state.exists || state.accountId !== accountOf(request)) {
    throw new NotFoundError('BRAND_NOT_FOUND', `Brand ${brandId} does not exist`);
  }
  return state;
}

const created = (state: BrandState) => toResponse(state as ExistingBrand);

/** Internal brand API; the caller's account arrives in `x-account-id` (set by the gateway). */
export function brandRoutes({ store }: BrandRoutesDeps) {
  const run = (request: FastifyRequest, brandId: string, command: BrandCommand) =>
    handleCommand(store, brandStream(brandId), brandDecider, command, metadataOf(request));

  return async (app: FastifyInstance) => {
    app.post<{ Body: BrandBody }>(
      '/brands',
      { schema: { body: brandRequest, headers: accountHeader, response: { 201: brandResponse } } },
      async (request, reply) => {
        const brandId = uuidv7();
        const { body } = request;
        const { state } = await run(request, brandId, {
          type: 'CreateBrand',
          data: {
            brandId,
            accountId: accountOf(request),
            entityType: body.entityType,
            legalName: body.legalName,
            displayName: body.displayName,
            ein: body.ein ?? null,
            country: body.country ?? 'US',
            website: body.website ?? null,
            vertical: body.vertical,
            email: body.email,
            phone: body.phone ?? null,
            duns: body.duns ?? null,
            address: body.address ?? null,
            stockSymbol: body.stockSymbol ?? null,
            stockExchange: body.stockExchange ?? null,
          },
        });
        return reply.status(201).send(created(state));
      },
    );

    app.get<{ Params: { brandId: string } }>(
      '/brands/:brandId',
      { schema: { params: brandParams, headers: accountHeader, response: { 200: brandResponse } } },
      async (request) => toResponse(await ownBrand(store, request, request.params.brandId)),
    );

    app.post<{ Params: { brandId: string }; Body: ResubmitBody }>(
      '/brands/:brandId/resubmit',
      {
        schema: {
          params: brandParams,
          body: brandResubmitRequest,
          headers: accountHeader,
          response: { 200: brandResponse },
        },
      },
      async (request) => {
        const { brandId } = request.params;
        await ownBrand(store, request, brandId);
        const { body } = request;
        const { state } = await run(request, brandId, {
          type: 'ResubmitBrand',
          data: {
            brandId,
            legalName: body.legalName,
            displayName: body.displayName,
            ein: body.ein ?? null,
            website: body.website ?? null,
            email: body.email,
            phone: body.phone ?? null,
          },
        });
        return created(state);
      },
    );
  };
}
