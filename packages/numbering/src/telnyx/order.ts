import type { ProviderOrderStatus } from '../port.js';
import type { TelnyxCreateNumberOrder, TelnyxNumberOrder, TelnyxOrderPhoneNumber } from './wire.js';

/** The body of `POST /number_orders` for one number; our reference rides as Telnyx's `customer_reference`. */
export function toCreateOrderRequest(
  request: { referenceId: string; phoneNumber: string },
  messagingProfileId: string | undefined,
): TelnyxCreateNumberOrder {
  return {
    phone_numbers: [{ phone_number: request.phoneNumber }],
    customer_reference: request.referenceId,
    ...(messagingProfileId ? { messaging_profile_id: messagingProfileId } : {}),
  };
}

/** What an order says about its (single) number, before the number's own id is known. */
export interface OrderOutcome {
  providerOrderId: string;
  phoneNumber: string | null;
  status: ProviderOrderStatus;
  failureReason: string | null;
}

/**
 * An order as Telnyx answers it (under `data`). The order's status decides, except that a number the order
 * already failed is a failure even while the order is still `pending`. Null without an order id.
 */
export function toOrderOutcome(body: unknown): OrderOutcome | null {
  const order = (body as { data?: TelnyxNumberOrder } | null)?.data;
  if (!order?.id) return null;
  const line = order.phone_numbers?.[0];
  const status = orderStatus(order.status, line?.status);
  return {
    providerOrderId: order.id,
    phoneNumber: line?.phone_number ?? null,
    status,
    failureReason: status === 'failure' ? failureReason(order, line) : null,
  };
}

function orderStatus(
  order: TelnyxNumberOrder['status'],
  line: TelnyxOrderPhoneNumber['status'],
): ProviderOrderStatus {
  if (order === 'failure' || line === 'failure') return 'failure';
  if (order === 'success') return 'success';
  return 'pending'; // `pending`, or a status Telnyx adds later: asking again is safe
}

/** Telnyx gives no reason for a failed order: the number and its requirements are what it says. */
function failureReason(order: TelnyxNumberOrder, line: TelnyxOrderPhoneNumber | undefined): string {
  const number = line?.phone_number ?? 'the number';
  const requirements =
    line?.requirements_status ?? (order.requirements_met === false ? 'requirements not met' : null);
  return `Telnyx number order ${order.id} failed for ${number}${requirements ? ` (${requirements})` : ''}`;
}
