/**
 * Telnyx's numbers API as the simulator answers it, the shapes of its public docs:
 * - `AvailablePhoneNumber`: https://developers.telnyx.com/api-reference/phone-number-search/list-available-phone-numbers
 * - `NumberOrderWithPhoneNumbers`: https://developers.telnyx.com/api-reference/phone-number-orders/create-a-number-order
 * - `PhoneNumberDetailed`: https://developers.telnyx.com/api-reference/phone-number-configurations/list-phone-numbers
 * - `PhoneNumberCampaign`: https://developers.telnyx.com/api-reference/phone-number-campaigns/get-single-phone-number-campaign
 * - `PortingOrder`: https://developers.telnyx.com/api-reference/porting-orders/retrieve-a-porting-order (see porting-wire.ts)
 */

export interface AvailablePhoneNumber {
  phone_number: string;
  record_type: 'available_phone_number';
  phone_number_type: 'local';
  best_effort: false;
  reservable: true;
  quickship: true;
  vanity_format: null;
  features: Array<{ name: string }>;
  cost_information: { currency: 'USD'; monthly_cost: string; upfront_cost: string };
  region_information: Array<{
    region_type: 'state' | 'country_code' | 'rate_center' | 'location';
    region_name: string;
  }>;
}

export type OrderStatus = 'pending' | 'success' | 'failure';

export interface OrderPhoneNumber {
  /** The order line's id (a `number_order_phone_number`), not the number's. */
  id: string;
  record_type: 'number_order_phone_number';
  phone_number: string;
  phone_number_type: 'local';
  country_code: 'US';
  regulatory_requirements: [];
  requirements_met: true;
  status: OrderStatus;
}

export interface NumberOrder {
  id: string;
  record_type: 'number_order';
  phone_numbers_count: number;
  phone_numbers: OrderPhoneNumber[];
  sub_number_orders_ids: string[];
  status: OrderStatus;
  customer_reference?: string;
  messaging_profile_id?: string;
  connection_id?: string;
  billing_group_id?: string;
  requirements_met: true;
  created_at: string;
  updated_at: string;
}

export interface PhoneNumber {
  /** Telnyx's numeric-string id (`1293384261075731499`): what `DELETE /phone_numbers/{id}` takes. */
  id: string;
  record_type: 'phone_number';
  phone_number: string;
  status: 'purchase-pending' | 'active' | 'deleted';
  phone_number_type: 'local';
  country_iso_alpha2: 'US';
  tags: string[];
  customer_reference: string | null;
  messaging_profile_id: string | null;
  connection_id: string | null;
  billing_group_id: string | null;
  deletion_lock_enabled: false;
  external_pin: null;
  purchased_at: string | null;
  created_at: string;
  updated_at: string;
}

export type AssignmentStatus =
  | 'PENDING_ASSIGNMENT'
  | 'ASSIGNED'
  | 'FAILED_ASSIGNMENT'
  | 'PENDING_UNASSIGNMENT'
  | 'FAILED_UNASSIGNMENT';

export interface PhoneNumberCampaign {
  phoneNumber: string;
  /** Telnyx's campaign id (the simulator has no shared campaigns, whose TCR id would be here). */
  campaignId: string;
  brandId: string;
  tcrBrandId?: string;
  tcrCampaignId?: string;
  telnyxCampaignId: string;
  assignmentStatus: AssignmentStatus;
  failureReasons?: string;
  /** Telnyx's 10DLC timestamps: microseconds, no zone (`2021-03-08T17:57:48.801186`). */
  createdAt: string;
  updatedAt: string;
}

/** Telnyx's numbers timestamps: microseconds, UTC (`2018-01-01T00:00:00.000000Z`). */
export const numbersTime = (at: Date): string => at.toISOString().replace('Z', '000Z');

/** Telnyx's 10DLC timestamps. */
export const tenDlcTime = (at: Date): string => at.toISOString().replace('Z', '000');
