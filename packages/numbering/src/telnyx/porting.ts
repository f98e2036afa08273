import type { NumberProvider, PortIn } from '../port.js';
import { listOf, type TelnyxCall, unreadable } from './answers.js';
import {
  type PortingOutcome,
  toCreatePortingRequest,
  toPortingOutcome,
  toPortingUpdate,
} from './porting-order.js';
import type { TelnyxPortingOrder } from './wire.js';

export interface TelnyxPortingDeps {
  call: TelnyxCall;
  /** The id of a number on the account (`GET /phone_numbers`), or null when the account does not list it. */
  numberIdOf(phoneNumber: string): Promise<string | null>;
  /** The messaging profile a ported number joins, as ordered numbers do. */
  messagingProfileId: string | undefined;
}

type PortInRequest = Parameters<NumberProvider['portIn']>[0];

/**
 * Port-ins through Telnyx's porting orders: create the draft, fill in the losing carrier's account (PATCH),
 * submit it (`actions/confirm`); then read it back. A retry continues the porting order its first attempt
 * left (found by our reference, Telnyx's `customer_reference`) instead of porting the number twice.
 */
export function createTelnyxPorting({ call, numberIdOf, messagingProfileId }: TelnyxPortingDeps) {
  const orderPath = (id: string) => `/porting_orders/${encodeURIComponent(id)}`;

  /** The porting order this reference already created for the number, if a first attempt reached Telnyx. */
  async function earlierOrder({ referenceId, phoneNumber }: PortInRequest): Promise<PortingOutcome | null> {
    const query = new URLSearchParams({ 'filter[customer_reference]': referenceId });
    const orders = listOf<TelnyxPortingOrder>(await call('GET', `/porting_orders?${query}`));
    const mine = orders
      .filter((order) => order.customer_reference === referenceId)
      .map(toPortingOutcome)
      .find((outcome) => outcome && (outcome.phoneNumber ?? phoneNumber) === phoneNumber);
    return mine ?? null;
  }

  /** A new draft; Telnyx answers a list (it splits orders by carrier and number type): ours has the number. */
  async function newDraft(request: PortInRequest): Promise<PortingOutcome> {
    const body = await call('POST', '/porting_orders', toCreatePortingRequest(request));
    const drafts = listOf<TelnyxPortingOrder>(body).map(toPortingOutcome);
    const draft = drafts.find((d) => d?.phoneNumber === request.phoneNumber) ?? drafts[0];
    if (!draft) throw unreadable('POST /porting_orders', 'a porting order id');
    return draft;
  }

  async function submitted(draftId: string, request: PortInRequest): Promise<PortingOutcome> {
    const update = toPortingUpdate(request.authorisation, messagingProfileId);
    await call('PATCH', orderPath(draftId), update);
    const confirmed = await call('POST', `${orderPath(draftId)}/actions/confirm`);
    return readOrder(confirmed, 'POST /porting_orders/{id}/actions/confirm');
  }

  async function toPortIn(outcome: PortingOutcome, knownNumber: string | null): Promise<PortIn> {
    const { providerPortingId, status, focDate, failureReason } = outcome;
    const phoneNumber = outcome.phoneNumber ?? knownNumber;
    const providerNumberId = status === 'ported' && phoneNumber ? await numberIdOf(phoneNumber) : null;
    return { providerPortingId, status, focDate, failureReason, providerNumberId };
  }

  return {
    async portIn(request: PortInRequest): Promise<PortIn> {
      let outcome = (await earlierOrder(request)) ?? (await newDraft(request));
      // Past its draft, the order was submitted (by an earlier attempt): it is read, not submitted again.
      if (outcome.telnyxStatus === 'draft') outcome = await submitted(outcome.providerPortingId, request);
      return toPortIn(outcome, request.phoneNumber);
    },

    async portInStatus(providerPortingId: string): Promise<PortIn> {
      const body = await call('GET', orderPath(providerPortingId));
      return toPortIn(readOrder(body, 'GET /porting_orders/{id}'), null);
    },
  };
}

function readOrder(body: unknown, what: string): PortingOutcome {
  const outcome = toPortingOutcome((body as { data?: TelnyxPortingOrder } | null)?.data);
  if (!outcome) throw unreadable(what, 'a porting order id');
  return outcome;
}
