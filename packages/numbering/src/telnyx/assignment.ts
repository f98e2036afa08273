import type { CampaignAssignment, ProviderAssignmentStatus } from '../port.js';
import type { TelnyxAssignmentStatus, TelnyxPhoneNumberCampaign } from './wire.js';

/**
 * Telnyx's `assignmentStatus` in the port's words. While an unassignment is pending, or after it failed,
 * the number is still linked to its campaign: `assigned` (a failed unassignment keeps its reason).
 */
const STATUSES: Record<TelnyxAssignmentStatus, ProviderAssignmentStatus> = {
  PENDING_ASSIGNMENT: 'pending',
  ASSIGNED: 'assigned',
  FAILED_ASSIGNMENT: 'failed',
  PENDING_UNASSIGNMENT: 'assigned',
  FAILED_UNASSIGNMENT: 'assigned',
};

/** Telnyx's number↔campaign link (`PhoneNumberCampaign`, the body itself) as the port shows it. */
export function toCampaignAssignment(body: unknown): CampaignAssignment {
  const link = (typeof body === 'object' && body !== null ? body : {}) as TelnyxPhoneNumberCampaign;
  const known = link.assignmentStatus !== undefined && Object.hasOwn(STATUSES, link.assignmentStatus);
  // The status is optional in Telnyx's schema; without a known one, the link is not settled yet.
  const status = known ? STATUSES[link.assignmentStatus as TelnyxAssignmentStatus] : 'pending';
  const failed =
    link.assignmentStatus === 'FAILED_ASSIGNMENT' || link.assignmentStatus === 'FAILED_UNASSIGNMENT';
  return {
    status,
    failureReason: failed ? link.failureReasons || `Telnyx gave no reason (${link.assignmentStatus})` : null,
  };
}

/** Whether a link is to the campaign we asked for, by TCR's id or by Telnyx's. */
export function linksCampaign(body: unknown, campaignId: string): boolean {
  const link = (typeof body === 'object' && body !== null ? body : {}) as TelnyxPhoneNumberCampaign;
  return [link.tcrCampaignId, link.campaignId, link.telnyxCampaignId].includes(campaignId);
}
