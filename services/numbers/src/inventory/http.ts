import { type FieldError, NotFoundError, ValidationError } from '@longcode/kit';
import type { NumberProvider, NumberSearch } from '@longcode/numbering';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Knex } from 'knex';
import { campaignFacts } from '../campaigns/campaigns.js';
import { providerProblem } from '../number/http.js';
import type { NumberStatus } from '../number/number.js';
import { accountHeader } from '../number/schemas.js';
import { listNumbers, numbersOfCampaign } from './inventory.js';

export interface InventoryRoutesDeps {
  db: Knex;
  provider: NumberProvider;
}

const STATUSES: NumberStatus[] = ['RESERVED', 'PORTING', 'AVAILABLE', 'ASSIGNED', 'SUSPENDED', 'RELEASED'];
const accountOf = (request: FastifyRequest) => request.headers['x-account-id'] as string;

interface SearchQuery {
  areaCode?: string;
  state?: string;
  locality?: string;
  limit?: number;
}

/** A search names an area code or a state (the provider's inventory is too large to list). */
function parseSearch(query: SearchQuery): NumberSearch {
  const errors: FieldError[] = [];
  if (query.areaCode !== undefined && !/^[2-9]\d{2}$/.test(query.areaCode))
    errors.push({ field: 'areaCode', message: 'must be a US area code, three digits starting 2-9' });
  if (query.state !== undefined && !/^[A-Za-z]{2}$/.test(query.state))
    errors.push({ field: 'state', message: 'must be a two-letter US state, like NY' });
  if (query.areaCode === undefined && query.state === undefined)
    errors.push({ field: 'areaCode', message: 'give an areaCode or a state to search' });
  if (errors.length > 0) throw new ValidationError(errors);
  return {
    ...(query.areaCode ? { areaCode: query.areaCode } : {}),
    ...(query.state ? { state: query.state.toUpperCase() } : {}),
    ...(query.locality ? { locality: query.locality } : {}),
    limit: query.limit ?? 20,
  };
}

const searchQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    areaCode: { type: 'string' },
    state: { type: 'string' },
    locality: { type: 'string', minLength: 1, maxLength: 64 },
    limit: { type: 'integer', minimum: 1, maximum: 100 },
  },
} as const;

const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: STATUSES },
    campaignId: { type: 'string', minLength: 1, maxLength: 64 },
    areaCode: { type: 'string', pattern: '^[2-9][0-9]{2}$' },
    limit: { type: 'integer', minimum: 1, maximum: 500 },
    after: { type: 'string', maxLength: 16 },
  },
} as const;

const poolParams = {
  type: 'object',
  required: ['campaignId'],
  properties: { campaignId: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

const listed = (rows: Awaited<ReturnType<typeof listNumbers>>) =>
  rows.map(({ phoneNumber, status, areaCode, region, campaignId, assignmentStatus }) => ({
    phoneNumber,
    status,
    areaCode,
    region,
    campaignId,
    assignmentStatus,
  }));

/** Searching the provider's inventory, listing the account's numbers, and a campaign's sender pool. */
export function inventoryRoutes({ db, provider }: InventoryRoutesDeps) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: SearchQuery }>(
      '/available-numbers',
      { schema: { querystring: searchQuery, headers: accountHeader } },
      async (request) => ({
        data: await provider.search(parseSearch(request.query)).catch(providerProblem),
      }),
    );

    app.get<{
      Querystring: {
        status?: NumberStatus;
        campaignId?: string;
        areaCode?: string;
        limit?: number;
        after?: string;
      };
    }>('/numbers', { schema: { querystring: listQuery, headers: accountHeader } }, async (request) => {
      const limit = request.query.limit ?? 100;
      const rows = await listNumbers(db, { ...request.query, accountId: accountOf(request), limit });
      return { data: listed(rows), next: rows.length === limit ? (rows.at(-1)?.phoneNumber ?? null) : null };
    });

    /** The campaign's sender pool: its numbers with their area codes, for sticky and local senders. */
    app.get<{ Params: { campaignId: string } }>(
      '/campaigns/:campaignId/numbers',
      { schema: { params: poolParams, headers: accountHeader } },
      async (request) => {
        const { campaignId } = request.params;
        const campaign = await campaignFacts(db, campaignId);
        if (!campaign || campaign.accountId !== accountOf(request)) {
          throw new NotFoundError('CAMPAIGN_NOT_FOUND', `Campaign ${campaignId} does not exist`);
        }
        return {
          campaignId,
          campaignStatus: campaign.status,
          data: listed(await numbersOfCampaign(db, campaignId)),
        };
      },
    );
  };
}
