/**
 * Telnyx's numbers wire format, as its public docs show it. Nothing outside this folder sees these types;
 * only the fields we read or send are typed.
 *
 * - Search: https://developers.telnyx.com/api-reference/phone-number-search/list-available-phone-numbers
 *   (`GET /available_phone_numbers`, `AvailablePhoneNumber` under `data`).
 * - Orders: https://developers.telnyx.com/api-reference/phone-number-orders/create-a-number-order and
 *   …/retrieve-a-number-order (`NumberOrderWithPhoneNumbers` under `data`).
 * - Owned numbers: https://developers.telnyx.com/api-reference/phone-number-configurations/list-phone-numbers
 *   (`PhoneNumberDetailed` under `data`) and `DELETE /phone_numbers/{id}` in the same API.
 * - 10DLC number↔campaign: https://developers.telnyx.com/api-reference/phone-number-campaigns/create-new-phone-number-campaign
 *   and …/get-single-phone-number-campaign (`PhoneNumberCampaign`, the body itself, not under `data`).
 * - Porting (port-ins): https://developers.telnyx.com/api-reference/porting-orders/create-a-porting-order,
 *   …/edit-a-porting-order, …/submit-a-porting-order, …/retrieve-a-porting-order and …/list-all-porting-orders
 *   (`PortingOrder` under `data`; a list from create), with its status values and exception codes as Telnyx's
 *   Node SDK (generated from the same OpenAPI) types `PortingOrderStatus` and `PortingOrdersExceptionType`.
 * - Errors: `{ errors: [{ code, title, detail, source, meta }] }`, read by @longcode/telnyx.
 */

/** `{ data: … }`, as the numbers API wraps every answer. */
export interface TelnyxData<T> {
  data?: T;
}

export interface TelnyxAvailableNumber {
  phone_number?: string;
  record_type?: 'available_phone_number';
  /** `sms`, `mms`, `voice`, `fax`, `emergency`, `hd_voice`, … */
  features?: Array<{ name?: string }>;
  /** Decimal strings (`"1.00"`, `"1.00000"`), with the ISO 4217 currency. */
  cost_information?: { currency?: string; monthly_cost?: string; upfront_cost?: string };
  /** In no fixed order; `region_type` is `country_code`, `rate_center`, `state` or `location`. */
  region_information?: Array<{ region_name?: string; region_type?: string }>;
  best_effort?: boolean;
  reservable?: boolean;
  quickship?: boolean;
}

/** The body of `POST /number_orders` (Telnyx also takes `connection_id`, `billing_group_id`, bundles). */
export interface TelnyxCreateNumberOrder {
  phone_numbers: Array<{ phone_number: string }>;
  customer_reference: string;
  messaging_profile_id?: string;
}

export type TelnyxOrderStatus = 'pending' | 'success' | 'failure';

export interface TelnyxNumberOrder {
  id?: string;
  record_type?: 'number_order';
  status?: TelnyxOrderStatus;
  customer_reference?: string;
  requirements_met?: boolean;
  phone_numbers?: TelnyxOrderPhoneNumber[];
}

/** One number in an order. Its `id` is the order line's (`number_order_phone_number`), not the number's. */
export interface TelnyxOrderPhoneNumber {
  id?: string;
  record_type?: 'number_order_phone_number';
  phone_number?: string;
  status?: TelnyxOrderStatus;
  requirements_met?: boolean;
  /** `pending`, `approved`, `cancelled`, `deleted`, `requirement-info-exception`, … */
  requirements_status?: string;
}

/** A number on the account (`PhoneNumberDetailed`); its `id` is what `DELETE /phone_numbers/{id}` takes. */
export interface TelnyxPhoneNumber {
  id?: string;
  record_type?: 'phone_number';
  phone_number?: string;
  /** `purchase-pending`, `active`, `deleted`, … */
  status?: string;
}

/** The body of `POST /10dlc/phone_number_campaigns`. */
export interface TelnyxPhoneNumberCampaignCreate {
  phoneNumber: string;
  /** "The ID of the campaign you want to link": Telnyx's campaign id, or TCR's for a shared campaign. */
  campaignId: string;
}

export type TelnyxAssignmentStatus =
  | 'PENDING_ASSIGNMENT'
  | 'ASSIGNED'
  | 'FAILED_ASSIGNMENT'
  | 'PENDING_UNASSIGNMENT'
  | 'FAILED_UNASSIGNMENT';

/** `PhoneNumberCampaign`. */
export interface TelnyxPhoneNumberCampaign {
  phoneNumber?: string;
  /** "For shared campaigns, this is the TCR campaign ID, otherwise it is the campaign ID". */
  campaignId?: string;
  tcrCampaignId?: string;
  telnyxCampaignId?: string;
  assignmentStatus?: TelnyxAssignmentStatus;
  /** "Relevant only if the assignmentStatus is either FAILED_ASSIGNMENT or FAILED_UNASSIGNMENT". */
  failureReasons?: string;
}

/** The body of `POST /porting_orders`: it creates draft porting orders, split by carrier and number type. */
export interface TelnyxCreatePortingOrder {
  /** +E.164. */
  phone_numbers: string[];
  customer_reference: string;
}

/** The part of `UpdatePortingOrder` (`PATCH /porting_orders/{id}`) we send; attributes left out keep their value. */
export interface TelnyxPortingOrderUpdate {
  end_user: {
    admin: {
      /** "Person Name or Company name requesting the port". */
      entity_name: string;
      /** "Name of person authorizing the porting order". */
      auth_person_name: string;
      /** "The authorized person's account number with the current service provider". */
      account_number: string;
      /** "PIN/passcode possibly required by the old service provider for extra verification". */
      pin_passcode?: string;
    };
    /** The billing address the losing carrier has on record. */
    location: {
      street_address: string;
      locality: string;
      administrative_area: string;
      postal_code: string;
      /** ISO 3166-1 alpha-2. */
      country_code: string;
    };
  };
  /** "Indicates whether Telnyx will port messaging capabilities from the losing carrier". */
  messaging: { enable_messaging: boolean };
  phone_number_configuration?: { messaging_profile_id: string };
}

export type TelnyxPortingStatusValue =
  | 'draft'
  | 'in-process'
  | 'submitted'
  | 'exception'
  | 'foc-date-confirmed'
  | 'ported'
  | 'cancelled'
  | 'cancel-pending';

/** One reason behind a status (`PortingOrdersExceptionType`): `ACCOUNT_NUMBER_MISMATCH`, `FOC_REJECTED`, … */
export interface TelnyxPortingException {
  code?: string;
  description?: string;
}

export interface TelnyxPortingOrder {
  id?: string;
  record_type?: 'porting_order';
  customer_reference?: string | null;
  status?: { value?: TelnyxPortingStatusValue; details?: TelnyxPortingException[] };
  activation_settings?: {
    /** "ISO 8601 formatted Date/Time of the FOC date": the one the losing carrier confirmed. */
    foc_datetime_actual?: string | null;
    foc_datetime_requested?: string | null;
    fast_port_eligible?: boolean;
  };
  /** The first 50 numbers of the order (`include_phone_numbers`, true unless asked otherwise). */
  phone_numbers?: Array<{ phone_number?: string; record_type?: string }>;
  support_key?: string | null;
}
