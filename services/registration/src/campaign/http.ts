import {
  accountHeader,
  brandStream,
  campaignContentRequest,
  campaignLintResponse,
  campaignRequest,
  campaignResponse,
  campaignStream,
} from '@longcode/contracts';
import { aggregateStream, type Database, type EventStore, handleCommand } from '@longcode/eventstore';
import { NotFoundError } from '@longcode/kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { brandDecider } from '../brand/decider.js';
import { type CampaignContent, type CampaignState, contentOf, type ExistingCampaign } from './campaign.js';
import type { CampaignCommand } from './decide.js';
import { campaignDecider } from './decider.js';
import { hasBlockingFindings, lintCampaign } from './lint/index.js';
import { type BrandFacts, lintDraftOf } from './rules.js';
import { type CampaignBody, type CampaignContentBody, campaignParams } from './schemas.js';
import { slotTaken, takeSlot } from './sole-proprietor-slot.js';

export interface CampaignRoutesDeps {
  store: EventStore;
  db: Database;
}

const toResponse = (campaign: ExistingCampaign) => ({
  campaignId: campaign.campaignId,
  brandId: campaign.brandId,
  accountId: campaign.accountId,
  status: campaign.status,
  ...contentOf(campaign),
  createdAt: campaign.createdAt.toISOString(),
  submittedAt: campaign.submittedAt?.toISOString() ?? null,
  submissions: campaign.submissions,
  lintWarnings: campaign.lintWarnings,
  registryCampaignId: campaign.registryCampaignId,
  throughput: campaign.throughput,
  rejectionReasons: campaign.rejectionReasons,
  suspension: campaign.suspension,
});
const decided = (state: CampaignState) => toResponse(state as ExistingCampaign);

const contentFrom = (body: CampaignContentBody): CampaignContent => ({
  useCase: body.useCase,
  subUseCases: body.subUseCases ?? [],
  description: body.description,
  messageFlow: body.messageFlow,
  sampleMessages: body.sampleMessages,
  helpMessage: body.helpMessage ?? null,
  optOutMessage: body.optOutMessage ?? null,
  optInMessage: body.optInMessage ?? null,
  helpKeywords: body.helpKeywords ?? [],
  optOutKeywords: body.optOutKeywords ?? [],
  optInKeywords: body.optInKeywords ?? [],
  flags: body.flags,
  autoRenewal: body.autoRenewal ?? true,
});

const accountOf = (request: FastifyRequest) => request.headers['x-account-id'] as string;
const metadataOf = (request: FastifyRequest) => ({
  accountId: accountOf(request),
  correlationId: (request.headers['x-correlation-id'] as string | undefined) ?? request.id,
});

/** The brand as its stream has it (whoever owns it: the decider checks that); null when there is none. */
async function brandFacts(store: EventStore, brandId: string): Promise<BrandFacts | null> {
  const { state } = await aggregateStream(store, brandStream(brandId), brandDecider);
  if (!state.exists) return null;
  const { accountId, status, entityType, displayName, legalName } = state;
  return { brandId, accountId, status, entityType, displayName, legalName };
}

/** Another account's campaign is as absent as a campaign that does not exist. */
async function ownCampaign(store: EventStore, request: FastifyRequest, campaignId: string) {
  const { state } = await aggregateStream(store, campaignStream(campaignId), campaignDecider);
  if (!state.exists || state.accountId !== accountOf(request)) {
    throw new NotFoundError('CAMPAIGN_NOT_FOUND', `Campaign ${campaignId} does not exist`);
  }
  return state;
}

type WithId = { Params: { campaignId: string } };

/** Internal campaign API; the caller's account arrives in `x-account-id` (set by the gateway). */
export function campaignRoutes({ store, db }: CampaignRoutesDeps) {
  const run = (request: FastifyRequest, campaignId: string, command: CampaignCommand) =>
    handleCommand(store, campaignStream(campaignId), campaignDecider, command, metadataOf(request));
  const withId = { params: campaignParams, headers: accountHeader, response: { 200: campaignResponse } };

  return async (app: FastifyInstance) => {
    app.post<{ Body: CampaignBody }>(
      '/campaigns',
      { schema: { body: campaignRequest, headers: accountHeader, response: { 201: campaignResponse } } },
      async (request, reply) => {
        const campaignId = uuidv7();
        const { brandId } = request.body;
        const brand = await brandFacts(store, brandId);
        const soleProprietor = brand?.entityType === 'SOLE_PROPRIETOR';
        const campaignsOfBrand = soleProprietor ? await slotTaken(db, brandId) : 0;
        const data = { campaignId, brandId, accountId: accountOf(request), ...contentFrom(request.body) };
        const command: CampaignCommand = { type: 'DraftCampaign', data, brand, campaignsOfBrand };
        const { state } = await db.transaction(async (trx) => {
          const result = await handleCommand(
            store,
            campaignStream(campaignId),
            campaignDecider,
            command,
            metadataOf(request),
            trx,
          );
          if (soleProprietor) await takeSlot(trx, brandId, campaignId);
          return result;
        });
        return reply.status(201).send(decided(state));
      },
    );

    app.post<{ Body: CampaignBody }>(
      '/campaigns/lint',
      { schema: { body: campaignRequest, headers: accountHeader, response: { 200: campaignLintResponse } } },
      async (request) => {
        const brand = await brandFacts(store, request.body.brandId);
        if (!brand || brand.accountId !== accountOf(request)) {
          throw new NotFoundError('BRAND_NOT_FOUND', `Brand ${request.body.brandId} does not exist`);
        }
        const findings = lintCampaign(lintDraftOf(contentFrom(request.body), brand));
        return { blocking: hasBlockingFindings(findings), findings };
      },
    );

    app.get<WithId>('/campaigns/:campaignId', { schema: withId }, async (request) =>
      toResponse(await ownCampaign(store, request, request.params.campaignId)),
    );

    app.put<WithId & { Body: CampaignContentBody }>(
      '/campaigns/:campaignId',
      { schema: { ...withId, body: campaignContentRequest } },
      async (request) => {
        const { campaignId } = request.params;
        await ownCampaign(store, request, campaignId);
        const data = { campaignId, ...contentFrom(request.body) };
        return decided((await run(request, campaignId, { type: 'UpdateDraft', data })).state);
      },
    );

    app.post<WithId>('/campaigns/:campaignId/submit', { schema: withId }, async (request) => {
      const { campaignId } = request.params;
      const campaign = await ownCampaign(store, request, campaignId);
      const brand = await brandFacts(store, campaign.brandId);
      const command: CampaignCommand = { type: 'SubmitCampaign', data: { campaignId }, brand };
      return decided((await run(request, campaignId, command)).state);
    });
  };
}
