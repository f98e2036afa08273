import type { PortInAuthorisation, ProviderPortInStatus } from '../port.js';
import type {
  TelnyxCreatePortingOrder,
  TelnyxPortingOrder,
  TelnyxPortingOrderUpdate,
  TelnyxPortingStatusValue,
} from './wire.js';

/** The body of `POST /porting_orders` for one number; our reference rides as Telnyx's `customer_reference`. */
export function toCreatePortingRequest(request: {
  referenceId: string;
  phoneNumber: string;
}): TelnyxCreatePortingOrder {
  return { phone_numbers: [request.phoneNumber], customer_reference: request.referenceId };
}

/**
 * The body of `PATCH /porting_orders/{id}`: the losing carrier's account as the authorisation gives it, the
 * number's texting ported with it (10DLC needs it), and the messaging profile the number should join.
 */
export function toPortingUpdate(
  authorisation: PortInAuthorisation,
  messagingProfileId: string | undefined,
): TelnyxPortingOrderUpdate {
  const { entityName, authorisedPerson, accountNumber, pin, serviceAddress: address } = authorisation;
  return {
    end_user: {
      admin: {
        entity_name: entityName,
        auth_person_name: authorisedPerson,
        account_number: accountNumber,
        ...(pin === null ? {} : { pin_passcode: pin }),
      },
      location: {
        street_address: address.street,
        locality: address.city,
        administrative_area: address.state,
        postal_code: address.postalCode,
        country_code: address.country,
      },
    },
    messaging: { enable_messaging: true },
    ...(messagingProfileId
      ? { phone_number_configuration: { messaging_profile_id: messagingProfileId } }
      : {}),
  };
}

/** What a porting order says, before the ported number's own id is known. */
export interface PortingOutcome {
  providerPortingId: string;
  /** Telnyx's own status, `draft` included: a draft still needs its update and its confirmation. */
  telnyxStatus: TelnyxPortingStatusValue | null;
  status: ProviderPortInStatus;
  /** E.164, when the order lists its number. */
  phoneNumber: string | null;
  focDate: string | null;
  failureReason: string | null;
}

/**
 * Telnyx's status in the port's words: every step before `ported` is pending (`cancel-pending` too: Telnyx may
 * still decline the cancellation); `exception` (the losing carrier rejected the port) and `cancelled` failed.
 */
const STATUSES: Record<TelnyxPortingStatusValue, ProviderPortInStatus> = {
  draft: 'pending',
  'in-process': 'pending',
  submitted: 'pending',
  'foc-date-confirmed': 'pending',
  'cancel-pending': 'pending',
  ported: 'ported',
  exception: 'failed',
  cancelled: 'failed',
};

/** A porting order (`PortingOrder`, itself, not under `data`); null without an id. */
export function toPortingOutcome(order: TelnyxPortingOrder | undefined): PortingOutcome | null {
  if (!order?.id) return null;
  const value = order.status?.value;
  const telnyxStatus = value !== undefined && Object.hasOwn(STATUSES, value) ? value : null;
  const status = telnyxStatus === null ? 'pending' : STATUSES[telnyxStatus]; // unknown: ask again later
  const number = order.phone_numbers?.find((n) => n.phone_number)?.phone_number;
  return {
    providerPortingId: order.id,
    telnyxStatus,
    status,
    phoneNumber: number ? toE164(number) : null,
    focDate: order.activation_settings?.foc_datetime_actual ?? null,
    failureReason: status === 'failed' ? failureReason(order) : null,
  };
}

/** Telnyx's reasons (`status.details`) in one line: `ACCOUNT_NUMBER_MISMATCH: Account number does not …`. */
function failureReason(order: TelnyxPortingOrder): string {
  const reasons = (order.status?.details ?? [])
    .map(({ code, description }) => [code, description].filter(Boolean).join(': '))
    .filter((reason) => reason !== '');
  if (reasons.length > 0) return reasons.join('; ');
  return `Telnyx porting order ${order.id} is ${order.status?.value} and gave no reason`;
}

/** Telnyx lists porting numbers as E.164 in orders, but as bare digits (`13035550987`) elsewhere. */
function toE164(number: string): string {
  return /^\d+$/.test(number) ? `+${number}` : number;
}
