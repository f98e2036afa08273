/**
 * Telnyx's porting orders as the simulator answers them, the shapes of its public docs:
 * https://developers.telnyx.com/api-reference/porting-orders/create-a-porting-order, …/retrieve-a-porting-order,
 * …/submit-a-porting-order; status values and exception codes as Telnyx's SDK types them (`PortingOrderStatus`,
 * `PortingOrdersExceptionType`). Only the US local, single-carrier orders the simulator makes.
 */

export type PortingStatusValue =
  | 'draft'
  | 'in-process'
  | 'submitted'
  | 'exception'
  | 'foc-date-confirmed'
  | 'ported'
  | 'cancelled'
  | 'cancel-pending';

/** One reason behind a status, as the losing carrier gave it (`ACCOUNT_NUMBER_MISMATCH`, …). */
export interface PortingException {
  code: string;
  description: string;
}

export interface PortingEndUserAdmin {
  entity_name: string | null;
  auth_person_name: string | null;
  account_number: string | null;
  pin_passcode: string | null;
  billing_phone_number: string | null;
  business_identifier: string | null;
  tax_identifier: string | null;
}

export interface PortingEndUserLocation {
  street_address: string | null;
  extended_address: string | null;
  locality: string | null;
  administrative_area: string | null;
  postal_code: string | null;
  country_code: string | null;
}

export interface PortingEndUser {
  admin: PortingEndUserAdmin;
  location: PortingEndUserLocation;
}

/** A number of a porting order, as `GET /porting_phone_numbers` lists it. */
export interface PortingPhoneNumber {
  phone_number: string;
  phone_number_type: 'local';
  record_type: 'porting_phone_number';
  porting_order_id: string;
  porting_order_status: PortingStatusValue;
  portability_status: 'confirmed';
  requirements_status: 'approved';
  activation_status: string | null;
  support_key: string | null;
}

export interface PortingPhoneNumberConfiguration {
  messaging_profile_id: string | null;
  connection_id: string | null;
  billing_group_id: string | null;
  emergency_address_id: string | null;
  tags: string[];
}

export interface PortingOrder {
  id: string;
  record_type: 'porting_order';
  customer_reference: string | null;
  customer_group_reference: string | null;
  description: string;
  status: { value: PortingStatusValue; details: PortingException[] };
  activation_settings: {
    /** `Concurred`, `Active`, … once the losing carrier answered. */
    activation_status: string | null;
    fast_port_eligible: boolean;
    /** The FOC date the losing carrier confirmed. */
    foc_datetime_actual: string | null;
    foc_datetime_requested: string | null;
  };
  additional_steps: string[];
  documents: { loa: string | null; invoice: string | null };
  end_user: PortingEndUser;
  messaging: {
    enable_messaging: boolean;
    messaging_capable: boolean;
    messaging_port_completed: boolean;
    messaging_port_status: 'not_applicable' | 'pending' | 'exception' | 'ported';
  };
  misc: null;
  old_service_provider_ocn: string;
  parent_support_key: string | null;
  phone_number_configuration: PortingPhoneNumberConfiguration;
  phone_number_type: 'local';
  phone_numbers: PortingPhoneNumber[];
  porting_phone_numbers_count: number;
  requirements: [];
  requirements_met: true;
  /** Not shown before the order is submitted. */
  support_key: string | null;
  user_feedback: { user_comment: null; user_rating: null };
  user_id: string;
  webhook_url: string | null;
  created_at: string;
  updated_at: string;
}

/** Telnyx's porting timestamps: seconds, UTC (`2022-03-24T14:22:28Z`). */
export const portingTime = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');
