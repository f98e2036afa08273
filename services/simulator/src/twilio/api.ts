import { timingSafeEqual } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { sendLatency } from '../messaging/http.js';
import type { MessagingCore } from '../messaging/messaging.js';
import {
  authenticate,
  fromCoreRefusal,
  internalError,
  invalidParameter,
  notFound,
  type TwilioRefusal,
  tooManyRequests,
} from './errors.js';
import { readSendForm } from './request.js';
import { messageResource } from './resource.js';
import { idOfSid } from './wire.js';

export interface TwilioApiDeps {
  /** SIM_TWILIO_ACCOUNT_SID and SIM_TWILIO_AUTH_TOKEN: HTTP Basic's user and password. */
  accountSid: string;
  authToken: string;
  /** The messaging core Telnyx's routes send through too: one intake, rate limit and set of counters. */
  core: MessagingCore;
}

type AccountParams = { Params: { AccountSid: string } };
type MessageParams = { Params: { AccountSid: string; Sid: string } };

/**
 * Twilio's Programmable Messaging API as the simulator plays it (register under `/2010-04-01`):
 * `POST /Accounts/{AccountSid}/Messages.json` (form-encoded) sends one message, answered 201 with the
 * Message resource; `GET /Accounts/{AccountSid}/Messages/{Sid}.json` reads one back. Every request needs
 * HTTP Basic with the account's SID and Auth Token (else 401, 20003), and every refusal is Twilio's error
 * JSON. Over the rate limit (or while the webhooks waiting fill their queue) a send is 429 (20429) with
 * Retry-After.
 */
export function twilioApi({ accountSid, authToken, core }: TwilioApiDeps) {
  const { intake, rateLimiter, onSend, saturated, store, latencyMs } = core;
  return async (app: FastifyInstance) => {
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, new URLSearchParams(String(body))),
    );
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
      if (status >= 500) request.log.error({ err: error }, 'simulated Twilio request failed');
      return sendTwilio(reply, status >= 500 ? internalError() : invalidParameter(status, error.message));
    });
    app.setNotFoundHandler((request, reply) => sendTwilio(reply, notFound(request.url.split('?')[0] ?? '')));
    app.addHook('onRequest', async (request, reply) => {
      const params = request.params as Partial<AccountParams['Params']> | undefined;
      const pathAccount = params?.AccountSid;
      if (
        basicMatches(request.headers.authorization, accountSid, authToken) &&
        (pathAccount === undefined || pathAccount === accountSid)
      )
        return;
      reply.header('www-authenticate', 'Basic realm="Twilio API"');
      return sendTwilio(reply, authenticate());
    });

    app.post<AccountParams>(
      '/Accounts/:AccountSid/Messages.json',
      { logLevel: 'warn' },
      async (request, reply) => {
        onSend();
        await sendLatency(latencyMs);
        const limit = rateLimiter.take();
        if (!limit.allowed || saturated()) {
          intake.rateLimited();
          return sendTwilio(reply, tooManyRequests(limit.headers['retry-after'] ?? '1'));
        }
        const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
        const read = readSendForm(form);
        if (!read.ok) {
          intake.refused(String(read.refusal.body.code));
          return sendTwilio(reply, read.refusal);
        }
        const answer = intake.submit(read.request, 'twilio');
        if (answer.ok) return reply.status(201).send(messageResource(answer.record, accountSid, 'created'));
        return sendTwilio(reply, fromCoreRefusal(answer.refusal, read.request.to, read.request.from));
      },
    );

    app.get<MessageParams>('/Accounts/:AccountSid/Messages/:Sid', async (request, reply) => {
      const sid = request.params.Sid.replace(/\.json$/, '');
      const id = request.params.Sid.endsWith('.json') ? idOfSid(sid) : null;
      const record = id === null ? undefined : store.find(id);
      if (record === undefined || record.wire !== 'twilio') {
        return sendTwilio(reply, notFound(request.url.split('?')[0] ?? ''));
      }
      return reply.send(messageResource(record, accountSid, 'now'));
    });
  };
}

function sendTwilio(reply: FastifyReply, refusal: TwilioRefusal) {
  if (refusal.headers) reply.headers(refusal.headers);
  return reply.status(refusal.status).type('application/json').send(refusal.body);
}

function basicMatches(header: string | undefined, user: string, password: string): boolean {
  const expected = Buffer.from(`Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
