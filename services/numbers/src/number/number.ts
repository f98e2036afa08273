import type {
  Money,
  NumberActivated,
  NumberAssigned,
  NumberAssignmentFailed,
  NumberAssignmentRequested,
  NumberOrderFailed,
  NumberOrderPlaced,
  NumberPortInRequested,
  NumberReinstated,
  NumberReleased,
  NumberReserved,
  NumberSuspended,
  NumberUnassigned,
} from '@longcode/contracts';

/** The phone number aggregate's events. Their payloads are generated from schemas/numbers/. */
export type NumberEvent =
  | { type: 'longcode.numbers.NumberReserved'; data: NumberReserved }
  | { type: 'longcode.numbers.NumberPortInRequested'; data: NumberPortInRequested }
  | { type: 'longcode.numbers.NumberOrderPlaced'; data: NumberOrderPlaced }
  | { type: 'longcode.numbers.NumberActivated'; data: NumberActivated }
  | { type: 'longcode.numbers.NumberOrderFailed'; data: NumberOrderFailed }
  | { type: 'longcode.numbers.NumberAssignmentRequested'; data: NumberAssignmentRequested }
  | { type: 'longcode.numbers.NumberAssigned'; data: NumberAssigned }
  | { type: 'longcode.numbers.NumberAssignmentFailed'; data: NumberAssignmentFailed }
  | { type: 'longcode.numbers.NumberUnassigned'; data: NumberUnassigned }
  | { type: 'longcode.numbers.NumberReleased'; data: NumberReleased }
  | { type: 'longcode.numbers.NumberSuspended'; data: NumberSuspended }
  | { type: 'longcode.numbers.NumberReinstated'; data: NumberReinstated };

/**
 * What the account sees: RESERVED while the order is with the provider, PORTING while a port-in is;
 * AVAILABLE once owned and free;
 * ASSIGNED while linked to a campaign (see the assignment's own status); SUSPENDED when it may not send;
 * RELEASED once given back (or never obtained).
 */
export type NumberStatus = 'RESERVED' | 'PORTING' | 'AVAILABLE' | 'ASSIGNED' | 'SUSPENDED' | 'RELEASED';

/** A number's link to a campaign: PENDING while the carriers provision it, then ASSIGNED. */
export interface Assignment {
  campaignId: string;
  brandId: string;
  registryCampaignId: string;
  status: 'PENDING' | 'ASSIGNED';
  requestedAt: Date;
}

export interface ExistingNumber {
  exists: true;
  phoneNumber: string;
  accountId: string;
  /** Where the number is in its life with this account. */
  lifecycle: 'ORDERING' | 'OWNED' | 'RELEASED';
  /** How the account obtains it: bought from the provider's inventory, or ported in from another carrier. */
  origin: 'ORDER' | 'PORT_IN';
  orderId: string;
  provider: string;
  providerOrderId: string | null;
  providerNumberId: string | null;
  areaCode: string;
  region: string | null;
  locality: string | null;
  rateCenter: string | null;
  features: string[];
  /** What it costs, when known (the provider quotes ordered numbers; a ported number's rate is the account's). */
  monthlyCost: Money | null;
  upfrontCost: Money | null;
  assignment: Assignment | null;
  /** The last refused assignment, so the account can see why. */
  lastAssignmentFailure: { campaignId: string; reason: string } | null;
  suspension: { reason: string } | null;
  /** Why it was released, or why its order failed. */
  releaseReason: string | null;
  reservedAt: Date;
  activatedAt: Date | null;
}

export type NumberState = { exists: false } | ExistingNumber;

export const initialNumberState: NumberState = { exists: false };

export function statusOf(number: ExistingNumber): NumberStatus {
  if (number.lifecycle === 'RELEASED') return 'RELEASED';
  if (number.lifecycle === 'ORDERING') return number.origin === 'PORT_IN' ? 'PORTING' : 'RESERVED';
  if (number.suspension) return 'SUSPENDED';
  return number.assignment ? 'ASSIGNED' : 'AVAILABLE';
}

type Dated<E> = E & { occurredAt: Date; accountId?: string };

export function evolveNumber(state: NumberState, event: Dated<NumberEvent>): NumberState {
  if (event.type === 'longcode.numbers.NumberReserved') return reserved(event.data, event);
  if (event.type === 'longcode.numbers.NumberPortInRequested') return portInRequested(event.data, event);
  if (!state.exists) return state; // a number's life starts with its reservation
  return evolveExisting(state, event);
}

function reserved(data: NumberReserved, event: Dated<NumberEvent>): ExistingNumber {
  return {
    exists: true,
    phoneNumber: data.phoneNumber,
    accountId: event.accountId ?? '',
    lifecycle: 'ORDERING',
    origin: 'ORDER',
    orderId: data.orderId,
    provider: data.provider,
    providerOrderId: null,
    providerNumberId: null,
    areaCode: data.areaCode,
    region: data.region,
    locality: data.locality,
    rateCenter: data.rateCenter,
    features: data.features,
    monthlyCost: data.monthlyCost,
    upfrontCost: data.upfrontCost,
    assignment: null,
    lastAssignmentFailure: null,
    suspension: null,
    releaseReason: null,
    reservedAt: event.occurredAt,
    activatedAt: null,
  };
}

function portInRequested(data: NumberPortInRequested, event: Dated<NumberEvent>): ExistingNumber {
  return {
    ...reserved(
      {
        ...data,
        locality: null,
        rateCenter: null,
        features: [],
        monthlyCost: { amount: '0', currency: 'USD' },
        upfrontCost: { amount: '0', currency: 'USD' },
      },
      event,
    ),
    origin: 'PORT_IN',
    monthlyCost: null,
    upfrontCost: null,
  };
}

function evolveExisting(state: ExistingNumber, event: Dated<NumberEvent>): ExistingNumber {
  switch (event.type) {
    case 'longcode.numbers.NumberReserved':
    case 'longcode.numbers.NumberPortInRequested':
      return state;
    case 'longcode.numbers.NumberOrderPlaced':
      return { ...state, providerOrderId: event.data.providerOrderId };
    case 'longcode.numbers.NumberActivated':
      return {
        ...state,
        lifecycle: 'OWNED',
        providerNumberId: event.data.providerNumberId,
        activatedAt: event.occurredAt,
      };
    case 'longcode.numbers.NumberOrderFailed':
      return { ...state, lifecycle: 'RELEASED', releaseReason: event.data.reason };
    case 'longcode.numbers.NumberAssignmentRequested': {
      const { campaignId, brandId, registryCampaignId } = event.data;
      const assignment: Assignment = {
        campaignId,
        brandId,
        registryCampaignId,
        status: 'PENDING',
        requestedAt: event.occurredAt,
      };
      return { ...state, assignment };
    }
    case 'longcode.numbers.NumberAssigned':
      return state.assignment ? { ...state, assignment: { ...state.assignment, status: 'ASSIGNED' } } : state;
    case 'longcode.numbers.NumberAssignmentFailed':
      return {
        ...state,
        assignment: null,
        lastAssignmentFailure: { campaignId: event.data.campaignId, reason: event.data.reason },
      };
    case 'longcode.numbers.NumberUnassigned':
      return { ...state, assignment: null };
    case 'longcode.numbers.NumberReleased':
      return { ...state, lifecycle: 'RELEASED', releaseReason: event.data.reason, suspension: null };
    case 'longcode.numbers.NumberSuspended':
      return { ...state, suspension: { reason: event.data.reason } };
    case 'longcode.numbers.NumberReinstated':
      return { ...state, suspension: null };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}
