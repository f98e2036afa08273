import {
  accountHeader,
  numberAssignmentRequest,
  numberOrderRequest,
  numberResponse,
  numberStream,
} from '@longcode/contracts';
import { aggregateStream, type Database, type EventStore } from '@longcode/eventstore';
import { ConflictError, DomainError, NotFoundError, ProviderError } from '@longcode/kit';
import type { NumberProvider } from '@longcode/numbering';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { campaignFacts } from '../campaigns/campaigns.js';
import { takeSoleProprietorSlot } from '../inventory/inventory.js';
import type { NumberCommand } from './decide.js';
import { numberDecider } from './decider.js';
import { type ExistingNumber, statusOf } from './number.js';
import { parseUsNumber } from './parse.js';
import { runNumberCommand } from './run-command.js';
import { phoneParams, suspensionBody } from './schemas.js';

export interface NumberRoutesDeps {
  db: Database;
  store: EventStore;
  provider: NumberProvider;
  providerName: string;
}

export const toNumberResponse = (number: ExistingNumber) => ({
  phoneNumber: number.phoneNumber,
  accountId: number.accountId,
  status: statusOf(number),
  areaCode: number.areaCode,
  region: number.region,
  locality: number.locality,
  rateCenter: number.rateCenter,
  features: number.features,
  monthlyCost: number.monthlyCost,
  upfrontCost: number.upfrontCost,
  campaign: number.assignment
    ? {
        campaignId: number.assignment.campaignId,
        status: number.assignment.status,
        requestedAt: number.assignment.requestedAt.toISOString(),
      }
    : null,
  lastAssignmentFailure: number.lastAssignmentFailure,
  suspensionReason: number.suspension?.reason ?? null,
  releaseReason: number.releaseReason,
  reservedAt: number.reservedAt.toISOString(),
  activatedAt: number.activatedAt?.toISOString() ?? null,
});

const accountOf = (request: FastifyRequest) => request.headers['x-account-id'] as string;
const metadataOf = (request: FastifyRequest) => ({
  accountId: accountOf(request),
  correlationId: (request.headers['x-correlation-id'] as string | undefined) ?? request.id,
});
type PhoneRequest = FastifyRequest<{ Params: { phoneNumber: string } }>;

/** A provider outage while the partner waits is a 503 they may retry; a refusal is theirs to read. */
export function providerProblem(error: unknown): never {
  if (error instanceof ProviderError) {
    throw new DomainError('NUMBER_PROVIDER_UNAVAILABLE', 'The number provider did not answer; try again', {
      status: 503,
      cause: error,
    });
  }
  throw error;
}

/** Internal numbers API; the caller's account arrives in `x-account-id` (set by the gateway). */
export function numberRoutes({ db, store, provider, providerName }: NumberRoutesDeps) {
  const deps = { db, store };
  /** The caller's number, as the path names it; another account's number is as absent as none. */
  async function ownNumber(request: PhoneRequest): Promise<ExistingNumber> {
    const phoneNumber = parseUsNumber('phoneNumber', request.params.phoneNumber);
    const { state } = await aggregateStream(store, numberStream(phoneNumber), numberDecider);
    if (!state.exists || state.accountId !== accountOf(request)) {
      throw new NotFoundError(
        'NUMBER_NOT_FOUND',
        `Number ${phoneNumber} is not one of this account's numbers`,
      );
    }
    return state;
  }
  const runOn = async (request: PhoneRequest, command: NumberCommand) => {
    const number = await ownNumber(request);
    const { state } = await runNumberCommand(deps, number.phoneNumber, command, metadataOf(request));
    return toNumberResponse(state as ExistingNumber);
  };
  const one = { params: phoneParams, headers: accountHeader, response: { 200: numberResponse } };

  return async (app: FastifyInstance) => {
    app.post<{ Body: { phoneNumber: string } }>(
      '/numbers',
      { schema: { body: numberOrderRequest, headers: accountHeader, response: { 202: numberResponse } } },
      async (request, reply) => {
        const phoneNumber = parseUsNumber('phoneNumber', request.body.phoneNumber);
        const offer = (await provider.search({ phoneNumber, limit: 1 }).catch(providerProblem)).find(
          (n) => n.phoneNumber === phoneNumber,
        );
        if (!offer) {
          throw new ConflictError('NUMBER_NOT_AVAILABLE', `Number ${phoneNumber} is not available to order`);
        }
        const { state } = await runNumberCommand(
          deps,
          phoneNumber,
          {
            type: 'ReserveNumber',
            data: {
              phoneNumber,
              orderId: uuidv7(),
              provider: providerName,
              areaCode: phoneNumber.slice(2, 5),
              region: offer.region,
              locality: offer.locality,
              rateCenter: offer.rateCenter,
              features: offer.features,
              monthlyCost: offer.monthlyCost,
              upfrontCost: offer.upfrontCost,
            },
          },
          metadataOf(request),
        );
        return reply.code(202).send(toNumberResponse(state as ExistingNumber));
      },
    );

    app.get<{ Params: { phoneNumber: string } }>('/numbers/:phoneNumber', { schema: one }, async (request) =>
      toNumberResponse(await ownNumber(request)),
    );

    app.delete<{ Params: { phoneNumber: string } }>(
      '/numbers/:phoneNumber',
      { schema: { ...one, response: { 202: numberResponse } } },
      async (request, reply) =>
        reply.code(202).send(await runOn(request, { type: 'ReleaseNumber', data: { reason: 'REQUESTED' } })),
    );

    app.put<{ Params: { phoneNumber: string }; Body: { campaignId: string } }>(
      '/numbers/:phoneNumber/campaign',
      { schema: { ...one, body: numberAssignmentRequest, response: { 202: numberResponse } } },
      async (request, reply) => {
        const number = await ownNumber(request);
        const campaign = await campaignFacts(db, request.body.campaignId);
        if (!campaign || campaign.accountId !== accountOf(request)) {
          throw new NotFoundError('CAMPAIGN_NOT_FOUND', `Campaign ${request.body.campaignId} does not exist`);
        }
        const { state } = await db.transaction(async (trx) => {
          if (campaign.soleProprietor)
            await takeSoleProprietorSlot(trx, campaign.brandId, number.phoneNumber);
          return runNumberCommand(
            deps,
            number.phoneNumber,
            { type: 'RequestAssignment', data: { campaign } },
            metadataOf(request),
            trx,
          );
        });
        return reply.code(202).send(toNumberResponse(state as ExistingNumber));
      },
    );

    app.delete<{ Params: { phoneNumber: string } }>(
      '/numbers/:phoneNumber/campaign',
      { schema: one },
      (request) => runOn(request, { type: 'Unassign', data: { reason: 'REQUESTED' } }),
    );

    app.put<{ Params: { phoneNumber: string }; Body: { reason: string } }>(
      '/numbers/:phoneNumber/suspension',
      { schema: { ...one, body: suspensionBody } },
      (request) => runOn(request, { type: 'SuspendNumber', data: { reason: request.body.reason } }),
    );

    app.delete<{ Params: { phoneNumber: string } }>(
      '/numbers/:phoneNumber/suspension',
      { schema: one },
      (request) => runOn(request, { type: 'ReinstateNumber', data: {} }),
    );
  };
}
