import { randomBytes, randomUUID } from 'node:crypto';
import { newNumberId } from './orders.js';
import type { CreatePortingOrder } from './porting-request.js';
import {
  type PortingEndUserAdmin,
  type PortingEndUserLocation,
  type PortingException,
  type PortingOrder,
  type PortingStatusValue,
  portingTime,
} from './porting-wire.js';
import type { PhoneNumber } from './wire.js';

/** Who the simulated account is, on every porting order it makes. */
const USER_ID = '40d68ba2-0847-4df2-be9c-b0e0cb673e75';

/** The draft porting order: every number of the request, one losing carrier, nothing filled in yet. */
export function newPortingOrder(request: CreatePortingOrder, now: Date): PortingOrder {
  const id = randomUUID();
  const at = portingTime(now);
  return {
    id,
    record_type: 'porting_order',
    customer_reference: request.customer_reference ?? null,
    customer_group_reference: request.customer_group_reference ?? null,
    description: 'FP Telnyx',
    status: { value: 'draft', details: [] },
    activation_settings: {
      activation_status: null,
      fast_port_eligible: true,
      foc_datetime_actual: null,
      foc_datetime_requested: null,
    },
    additional_steps: [],
    documents: { loa: null, invoice: null },
    end_user: { admin: emptyAdmin(), location: emptyLocation() },
    messaging: {
      enable_messaging: false,
      messaging_capable: true,
      messaging_port_completed: false,
      messaging_port_status: 'not_applicable',
    },
    misc: null,
    old_service_provider_ocn: 'Unreal Communications',
    parent_support_key: null,
    phone_number_configuration: {
      messaging_profile_id: null,
      connection_id: null,
      billing_group_id: null,
      emergency_address_id: null,
      tags: [],
    },
    phone_number_type: 'local',
    phone_numbers: request.phone_numbers.map((phone_number) => ({
      phone_number,
      phone_number_type: 'local',
      record_type: 'porting_phone_number',
      porting_order_id: id,
      porting_order_status: 'draft',
      portability_status: 'confirmed',
      requirements_status: 'approved',
      activation_status: null,
      support_key: null,
    })),
    porting_phone_numbers_count: request.phone_numbers.length,
    requirements: [],
    requirements_met: true,
    support_key: null,
    user_feedback: { user_comment: null, user_rating: null },
    user_id: USER_ID,
    webhook_url: null,
    created_at: at,
    updated_at: at,
  };
}

function emptyAdmin(): PortingEndUserAdmin {
  return {
    entity_name: null,
    auth_person_name: null,
    account_number: null,
    pin_passcode: null,
    billing_phone_number: null,
    business_identifier: null,
    tax_identifier: null,
  };
}

function emptyLocation(): PortingEndUserLocation {
  return {
    street_address: null,
    extended_address: null,
    locality: null,
    administrative_area: null,
    postal_code: null,
    country_code: null,
  };
}

/** The order in a new status, its numbers with it. */
export function movedOrder(
  order: PortingOrder,
  value: PortingStatusValue,
  now: Date,
  changes: { details?: PortingException[]; activation?: string | null } = {},
): PortingOrder {
  const activation = changes.activation ?? order.activation_settings.activation_status;
  return {
    ...order,
    status: { value, details: changes.details ?? [] },
    activation_settings: { ...order.activation_settings, activation_status: activation },
    phone_numbers: order.phone_numbers.map((n) => ({
      ...n,
      porting_order_status: value,
      activation_status: activation,
      support_key: order.support_key,
    })),
    updated_at: portingTime(now),
  };
}

/** The order as submitted (`actions/confirm`): `in-process`, with its support keys. */
export function submittedOrder(order: PortingOrder, now: Date): PortingOrder {
  const withKeys: PortingOrder = {
    ...order,
    support_key: `sr_${randomBytes(3).toString('hex')}`,
    parent_support_key: `pr_${randomBytes(3).toString('hex')}`,
    messaging: {
      ...order.messaging,
      messaging_port_status: order.messaging.enable_messaging ? 'pending' : 'not_applicable',
    },
  };
  return movedOrder(withKeys, 'in-process', now);
}

/** The losing carrier's answer: the FOC date it commits to, or its rejection (the failure rule). */
export function answeredOrder(order: PortingOrder, focAt: Date, fails: boolean, now: Date): PortingOrder {
  if (fails) return movedOrder(order, 'exception', now, { details: [ACCOUNT_NUMBER_MISMATCH] });
  const confirmed = movedOrder(order, 'foc-date-confirmed', now, { activation: 'Concurred' });
  return {
    ...confirmed,
    activation_settings: { ...confirmed.activation_settings, foc_datetime_actual: portingTime(focAt) },
  };
}

/** Telnyx's own words for the exception the simulator's losing carrier raises. */
export const ACCOUNT_NUMBER_MISMATCH: PortingException = {
  code: 'ACCOUNT_NUMBER_MISMATCH',
  description: 'Account number does not match that on the CSR',
};

/** The order once its numbers moved: `ported`, their texting with them when it was asked for. */
export function portedOrder(order: PortingOrder, now: Date): PortingOrder {
  const moved = movedOrder(order, 'ported', now, { activation: 'Active' });
  if (!order.messaging.enable_messaging) return moved;
  return {
    ...moved,
    messaging: { ...moved.messaging, messaging_port_completed: true, messaging_port_status: 'ported' },
  };
}

/** A number the port brought onto the account: active, owned as an ordered one is. */
export function portedNumber(e164: string, order: PortingOrder, now: Date): PhoneNumber {
  const at = now.toISOString();
  const config = order.phone_number_configuration;
  return {
    id: newNumberId(),
    record_type: 'phone_number',
    phone_number: e164,
    status: 'active',
    phone_number_type: 'local',
    country_iso_alpha2: 'US',
    tags: [...config.tags],
    customer_reference: order.customer_reference,
    messaging_profile_id: config.messaging_profile_id,
    connection_id: config.connection_id,
    billing_group_id: config.billing_group_id,
    deletion_lock_enabled: false,
    external_pin: null,
    purchased_at: at,
    created_at: at,
    updated_at: at,
  };
}
