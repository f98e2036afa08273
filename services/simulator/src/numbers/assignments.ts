import type { TelnyxCampaign } from '../campaign/campaign.js';
import {
  type TelnyxError,
  type TelnyxValidation,
  telnyxError,
  validateTelnyxBody,
} from '../telnyx-errors.js';
import { type PhoneNumber, type PhoneNumberCampaign, tenDlcTime } from './wire.js';

/** The body of `POST /10dlc/phone_number_campaigns` (`PhoneNumberCampaignCreate`). */
export interface PhoneNumberCampaignCreate {
  phoneNumber: string;
  campaignId: string;
}

/** The simulator's assignment rule (SIM_FAIL_ASSIGNMENT_NUMBERS). */
export interface AssignmentRules {
  failNumbers?: RegExp;
}

type Campaign = Pick<
  TelnyxCampaign,
  'campaignId' | 'brandId' | 'tcrBrandId' | 'tcrCampaignId' | 'campaignStatus'
>;

export function validateAssignmentRequest(body: unknown): TelnyxValidation<PhoneNumberCampaignCreate> {
  return validateTelnyxBody<PhoneNumberCampaignCreate>(body, {
    shape(fields) {
      return (['phoneNumber', 'campaignId'] as const).flatMap((field) =>
        typeof fields[field] === 'string' && fields[field] !== ''
          ? []
          : [telnyxError('10004', `The '${field}' parameter is required.`, field)],
      );
    },
    format({ phoneNumber }) {
      return /^\+[1-9]\d{7,14}$/.test(phoneNumber)
        ? []
        : [telnyxError('10016', "The 'phoneNumber' parameter must be in +E.164 format.", 'phoneNumber')];
    },
  });
}

export type Refusal = { ok: false; status: 404 | 422; errors: TelnyxError[] };

/**
 * Whether the number can be linked to the campaign: the campaign (found by Telnyx's id or TCR's) must be
 * one the carriers provisioned, the number active on the account and without another live link.
 */
export function checkAssignment(
  request: PhoneNumberCampaignCreate,
  campaign: Campaign | undefined,
  number: PhoneNumber | undefined,
  current: PhoneNumberCampaign | undefined,
): { ok: true; campaign: Campaign } | Refusal {
  const { phoneNumber, campaignId } = request;
  if (!campaign) return refusal(404, '10005', `Campaign ${campaignId} not found.`, 'campaignId');
  if (campaign.campaignStatus !== 'MNO_PROVISIONED') {
    const status = campaign.campaignStatus;
    const detail = `Campaign ${campaignId} is ${status}: only a campaign the carriers provisioned can have numbers.`;
    return refusal(422, '10015', detail, 'campaignId');
  }
  if (!number) {
    return refusal(404, '10005', `Phone number ${phoneNumber} not found on this account.`, 'phoneNumber');
  }
  if (number.status !== 'active') {
    const detail = `Phone number ${phoneNumber} is ${number.status}, not active.`;
    return refusal(422, '10015', detail, 'phoneNumber');
  }
  if (current && current.assignmentStatus !== 'FAILED_ASSIGNMENT') {
    const detail = `Phone number ${phoneNumber} is already assigned to campaign ${current.campaignId}.`;
    return refusal(422, '10015', detail, 'phoneNumber');
  }
  return { ok: true, campaign };
}

function refusal(status: 404 | 422, code: '10005' | '10015', detail: string, field: string): Refusal {
  return { ok: false, status, errors: [telnyxError(code, detail, field)] };
}

/** The link as created: pending while the carriers provision the number. */
export function newAssignment(phoneNumber: string, campaign: Campaign, now: Date): PhoneNumberCampaign {
  const at = tenDlcTime(now);
  return {
    phoneNumber,
    campaignId: campaign.campaignId,
    brandId: campaign.brandId,
    ...(campaign.tcrBrandId === undefined ? {} : { tcrBrandId: campaign.tcrBrandId }),
    ...(campaign.tcrCampaignId === undefined ? {} : { tcrCampaignId: campaign.tcrCampaignId }),
    telnyxCampaignId: campaign.campaignId,
    assignmentStatus: 'PENDING_ASSIGNMENT',
    createdAt: at,
    updatedAt: at,
  };
}

/** The carrier that refuses numbers in the simulator, as it refuses campaigns. */
export const REFUSING_CARRIER = 'T-Mobile';

/** The link once the carriers answered: assigned, unless the number matches the failure rule. */
export function decidedAssignment(
  link: PhoneNumberCampaign,
  rules: AssignmentRules,
  now: Date,
): PhoneNumberCampaign {
  const updatedAt = tenDlcTime(now);
  const campaign = link.tcrCampaignId ?? link.campaignId;
  if (!rules.failNumbers?.test(link.phoneNumber)) return { ...link, assignmentStatus: 'ASSIGNED', updatedAt };
  return {
    ...link,
    assignmentStatus: 'FAILED_ASSIGNMENT',
    failureReasons: `${REFUSING_CARRIER} refused to provision ${link.phoneNumber} for campaign ${campaign}`,
    updatedAt,
  };
}
