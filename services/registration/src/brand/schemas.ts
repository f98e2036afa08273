/**
 * The brand API's requests as registration reads them: their JSON schemas are the published ones
 * (brandRequest, brandResubmitRequest in @longcode/contracts), which fastify checks, reporting every bad field.
 */
import type { brandEntityTypes, brandVerticals } from '@longcode/contracts';

export interface BrandBody {
  entityType: (typeof brandEntityTypes)[number];
  legalName: string;
  displayName: string;
  ein?: string | null;
  country?: string;
  website?: string | null;
  vertical: (typeof brandVerticals)[number];
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
