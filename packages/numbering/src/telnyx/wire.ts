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
