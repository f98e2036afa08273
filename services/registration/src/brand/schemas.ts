/** JSON schemas of the brand API: fastify validates requests with them and reports every bad field. */
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
  vertical?: string | null;
  email: string;
}

export const brandBody = {
  type: 'object',
  additionalProperties: false,
  required: ['entityType', 'legalName', 'displayName', 'email'],
  properties: {
    entityType: { type: 'string', enum: entityTypes },
    legalName: { type: 'string', minLength: 1, maxLength: 255 },
    displayName: { type: 'string', minLength: 1, maxLength: 255 },
    ein: { type: ['string', 'null'], maxLength: 21 },
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    website: { type: ['string', 'null'], pattern: '^https?://[^\\s]+$', maxLength: 255 },
    vertical: { type: ['string', 'null'], maxLength: 64 },
    email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', maxLength: 255 },
  },
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
    createdAt: { type: 'string' },
  },
} as const;
