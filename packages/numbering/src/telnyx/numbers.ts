import { ProviderError } from '@longcode/kit';
import { callTelnyx, type Fetch, telnyxApiRoot } from '@longcode/telnyx';
import type { CampaignAssignment, NumberOrder, NumberProvider } from '../port.js';
import { listOf, type TelnyxCall, unreadable } from './answers.js';
import { linksCampaign, toCampaignAssignment } from './assignment.js';
import { type OrderOutcome, toCreateOrderRequest, toOrderOutcome } from './order.js';
import { createTelnyxPorting } from './porting.js';
import { toAvailableNumbers, toSearchQuery } from './search.js';
import type { TelnyxNumberOrder, TelnyxPhoneNumber } from './wire.js';

export interface TelnyxNumbersOptions {
  /** Telnyx's API origin, `https://api.telnyx.com` (or the simulator's); its API root, with `/v2`, too. */
  baseUrl: string;
  apiKey: string;
  /** How long one API call may take; 10 s unless given. */
  timeoutMs?: number;
  fetch?: Fetch;
  /**
   * The messaging profile ordered numbers join. Telnyx links a number to a 10DLC campaign only once it
   * is on a messaging profile; without one here, the profile must be set on the number another way.
   */
  messagingProfileId?: string;
}

/** Numbers through Telnyx's numbers and 10DLC APIs (the simulator speaks them too). */
export function createTelnyxNumbers(options: TelnyxNumbersOptions): NumberProvider {
  const { apiKey, messagingProfileId, timeoutMs = 10_000 } = options;
  const fetch = options.fetch ?? globalThis.fetch;
  const root = telnyxApiRoot(options.baseUrl);
  const call: TelnyxCall = (method, path, body) =>
    callTelnyx({ fetch, method, url: `${root}${path}`, apiKey, body, timeoutMs });
  const linkPath = (phoneNumber: string) =>
    `/10dlc/phone_number_campaigns/${encodeURIComponent(phoneNumber)}`;

  /** The id of the number on the account, or null when the account does not have it. */
  async function numberIdOf(phoneNumber: string): Promise<string | null> {
    // Telnyx matches digits only: "Non-numerical characters will result in no values being returned".
    const query = new URLSearchParams({ 'filter[phone_number]': phoneNumber.replace(/\D/g, '') });
    const numbers = listOf<TelnyxPhoneNumber>(await call('GET', `/phone_numbers?${query}`));
    const owned = numbers.find((n) => n.phone_number === phoneNumber && n.status !== 'deleted');
    return owned?.id ?? null;
  }

  /** The order this reference already placed for the number, if a first attempt reached Telnyx. */
  async function earlierOrder(referenceId: string, phoneNumber: string): Promise<OrderOutcome | null> {
    const query = new URLSearchParams({ 'filter[customer_reference]': referenceId });
    const orders = listOf<TelnyxNumberOrder>(await call('GET', `/number_orders?${query}`));
    const order = orders.find((o) => o.phone_numbers?.some((n) => n.phone_number === phoneNumber));
    return order ? toOrderOutcome({ data: order }) : null;
  }

  /** The number's live link to this campaign, if a first attempt reached Telnyx. */
  async function earlierLink(phoneNumber: string, campaignId: string): Promise<CampaignAssignment | null> {
    const current = await ignoringNotFound(call('GET', linkPath(phoneNumber)));
    if (current === null || !linksCampaign(current, campaignId)) return null;
    const assignment = toCampaignAssignment(current);
    return assignment.status === 'failed' ? null : assignment;
  }

  const porting = createTelnyxPorting({ call, numberIdOf, messagingProfileId });

  return {
    async search(query) {
      const params = toSearchQuery(query);
      if (params === null) return []; // not a +1 number: none Telnyx could offer
      return toAvailableNumbers(await call('GET', `/available_phone_numbers?${params}`), query);
    },

    async order(request) {
      let outcome: OrderOutcome | null;
      try {
        outcome = toOrderOutcome(
          await call('POST', '/number_orders', toCreateOrderRequest(request, messagingProfileId)),
        );
      } catch (error) {
        // A retry of an order Telnyx already took is refused (the number is taken: by us): return that order.
        const earlier = isTaken(error) ? await earlierOrder(request.referenceId, request.phoneNumber) : null;
        if (!earlier) throw error;
        outcome = earlier;
      }
      if (!outcome) throw unreadable('POST /number_orders', 'an order id');
      return toNumberOrder(outcome, null);
    },

    async orderStatus(providerOrderId) {
      const outcome = toOrderOutcome(
        await call('GET', `/number_orders/${encodeURIComponent(providerOrderId)}`),
      );
      if (!outcome) throw unreadable('GET /number_orders/{id}', 'an order id');
      const { status, phoneNumber } = outcome;
      return toNumberOrder(
        outcome,
        status === 'success' && phoneNumber ? await numberIdOf(phoneNumber) : null,
      );
    },

    portIn: porting.portIn,
    portInStatus: porting.portInStatus,

    async release({ phoneNumber, providerNumberId }) {
      const id = providerNumberId ?? (await numberIdOf(phoneNumber));
      if (id === null) return; // the account no longer has it
      await ignoringNotFound(call('DELETE', `/phone_numbers/${encodeURIComponent(id)}`));
    },

    async assign({ phoneNumber, registryCampaignId }): Promise<CampaignAssignment> {
      try {
        const body = { phoneNumber, campaignId: registryCampaignId };
        return toCampaignAssignment(await call('POST', '/10dlc/phone_number_campaigns', body));
      } catch (error) {
        // A retry of a link Telnyx already made is refused (the number has a campaign): return that link.
        const earlier = isTaken(error) ? await earlierLink(phoneNumber, registryCampaignId) : null;
        if (!earlier) throw error;
        return earlier;
      }
    },

    async assignmentStatus(phoneNumber) {
      const body = await ignoringNotFound(call('GET', linkPath(phoneNumber)));
      return body === null ? null : toCampaignAssignment(body);
    },

    async unassign(phoneNumber) {
      await ignoringNotFound(call('DELETE', linkPath(phoneNumber)));
    },
  };
}

function toNumberOrder(outcome: OrderOutcome, providerNumberId: string | null): NumberOrder {
  const { providerOrderId, status, failureReason } = outcome;
  return { providerOrderId, status, providerNumberId, failureReason };
}

/** Telnyx's answer, or null when it says the resource is not there (404). */
async function ignoringNotFound(answer: Promise<unknown>): Promise<unknown> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof ProviderError && error.status === 404) return null;
    throw error;
  }
}

/** Telnyx refused the request as conflicting with what exists (422, or 409). */
function isTaken(error: unknown): boolean {
  return error instanceof ProviderError && (error.status === 422 || error.status === 409);
}
