import type {
  BrandApproved,
  BrandCreated,
  BrandIdentityStatus,
  BrandRejected,
  BrandResubmitted,
  BrandSubmitted,
  BrandSuspended,
  BrandVetted,
  RegistrationRejectionReason,
} from '@longcode/contracts';

/** The brand aggregate's events. Their payloads are generated from schemas/registration/. */
export type BrandEvent =
  | { type: 'longcode.registration.BrandCreated'; data: BrandCreated }
  | { type: 'longcode.registration.BrandVetted'; data: BrandVetted }
  | { type: 'longcode.registration.BrandApproved'; data: BrandApproved }
  | { type: 'longcode.registration.BrandRejected'; data: BrandRejected }
  | { type: 'longcode.registration.BrandSuspended'; data: BrandSuspended }
  | { type: 'longcode.registration.BrandResubmitted'; data: BrandResubmitted }
  | { type: 'longcode.registration.BrandSubmitted'; data: BrandSubmitted };

/** pending → approved | rejected; approved → suspended; rejected → (resubmitted) pending. */
export type BrandStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'SUSPENDED';

export interface Vetting {
  provider: string;
  vettingClass: string;
  score: number;
  vettedAt: Date;
}

export type ExistingBrand = BrandCreated & {
  exists: true;
  status: BrandStatus;
  createdAt: Date;
  /** Where the brand went to the registry, once submitted. */
  submission: { provider: string; providerBrandId: string } | null;
  registryBrandId: string | null;
  identityStatus: BrandIdentityStatus | null;
  vetting: Vetting | null;
  rejectionReasons: RegistrationRejectionReason[];
  suspensionReason: string | null;
};

export type BrandState = { exists: false } | ExistingBrand;

export const initialBrandState: BrandState = { exists: false };

type Dated<E> = E & { occurredAt: Date };

export function evolveBrand(state: BrandState, event: Dated<BrandEvent>): BrandState {
  if (event.type === 'longcode.registration.BrandCreated') {
    return {
      ...event.data,
      exists: true,
      status: 'PENDING',
      createdAt: event.occurredAt,
      submission: null,
      registryBrandId: null,
      identityStatus: null,
      vetting: null,
      rejectionReasons: [],
      suspensionReason: null,
    };
  }
  if (!state.exists) return state; // events of a brand never created cannot be applied
  return evolveExisting(state, event);
}

function evolveExisting(state: ExistingBrand, event: Dated<BrandEvent>): ExistingBrand {
  switch (event.type) {
    case 'longcode.registration.BrandCreated':
      return state;
    case 'longcode.registration.BrandSubmitted': {
      const { provider, providerBrandId, registryBrandId } = event.data;
      return {
        ...state,
        submission: { provider, providerBrandId },
        registryBrandId: registryBrandId ?? state.registryBrandId,
      };
    }
    case 'longcode.registration.BrandVetted': {
      const { provider, vettingClass, score, vettedAt } = event.data;
      return { ...state, vetting: { provider, vettingClass, score, vettedAt: new Date(vettedAt) } };
    }
    case 'longcode.registration.BrandApproved':
      return {
        ...state,
        status: 'APPROVED',
        registryBrandId: event.data.registryBrandId,
        identityStatus: event.data.identityStatus,
        rejectionReasons: [],
      };
    case 'longcode.registration.BrandRejected':
      return { ...state, status: 'REJECTED', rejectionReasons: event.data.reasons };
    case 'longcode.registration.BrandSuspended':
      return { ...state, status: 'SUSPENDED', suspensionReason: event.data.reason };
    case 'longcode.registration.BrandResubmitted': {
      const { brandId: _brandId, ...corrected } = event.data;
      return { ...state, ...corrected, status: 'PENDING', rejectionReasons: [] };
    }
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}
