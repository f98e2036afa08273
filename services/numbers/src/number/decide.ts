import type { Money } from '@longcode/contracts';
import { ConflictError, NotFoundError } from '@longcode/kit';
import type { NumberOrder } from '@longcode/numbering';
import { type ExistingNumber, type NumberEvent, type NumberState, statusOf } from './number.js';

/** What the numbers service knows of a campaign (its projection of registration's events). */
export interface CampaignFacts {
  campaignId: string;
  accountId: string;
  brandId: string;
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'SUSPENDED' | 'EXPIRED';
  registryCampaignId: string | null;
  soleProprietor: boolean;
}

export type NumberCommand =
  | {
      type: 'ReserveNumber';
      data: {
        phoneNumber: string;
        orderId: string;
        provider: string;
        areaCode: string;
        region: string | null;
        locality: string | null;
        rateCenter: string | null;
        features: string[];
        monthlyCost: Money;
        upfrontCost: Money;
      };
    }
  | {
      type: 'RequestPortIn';
      data: {
        phoneNumber: string;
        orderId: string;
        provider: string;
        areaCode: string;
        region: string | null;
      };
    }
  | { type: 'RecordOrder'; data: { orderId: string; order: NumberOrder } }
  | { type: 'FailOrder'; data: { orderId: string; reason: string } }
  | { type: 'RequestAssignment'; data: { campaign: CampaignFacts } }
  | { type: 'ConfirmAssignment'; data: { campaignId: string } }
  | { type: 'FailAssignment'; data: { campaignId: string; reason: string } }
  | { type: 'Unassign'; data: { reason: 'REQUESTED' | 'CAMPAIGN_EXPIRED'; campaignId?: string } }
  | { type: 'ReleaseNumber'; data: { reason: string } }
  | { type: 'SuspendNumber'; data: { reason: string } }
  | { type: 'ReinstateNumber'; data: Record<string, never> };

const ev = <T extends NumberEvent['type']>(type: T, data: Extract<NumberEvent, { type: T }>['data']) =>
  ({ type, data }) as Extract<NumberEvent, { type: T }>;

const nameOf = (state: NumberState) => (state.exists ? state.phoneNumber : 'this number');

const notFound = (phoneNumber: string) =>
  new NotFoundError('NUMBER_NOT_FOUND', `Number ${phoneNumber} is not one of this account's numbers`);

/** The number as its owner may act on it: held (ordering or owned), not released. */
function held(state: NumberState): ExistingNumber {
  if (!state.exists || state.lifecycle === 'RELEASED') throw notFound(nameOf(state));
  return state;
}

function owned(state: NumberState): ExistingNumber {
  const number = held(state);
  if (number.lifecycle === 'ORDERING') {
    throw new ConflictError('NUMBER_NOT_ACTIVE', `Number ${number.phoneNumber} is not the account's yet`, {
      details: { status: statusOf(number) },
    });
  }
  return number;
}

/** A number nobody holds (never, or released since) may be ordered or ported in. */
function reserve(
  command: Extract<NumberCommand, { type: 'ReserveNumber' | 'RequestPortIn' }>,
  state: NumberState,
) {
  if (state.exists && state.lifecycle !== 'RELEASED') {
    throw new ConflictError('NUMBER_NOT_AVAILABLE', `Number ${command.data.phoneNumber} is already taken`, {
      details: { status: statusOf(state) },
    });
  }
  if (command.type === 'RequestPortIn') return [ev('longcode.numbers.NumberPortInRequested', command.data)];
  return [ev('longcode.numbers.NumberReserved', command.data)];
}

/**
 * What the provider says of the order (placed, completed, failed), applied once: ignored when it is about
 * another order or arrives after the order settled.
 */
function orderOutcome(
  command: Extract<NumberCommand, { type: 'RecordOrder' | 'FailOrder' }>,
  state: NumberState,
) {
  if (!state.exists || state.orderId !== command.data.orderId || state.lifecycle !== 'ORDERING') return [];
  const { phoneNumber } = state;
  const { orderId } = command.data;
  if (command.type === 'FailOrder') {
    return [ev('longcode.numbers.NumberOrderFailed', { phoneNumber, orderId, reason: command.data.reason })];
  }
  const { providerOrderId, status, providerNumberId, failureReason } = command.data.order;
  const placed =
    state.providerOrderId === providerOrderId
      ? []
      : [ev('longcode.numbers.NumberOrderPlaced', { phoneNumber, orderId, providerOrderId })];
  if (status === 'success') {
    return [...placed, ev('longcode.numbers.NumberActivated', { phoneNumber, orderId, providerNumberId })];
  }
  if (status === 'failure') {
    const reason = failureReason ?? 'the provider could not complete the order';
    return [...placed, ev('longcode.numbers.NumberOrderFailed', { phoneNumber, orderId, reason })];
  }
  return placed;
}

