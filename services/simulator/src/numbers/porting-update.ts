import { type TelnyxError, telnyxError, validateTelnyxBody } from '../telnyx-errors.js';
import type { PortingEndUser, PortingOrder } from './porting-wire.js';

/**
 * The end-user fields a US port needs before Telnyx submits it: who holds the account at the losing carrier
 * and where (its CSR), as the losing carrier checks them. The PIN is asked for only by some carriers.
 */
const REQUIRED_END_USER = [
  ['admin', 'entity_name'],
  ['admin', 'auth_person_name'],
  ['admin', 'account_number'],
  ['location', 'street_address'],
  ['location', 'locality'],
  ['location', 'administrative_area'],
  ['location', 'postal_code'],
  ['location', 'country_code'],
] as const;

/** A 10004 for each required end-user field the order lacks (null or blank). */
export function missingEndUserFields(endUser: PortingEndUser): TelnyxError[] {
  return REQUIRED_END_USER.flatMap(([part, field]) => {
    const value = (endUser[part] as unknown as Record<string, string | null>)[field];
    if (typeof value === 'string' && value.trim() !== '') return [];
    const detail = `The 'end_user.${part}.${field}' parameter is required.`;
    return [telnyxError('10004', detail, `end_user/${part}/${field}`)];
  });
}

/** The fields of `UpdatePortingOrder` the simulator keeps, each a string or null, by where they sit. */
const NULLABLE_STRINGS: Record<string, readonly string[]> = {
  'end_user/admin': [
    'entity_name',
    'auth_person_name',
    'account_number',
    'pin_passcode',
    'billing_phone_number',
    'business_identifier',
    'tax_identifier',
  ],
  'end_user/location': [
    'street_address',
    'extended_address',
    'locality',
    'administrative_area',
    'postal_code',
    'country_code',
  ],
  phone_number_configuration: [
    'messaging_profile_id',
    'connection_id',
    'billing_group_id',
    'emergency_address_id',
  ],
  activation_settings: ['foc_datetime_requested'],
  documents: ['loa', 'invoice'],
  '': ['customer_reference', 'customer_group_reference', 'webhook_url'],
};

export type PortingUpdate =
  | { ok: true; order: PortingOrder }
  | { ok: false; status: 400 | 422; errors: TelnyxError[] };

/**
 * `PATCH /porting_orders/{id}` on a draft: attributes left out keep their value, as Telnyx documents. A body
 * with `end_user` must leave the order with every required end-user field, or 422 names each missing one.
 */
export function updatedPortingOrder(body: unknown, order: PortingOrder): PortingUpdate {
  let merged = order;
  const validation = validateTelnyxBody<Record<string, unknown>>(body, {
    shape: (fields) => typeErrors(fields),
    format(fields) {
      merged = mergedOrder(order, fields);
      return 'end_user' in fields ? missingEndUserFields(merged.end_user) : [];
    },
  });
  return validation.ok ? { ok: true, order: merged } : validation;
}

function typeErrors(fields: Record<string, unknown>): TelnyxError[] {
  const errors: TelnyxError[] = [];
  for (const [where, names] of Object.entries(NULLABLE_STRINGS)) {
    const part = where === '' ? fields : at(fields, where);
    if (part === undefined) continue;
    if (part === null || typeof part !== 'object') {
      errors.push(telnyxError('10020', `The '${where}' parameter must be an object.`, where));
      continue;
    }
    for (const name of names) {
      const value = (part as Record<string, unknown>)[name];
      if (value === undefined || value === null || typeof value === 'string') continue;
      const field = where === '' ? name : `${where}/${name}`;
      errors.push(telnyxError('10020', `The '${field}' parameter must be of type 'string'.`, field));
    }
  }
  const enable = (at(fields, 'messaging') as { enable_messaging?: unknown } | undefined)?.enable_messaging;
  if (enable !== undefined && typeof enable !== 'boolean') {
    const detail = "The 'messaging/enable_messaging' parameter must be a boolean.";
    errors.push(telnyxError('10020', detail, 'messaging/enable_messaging'));
  }
  return errors;
}

function at(fields: Record<string, unknown>, path: string): unknown {
  return path
    .split('/')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], fields);
}

/** The order with the (type-checked) attributes of the body over its own. */
function mergedOrder(order: PortingOrder, fields: Record<string, unknown>): PortingOrder {
  const part = <T>(path: string) => (at(fields, path) ?? {}) as Partial<T>;
  const top = pick(fields, NULLABLE_STRINGS[''] ?? []) as Partial<PortingOrder>;
  const enable = part<{ enable_messaging: boolean }>('messaging').enable_messaging;
  return {
    ...order,
    ...top,
    end_user: {
      admin: {
        ...order.end_user.admin,
        ...pick(part('end_user/admin'), NULLABLE_STRINGS['end_user/admin'] ?? []),
      },
      location: {
        ...order.end_user.location,
        ...pick(part('end_user/location'), NULLABLE_STRINGS['end_user/location'] ?? []),
      },
    },
    messaging: { ...order.messaging, ...(enable === undefined ? {} : { enable_messaging: enable }) },
    phone_number_configuration: {
      ...order.phone_number_configuration,
      ...pick(part('phone_number_configuration'), NULLABLE_STRINGS.phone_number_configuration ?? []),
    },
    activation_settings: {
      ...order.activation_settings,
      ...pick(part('activation_settings'), ['foc_datetime_requested']),
    },
    documents: { ...order.documents, ...pick(part('documents'), ['loa', 'invoice']) },
  };
}

function pick(source: object, names: readonly string[]): Record<string, string | null> {
  const entries = Object.entries(source).filter(
    ([name, value]) => names.includes(name) && value !== undefined,
  );
  return Object.fromEntries(entries) as Record<string, string | null>;
}
