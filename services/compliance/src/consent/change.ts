import { type FieldError, ValidationError } from '@longcode/kit';
import type { Scope } from './consent.js';
import type { ConsentChange } from './decide.js';

const E164 = /^\+[1-9]\d{7,14}$/;

/** A consent change as an account's API call asks for it (a web form, an agent, an import). */
export interface ChangeRequest {
  accountId: string;
  /** Who made it, for the ledger; `api <account>` unless told. */
  actor?: string | undefined;
  phoneNumber: string;
  scope: Scope;
  campaignId?: string | undefined;
  brandId?: string | undefined;
  how: 'API' | 'WEB_FORM';
  expiresAt?: string | undefined;
}

/**
 * The change an API call asks for, checked: an E.164 number, the id its scope names, an expiry (when
 * given) in the future. Throws a ValidationError naming every bad field.
 */
export function changeOf(request: ChangeRequest, now: Date): ConsentChange & { expiresAt: Date | null } {
  const { accountId, phoneNumber, scope, campaignId, brandId } = request;
  const errors: FieldError[] = [];
  if (!E164.test(phoneNumber))
    errors.push({ field: 'phoneNumber', message: 'must be an E.164 number, like +13125550123' });
  if (scope === 'CAMPAIGN' && !campaignId)
    errors.push({ field: 'campaignId', message: 'is required for CAMPAIGN scope' });
  if (scope === 'BRAND' && !brandId)
    errors.push({ field: 'brandId', message: 'is required for BRAND scope' });
  const expiresAt = request.expiresAt === undefined ? null : new Date(request.expiresAt);
  if (
    expiresAt &&
    (Number.isNaN(expiresAt.getTime()) ||
      expiresAt.getTime() <= now.getTime() ||
      expiresAt.getUTCFullYear() > 9999)
  )
    errors.push({ field: 'expiresAt', message: 'must be a date-time in the future (before the year 10000)' });
  if (errors.length > 0) throw new ValidationError(errors);
  return {
    accountId,
    phoneNumber,
    scope,
    campaignId: campaignId ?? null,
    brandId: brandId ?? null,
    how: request.how,
    keyword: null,
    sourceMessageId: null,
    inboundMessageId: null,
    actor: request.actor ?? `api ${accountId}`,
    expiresAt,
  };
}
