/**
 * Our number-lookup port: which carrier serves a US number now (after any porting), so dispatch can count
 * a message only against its recipient's carrier's limits. One folder per vendor implements it, beside
 * that vendor's messaging adapter; the vendor's wire format never leaks past its folder.
 */

/**
 * The carriers whose 10DLC limits differ: AT&T (per-minute TPM), T-Mobile (daily brand cap; Sprint and
 * Metro by T-Mobile are T-Mobile's network), Verizon, US Cellular; `other` for every other network.
 */
export type Carrier = 'att' | 'tmobile' | 'verizon' | 'uscellular' | 'other';

export const CARRIERS: readonly Carrier[] = ['att', 'tmobile', 'verizon', 'uscellular', 'other'];

export type LineType = 'mobile' | 'landline' | 'voip' | 'unknown';

export interface NumberInfo {
  /** E.164, as looked up. */
  phoneNumber: string;
  carrier: Carrier;
  /** The carrier's name as the vendor gave it (the service provider's), for people reading it. */
  carrierName: string | null;
  lineType: LineType;
  /** Whether the number was ported away from the carrier that holds its block; null when not said. */
  ported: boolean | null;
}

export interface NumberLookup {
  /**
   * Who serves the number now. Throws a ProviderError when the vendor cannot say: `retriable` when asking
   * again later may succeed (timeouts, 5xx, 429), not when the vendor refused the number itself (4xx).
   */
  lookup(phoneNumber: string): Promise<NumberInfo>;
}
