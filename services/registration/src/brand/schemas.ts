/**
 * The brand API's requests as registration reads them: their JSON schemas, and its answer's, are the
 * published ones (brandRequest, brandResubmitRequest, brandResponse in @longcode/contracts), which fastify
 * checks requests with, reporting every bad field, and writes answers with.
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
