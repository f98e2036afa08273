import {
  availableNumberList,
  availableNumberQuery,
  batchRequest,
  batchResponse,
  brandRequest,
  brandResponse,
  brandResubmitRequest,
  campaignContentRequest,
  campaignLintResponse,
  campaignNumberPool,
  campaignRequest,
  campaignResponse,
  consentAlreadyRecorded,
  consentChangeRequest,
  consentLedger,
  consentRecorded,
  messageList,
  messageQuery,
  messageResponse,
  messageTimeline,
  numberAssignmentRequest,
  numberList,
  numberOrderRequest,
  numberQuery,
  numberResponse,
  portInRequest,
  problemResponse,
  sendRequest,
} from '@longcode/contracts';
import type { FastifyInstance } from 'fastify';
import { requireScope } from '../keys/auth.js';
import { callerOf } from '../keys/caller.js';
import type { Scope } from '../keys/scopes.js';
import type { DestinationSpread } from '../limits/destination-spread.js';
import { forward, type Upstream } from './forward.js';
import { inboundAndOptOutRoutes } from './inbound-and-opt-outs.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A public route answered by an internal service at the same path without `/v1`. */
export interface Forwarded {
  method: Method;
  path: string;
  service: 'dispatch' | 'registration' | 'numbers' | 'compliance';
  scope: Scope;
  summary: string;
  tag: string;
  /** Whether it takes a JSON body (POSTs that only act, like submit, take none). */
  noBody?: true;
  /** The body's JSON schema, where the gateway publishes it (checked here, before forwarding). */
  body?: object;
  /** The query string's JSON schema, where the gateway publishes it. */
  querystring?: object;
  /** A longer description for the OpenAPI document. */
  description?: string;
  /** What a success is answered with, by status, where the gateway publishes it (refusals are problems, always). */
  success?: Record<number, object>;
  /** The numbers a send texts (counted against the account's destination spread before forwarding). */
  destinations?: (body: unknown) => unknown[];
}

/** A schema with the one-line description its status shows in the OpenAPI document. */
const described = (schema: object, description: string) => ({ ...schema, description });

