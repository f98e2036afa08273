import type {
  CampaignExpired,
  CampaignForwarded,
  CampaignRejected,
  CampaignSuspended,
} from '@longcode/contracts';
import { ConflictError, DomainError, NotFoundError, ValidationError } from '@longcode/kit';
import { carrierThroughput, type ThroughputInput } from '../throughput/index.js';
import {
  type CampaignEvent,
  type CampaignState,
  type CampaignStatus,
  contentOf,
  type Drafted,
  type DraftUpdated,
  type ExistingCampaign,
} from './campaign.js';
import { hasBlockingFindings, lintCampaign } from './lint/index.js';
import {
  type BrandFacts,
  contentErrors,
  limitErrors,
  lintDraftOf,
  requireApprovedBrand,
  requireCampaignAllowance,
  requireUseCaseOfBrand,
  throughputOf,
} from './rules.js';

/** A partner drafts a campaign (with the id the caller assigned) for one of its brands. */
export interface DraftCampaign {
  type: 'DraftCampaign';
  data: Drafted;
  /** The brand `data.brandId` names, as its stream has it; null when there is none. */
  brand: BrandFacts | null;
  /** How many campaigns that brand has that have not expired. */
  campaignsOfBrand: number;
}
/** The partner replaces the content of a draft or rejected campaign. */
export interface UpdateDraft {
  type: 'UpdateDraft';
  data: DraftUpdated;
}
/** The partner sends a draft (or a corrected rejected campaign) to the registry, if the lint lets it. */
export interface SubmitCampaign {
  type: 'SubmitCampaign';
  data: { campaignId: string };
  /** The campaign's brand, as its stream has it now. */
  brand: BrandFacts | null;
}
/** The registration provider took the submitted campaign. */
export interface RecordForwarding {
  type: 'RecordForwarding';
  data: CampaignForwarded;
}
/** The registry accepted the campaign. */
export interface ApproveCampaign {
  type: 'ApproveCampaign';
  data: {
    campaignId: string;
    registryCampaignId: string;
    /** Limits the registry or provider set on the campaign; null for none. */
    dailyLimit: number | null;
    monthlyLimit: number | null;
  };
  /** The brand's facts its carrier throughput depends on, as they stand at approval. */
  brand: Pick<ThroughputInput, 'entityType' | 'brandKind' | 'vettingScore' | 'governmentEntityVerified'>;
}
/** The registry or a carrier refused the campaign. */
export interface RejectCampaign {
  type: 'RejectCampaign';
  data: CampaignRejected;
}
/** The registry or a carrier suspended the campaign. */
export interface SuspendCampaign {
  type: 'SuspendCampaign';
  data: CampaignSuspended;
}
/** The campaign's term ended without renewal. */
export interface ExpireCampaign {
  type: 'ExpireCampaign';
  data: CampaignExpired;
}

export type CampaignCommand =
  | DraftCampaign
  | UpdateDraft
  | SubmitCampaign
  | RecordForwarding
  | ApproveCampaign
  | RejectCampaign
  | SuspendCampaign
  | ExpireCampaign;

function existing(state: CampaignState, campaignId: string): ExistingCampaign {
  if (!state.exists) throw new NotFoundError('CAMPAIGN_NOT_FOUND', `Campaign ${campaignId} does not exist`);
  return state;
}

/** Refuses, with a stable code, a transition the campaign's status does not allow. */
function requireStatus(campaign: ExistingCampaign, allowed: CampaignStatus[], code: string, action: string) {
  if (!allowed.includes(campaign.status)) {
    throw new ConflictError(
      code,
      `Campaign ${campaign.campaignId} is ${campaign.status}; only a ${allowed.join(' or ')} campaign can be ${action}`,
      { details: { status: campaign.status } },
    );
  }
}
const editable: CampaignStatus[] = ['DRAFT', 'REJECTED'];

function draftCampaign(
  { data, brand, campaignsOfBrand }: DraftCampaign,
  state: CampaignState,
): CampaignEvent[] {
  if (state.exists) {
    throw new ConflictError('CAMPAIGN_ALREADY_EXISTS', `Campaign ${data.campaignId} already exists`);
  }
  const approved = requireApprovedBrand(brand, data.brandId, data.accountId);
  requireUseCaseOfBrand(data, approved.entityType === 'SOLE_PROPRIETOR');
  requireCampaignAllowance(approved, campaignsOfBrand);
  const errors = contentErrors(data);
  if (errors.length > 0) throw new ValidationError(errors);
  return [{ type: 'longcode.registration.CampaignDrafted', data }];
}

