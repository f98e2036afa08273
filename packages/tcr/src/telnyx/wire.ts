/**
 * Telnyx's 10DLC wire format, as its public docs show it. Nothing outside this folder sees these types.
 *
 * - Create brand: https://developers.telnyx.com/api-reference/brands/create-brand (OpenAPI `CreateBrand`,
 *   response `TelnyxBrand`, 200; 422 is a validation error).
 * - Submit campaign: https://developers.telnyx.com/api-reference/campaign/submit-campaign (`POST
 *   /10dlc/campaignBuilder`, response `TelnyxCampaignCsp`, as `GET /10dlc/campaign/{campaignId}` returns it).
 * - Brand and campaign webhooks: https://developers.telnyx.com/docs/messaging/10dlc/event-notifications and
 *   https://developers.telnyx.com/api-reference/callbacks/campaign-status-update
 * - Errors: https://developers.telnyx.com/development/api-fundamentals/api-errors (`{ errors: [...] }`).
 */

/** The body of `POST /10dlc/brand` (the fields we fill; Telnyx has more, e.g. `altBusinessId`, `mock`). */
export interface TelnyxCreateBrandRequest {
  entityType: string;
  displayName: string;
  companyName?: string;
  ein?: string;
  phone?: string;
  street?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country: string;
  email: string;
  website?: string;
  vertical?: string;
  stockSymbol?: string;
  stockExchange?: string;
  /** Where Telnyx sends this brand's `10dlc.brand.update` webhooks: per brand, there is no account-wide one. */
  webhookURL?: string;
}

/** `TelnyxBrand`, the create/get response (only the fields we read are typed). */
export interface TelnyxBrand {
  /** Telnyx's id for the brand (a UUID-like string); webhooks name the brand by it. */
  brandId?: string;
  /** TCR's id (`BXXXXXX`), once the registry assigned one. */
  tcrBrandId?: string;
  identityStatus?: string;
  /** `OK` | `REGISTRATION_PENDING` | `REGISTRATION_FAILED`. */
  status?: string;
  /** Telnyx documents this as "Unique identifier Telnyx assigned to the brand - the brandId": not ours. */
  referenceId?: string;
}

/**
 * The body of `POST /10dlc/campaignBuilder` (the fields we fill; Telnyx has more: `mnoIds`, `resellerId`,
 * `privacyPolicyLink`, `embeddedLinkSample`, …). Keywords are one string, comma separated without spaces.
 */
export interface TelnyxCampaignBuilderRequest {
  brandId: string;
  usecase: string;
  subUsecases: string[];
  description: string;
  messageFlow: string;
  sample1?: string;
  sample2?: string;
  sample3?: string;
  sample4?: string;
  sample5?: string;
  helpMessage?: string;
  optoutMessage?: string;
  optinMessage?: string;
  helpKeywords?: string;
  optoutKeywords?: string;
  optinKeywords?: string;
  subscriberOptin: boolean;
  subscriberOptout: boolean;
  subscriberHelp: boolean;
  numberPool: boolean;
  directLending: boolean;
  embeddedLink: boolean;
  embeddedPhone: boolean;
  /** In Telnyx's earlier campaign schema (and TCR's); the current OpenAPI no longer lists it. */
  affiliateMarketing: boolean;
  ageGated: boolean;
  autoRenewal: boolean;
  termsAndConditions: boolean;
  /** Where Telnyx sends this campaign's `10dlc.campaign.update` webhooks. */
  webhookURL?: string;
}

/** `TelnyxCampaignCsp`, the submit/get response (only the fields we read are typed). */
export interface TelnyxCampaign {
  /** Telnyx's id for the campaign (a UUID); webhooks name the campaign by it. */
  campaignId?: string;
  brandId?: string;
  /** TCR's id (`CXXXXXX`), once the registry assigned one. */
  tcrCampaignId?: string;
  /** `TCR_PENDING` | `TCR_ACCEPTED` | `TCR_FAILED` | `TELNYX_FAILED` | `MNO_PENDING` | `MNO_PROVISIONED` | … */
  campaignStatus?: string;
  /** `ACTIVE` | `EXPIRED`. */
  status?: string;
}

/** A webhook delivery: `{ data: { event_type, id, occurred_at, payload, record_type }, meta }`. */
export interface TelnyxWebhook {
  data?: {
    event_type?: string;
    id?: string;
    occurred_at?: string;
    payload?: TelnyxBrandEventPayload & TelnyxCampaignEventPayload;
    record_type?: string;
  };
  meta?: { attempt?: number; delivered_to?: string };
}

/** The payload of a `10dlc.brand.update` event; which fields are present depends on `type`. */
export interface TelnyxBrandEventPayload {
  brandId?: string;
  /** `REGISTRATION` | `REVET` | `ORDER_EXTERNAL_VETTING` | `TCR_BRAND_UPDATE` (documented). */
  type?: string;
  /** For `TCR_BRAND_UPDATE`: `BRAND_ADD` | `BRAND_APPEAL_ADD` | `BRAND_APPEAL_COMPLETE` | `BRAND_REVET`. */
  eventType?: string;
  /** `success` | `failed` in the documented examples. */
  status?: string;
  tcrBrandId?: string;
  brandName?: string;
  description?: string;
  reasons?: Array<{ fields?: string[]; description?: string }>;
  /** Not in Telnyx's BRAND_ADD example; read when present (TCR's own brand field name). */
  identityStatus?: string;
  /** Not in Telnyx's ORDER_EXTERNAL_VETTING example: the field names of Telnyx's external vetting record. */
  evpId?: string;
  vettingClass?: string;
  vettingScore?: number;
  vettedDate?: string;
}

/** The payload of a `10dlc.campaign.update` event; which fields are present depends on `type`. */
export interface TelnyxCampaignEventPayload {
  campaignId?: string;
  /**
   * `REGISTRATION` | `TELNYX_REVIEW` | `MNO_REVIEW` | `TELNYX_EVENT` | `TCR_EVENT` | `VERIFIED` |
   * `NUMBER_POOL_PROVISIONED` | `NUMBER_POOL_DEPROVISIONED` (documented), `CAMPAIGN_NUDGE` (in the appeal guide).
   */
  type?: string;
  /** `ACCEPTED` | `REJECTED` (reviews), `DORMANT` (TELNYX_EVENT), `success` | `failed` (REGISTRATION). */
  status?: string;
  /** For `TCR_EVENT`: TCR's event, `CAMPAIGN_ADD` | `CAMPAIGN_EXPIRED` | `MNO_CAMPAIGN_OPERATION_SUSPENDED` | … */
  eventType?: string;
  description?: string;
  /** Not in Telnyx's VERIFIED example; read when present (Telnyx's phone-number events carry it). */
  tcrCampaignId?: string;
  /** Not in Telnyx's examples: the carrier fields of TCR's own MNO webhooks, read when forwarded. */
  mnoName?: string;
  mnoId?: number | string;
}
