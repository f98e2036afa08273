/**
 * Our number provider port: how the numbers service finds, orders, releases and links phone numbers to
 * 10DLC campaigns through a carrier provider (Telnyx, …). One folder per vendor implements it; the vendor's
 * wire format never leaks past its folder. Outcomes that take the carrier time (an order completing, a
 * number's campaign assignment provisioning) are read back with the *Status calls: the numbers service
 * polls them, so a lost webhook never strands a number.
 */

export interface Money {
  /** Decimal string as the provider gives it (`"1.00"`): never a float. */
  amount: string;
  /** ISO 4217 (`USD`). */
  currency: string;
}

export type NumberFeature = 'sms' | 'mms' | 'voice';

export interface NumberSearch {
  /** One exact number (E.164), to learn whether it is still available and what it costs. */
  phoneNumber?: string;
  /** NPA, three digits (`212`). */
  areaCode?: string;
  /** Two-letter US state (`NY`). */
  state?: string;
  /** City name as the provider knows it. */
  locality?: string;
  /** At most this many results (1–100). */
  limit: number;
}

export interface AvailableNumber {
  /** E.164 (`+12125550123`). */
  phoneNumber: string;
  /** Two-letter state, when the provider says. */
  region: string | null;
  locality: string | null;
  rateCenter: string | null;
  features: NumberFeature[];
  monthlyCost: Money;
  upfrontCost: Money;
}

export type ProviderOrderStatus = 'pending' | 'success' | 'failure';

export interface NumberOrder {
  providerOrderId: string;
  status: ProviderOrderStatus;
  /** The provider's id of the number once ordered (Telnyx's phone number id), when known. */
  providerNumberId: string | null;
  /** Why the order failed, when it did. */
  failureReason: string | null;
}

/** Who authorises moving a number from its current carrier, as the losing carrier knows the account. */
export interface PortInAuthorisation {
  /** The business or person on the losing carrier's account. */
  entityName: string;
  /** The person who signs the letter of authorisation. */
  authorisedPerson: string;
  /** The account number at the losing carrier. */
  accountNumber: string;
  /** The port-out PIN or passcode, when the losing carrier uses one. */
  pin: string | null;
  /** The service address on the losing carrier's account. */
  serviceAddress: { street: string; city: string; state: string; postalCode: string; country: string };
}

export type ProviderPortInStatus = 'pending' | 'ported' | 'failed';

export interface PortIn {
  providerPortingId: string;
  status: ProviderPortInStatus;
  /** The date the losing carrier committed to (FOC), when known. */
  focDate: string | null;
  /** Why it failed or stopped (the losing carrier's exception), when it did. */
  failureReason: string | null;
  /** The provider's id of the number once ported, when known. */
  providerNumberId: string | null;
}

export type ProviderAssignmentStatus = 'pending' | 'assigned' | 'failed';

export interface CampaignAssignment {
  status: ProviderAssignmentStatus;
  /** Why the carrier side refused, when it did. */
  failureReason: string | null;
}

export interface NumberProvider {
  search(query: NumberSearch): Promise<AvailableNumber[]>;
  /** Orders one number. `referenceId` is ours (sent as the provider's customer reference). */
  order(request: { referenceId: string; phoneNumber: string }): Promise<NumberOrder>;
  orderStatus(providerOrderId: string): Promise<NumberOrder>;
  /** Starts moving a number the account already has elsewhere to this provider (a port-in), submitted at once. */
  portIn(request: {
    referenceId: string;
    phoneNumber: string;
    authorisation: PortInAuthorisation;
  }): Promise<PortIn>;
  portInStatus(providerPortingId: string): Promise<PortIn>;
  /** Gives the number back to the provider. Releasing a number the provider no longer has succeeds. */
  release(number: { phoneNumber: string; providerNumberId: string | null }): Promise<void>;
  /** Links a number to an approved campaign, by the registry's campaign id (TCR's `CXXXXXX`). */
  assign(request: { phoneNumber: string; registryCampaignId: string }): Promise<CampaignAssignment>;
  /** The number's campaign assignment as the provider sees it now; null when it has none. */
  assignmentStatus(phoneNumber: string): Promise<CampaignAssignment | null>;
  /** Unlinks a number from its campaign. Unlinking a number with no campaign succeeds. */
  unassign(phoneNumber: string): Promise<void>;
}
