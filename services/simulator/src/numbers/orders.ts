import { randomBytes, randomUUID } from 'node:crypto';
import {
  type TelnyxError,
  type TelnyxValidation,
  telnyxError,
  validateTelnyxBody,
} from '../telnyx-errors.js';
import { isOfferable } from './inventory.js';
import { type NumberOrder, numbersTime, type OrderStatus, type PhoneNumber } from './wire.js';

/** The body of `POST /number_orders` (`CreateNumberOrderRequest`). */
export interface CreateNumberOrder {
  phone_numbers: Array<{ phone_number: string }>;
  customer_reference?: string;
  messaging_profile_id?: string;
  connection_id?: string;
  billing_group_id?: string;
}

const OPTIONAL_STRINGS = ['customer_reference', 'messaging_profile_id', 'connection_id', 'billing_group_id'];

/**
 * A number order as Telnyx refuses one: 400 for a body that is not an object, else 422 naming each bad
 * field; a number nobody can have (not a US geographic number, or taken by any account) is not available.
 */
export function validateNumberOrder(
  body: unknown,
  isTaken: (e164: string) => boolean,
): TelnyxValidation<CreateNumberOrder> {
  return validateTelnyxBody<CreateNumberOrder>(body, {
    shape(fields) {
      const errors: TelnyxError[] = [];
      const numbers = fields.phone_numbers;
      if (!Array.isArray(numbers) || numbers.length === 0) {
        errors.push(telnyxError('10004', 'The phone_numbers parameter is required.', 'phone_numbers'));
      } else {
        numbers.forEach((entry, i) => {
          if (typeof (entry as { phone_number?: unknown } | null)?.phone_number !== 'string') {
            const field = `phone_numbers/${i}/phone_number`;
            errors.push(telnyxError('10004', 'Each phone number needs its phone_number.', field));
          }
        });
      }
      for (const field of OPTIONAL_STRINGS) {
        if (fields[field] !== undefined && typeof fields[field] !== 'string') {
          errors.push(telnyxError('10020', `The '${field}' parameter must be of type 'string'.`, field));
        }
      }
      return errors;
    },
    format(request) {
      return request.phone_numbers.flatMap(({ phone_number }, i) => {
        const field = `phone_numbers/${i}/phone_number`;
        if (!/^\+[1-9]\d{7,14}$/.test(phone_number)) {
          return [telnyxError('10016', `The phone number ${phone_number} must be in +E.164 format.`, field)];
        }
        const repeated = request.phone_numbers.findIndex((n) => n.phone_number === phone_number) !== i;
        if (!repeated && isOfferable(phone_number) && !isTaken(phone_number)) return [];
        return [
          telnyxError('10015', `The phone number ${phone_number} is not available for purchase.`, field),
        ];
      });
    },
  });
}

/** The order as created, pending, and the numbers it puts on the account, purchase pending. */
export function newNumberOrder(
  request: CreateNumberOrder,
  now: Date,
): { order: NumberOrder; numbers: PhoneNumber[] } {
  const at = numbersTime(now);
  const order: NumberOrder = {
    id: randomUUID(),
    record_type: 'number_order',
    phone_numbers_count: request.phone_numbers.length,
    phone_numbers: request.phone_numbers.map(({ phone_number }) => ({
      id: randomUUID(),
      record_type: 'number_order_phone_number',
      phone_number,
      phone_number_type: 'local',
      country_code: 'US',
      regulatory_requirements: [],
      requirements_met: true,
      status: 'pending',
    })),
    sub_number_orders_ids: [randomUUID()],
    status: 'pending',
    ...optional(request),
    requirements_met: true,
    created_at: at,
    updated_at: at,
  };
  // The numbers API shows milliseconds on numbers (`2019-10-23T18:10:00.000Z`), microseconds on orders.
  const numbers = request.phone_numbers.map(({ phone_number }) =>
    ownedNumber(phone_number, request, now.toISOString()),
  );
  return { order, numbers };
}

/**
 * The order once the carrier is done: each number still on the account succeeded; one released while the
 * order was pending failed, and so did the order.
 */
export function completedOrder(
  order: NumberOrder,
  stillOrdered: (e164: string) => boolean,
  now: Date,
): NumberOrder {
  const phone_numbers = order.phone_numbers.map((line) => ({
    ...line,
    status: (stillOrdered(line.phone_number) ? 'success' : 'failure') as OrderStatus,
  }));
  const status: OrderStatus = phone_numbers.every((line) => line.status === 'success')
    ? 'success'
    : 'failure';
  return { ...order, phone_numbers, status, updated_at: numbersTime(now) };
}

function ownedNumber(phone_number: string, request: CreateNumberOrder, at: string): PhoneNumber {
  return {
    id: newNumberId(),
    record_type: 'phone_number',
    phone_number,
    status: 'purchase-pending',
    phone_number_type: 'local',
    country_iso_alpha2: 'US',
    tags: [],
    customer_reference: request.customer_reference ?? null,
    messaging_profile_id: request.messaging_profile_id ?? null,
    connection_id: request.connection_id ?? null,
    billing_group_id: request.billing_group_id ?? null,
    deletion_lock_enabled: false,
    external_pin: null,
    purchased_at: null,
    created_at: at,
    updated_at: at,
  };
}

function optional(request: CreateNumberOrder): Partial<NumberOrder> {
  const entries = OPTIONAL_STRINGS.map(
    (field) => [field, request[field as keyof CreateNumberOrder]] as const,
  );
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** A Telnyx phone number id: a 19-digit numeric string (`1293384261075731499`). */
export function newNumberId(): string {
  const value = randomBytes(8).readBigUInt64BE() % 9_000_000_000_000_000_000n;
  return String(value + 1_000_000_000_000_000_000n);
}
