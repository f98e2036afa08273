import {
  type TelnyxError,
  type TelnyxValidation,
  telnyxError,
  validateTelnyxBody,
} from '../telnyx-errors.js';
import { isOfferable } from './inventory.js';

/** The body of `POST /porting_orders` (`CreatePortingOrder`). */
export interface CreatePortingOrder {
  phone_numbers: string[];
  customer_reference?: string | null;
  customer_group_reference?: string;
}

/** Why a number cannot be ported in now, as the simulator's account sees it; null when it can. */
export type PortInBlocker = (e164: string) => string | null;

/**
 * A porting order as the simulator refuses one: 400 for a body that is not an object, else 422 naming each
 * bad field; a number that is not a portable US geographic number, or that `blocked` names, is refused.
 */
export function validatePortingOrder(
  body: unknown,
  blocked: PortInBlocker,
): TelnyxValidation<CreatePortingOrder> {
  return validateTelnyxBody<CreatePortingOrder>(body, {
    shape(fields) {
      const errors: TelnyxError[] = [];
      const numbers = fields.phone_numbers;
      if (!Array.isArray(numbers) || numbers.length === 0) {
        errors.push(telnyxError('10004', 'The phone_numbers parameter is required.', 'phone_numbers'));
      } else {
        numbers.forEach((number, i) => {
          if (typeof number === 'string') return;
          errors.push(telnyxError('10020', 'Each phone number must be a string.', `phone_numbers/${i}`));
        });
      }
      const reference = fields.customer_reference;
      if (reference !== undefined && reference !== null && typeof reference !== 'string') {
        const detail = "The 'customer_reference' parameter must be of type 'string'.";
        errors.push(telnyxError('10020', detail, 'customer_reference'));
      }
      return errors;
    },
    format({ phone_numbers }) {
      return phone_numbers.flatMap((number, i) => {
        const field = `phone_numbers/${i}`;
        if (!/^\+[1-9]\d{7,14}$/.test(number)) {
          return [telnyxError('10016', `The phone number ${number} must be in +E.164 format.`, field)];
        }
        const why = phone_numbers.indexOf(number) !== i ? 'it is listed twice' : notPortable(number, blocked);
        return why === null
          ? []
          : [telnyxError('10015', `The phone number ${number} is not portable: ${why}.`, field)];
      });
    },
  });
}

function notPortable(e164: string, blocked: PortInBlocker): string | null {
  if (!isOfferable(e164)) return 'only US geographic numbers can be ported in';
  return blocked(e164);
}
