import { ConflictError, DomainError, NotFoundError } from '@longcode/kit';
import type { FastifyRequest } from 'fastify';
import { callerOf } from '../keys/caller.js';
import type { Owners } from './owners.js';
import { type BrandAction, brandRoleAllows } from './roles.js';

/** What a request acts on, as far as brands go. */
type Target =
  | { kind: 'brand'; id: string }
  | { kind: 'campaign'; id: string; sending?: boolean }
  | { kind: 'message'; id: string };

const open = (routes: string[]): Record<string, Rule> =>
  Object.fromEntries(routes.map((route) => [route, { account: 'open' } as const]));

type Rule =
  /** Not about one brand: the caller's scopes decide (numbers, opt-outs, keys, users, callbacks…). */
  | { account: 'open' }
  /** Only for users who see every brand (admin, manager). */
  | { account: 'every-brand'; why: string }
  | { action: BrandAction; targets: (request: FastifyRequest) => Target[] | 'missing' };

/*
 * Each target is read from the one place its route takes it (a path parameter, or the body the service
 * is given): never from a merge of body, query and path, where a crafted query string would name a
 * brand the user holds while the body sent on names another.
 */
const param = (request: FastifyRequest, name: string) => (request.params as Record<string, string>)[name];
const brand = (request: FastifyRequest): Target[] => [
  { kind: 'brand', id: param(request, 'brandId') as string },
];
const brandInBody = (request: FastifyRequest): Target[] => [
  { kind: 'brand', id: (request.body as { brandId: string }).brandId },
];
const campaign = (request: FastifyRequest): Target[] => [
  { kind: 'campaign', id: param(request, 'campaignId') as string },
];
const message = (request: FastifyRequest): Target[] => [
  { kind: 'message', id: param(request, 'messageId') as string },
];

function sendingUnder(messages: { campaignId?: string }[]): Target[] | 'missing' {
  const ids = messages.map((m) => m.campaignId);
  if (ids.some((id) => !id)) return 'missing';
  return [...new Set(ids as string[])].map((id) => ({ kind: 'campaign', id, sending: true }));
}
const sendingOne = (request: FastifyRequest) => sendingUnder([request.body as { campaignId?: string }]);
const sendingBatch = (request: FastifyRequest) =>
  sendingUnder((request.body as { messages: { campaignId?: string }[] }).messages);

function listing(request: FastifyRequest): Target[] | 'missing' {
  const { campaignId } = request.query as { campaignId?: string };
  return campaignId ? [{ kind: 'campaign', id: campaignId }] : 'missing';
}

/**
 * Every /v1 route, and what a user limited to some brands may do there (a route missing here is refused
 * to such a user: a new route must be classified before they can use it).
 */
