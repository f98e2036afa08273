import type { DomainError } from '@longcode/kit';
import { type CampaignFacts, decideNumber, type NumberCommand } from './decide.js';
import { evolveNumber, initialNumberState, type NumberState } from './number.js';

export const phoneNumber = '+12125550123';
export const accountId = 'acct-1';
export const orderId = 'order-1';
const usd = (amount: string) => ({ amount, currency: 'USD' });

export const reserve = (): NumberCommand => ({
  type: 'ReserveNumber',
  data: {
    phoneNumber,
    orderId,
    provider: 'telnyx',
    areaCode: '212',
    region: 'NY',
    locality: 'New York',
    rateCenter: 'NWYRCYZN01',
    features: ['sms', 'mms'],
    monthlyCost: usd('1.00'),
    upfrontCost: usd('1.00'),
  },
});
export const requestPortIn = (): NumberCommand => ({
  type: 'RequestPortIn',
  data: { phoneNumber, orderId, provider: 'telnyx', areaCode: '212', region: 'NY' },
});
const order = (status: 'pending' | 'success' | 'failure', id: string): NumberCommand => ({
  type: 'RecordOrder',
  data: {
    orderId: id,
    order: {
      providerOrderId: 'tx-order-1',
      status,
      providerNumberId: status === 'success' ? 'tx-number-1' : null,
      failureReason: status === 'failure' ? 'Number no longer available' : null,
    },
  },
});
/** The provider took the order (pending). */
export const placed = (id = orderId) => order('pending', id);
/** The provider completed the order. */
export const activate = (id = orderId) => order('success', id);
/** The provider's order failed. */
export const orderFailed = (id = orderId) => order('failure', id);
/** The provider refused the order outright. */
export const failOrder = (id = orderId): NumberCommand => ({
  type: 'FailOrder',
  data: { orderId: id, reason: 'Number no longer available' },
});
export const campaign = (facts: Partial<CampaignFacts> = {}): CampaignFacts => ({
  campaignId: 'campaign-1',
  accountId,
  brandId: 'brand-1',
  status: 'APPROVED',
  registryCampaignId: 'CABC123',
  soleProprietor: false,
  ...facts,
});
export const requestAssignment = (facts: Partial<CampaignFacts> = {}): NumberCommand => ({
  type: 'RequestAssignment',
  data: { campaign: campaign(facts) },
});
export const confirm = (campaignId = 'campaign-1'): NumberCommand => ({
  type: 'ConfirmAssignment',
  data: { campaignId },
});
export const failAssignment = (campaignId = 'campaign-1'): NumberCommand => ({
  type: 'FailAssignment',
  data: { campaignId, reason: 'Number is registered to another campaign at the carrier' },
});
export const unassign = (campaignId?: string): NumberCommand => ({
  type: 'Unassign',
  data: campaignId === undefined ? { reason: 'REQUESTED' } : { reason: 'CAMPAIGN_EXPIRED', campaignId },
});
export const release = (): NumberCommand => ({ type: 'ReleaseNumber', data: { reason: 'REQUESTED' } });
export const suspend = (): NumberCommand => ({ type: 'SuspendNumber', data: { reason: 'spam complaints' } });
export const reinstate = (): NumberCommand => ({ type: 'ReinstateNumber', data: {} });

/** The state after the commands, each decided on the state the ones before it left. */
export function given(...commands: NumberCommand[]): NumberState {
  let state = initialNumberState;
  let at = Date.parse('2026-11-01T12:00:00Z');
  for (const command of commands) {
    for (const event of decideNumber(command, state)) {
      at += 1000;
      state = evolveNumber(state, { ...event, occurredAt: new Date(at), accountId });
    }
  }
  return state;
}

export const owned = () => given(reserve(), placed(), activate());
export const assigned = () => given(reserve(), placed(), activate(), requestAssignment(), confirm());

export function refusal(command: NumberCommand, state: NumberState): DomainError {
  try {
    decideNumber(command, state);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error(`${command.type} was not refused`);
}
