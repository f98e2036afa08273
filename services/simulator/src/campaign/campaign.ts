/**
 * Telnyx's 10DLC campaign as the simulator receives and answers it (the campaign builder's body in,
 * `TelnyxCampaignCsp` out): https://developers.telnyx.com/api-reference/campaign/submit-campaign
 */
export interface CampaignBuilderRequest {
  brandId: string;
  usecase: string;
  subUsecases?: string[];
  description: string;
  messageFlow: string;
  sample1: string;
  sample2?: string;
  sample3?: string;
  sample4?: string;
  sample5?: string;
  helpMessage?: string;
  optinMessage?: string;
  optoutMessage?: string;
  /** Comma separated without spaces, as all three keyword lists. */
  helpKeywords?: string;
  optinKeywords?: string;
  optoutKeywords?: string;
  subscriberOptin?: boolean;
  subscriberOptout?: boolean;
  subscriberHelp?: boolean;
  numberPool?: boolean;
  directLending?: boolean;
  embeddedLink?: boolean;
  embeddedPhone?: boolean;
  affiliateMarketing?: boolean;
  ageGated?: boolean;
  autoRenewal?: boolean;
  termsAndConditions: boolean;
  webhookURL?: string;
  webhookFailoverURL?: string;
}

/** The `campaignStatus` values the simulator goes through, Telnyx's names. */
export type CampaignStatus =
  | 'TCR_PENDING'
  | 'MNO_PROVISIONED'
  | 'MNO_REJECTED'
  | 'TCR_SUSPENDED'
  | 'TCR_EXPIRED';

export interface TelnyxCampaign extends CampaignBuilderRequest {
  campaignId: string;
  subUsecases: string[];
  cspId: string;
  brandDisplayName: string;
  tcrBrandId?: string;
  /** TCR's id, once the (simulated) registry added the campaign. */
  tcrCampaignId?: string;
  campaignStatus: CampaignStatus;
  /** `ACTIVE` until the campaign expires. */
  status: 'ACTIVE' | 'EXPIRED';
  submissionStatus: 'CREATED';
  failureReasons?: string;
  isTMobileRegistered: boolean;
  mock: boolean;
  createDate: string;
}

/** The campaign as created: pending at the registry. */
export function newTelnyxCampaign(
  request: CampaignBuilderRequest,
  brand: { displayName: string; tcrBrandId?: string },
  campaignId: string,
  now: Date,
): TelnyxCampaign {
  return {
    ...request,
    subUsecases: request.subUsecases ?? [],
    campaignId,
    cspId: 'SIMCSP',
    brandDisplayName: brand.displayName,
    ...(brand.tcrBrandId === undefined ? {} : { tcrBrandId: brand.tcrBrandId }),
    campaignStatus: 'TCR_PENDING',
    status: 'ACTIVE',
    submissionStatus: 'CREATED',
    isTMobileRegistered: false,
    mock: true,
    createDate: now.toISOString(),
  };
}

/** TCR's use cases, standard and special, by the names Telnyx takes. */
export const USE_CASES = [
  '2FA',
  'ACCOUNT_NOTIFICATION',
  'CUSTOMER_CARE',
  'DELIVERY_NOTIFICATION',
  'FRAUD_ALERT',
  'HIGHER_EDUCATION',
  'LOW_VOLUME',
  'MARKETING',
  'MIXED',
  'POLLING_VOTING',
  'PUBLIC_SERVICE_ANNOUNCEMENT',
  'SECURITY_ALERT',
  'AGENTS_FRANCHISES',
  'CARRIER_EXEMPT',
  'CHARITY',
  'EMERGENCY',
  'K12_EDUCATION',
  'M2M',
  'POLITICAL',
  'PROXY',
  'SOCIAL',
  'SOLE_PROPRIETOR',
  'SWEEPSTAKE',
  'UCAAS_HIGH',
  'UCAAS_LOW',
];
