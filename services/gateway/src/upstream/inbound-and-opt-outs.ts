import {
  inboundMessageList,
  inboundMessageQuery,
  inboundMessageResponse,
  optOutList,
  optOutQuery,
  optOutRequest,
  optOutResponse,
} from '@longcode/contracts';
import type { Forwarded } from './forwarded.js';

/** Inbound messages and the opt-out list: compliance answers both (it reads every inbound text). */
export const inboundAndOptOutRoutes: Forwarded[] = [
  {
    method: 'GET',
    path: '/inbound-messages',
    service: 'compliance',
    scope: 'messages:read',
    summary: "Texts people sent to the account's numbers, newest first, a page at a time (cursor)",
    description:
      'Filter by sender (`from`), number (`to`), `campaignId`, and time received (`receivedAfter` inclusive, ' +
      '`receivedBefore` exclusive). Each message says what compliance made of it: an opt-out, an opt-in, ' +
      'a request for help (answered for you), or none of these.',
    tag: 'Inbound messages',
    querystring: inboundMessageQuery,
    success: { 200: { ...inboundMessageList, description: 'A page of inbound messages' } },
  },
  {
    method: 'GET',
    path: '/inbound-messages/:inboundMessageId',
    service: 'compliance',
    scope: 'messages:read',
    summary: 'A text a person sent to one of the account’s numbers',
    tag: 'Inbound messages',
    success: { 200: { ...inboundMessageResponse, description: 'The inbound message' } },
  },
  {
    method: 'GET',
    path: '/opt-outs',
    service: 'compliance',
    scope: 'opt-outs:read',
    summary: 'Who the account may not text now, and in which scope, newest first (cursor)',
    description:
      'Opt-outs in force: by keyword (STOP and its family, the campaign’s own keywords, a revocation in ' +
      'free text) or added through the API or a web form. Those that lapsed or were lifted are not listed; ' +
      'GET /v1/consents/{phoneNumber} has a person’s whole history.',
    tag: 'Opt-outs',
    querystring: optOutQuery,
    success: { 200: { ...optOutList, description: 'A page of opt-outs in force' } },
  },
  {
    method: 'POST',
    path: '/opt-outs',
    service: 'compliance',
    scope: 'opt-outs:write',
    summary: 'Opt a person out of a campaign, a brand, or everything the account sends',
    description:
      'Answers 201 with the new opt-out, or 200 with the opt-out already in force that covers it (the same ' +
      'scope, or a wider one: a brand covers its campaigns, GLOBAL covers everything). No confirmation ' +
      'text is sent to the person.',
    tag: 'Opt-outs',
    body: optOutRequest,
    success: {
      200: { ...optOutResponse, description: 'Already opted out: the opt-out in force that covers it' },
      201: { ...optOutResponse, description: 'Opted out' },
    },
  },
  {
    method: 'GET',
    path: '/opt-outs/:optOutId',
    service: 'compliance',
    scope: 'opt-outs:read',
    summary: 'An opt-out in force',
    tag: 'Opt-outs',
    success: { 200: { ...optOutResponse, description: 'The opt-out' } },
  },
  {
    method: 'DELETE',
    path: '/opt-outs/:optOutId',
    service: 'compliance',
    scope: 'opt-outs:write',
    summary: 'Lift an opt-out: the person opted back in to its scope',
    description:
      'Only this opt-out is lifted: the person may still be opted out in another scope (listed on its own). ' +
      'Answers 204.',
    tag: 'Opt-outs',
    success: { 204: { type: 'null', description: 'Lifted' } },
  },
];