export const BRAND_RULES: Record<string, Rule> = {
  'POST /v1/brands': { account: 'every-brand', why: 'Only admins and managers register brands' },
  'GET /v1/brands/:brandId': { action: 'use', targets: brand },
  'POST /v1/brands/:brandId/resubmit': { action: 'brand', targets: brand },
  'POST /v1/campaigns': { action: 'campaigns', targets: brandInBody },
  // Linting reads the brand (its answer tells whether the brand exists): as reading it.
  'POST /v1/campaigns/lint': { action: 'use', targets: brandInBody },
  'GET /v1/campaigns/:campaignId': { action: 'use', targets: campaign },
  'PUT /v1/campaigns/:campaignId': { action: 'campaigns', targets: campaign },
  'POST /v1/campaigns/:campaignId/submit': { action: 'campaigns', targets: campaign },
  'GET /v1/campaigns/:campaignId/numbers': { action: 'use', targets: campaign },
  'POST /v1/messages': { action: 'use', targets: sendingOne },
  'POST /v1/messages/batch': { action: 'use', targets: sendingBatch },
  'GET /v1/messages': { action: 'use', targets: listing },
  'GET /v1/messages/:messageId': { action: 'use', targets: message },
  'GET /v1/messages/:messageId/events': { action: 'use', targets: message },
  'POST /v1/messages/:messageId/cancel': { action: 'use', targets: message },
  ...Object.fromEntries(
    [
      'GET /v1/callbacks/signing-secret',
      'GET /v1/callbacks/deliveries',
      'POST /v1/callbacks/deliveries/:deliveryId/replay',
      'POST /v1/webhook-subscriptions',
      'GET /v1/webhook-subscriptions',
      'GET /v1/webhook-subscriptions/:subscriptionId',
      'PATCH /v1/webhook-subscriptions/:subscriptionId',
      'DELETE /v1/webhook-subscriptions/:subscriptionId',
    ].map((route) => [
      route,
      { account: 'every-brand', why: "Callbacks carry every brand's messages" } as const,
    ]),
  ),
  'GET /v1/inbound-messages': { account: 'every-brand', why: "Inbound messages reach every brand's numbers" },
  'GET /v1/inbound-messages/:inboundMessageId': {
    account: 'every-brand',
    why: "Inbound messages reach every brand's numbers",
  },
  ...open([
    // A number is the account's until it is assigned; reading the inventory is harmless.
    'GET /v1/available-numbers',
    'GET /v1/numbers',
    'GET /v1/numbers/:phoneNumber',
    'POST /v1/numbers',
    'POST /v1/numbers/port-ins',
    'DELETE /v1/numbers/:phoneNumber',
    'PUT /v1/numbers/:phoneNumber/campaign',
    'DELETE /v1/numbers/:phoneNumber/campaign',
    // A person's consent is theirs, whichever brand texts them.
    'POST /v1/consents/:phoneNumber/revocations',
    'POST /v1/consents/:phoneNumber/grants',
    'GET /v1/consents/:phoneNumber',
    'GET /v1/opt-outs',
    'POST /v1/opt-outs',
    'GET /v1/opt-outs/:optOutId',
    'DELETE /v1/opt-outs/:optOutId',
    // The caller's own account: its keys, users, callbacks and audit log (scopes decide).
    'POST /v1/api-keys',
    'GET /v1/api-keys',
    'DELETE /v1/api-keys/:keyId',
    'GET /v1/users',
    'POST /v1/users',
    'GET /v1/users/:userId',
    'PATCH /v1/users/:userId',
    'PUT /v1/users/:userId/brands/:brandId',
    'DELETE /v1/users/:userId/brands/:brandId',
    'GET /v1/sessions/current',
    'DELETE /v1/sessions/current',
    'POST /v1/users/me/password',
    'GET /v1/audit-events',
  ]),
};

const missingTarget = (request: FastifyRequest) =>
  new DomainError(
    'CAMPAIGN_REQUIRED',
    `${request.method} ${request.routeOptions.url} needs a campaignId for a user limited to some brands`,
    { status: 400, details: { errors: [{ field: 'campaignId', message: 'is required for your role' }] } },
  );

function notFound(target: Target): DomainError {
  if (target.kind === 'brand')
    return new NotFoundError('BRAND_NOT_FOUND', `Brand ${target.id} does not exist`);
  if (target.kind === 'message')
    return new NotFoundError('MESSAGE_NOT_FOUND', `Message ${target.id} does not exist`);
  if (target.sending) {
    return new ConflictError(
      'CAMPAIGN_NOT_SENDABLE',
      `Campaign ${target.id} may not send: it is unknown, not approved, suspended or expired`,
    );
  }
  return new NotFoundError('CAMPAIGN_NOT_FOUND', `Campaign ${target.id} does not exist`);
}

/**
 * For users limited to their brands (role `user`): a brand, campaign or message of a brand they have no
 * role on answers exactly as a missing one; a role too low for the action answers 403.
 */
export function brandGuard(owners: Owners) {
  async function brandOf(accountId: string, target: Target): Promise<string | null> {
    if (target.kind === 'brand') return target.id;
    const campaignId =
      target.kind === 'campaign' ? target.id : await owners.campaignOfMessage(accountId, target.id);
    return campaignId ? owners.brandOfCampaign(accountId, campaignId) : null;
  }

  return async function guard(request: FastifyRequest): Promise<void> {
    const caller = callerOf(request);
    const brands = caller.user?.brands;
    if (!brands) return;
    const rule = BRAND_RULES[`${request.method} ${request.routeOptions.url}`];
    if (!rule || ('account' in rule && rule.account === 'every-brand')) {
      throw new DomainError(
        'ROLE_FORBIDDEN',
        rule && 'why' in rule ? rule.why : 'Your role may not do this',
        {
          status: 403,
        },
      );
    }
    if ('account' in rule) return;
    const targets = rule.targets(request);
    if (targets === 'missing') throw missingTarget(request);
    for (const target of targets) {
      const brandId = await brandOf(caller.accountId, target);
      const held = brandId ? brands.get(brandId) : undefined;
      if (!held) throw notFound(target);
      if (!brandRoleAllows(held, rule.action)) {
        throw new DomainError(
          'BRAND_ROLE_INSUFFICIENT',
          `Your role on brand ${brandId} (${held}) may not do this`,
          {
            status: 403,
            details: { brandId, role: held },
          },
        );
      }
    }
  };
}
