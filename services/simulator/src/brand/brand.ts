/**
 * Telnyx's 10DLC brand as the simulator receives and answers it (`CreateBrand` in, `TelnyxBrand` out):
 * https://developers.telnyx.com/api-reference/brands/create-brand
 */
export interface CreateBrandRequest {
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
  vertical: string;
  stockSymbol?: string;
  stockExchange?: string;
  webhookURL?: string;
  webhookFailoverURL?: string;
}

export type IdentityStatus = 'UNVERIFIED' | 'SELF_DECLARED' | 'VERIFIED' | 'VETTED_VERIFIED';

export interface TelnyxBrand extends CreateBrandRequest {
  brandId: string;
  /** TCR's id, once the (simulated) registry added the brand. */
  tcrBrandId?: string;
  cspId: string;
  brandRelationship: 'BASIC_ACCOUNT';
  /** Telnyx documents it as its own id for the brand, the brandId. */
  referenceId: string;
  identityStatus: IdentityStatus;
  status: 'OK' | 'REGISTRATION_PENDING' | 'REGISTRATION_FAILED';
  failureReasons?: string;
  mock: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The brand as created: pending at the registry, self-declared until verified. */
export function newTelnyxBrand(request: CreateBrandRequest, brandId: string, now: Date): TelnyxBrand {
  const at = now.toISOString();
  return {
    ...request,
    brandId,
    cspId: 'SIMCSP',
    brandRelationship: 'BASIC_ACCOUNT',
    referenceId: brandId,
    identityStatus: 'SELF_DECLARED',
    status: 'REGISTRATION_PENDING',
    mock: true,
    createdAt: at,
    updatedAt: at,
  };
}

export const ENTITY_TYPES = [
  'PRIVATE_PROFIT',
  'PUBLIC_PROFIT',
  'NON_PROFIT',
  'GOVERNMENT',
  'SOLE_PROPRIETOR',
];
export const VERTICALS = [
  'REAL_ESTATE',
  'HEALTHCARE',
  'ENERGY',
  'ENTERTAINMENT',
  'RETAIL',
  'AGRICULTURE',
  'INSURANCE',
  'EDUCATION',
  'HOSPITALITY',
  'FINANCIAL',
  'GAMBLING',
  'CONSTRUCTION',
  'NGO',
  'MANUFACTURING',
  'GOVERNMENT',
  'TECHNOLOGY',
  'COMMUNICATION',
];
export const STOCK_EXCHANGES = [
  'NONE',
  'NASDAQ',
  'NYSE',
  'AMEX',
  'AMX',
  'ASX',
  'B3',
  'BME',
  'BSE',
  'FRA',
  'ICEX',
  'JPX',
  'JSE',
  'KRX',
  'LON',
  'NSE',
  'OMX',
  'SEHK',
  'SSE',
  'STO',
  'SWX',
  'SZSE',
  'TSX',
  'TWSE',
  'VSE',
];
