/**
 * Telnyx's Number Lookup wire format (`GET /v2/number_lookup/{phone_number}?type=carrier`), as its API
 * reference shows it (https://developers.telnyx.com/api-reference/number-lookup/lookup-phone-number-data,
 * and the `NumberLookupRetrieveResponse` of Telnyx's Node SDK generated from the same OpenAPI). Every
 * field is optional there; nothing outside this folder sees these types.
 */
export interface TelnyxNumberLookupResponse {
  data?: {
    record_type?: string;
    phone_number?: string;
    country_code?: string;
    national_format?: string;
    carrier?: TelnyxLookupCarrier | null;
    portability?: TelnyxPortability | null;
  };
}

export interface TelnyxLookupCarrier {
  /** The service provider's (SPID) name if the number was ported, else the block holder's. */
  name?: string | null;
  /** "If known to Telnyx and applicable, the primary network carrier." */
  normalized_carrier?: string | null;
  /** fixed line | mobile | voip | fixed line or mobile | toll free | premium rate | shared cost |
   * personal number | pager | uan | voicemail | unknown */
  type?: string | null;
  mobile_country_code?: string | null;
  mobile_network_code?: string | number | null;
  /** Documented as unused. */
  error_code?: string | null;
}

/** North American numbers' portability record (NPAC / LERG). */
export interface TelnyxPortability {
  lrn?: string;
  ocn?: string;
  spid?: string;
  spid_carrier_name?: string;
  spid_carrier_type?: string;
  altspid?: string;
  altspid_carrier_name?: string;
  altspid_carrier_type?: string;
  line_type?: string;
  ported_status?: 'Y' | 'N' | '' | string;
  ported_date?: string;
  city?: string;
  state?: string;
}
