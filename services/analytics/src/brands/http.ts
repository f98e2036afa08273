import type { Database } from '@longcode/eventstore';
import { NotFoundError } from '@longcode/kit';
import type { FastifyInstance } from 'fastify';
import { findBrand, listBrands } from './projection.js';

const accountHeader = {
  type: 'object',
  required: ['x-account-id'],
  properties: { 'x-account-id': { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

/** The brand directory read model over HTTP (internal; the account comes from the gateway). */
export function brandDirectoryRoutes({ db }: { db: Database }) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: { limit: number } }>(
      '/brands',
      {
        schema: {
          headers: accountHeader,
          querystring: {
            type: 'object',
            properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
          },
        },
      },
      async (request) => ({
        data: await listBrands(db, request.headers['x-account-id'] as string, request.query.limit),
      }),
    );
    app.get<{ Params: { brandId: string } }>(
      '/brands/:brandId',
      { schema: { headers: accountHeader } },
      async (request) => {
        const brand = await findBrand(db, request.headers['x-account-id'] as string, request.params.brandId);
        if (!brand)
          throw new NotFoundError('BRAND_NOT_FOUND', `Brand ${request.params.brandId} does not exist`);
        return brand;
      },
    );
  };
}
