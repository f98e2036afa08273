import {
  batchRequest,
  batchResponse,
  messageList,
  messageQuery,
  messageResponse,
  messageTimeline,
  problemResponse,
  sendRequest,
} from '@longcode/contracts';
import type { FastifyInstance } from 'fastify';
import { requireScope } from '../keys/auth.js';
import { callerOf } from '../keys/caller.js';
import type { DestinationSpread } from '../limits/destination-spread.js';
import { brandAndCampaignRoutes } from './brands-and-campaigns.js';
import { forward, type Upstream } from './forward.js';
import { described, type Forwarded } from './forwarded.js';
import { inboundAndOptOutRoutes } from './inbound-and-opt-outs.js';
import { numberAndConsentRoutes } from './numbers-and-consent.js';

/** Messages: dispatch answers them. */
const messageRoutes: Forwarded[] = [
  {
    method: 'POST',
    path: '/messages',
    service: 'dispatch',
    scope: 'messages:write',
    summary: 'Send a message',
    tag: 'Messages',
    body: sendRequest,
    destinations: (body) => [(body as { to?: unknown }).to],
    success: { 202: described(messageResponse, 'Accepted: durable, sent when due') },
  },
  {
    method: 'POST',
    path: '/messages/batch',
    service: 'dispatch',
    scope: 'messages:write',
    summary: 'Send up to 1,000 messages, each accepted or refused on its own',
    tag: 'Messages',
    body: batchRequest,
    destinations: (body) =>
      ((body as { messages?: Array<{ to?: unknown }> }).messages ?? []).map((m) => m.to),
    success: {
      202: described(batchResponse, 'Each message accepted or refused (the batch itself is accepted)'),
    },
  },
  {
    method: 'GET',
    path: '/messages',
    service: 'dispatch',
    scope: 'messages:read',
    summary: "The account's messages, newest first, a page at a time (cursor)",
    tag: 'Messages',
    querystring: messageQuery,
    success: { 200: described(messageList, 'A page of messages') },
  },
  {
    method: 'GET',
    path: '/messages/:messageId/events',
    service: 'dispatch',
    scope: 'messages:read',
    summary: "A message's timeline: every event of it, in order",
    tag: 'Messages',
    success: { 200: described(messageTimeline, 'The events, oldest first') },
  },
  {
    method: 'GET',
    path: '/messages/:messageId',
    service: 'dispatch',
    scope: 'messages:read',
    summary: 'A message and its status',
    tag: 'Messages',
    success: { 200: described(messageResponse, 'The message') },
  },
  {
    method: 'POST',
    path: '/messages/:messageId/cancel',
    service: 'dispatch',
    scope: 'messages:write',
    summary: 'Cancel a message not yet handed to the carrier',
    tag: 'Messages',
    noBody: true,
    success: { 200: described(messageResponse, 'Canceled') },
  },
];

const routes: Forwarded[] = [
  ...messageRoutes,
  ...brandAndCampaignRoutes,
  ...numberAndConsentRoutes,
  ...inboundAndOptOutRoutes,
];

const paramsOf = (path: string) => {
  const names = [...path.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
  if (names.length === 0) return {};
  return {
    params: {
      type: 'object',
      required: names,
      properties: Object.fromEntries(names.map((n) => [n, { type: 'string', minLength: 1, maxLength: 64 }])),
    },
  };
};

/**
 * The query string the service is sent: the one the gateway checked (and the brand guard read), rebuilt
 * from its parsed values, never the raw text, so the two cannot read different things.
 */
function queryOf(parsed: unknown): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries((parsed ?? {}) as Record<string, unknown>)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null) params.append(name, String(one));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Messages, brands, campaigns, numbers and consent: forwarded to the service that owns them, under the
 * caller's account (each service answers another account's ids as ones that do not exist). Bodies and
 * query strings are checked here with the schemas the services check them with (contracts); what they
 * mean (a US number, a campaign's content) is the services' to judge.
 */
export function forwardedRoutes(
  upstreams: Record<Forwarded['service'], Upstream>,
  spread: DestinationSpread,
) {
  return async (app: FastifyInstance) => {
    for (const route of routes) {
      app.route({
        method: route.method,
        url: `/v1${route.path}`,
        schema: {
          tags: [route.tag],
          summary: route.summary,
          ...(route.description ? { description: route.description } : {}),
          ...paramsOf(route.path),
          ...(route.querystring ? { querystring: route.querystring } : {}),
          response: {
            ...route.success,
            '4xx': problemResponse,
          },
          ...((route.method === 'POST' || route.method === 'PUT') && !route.noBody
            ? { body: route.body ?? { type: 'object' } }
            : {}),
        },
        handler: async (request, reply) => {
          const caller = callerOf(request);
          requireScope(caller, route.scope);
          if (route.destinations) await spread.admit(caller.accountId, route.destinations(request.body));
          const query = queryOf(request.query);
          const path = route.path.replace(/:(\w+)/g, (_, name: string) =>
            encodeURIComponent((request.params as Record<string, string>)[name] ?? ''),
          );
          return forward(upstreams[route.service], request, reply, {
            method: route.method,
            path: `${path}${query}`,
            accountId: caller.accountId,
            ...(request.body !== undefined ? { body: request.body } : {}),
          });
        },
      });
    }
  };
}
