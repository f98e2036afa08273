import type { TelnyxCampaign } from '../campaign/campaign.js';
import type { PhoneNumber, PhoneNumberCampaign } from '../numbers/wire.js';
import { messagingError, type Refusal, refusal } from './errors.js';

/** What the account knows of a sending number: the number, its 10DLC link, and the linked campaign. */
export interface SenderFacts {
  number: PhoneNumber | undefined;
  link: PhoneNumberCampaign | undefined;
  campaign: Pick<TelnyxCampaign, 'campaignStatus' | 'tcrCampaignId'> | undefined;
}

/**
 * Whether `from` may send: it must be an active number on the account (else 40305, "Invalid 'from'
 * address"), assigned to a campaign the carriers provisioned (else 40010, "Not 10DLC registered"; a
 * suspended or expired campaign counts as not provisioned).
 */
export function senderRefusal(from: string, { number, link, campaign }: SenderFacts): Refusal | null {
  if (number?.status !== 'active') {
    const detail = `The 'from' address ${from} is not an active number on this account.`;
    return refusal(400, messagingError('40305', detail, 'from'));
  }
  if (link?.assignmentStatus !== 'ASSIGNED' || campaign?.campaignStatus !== 'MNO_PROVISIONED') {
    const detail = `The sending number ${from} is not assigned to a 10DLC campaign the carriers provisioned.`;
    return refusal(400, messagingError('40010', detail, 'from'));
  }
  return null;
}

/**
 * A recipient matching SIM_BLOCKED_RECIPIENTS is refused as one who texted STOP (40300), with the detail
 * a live Telnyx answer carries; 409 as that answer was reported (Telnyx documents no status for it).
 */
export function recipientRefusal(from: string, to: string, blocked: RegExp | undefined): Refusal | null {
  if (!blocked?.test(to)) return null;
  const detail = `Messages cannot be sent from '${from}' to '${to}' due to an existing block rule.`;
  return refusal(409, messagingError('40300', detail, 'to'));
}
