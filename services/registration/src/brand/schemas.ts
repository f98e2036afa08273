/** JSON schemas of the brand API: fastify validates requests with them and reports every bad field. */
/** The Campaign Registry's industry verticals. */
export const verticals = [
  'AGRICULTURE',
  'COMMUNICATION',
  'CONSTRUCTION',
  'EDUCATION',
  'ENERGY',
  'ENTERTAINMENT',
  'FINANCIAL',
  'GAMBLING',
  'GOVERNMENT',
  'HEALTHCARE',
  'HOSPITALITY',
  'HUMAN_RESOURCES',
  'INSURANCE',
  'LEGAL',
  'MANUFACTURING',
  'NGO',
  'POLITICAL',
  'POSTAL',
  'PROFESSIONAL',
  'REAL_ESTATE',
  'RETAIL',
  'TECHNOLOGY',
  'TRANSPORTATION',
] as const;

export const entityTypes = [
  'PRIVATE_PROFIT',
  'PUBLIC_PROFIT',
  'NON_PROFIT',
  'GOVERNMENT',
  'SOLE_PROPRIETOR',
] as const;

export interface BrandBody {
  entityType: (typeof entityTypes)[number];
  legalName: string;
  displayName: string;
  ein?: string | null;
  country?: string;
  website?: string | null;
  vertical: (typeof verticals)[number];
  email: string;
  phone?: string | null;
  duns?: string | null;
  address?: { street: string; city: string; state: string; postalCode: string; country: string } | null;
  stockSymbol?: string | null;
  stockExchange?: string | null;
}

/** What a partner may correct when resubmitting a rejected brand. */
export interface ResubmitBody {
  legalName: string;
  displayName: string;
  ein?: string | null;
  website?: string | null;
  email: string;
  phone?: string | null;
}

export const brandBody = {
  type: 'object',
  additionalProperties: false,
  required: ['entityType', 'legalName', 'displayName', 'vertical', 'email'],
  properties: {
    entityType: { type: 'string', enum: entityTypes },
    legalName: { type: 'string', minLength: 1, maxLength: 255 },
    displayName: { type: 'string', minLength: 1, maxLength: 255 },
    ein: { type: ['string', 'null'], maxLength: 21 },
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    website: { type: ['string', 'null'], pattern: '^https?://[^\\s]+$', maxLength: 255 },
    vertical: { type: 'string', enum: verticals },
    email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', maxLength: 255 },
    phone: { type: ['string', 'null'], maxLength: 16 },
    duns: { type: ['string', 'null'], maxLength: 9 },
    address: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['street', 'city', 'state', 'postalCode', 'country'],
      properties: {
        street: { type: 'string', minLength: 1, maxLength: 255 },
        city: { type: 'string', minLength: 1, maxLength: 100 },
        state: { type: 'string', minLength: 2, maxLength: 20 },
        postalCode: { type: 'string', minLength: 3, maxLength: 10 },
        country: { type: 'string', pattern: '^[A-Z]{2}$' },
      },
    },
    stockSymbol: { type: ['string', 'null'], maxLength: 10 },
    stockExchange: { type: ['string', 'null'], maxLength: 10 },
  },
} as const;

const corrected = ['legalName', 'displayName', 'ein', 'website', 'email', 'phone'] as const;
export const resubmitBody = {
  type: 'object',
  additionalProperties: false,
  required: ['legalName', 'displayName', 'email'],
  properties: Object.fromEntries(corrected.map((name) => [name, brandBody.properties[name]])),
} as const;

export const brandParams = {
  type: 'object',
  required: ['brandId'],
  properties: { brandId: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

export const brandResponse = {
  type: 'object',
  properties: {
    brandId: { type: 'string' },
    accountId: { type: 'string' },
    status: { type: 'string' },
    entityType: { type: 'string' },
    legalName: { type: 'string' },
    displayName: { type: 'string' },
    ein: { type: ['string', 'null'] },
    country: { type: 'string' },
    website: { type: ['string', 'null'] },
    vertical: { type: ['string', 'null'] },
    email: { type: 'string' },
    phone: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
    registryBrandId: { type: ['string', 'null'] },
    identityStatus: { type: ['string', 'null'] },
    vettingScore: { type: ['integer', 'null'] },
    rejectionReasons: {
      type: 'array',
      items: { type: 'object', properties: { code: { type: 'string' }, description: { type: 'string' } } },
    },
    suspensionReason: { type: ['string', 'null'] },
  },
} as const;
