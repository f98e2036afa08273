import {
  accountHeader,
  availableNumberList,
  availableNumberQuery,
  campaignNumberPool,
  numberList,
  numberQuery,
} from '@longcode/contracts';
import { type FieldError, NotFoundError, ValidationError } from '@longcode/kit';
import type { NumberProvider, NumberSearch } from '@longcode/numbering';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Knex } from 'knex';
import { campaignFacts } from '../campaigns/campaigns.js';
import { providerProblem } from '../number/http.js';
import type { NumberStatus } from '../number/number.js';
import { listNumbers, numbersOfCampaign } from './inventory.js';

export interface InventoryRoutesDeps {
  db: Knex;
  provider: NumberProvider;
}

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

interface ListQuery {
  status?: NumberStatus;
  campaignId?: string;
  areaCode?: string;
  limit?: number;
  cursor?: string;
}

/** A page's cursor: the last number it listed (numbers are listed in E.164 order), opaque to partners. */
const cursorAfter = (phoneNumber: string) => Buffer.from(phoneNumber).toString('base64url');

function numberAfter(cursor: string): string {
  const phoneNumber = Buffer.from(cursor, 'base64url').toString('utf8');
  if (/^\+[0-9]{1,15}$/.test(phoneNumber)) return phoneNumber;
  throw new ValidationError([{ field: 'query.cursor', message: 'is not a cursor this API gave' }]);
}

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
      {
        schema: {
          querystring: availableNumberQuery,
          headers: accountHeader,
          response: { 200: availableNumberList },
        },
      },
      async (request) => ({
        data: await provider.search(parseSearch(request.query)).catch(providerProblem),
      }),
    );

    /** A page of the account's numbers; nextCursor continues after its last one, null on the last page. */
    app.get<{ Querystring: ListQuery }>(
      '/numbers',
      { schema: { querystring: numberQuery, headers: accountHeader, response: { 200: numberList } } },
      async (request) => {
        const { cursor, limit = 100, ...filter } = request.query;
        const after = cursor === undefined ? undefined : numberAfter(cursor);
        const found = await listNumbers(db, {
          ...filter,
          after,
          accountId: accountOf(request),
          limit: limit + 1,
        });
        const rows = found.slice(0, limit);
        const last = rows.at(-1);
        return {
          data: listed(rows),
          nextCursor: found.length > limit && last ? cursorAfter(last.phoneNumber) : null,
        };
      },
    );

    /** The campaign's sender pool: its numbers with their area codes, for sticky and local senders. */
    app.get<{ Params: { campaignId: string } }>(
      '/campaigns/:campaignId/numbers',
      { schema: { params: poolParams, headers: accountHeader, response: { 200: campaignNumberPool } } },
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
