import type { BrandEntityType } from '@longcode/contracts';
import type { FieldError } from '@longcode/kit';

/** The details of a brand the registry checks, as a partner submits or corrects them. */
export interface BrandDetails {
  entityType: BrandEntityType;
  ein: string | null;
  country: string;
  phone?: string | null;
  duns?: string | null;
  stockSymbol?: string | null;
  stockExchange?: string | null;
}

const einPattern = /^\d{2}-?\d{7}$/;
const e164 = /^\+[1-9]\d{7,14}$/;
const dunsPattern = /^\d{9}$/;

/** Every rule the registry would refuse a brand for, checked before it gets there; one entry per bad field. */
export function brandDetailErrors(details: BrandDetails): FieldError[] {
  const errors: FieldError[] = [];
  const { entityType, ein, country } = details;
  if (entityType !== 'SOLE_PROPRIETOR' && !ein) {
    errors.push({ field: 'ein', message: `is required for ${entityType} brands` });
  }
  if (ein && country === 'US' && !einPattern.test(ein)) {
    errors.push({ field: 'ein', message: 'must be a US EIN: 9 digits, as NN-NNNNNNN' });
  }
  if (details.phone && !e164.test(details.phone)) {
    errors.push({ field: 'phone', message: 'must be an E.164 number, like +15555550100' });
  }
  if (details.duns && !dunsPattern.test(details.duns)) {
    errors.push({ field: 'duns', message: 'must be a D-U-N-S number: 9 digits' });
  }
  if (entityType === 'PUBLIC_PROFIT') {
    if (!details.stockSymbol)
      errors.push({ field: 'stockSymbol', message: 'is required for PUBLIC_PROFIT brands' });
    if (!details.stockExchange)
      errors.push({ field: 'stockExchange', message: 'is required for PUBLIC_PROFIT brands' });
  }
  return errors;
}

/** A US EIN written as NN-NNNNNNN, however it was typed. */
export function normaliseEin(ein: string | null, country: string): string | null {
  if (!ein || country !== 'US') return ein;
  const digits = ein.replace('-', '');
  return `${digits.slice(0, 2)}-${digits.slice(2)}`;
}
