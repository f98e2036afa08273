import type {
  CampaignApproved,
  CampaignDrafted,
  CampaignDraftUpdated,
  CampaignExpired,
  CampaignForwarded,
  CampaignRejected,
  CampaignRejectionReason,
  CampaignSubmitted,
  CampaignSuspended,
  CampaignThroughput,
} from '@longcode/contracts';
import type { CampaignUseCase } from './use-cases.js';

/** Avro carries use cases as strings (2FA is no Avro enum symbol); the aggregate only writes known ones. */
type WithUseCases<T> = Omit<T, 'useCase' | 'subUseCases'> & {
  useCase: CampaignUseCase;
  subUseCases: CampaignUseCase[];
};

export type Drafted = WithUseCases<CampaignDrafted>;
export type DraftUpdated = WithUseCases<CampaignDraftUpdated>;

/** What a partner writes and may correct while the campaign is a draft or rejected. */
export type CampaignContent = Omit<DraftUpdated, 'campaignId'>;

/** The campaign aggregate's events. Their payloads are generated from schemas/registration/. */
export type CampaignEvent =
  | { type: 'longcode.registration.CampaignDrafted'; data: Drafted }
  | { type: 'longcode.registration.CampaignDraftUpdated'; data: DraftUpdated }
  | { type: 'longcode.registration.CampaignSubmitted'; data: CampaignSubmitted }
  | { type: 'longcode.registration.CampaignForwarded'; data: CampaignForwarded }
  | { type: 'longcode.registration.CampaignApproved'; data: CampaignApproved }
  | { type: 'longcode.registration.CampaignRejected'; data: CampaignRejected }
  | { type: 'longcode.registration.CampaignSuspended'; data: CampaignSuspended }
  | { type: 'longcode.registration.CampaignExpired'; data: CampaignExpired };

/**
 * draft → submitted → approved | rejected; approved → suspended; approved | suspended → expired;
 * rejected → (updated) → submitted again.
 */
export type CampaignStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'SUSPENDED' | 'EXPIRED';

export type ExistingCampaign = Drafted & {
  exists: true;
  status: CampaignStatus;
  createdAt: Date;
  /** When it last went to the registry; null while never submitted. */
  submittedAt: Date | null;
  /** How many times it was submitted (first submission and resubmissions). */
  submissions: number;
  /** Codes of the lint warnings of the last submission. */
  lintWarnings: string[];
  registryCampaignId: string | null;
  /** Where the latest submission went to the registry, once forwarded. */
  forwarding: { provider: string; providerCampaignId: string } | null;
  throughput: CampaignThroughput | null;
  rejectionReasons: CampaignRejectionReason[];
  suspension: { reason: string; carrier: string | null } | null;
};

export type CampaignState = { exists: false } | ExistingCampaign;

/** The content of a campaign, without its ids and lifecycle. */
export function contentOf(campaign: CampaignContent): CampaignContent {
  return {
    useCase: campaign.useCase,
    subUseCases: campaign.subUseCases,
    description: campaign.description,
    messageFlow: campaign.messageFlow,
    sampleMessages: campaign.sampleMessages,
    helpMessage: campaign.helpMessage,
    optOutMessage: campaign.optOutMessage,
    optInMessage: campaign.optInMessage,
    helpKeywords: campaign.helpKeywords,
    optOutKeywords: campaign.optOutKeywords,
    optInKeywords: campaign.optInKeywords,
    flags: campaign.flags,
    autoRenewal: campaign.autoRenewal,
  };
}

export const initialCampaignState: CampaignState = { exists: false };

type Dated<E> = E & { occurredAt: Date };

export function evolveCampaign(state: CampaignState, event: Dated<CampaignEvent>): CampaignState {
  if (event.type === 'longcode.registration.CampaignDrafted') {
    return {
      ...event.data,
      exists: true,
      status: 'DRAFT',
      createdAt: event.occurredAt,
      submittedAt: null,
      submissions: 0,
      lintWarnings: [],
      registryCampaignId: null,
      forwarding: null,
      throughput: null,
      rejectionReasons: [],
      suspension: null,
    };
  }
  if (!state.exists) return state; // events of a campaign never drafted cannot be applied
  return evolveExisting(state, event);
}

function evolveExisting(state: ExistingCampaign, event: Dated<CampaignEvent>): ExistingCampaign {
  switch (event.type) {
    case 'longcode.registration.CampaignDrafted':
      return state;
    case 'longcode.registration.CampaignDraftUpdated': {
      const { campaignId: _campaignId, ...content } = event.data;
      return { ...state, ...content };
    }
    case 'longcode.registration.CampaignSubmitted':
      return {
        ...state,
        status: 'SUBMITTED',
        submittedAt: event.occurredAt,
        submissions: event.data.attempt,
        lintWarnings: event.data.lintWarnings,
        rejectionReasons: [],
      };
    case 'longcode.registration.CampaignForwarded': {
      const { provider, providerCampaignId, registryCampaignId } = event.data;
      return {
        ...state,
        forwarding: { provider, providerCampaignId },
        registryCampaignId: registryCampaignId ?? state.registryCampaignId,
      };
    }
    case 'longcode.registration.CampaignApproved':
      return {
        ...state,
        status: 'APPROVED',
        registryCampaignId: event.data.registryCampaignId,
        throughput: event.data.throughput,
      };
    case 'longcode.registration.CampaignRejected':
      return { ...state, status: 'REJECTED', rejectionReasons: event.data.reasons };
    case 'longcode.registration.CampaignSuspended':
      return {
        ...state,
        status: 'SUSPENDED',
        suspension: { reason: event.data.reason, carrier: event.data.carrier },
      };
    case 'longcode.registration.CampaignExpired':
      return { ...state, status: 'EXPIRED' };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}