function updateDraft({ data }: UpdateDraft, state: CampaignState): CampaignEvent[] {
  const campaign = existing(state, data.campaignId);
  requireStatus(campaign, editable, 'CAMPAIGN_NOT_EDITABLE', 'updated');
  // Drafting checked the use case against the brand; the sole-proprietor one marks a sole-proprietor brand.
  requireUseCaseOfBrand(data, campaign.useCase === 'SOLE_PROPRIETOR');
  const errors = contentErrors(data);
  if (errors.length > 0) throw new ValidationError(errors);
  return [{ type: 'longcode.registration.CampaignDraftUpdated', data }];
}

function submitCampaign({ data, brand }: SubmitCampaign, state: CampaignState): CampaignEvent[] {
  const campaign = existing(state, data.campaignId);
  requireStatus(campaign, editable, 'CAMPAIGN_NOT_EDITABLE', 'submitted');
  const approved = requireApprovedBrand(brand, campaign.brandId, campaign.accountId);
  const findings = lintCampaign(lintDraftOf(contentOf(campaign), approved));
  if (hasBlockingFindings(findings)) {
    throw new DomainError(
      'CAMPAIGN_LINT_FAILED',
      `Campaign ${data.campaignId} has findings that carriers refuse; fix the errors and submit again`,
      { status: 422, details: { findings } },
    );
  }
  const lintWarnings = [...new Set(findings.map((finding) => finding.code))];
  return [
    {
      type: 'longcode.registration.CampaignSubmitted',
      data: { campaignId: data.campaignId, attempt: campaign.submissions + 1, lintWarnings },
    },
  ];
}

function recordForwarding({ data }: RecordForwarding, state: CampaignState): CampaignEvent[] {
  requireStatus(existing(state, data.campaignId), ['SUBMITTED'], 'CAMPAIGN_NOT_SUBMITTED', 'forwarded');
  return [{ type: 'longcode.registration.CampaignForwarded', data }];
}

function approveCampaign({ data, brand }: ApproveCampaign, state: CampaignState): CampaignEvent[] {
  const campaign = existing(state, data.campaignId);
  requireStatus(campaign, ['SUBMITTED'], 'CAMPAIGN_NOT_SUBMITTED', 'approved');
  const { campaignId, registryCampaignId, ...limits } = data;
  const errors = limitErrors(limits);
  if (errors.length > 0) throw new ValidationError(errors);
  // Pure, so computed here: the use case comes from the campaign itself and the tables' date is stamped now.
  const carriers = carrierThroughput({ ...brand, useCase: campaign.useCase, specialApproved: false });
  const throughput = throughputOf(carriers, limits);
  return [
    {
      type: 'longcode.registration.CampaignApproved',
      data: {
        campaignId,
        brandId: campaign.brandId,
        registryCampaignId,
        throughput,
        useCase: campaign.useCase,
      },
    },
  ];
}

function rejectCampaign({ data }: RejectCampaign, state: CampaignState): CampaignEvent[] {
  requireStatus(existing(state, data.campaignId), ['SUBMITTED'], 'CAMPAIGN_NOT_SUBMITTED', 'rejected');
  if (data.reasons.length === 0) {
    throw new ValidationError([{ field: 'reasons', message: 'must give at least one reason' }]);
  }
  return [{ type: 'longcode.registration.CampaignRejected', data }];
}

function suspendCampaign({ data }: SuspendCampaign, state: CampaignState): CampaignEvent[] {
  requireStatus(existing(state, data.campaignId), ['APPROVED'], 'CAMPAIGN_NOT_APPROVED', 'suspended');
  return [{ type: 'longcode.registration.CampaignSuspended', data }];
}

function expireCampaign({ data }: ExpireCampaign, state: CampaignState): CampaignEvent[] {
  const campaign = existing(state, data.campaignId);
  requireStatus(campaign, ['APPROVED', 'SUSPENDED'], 'CAMPAIGN_NOT_REGISTERED', 'expired');
  return [{ type: 'longcode.registration.CampaignExpired', data }];
}

/** Pure: what a command on a campaign produces, or a domain error. */
export function decideCampaign(command: CampaignCommand, state: CampaignState): CampaignEvent[] {
  switch (command.type) {
    case 'DraftCampaign':
      return draftCampaign(command, state);
    case 'UpdateDraft':
      return updateDraft(command, state);
    case 'SubmitCampaign':
      return submitCampaign(command, state);
    case 'RecordForwarding':
      return recordForwarding(command, state);
    case 'ApproveCampaign':
      return approveCampaign(command, state);
    case 'RejectCampaign':
      return rejectCampaign(command, state);
    case 'SuspendCampaign':
      return suspendCampaign(command, state);
    case 'ExpireCampaign':
      return expireCampaign(command, state);
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}
