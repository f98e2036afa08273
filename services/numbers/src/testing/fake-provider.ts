import { ProviderError } from '@longcode/kit';
import type {
  AvailableNumber,
  CampaignAssignment,
  NumberOrder,
  NumberProvider,
  PortIn,
  PortInAuthorisation,
} from '@longcode/numbering';

/**
 * A number provider for integration tests of the service's own logic: our port, answering from memory as
 * the test sets it (the Telnyx adapter is tested against the simulator elsewhere).
 */
export function fakeNumberProvider() {
  const offers = new Map<string, AvailableNumber>();
  const calls: Array<{ op: string; phoneNumber: string; authorisation?: PortInAuthorisation }> = [];
  const answers = {
    order: 'success' as NumberOrder['status'] | 'refuse' | 'outage',
    assign: 'pending' as CampaignAssignment['status'] | 'refuse',
    assignment: new Map<string, CampaignAssignment>(),
    portIn: 'pending' as PortIn['status'] | 'refuse',
    /** What portInStatus answers, by provider porting id. */
    portIns: new Map<string, PortIn>(),
  };
  const provider: NumberProvider = {
    async search(query) {
      return [...offers.values()].filter(
        (n) =>
          (!query.phoneNumber || n.phoneNumber === query.phoneNumber) &&
          (!query.areaCode || n.phoneNumber.startsWith(`+1${query.areaCode}`)),
      );
    },
    async order({ phoneNumber, referenceId }) {
      calls.push({ op: 'order', phoneNumber });
      if (answers.order === 'outage')
        throw new ProviderError('provider down', { retriable: true, status: 503 });
      if (answers.order === 'refuse')
        throw new ProviderError('number taken', { retriable: false, status: 422 });
      return {
        providerOrderId: `order-of-${referenceId}`,
        status: answers.order,
        providerNumberId: `id-${phoneNumber}`,
        failureReason: null,
      };
    },
    async orderStatus(providerOrderId) {
      return { providerOrderId, status: 'success', providerNumberId: 'id', failureReason: null };
    },
    async portIn({ referenceId, phoneNumber, authorisation }) {
      calls.push({ op: 'portIn', phoneNumber, authorisation });
      if (answers.portIn === 'refuse')
        throw new ProviderError('end_user.admin.account_number is invalid', {
          retriable: false,
          status: 422,
        });
      const portIn: PortIn = {
        providerPortingId: `port-of-${referenceId}`,
        status: answers.portIn,
        focDate: null,
        failureReason: null,
        providerNumberId: null,
      };
      answers.portIns.set(portIn.providerPortingId, portIn);
      return portIn;
    },
    async portInStatus(providerPortingId) {
      const known = answers.portIns.get(providerPortingId);
      if (!known) throw new ProviderError('porting order not found', { retriable: false, status: 404 });
      return known;
    },
    async release({ phoneNumber }) {
      calls.push({ op: 'release', phoneNumber });
    },
    async assign({ phoneNumber }) {
      calls.push({ op: 'assign', phoneNumber });
      if (answers.assign === 'refuse')
        throw new ProviderError('campaign unknown', { retriable: false, status: 404 });
      return { status: answers.assign, failureReason: null };
    },
    async assignmentStatus(phoneNumber) {
      return answers.assignment.get(phoneNumber) ?? null;
    },
    async unassign(phoneNumber) {
      calls.push({ op: 'unassign', phoneNumber });
    },
  };
  const offer = (phoneNumber: string) =>
    offers.set(phoneNumber, {
      phoneNumber,
      region: 'NY',
      locality: 'New York',
      rateCenter: 'NWYRCYZN01',
      features: ['sms', 'mms'],
      monthlyCost: { amount: '1.00', currency: 'USD' },
      upfrontCost: { amount: '1.00', currency: 'USD' },
    });
  return { provider, offer, answers, calls };
}
