import type { MessageAccepted } from '@longcode/contracts';
import { ConflictError, type DomainError, type FieldError, ValidationError } from '@longcode/kit';
import { isUsNumber } from '@longcode/nanp';
import type { SendableCampaign, SendableSender } from '@longcode/sendable';
import { encode, validateBody } from '@longcode/sms';
import { chooseSender } from '../senders/choose.js';
import { priorityOf } from './priority.js';

/** A message as a partner asks for it. */
export interface SendRequest {
  campaignId?: string;
  from?: string;
  to: string;
  text?: string;
  mediaUrls?: string[];
  /** ISO 8601: send no earlier. */
  sendAt?: string;
  /** ISO 8601: do not send after (the validity period's end). */
  expiresAt?: string;
  /** Seconds from acceptance (or from sendAt) after which it must not be sent; like Twilio's ValidityPeriod. */
  validityPeriodSeconds?: number;
  statusCallbackUrl?: string;
  reference?: string;
}

/** What dispatch knows, from its projections, that decides a request. */
export interface AcceptanceFacts {
  /** The campaign by id, if it may send (and the account's own). */
  campaign(campaignId: string): SendableCampaign | undefined;
  /** The campaign a number may send for now, if any. */
  senderOf(phoneNumber: string): SendableSender | undefined;
  pool(campaignId: string): SendableSender[];
  sticky(campaignId: string, recipient: string): string | null;
  optOut(recipient: string, campaign: SendableCampaign): 'CAMPAIGN' | 'BRAND' | 'GLOBAL' | null;
  smartEncoding(campaignId: string): boolean;
}

export type Acceptance =
  | { ok: true; message: MessageAccepted; sticky: { campaignId: string; recipient: string; sender: string } }
  | { ok: false; error: DomainError };

const E164 = /^\+[1-9]\d{7,14}$/;

function fieldProblems(request: SendRequest, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (!E164.test(request.to))
    errors.push({ field: 'to', message: 'must be an E.164 number, like +13125550123' });
  else if (!isUsNumber(request.to))
    errors.push({ field: 'to', message: 'must be a US number (10DLC reaches US numbers only)' });
  if (request.from !== undefined && !E164.test(request.from))
    errors.push({ field: 'from', message: 'must be an E.164 number, like +12125550100' });
  if (request.campaignId === undefined && request.from === undefined)
    errors.push({ field: 'campaignId', message: 'give the campaign, a sender (from), or both' });
  for (const [field, value] of [
    ['sendAt', request.sendAt],
    ['expiresAt', request.expiresAt],
  ] as const) {
    if (value !== undefined && Number.isNaN(Date.parse(value)))
      errors.push({ field, message: 'must be an ISO 8601 date-time' });
  }
  if (request.expiresAt !== undefined && Date.parse(request.expiresAt) <= now.getTime())
    errors.push({ field: 'expiresAt', message: 'must be in the future' });
  if (request.statusCallbackUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(request.statusCallbackUrl))
    errors.push({ field: 'statusCallbackUrl', message: 'must be an http(s) URL' });
  return errors;
}

const refused = (error: DomainError): Acceptance => ({ ok: false, error });

/** Decides one request against what dispatch knows; pure (time and ids come in). */
export function decideAcceptance(
  request: SendRequest,
  facts: AcceptanceFacts,
  now: Date,
  messageId: string,
  /** A compliance reply's kind (OPT_OUT_CONFIRMATION, HELP…): sent despite an opt-out; null for partners'. */
  complianceReply: string | null = null,
): Acceptance {
  const errors = fieldProblems(request, now);
  const explicit = request.from ? facts.senderOf(request.from) : undefined;
  const campaignId = request.campaignId ?? explicit?.campaignId;
  const smart = campaignId ? facts.smartEncoding(campaignId) : false;
  const body = validateBody(request.text ?? '', request.mediaUrls ?? [], { smartEncoding: smart });
  errors.push(...body.map(({ field, message }) => ({ field, message })));
  if (errors.length > 0) {
    const code = errors.length === 1 && body.length === 1 ? body[0]?.code : undefined;
    return refused(new ValidationError(errors, code ? { code } : {}));
  }
  const campaign = campaignId ? facts.campaign(campaignId) : undefined;
  if (!campaign) {
    return refused(
      new ConflictError(
        'CAMPAIGN_NOT_SENDABLE',
        campaignId
          ? `Campaign ${campaignId} may not send: it is unknown, not approved, suspended or expired`
          : `Number ${request.from} is not assigned to a campaign that may send`,
      ),
    );
  }
  if (request.from && explicit?.campaignId !== campaign.campaignId) {
    return refused(
      new ConflictError(
        'SENDER_NOT_ASSIGNED',
        `Number ${request.from} is not assigned to campaign ${campaign.campaignId}`,
      ),
    );
  }
  const sender =
    explicit ??
    chooseSender(facts.pool(campaign.campaignId), request.to, facts.sticky(campaign.campaignId, request.to));
  if (!sender) {
    return refused(
      new ConflictError('NO_SENDER_AVAILABLE', `Campaign ${campaign.campaignId} has no number that may send`),
    );
  }
  const optOut = complianceReply ? null : facts.optOut(request.to, campaign);
  if (optOut) {
    return refused(
      new ConflictError(
        'RECIPIENT_OPTED_OUT',
        `${request.to} has opted out (${optOut.toLowerCase()} scope)`,
        {
          details: { scope: optOut },
        },
      ),
    );
  }
  const encoded = encode(request.text ?? '', { smartEncoding: smart });
  const sendAt = request.sendAt ? Date.parse(request.sendAt) : null;
  const validFrom = sendAt ?? now.getTime();
  const expiresAt = request.expiresAt
    ? Date.parse(request.expiresAt)
    : request.validityPeriodSeconds
      ? validFrom + request.validityPeriodSeconds * 1000
      : null;
  const useCase = campaign.useCase ?? 'MIXED';
  return {
    ok: true,
    message: {
      messageId,
      campaignId: campaign.campaignId,
      brandId: campaign.brandId,
      useCase,
      from: sender.phoneNumber,
      to: request.to,
      text: encoded.text,
      mediaUrls: request.mediaUrls ?? [],
      encoding: encoded.encoding,
      segments: encoded.segments,
      priority: priorityOf(useCase),
      sendAt: sendAt !== null && sendAt > now.getTime() ? sendAt : null,
      expiresAt,
      statusCallbackUrl: request.statusCallbackUrl ?? null,
      reference: request.reference ?? null,
      complianceReply,
    },
    sticky: { campaignId: campaign.campaignId, recipient: request.to, sender: sender.phoneNumber },
  };
}
