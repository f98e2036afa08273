import { ConflictError, NotFoundError, ValidationError } from '@longcode/kit';
import type { FastifyInstance } from 'fastify';
import type { CarrierAction } from './decide.js';
import type { ActionResult, CampaignDecisions } from './decisions.js';

type Params = { Params: { campaignId: string } };

/**
 * The simulator's own control of campaigns (register under `/simulator`), for tests and demos: what a
 * carrier would do to a registered campaign, each sending its signed webhook. Answers 202 with the
 * campaign as GET /v2/10dlc/campaign/:campaignId now shows it; refusals are problem+json.
 */
export function campaignControlRoutes({ decisions }: { decisions: CampaignDecisions }) {
  return async (app: FastifyInstance) => {
    /** Body `{ reason, carrier }`: a carrier's suspension, or Telnyx's own (DORMANT) with no carrier. */
    app.post<Params>('/campaigns/:campaignId/suspend', async (request, reply) => {
      const action = suspension(request.body);
      return reply.status(202).send(acted(decisions.act(request.params.campaignId, action)));
    });

    app.post<Params>('/campaigns/:campaignId/expire', async (request, reply) =>
      reply.status(202).send(acted(decisions.act(request.params.campaignId, { kind: 'expire' }))),
    );
  };
}

function suspension(body: unknown): CarrierAction {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  const reason = text(fields.reason);
  const carrier = text(fields.carrier);
  const errors = [];
  if (reason === null) errors.push({ field: 'reason', message: 'must be a non-empty string' });
  if (carrier === null && fields.carrier !== undefined && fields.carrier !== null) {
    errors.push({ field: 'carrier', message: 'must be a carrier name, or null for a suspension by Telnyx' });
  }
  if (reason === null || errors.length > 0) throw new ValidationError(errors);
  return { kind: 'suspend', reason, carrier };
}

function acted(result: ActionResult) {
  if (result.ok) return result.campaign;
  if (result.problem === 'not-found') throw new NotFoundError('CAMPAIGN_NOT_FOUND', result.reason);
  throw new ConflictError('CAMPAIGN_STATUS_DOES_NOT_ALLOW', result.reason);
}
