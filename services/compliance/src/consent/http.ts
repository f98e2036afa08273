import {
  consentAlreadyRecorded,
  consentChangeRequest,
  consentLedger,
  consentRecorded,
  consentStream,
} from '@longcode/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type ChangeRequest, changeOf } from './change.js';
import type { ConsentEvent } from './consent.js';
import type { ConsentCommand } from './decide.js';
import { ledgerEntryOf } from './ledger.js';
import { type ConsentDeps, recordConsent } from './record.js';

type ChangeBody = Omit<ChangeRequest, 'accountId' | 'actor' | 'phoneNumber'>;

const headers = {
  type: 'object',
  required: ['x-account-id'],
  properties: {
    'x-account-id': { type: 'string', minLength: 1, maxLength: 64 },
    'x-actor': { type: 'string', maxLength: 128 },
  },
} as const;

type ChangeCall = FastifyRequest<{ Params: { phoneNumber: string }; Body: ChangeBody }>;

const parse = (request: ChangeCall, now: Date) =>
  changeOf(
    {
      ...request.body,
      accountId: request.headers['x-account-id'] as string,
      actor: request.headers['x-actor'] as string | undefined,
      phoneNumber: request.params.phoneNumber,
    },
    now,
  );

/** Manual opt-outs and opt-ins (a web form, a call-center agent, an import), and the person's ledger. */
export function consentRoutes({ db, store, now = () => new Date() }: ConsentDeps & { now?: () => Date }) {
  const run = (request: ChangeCall, command: ConsentCommand) =>
    recordConsent({ db, store }, request.params.phoneNumber, command, {
      accountId: request.headers['x-account-id'] as string,
      correlationId: request.id,
    });
  return async (app: FastifyInstance) => {
    app.post<{ Params: { phoneNumber: string }; Body: ChangeBody }>(
      '/consents/:phoneNumber/revocations',
      {
        schema: {
          body: consentChangeRequest,
          headers,
          response: { 200: consentAlreadyRecorded, 201: consentRecorded },
        },
      },
      async (request, reply) => {
        const at = now();
        const { events } = await run(request, {
          type: 'RevokeConsent',
          data: { ...parse(request, at), confirmation: null, now: at },
        });
        return reply.code(events.length > 0 ? 201 : 200).send({ recorded: events.length > 0 });
      },
    );
    app.post<{ Params: { phoneNumber: string }; Body: ChangeBody }>(
      '/consents/:phoneNumber/grants',
      { schema: { body: consentChangeRequest, headers, response: { 201: consentRecorded } } },
      async (request, reply) => {
        const at = now();
        const { expiresAt: _lapses, ...change } = parse(request, at);
        await run(request, {
          type: 'GrantConsent',
          data: { ...change, confirmation: null, now: at, everyCovering: false },
        });
        return reply.code(201).send({ recorded: true });
      },
    );
    /** The ledger: every consent change for this person by the caller's account, oldest first. */
    app.get<{ Params: { phoneNumber: string } }>(
      '/consents/:phoneNumber',
      { schema: { headers, response: { 200: consentLedger } } },
      async (request) => {
        const accountId = request.headers['x-account-id'];
        const events = await store.readStream(consentStream(request.params.phoneNumber));
        return {
          phoneNumber: request.params.phoneNumber,
          ledger: events
            .filter((e) => e.accountId === accountId)
            .map((e) => ledgerEntryOf(e as unknown as ConsentEvent & { occurredAt: Date })),
        };
      },
    );
  };
}