function requestAssignment(
  command: Extract<NumberCommand, { type: 'RequestAssignment' }>,
  state: NumberState,
) {
  const { campaign } = command.data;
  const number = owned(state);
  if (campaign.accountId !== number.accountId) {
    throw new NotFoundError('CAMPAIGN_NOT_FOUND', `Campaign ${campaign.campaignId} does not exist`);
  }
  if (number.assignment?.campaignId === campaign.campaignId) return [];
  if (number.assignment) {
    throw new ConflictError(
      'NUMBER_ALREADY_ASSIGNED',
      `Number ${number.phoneNumber} belongs to campaign ${number.assignment.campaignId}; unassign it first`,
      { details: { campaignId: number.assignment.campaignId } },
    );
  }
  if (number.suspension) {
    throw new ConflictError(
      'NUMBER_SUSPENDED',
      `Number ${number.phoneNumber} is suspended: ${number.suspension.reason}`,
    );
  }
  if (campaign.status !== 'APPROVED' || campaign.registryCampaignId === null) {
    throw new ConflictError(
      'CAMPAIGN_NOT_APPROVED',
      `Campaign ${campaign.campaignId} is ${campaign.status.toLowerCase()}: numbers go to approved campaigns only`,
      { details: { campaignStatus: campaign.status } },
    );
  }
  return [
    ev('longcode.numbers.NumberAssignmentRequested', {
      phoneNumber: number.phoneNumber,
      campaignId: campaign.campaignId,
      brandId: campaign.brandId,
      registryCampaignId: campaign.registryCampaignId,
    }),
  ];
}

/** The carriers' answer about a pending assignment: applied once, ignored when it is about another one. */
function assignmentOutcome(
  command: Extract<NumberCommand, { type: 'ConfirmAssignment' | 'FailAssignment' }>,
  state: NumberState,
) {
  if (!state.exists || state.assignment?.campaignId !== command.data.campaignId) return [];
  if (state.assignment.status !== 'PENDING') return [];
  const { phoneNumber, areaCode, region } = state;
  if (command.type === 'ConfirmAssignment') {
    return [
      ev('longcode.numbers.NumberAssigned', {
        phoneNumber,
        campaignId: command.data.campaignId,
        areaCode,
        region,
      }),
    ];
  }
  return [ev('longcode.numbers.NumberAssignmentFailed', { phoneNumber, ...command.data })];
}

function unassign(command: Extract<NumberCommand, { type: 'Unassign' }>, state: NumberState) {
  const { campaignId, reason } = command.data;
  if (campaignId !== undefined) {
    // On behalf of a campaign (it expired): only if the number is still that campaign's.
    if (!state.exists || state.assignment?.campaignId !== campaignId) return [];
    return [ev('longcode.numbers.NumberUnassigned', { phoneNumber: state.phoneNumber, campaignId, reason })];
  }
  const number = owned(state);
  if (!number.assignment) {
    throw new ConflictError('NUMBER_NOT_ASSIGNED', `Number ${number.phoneNumber} has no campaign`);
  }
  return [
    ev('longcode.numbers.NumberUnassigned', {
      phoneNumber: number.phoneNumber,
      campaignId: number.assignment.campaignId,
      reason,
    }),
  ];
}

function release(command: Extract<NumberCommand, { type: 'ReleaseNumber' }>, state: NumberState) {
  const number = owned(state);
  const { phoneNumber, assignment } = number;
  return [
    ...(assignment
      ? [
          ev('longcode.numbers.NumberUnassigned', {
            phoneNumber,
            campaignId: assignment.campaignId,
            reason: 'RELEASED',
          }),
        ]
      : []),
    ev('longcode.numbers.NumberReleased', { phoneNumber, reason: command.data.reason }),
  ];
}

function suspend(command: Extract<NumberCommand, { type: 'SuspendNumber' }>, state: NumberState) {
  const number = owned(state);
  if (number.suspension) return [];
  return [
    ev('longcode.numbers.NumberSuspended', { phoneNumber: number.phoneNumber, reason: command.data.reason }),
  ];
}

function reinstate(state: NumberState) {
  const number = owned(state);
  if (!number.suspension) {
    throw new ConflictError('NUMBER_NOT_SUSPENDED', `Number ${number.phoneNumber} is not suspended`);
  }
  return [ev('longcode.numbers.NumberReinstated', { phoneNumber: number.phoneNumber })];
}

export function decideNumber(command: NumberCommand, state: NumberState): NumberEvent[] {
  switch (command.type) {
    case 'ReserveNumber':
    case 'RequestPortIn':
      return reserve(command, state);
    case 'RecordOrder':
    case 'FailOrder':
      return orderOutcome(command, state);
    case 'RequestAssignment':
      return requestAssignment(command, state);
    case 'ConfirmAssignment':
    case 'FailAssignment':
      return assignmentOutcome(command, state);
    case 'Unassign':
      return unassign(command, state);
    case 'ReleaseNumber':
      return release(command, state);
    case 'SuspendNumber':
      return suspend(command, state);
    case 'ReinstateNumber':
      return reinstate(state);
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}
