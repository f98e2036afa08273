import { consentStream } from '@longcode/contracts';
import { type EventStore, handleCommand } from '@longcode/eventstore';
import { ValidationError } from '@longcode/kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Scope } from './consent.js';
import type { ConsentCommand } from './decide.js';
import { consentDecider } from './decider.js';

const E164 = /^\+[1-9]\d{7,14}$/;

const changeBody = {
  type: 'object',
  required: ['scope'],
  additionalProperties: false,
  properties: {
    scope: { type: 'string', enum: ['CAMPAIGN', 'BRAND', 'GLOBAL'] },
    campaignId: { type: 'string', minLength: 1, maxLength: 64 },
    brandId: { type: 'string', minLength: 1, maxLength: 64 },
    how: { type: 'string', enum: ['API', 'WEB_FORM'], default: 'API' },
    expiresAt: { type: 'string', format: 'date-time' },
    note: { type: 'string', maxLength: 512 },
  },
} as const;

interface ChangeBody {
  scope: Scope;
  campaignId?: string;
  brandId?: string;
  how: 'API' | 'WEB_FORM';
  expiresAt?: string;
}

const headers = {
  type: 'object',
  required: ['x-account-id'],
  properties: {
    'x-account-id': { type: 'string', minLength: 1, maxLength: 64 },
    'x-actor': { type: 'string', maxLength: 128 },
  },
} as const;

type ChangeRequest = FastifyRequest<{ Params: { phoneNumber: string }; Body: ChangeBody }>;

function parse(request: ChangeRequest) {
  const { phoneNumber } = request.params;
  const { scope, campaignId, brandId } = request.body;
  const errors = [];
  if (!E164.test(phoneNumber))
    errors.push({ field: 'phoneNumber', message: 'must be an E.164 number, like +13125550123' });
  if (scope === 'CAMPAIGN' && !campaignId)
    errors.push({ field: 'campaignId', message: 'is required for CAMPAIGN scope' });
  if (scope === 'BRAND' && !brandId)
    errors.push({ field: 'brandId', message: 'is required for BRAND scope' });
  if (errors.length > 0) throw new ValidationError(errors);
  const accountId = request.headers['x-account-id'] as string;
  return {
    accountId,
    phoneNumber,
    scope,
    campaignId: campaignId ?? null,
    brandId: brandId ?? null,
    how: request.body.how,
    keyword: null,
    sourceMessageId: null,
    actor: (request.headers['x-actor'] as string | undefined) ?? `api ${accountId}`,
  };
}

/** Manual opt-outs and opt-ins (a web form, a call-center agent, an import), and the person's ledger. */
export function consentRoutes({ store, now = () => new Date() }: { store: EventStore; now?: () => Date }) {
  const run = (request: ChangeRequest, command: ConsentCommand) =>
    handleCommand(store, consentStream(request.params.phoneNumber), consentDecider, command, {
      accountId: request.headers['x-account-id'] as string,
      correlationId: request.id,
    });
  return async (app: FastifyInstance) => {
    app.post<{ Params: { phoneNumber: string }; Body: ChangeBody }>(
      '/consents/:phoneNumber/revocations',
      { schema: { body: changeBody, headers } },
      async (request, reply) => {
        const change = parse(request);
        const expiresAt = request.body.expiresAt ? new Date(request.body.expiresAt) : null;
        const { events } = await run(request, {
          type: 'RevokeConsent',
          data: { ...change, expiresAt, confirmation: null, now: now() },
        });
        return reply.code(events.length > 0 ? 201 : 200).send({ recorded: events.length > 0 });
      },
    );
    app.post<{ Params: { phoneNumber: string }; Body: ChangeBody }>(
      '/consents/:phoneNumber/grants',
      { schema: { body: changeBody, headers } },
      async (request, reply) => {
        const change = parse(request);
        await run(request, {
          type: 'GrantConsent',
          data: { ...change, confirmation: null, now: now(), everyCovering: false },
        });
        return reply.code(201).send({ recorded: true });
      },
    );
    /** The ledger: every consent change for this person by the caller's account, oldest first. */
    app.get<{ Params: { phoneNumber: string } }>(
      '/consents/:phoneNumber',
      { schema: { headers } },
      async (request) => {
        const accountId = request.headers['x-account-id'];
        const events = await store.readStream(consentStream(request.params.phoneNumber));
        return {
          phoneNumber: request.params.phoneNumber,
          ledger: events
            .filter((e) => e.accountId === accountId)
            .map((e) => ({
              type: e.type.split('.').at(-1),
              at: e.occurredAt.toISOString(),
              ...(e.data as object),
            })),
        };
      },
    );
  };
}