const routes: Forwarded[] = [
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
  {
    method: 'POST',
    path: '/brands',
    service: 'registration',
    scope: 'brands:write',
    summary: 'Register a brand',
    tag: 'Brands',
    body: brandRequest,
    success: { 201: described(brandResponse, 'Registered: pending until the registry decides') },
  },
  {
    method: 'GET',
    path: '/brands/:brandId',
    service: 'registration',
    scope: 'brands:read',
    summary: 'A brand and its registration status',
    tag: 'Brands',
    success: { 200: described(brandResponse, 'The brand') },
  },
  {
    method: 'POST',
    path: '/brands/:brandId/resubmit',
    service: 'registration',
    scope: 'brands:write',
    summary: 'Correct and resubmit a rejected brand',
    tag: 'Brands',
    body: brandResubmitRequest,
    success: { 200: described(brandResponse, 'Resubmitted: pending again') },
  },
  {
    method: 'POST',
    path: '/campaigns',
    service: 'registration',
    scope: 'campaigns:write',
    summary: 'Create a campaign (draft)',
    tag: 'Campaigns',
    body: campaignRequest,
    success: { 201: described(campaignResponse, 'Drafted') },
  },
  {
    method: 'POST',
    path: '/campaigns/lint',
    service: 'registration',
    scope: 'campaigns:write',
    summary: 'What carriers would reject in a campaign, before submitting it',
    tag: 'Campaigns',
    body: campaignRequest,
    success: { 200: described(campaignLintResponse, 'The findings (none: nothing found)') },
  },
  {
    method: 'GET',
    path: '/campaigns/:campaignId',
    service: 'registration',
    scope: 'campaigns:read',
    summary: 'A campaign, its status and throughput',
    tag: 'Campaigns',
    success: { 200: described(campaignResponse, 'The campaign') },
  },
  {
    method: 'PUT',
    path: '/campaigns/:campaignId',
    service: 'registration',
    scope: 'campaigns:write',
    summary: "Change a campaign's content",
    tag: 'Campaigns',
    body: campaignContentRequest,
    success: { 200: described(campaignResponse, 'Changed') },
  },
  {
    method: 'POST',
    path: '/campaigns/:campaignId/submit',
    service: 'registration',
    scope: 'campaigns:write',
    summary: 'Submit a campaign to the registry',
    tag: 'Campaigns',
    noBody: true,
    success: { 200: described(campaignResponse, 'Submitted: the registry decides') },
  },
  {
    method: 'GET',
    path: '/campaigns/:campaignId/numbers',
    service: 'numbers',
    scope: 'numbers:read',
    summary: "A campaign's sender pool",
    tag: 'Numbers',
    success: { 200: described(campaignNumberPool, "The campaign's numbers, pending or assigned") },
  },
  {
    method: 'GET',
    path: '/available-numbers',
    service: 'numbers',
    scope: 'numbers:read',
    summary: 'Numbers that can be ordered (areaCode or state)',
    tag: 'Numbers',
    querystring: availableNumberQuery,
    success: { 200: described(availableNumberList, 'Numbers on offer') },
  },
  {
    method: 'POST',
    path: '/numbers',
    service: 'numbers',
    scope: 'numbers:write',
    summary: 'Order a number',
    tag: 'Numbers',
    body: numberOrderRequest,
    success: { 202: described(numberResponse, 'Ordered: RESERVED until the provider completes it') },
  },
  {
    method: 'GET',
    path: '/numbers',
    service: 'numbers',
    scope: 'numbers:read',
    summary: "The account's numbers, in number order, a page at a time (cursor)",
    tag: 'Numbers',
    querystring: numberQuery,
    success: { 200: described(numberList, 'A page of numbers') },
  },
  {
    method: 'POST',
    path: '/numbers/port-ins',
    service: 'numbers',
    scope: 'numbers:write',
    summary: 'Bring a number from another carrier',
    tag: 'Numbers',
    body: portInRequest,
    success: { 202: described(numberResponse, 'Requested: PORTING until the carriers move it') },
  },
  {
    method: 'GET',
    path: '/numbers/:phoneNumber',
    service: 'numbers',
    scope: 'numbers:read',
    summary: 'A number',
    tag: 'Numbers',
    success: { 200: described(numberResponse, 'The number') },
  },
  {
    method: 'DELETE',
    path: '/numbers/:phoneNumber',
    service: 'numbers',
    scope: 'numbers:write',
    summary: 'Release a number',
    tag: 'Numbers',
    success: { 202: described(numberResponse, 'Released') },
  },
  {
    method: 'PUT',
    path: '/numbers/:phoneNumber/campaign',
    service: 'numbers',
    scope: 'numbers:write',
    summary: 'Assign a number to a campaign',
    tag: 'Numbers',
    body: numberAssignmentRequest,
    success: {
      202: described(numberResponse, 'Requested: the assignment is PENDING until the carriers provision it'),
    },
  },
  {
    method: 'DELETE',
    path: '/numbers/:phoneNumber/campaign',
    service: 'numbers',
    scope: 'numbers:write',
    summary: 'Take a number off its campaign',
    tag: 'Numbers',
    success: { 200: described(numberResponse, 'Taken off') },
  },
  {
    method: 'POST',
    path: '/consents/:phoneNumber/revocations',
    service: 'compliance',
    scope: 'opt-outs:write',
    summary: 'Opt a person out (campaign, brand or everything)',
    tag: 'Consent',
    body: consentChangeRequest,
    success: { 201: consentRecorded, 200: consentAlreadyRecorded },
  },
  {
    method: 'POST',
    path: '/consents/:phoneNumber/grants',
    service: 'compliance',
    scope: 'opt-outs:write',
    summary: 'Opt a person back in',
    tag: 'Consent',
    body: consentChangeRequest,
    success: { 201: consentRecorded },
  },
  {
    method: 'GET',
    path: '/consents/:phoneNumber',
    service: 'compliance',
    scope: 'opt-outs:read',
    summary: "A person's consent history with the account",
    tag: 'Consent',
    success: { 200: described(consentLedger, 'The ledger (empty for a person never in it)') },
  },
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
          const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
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
