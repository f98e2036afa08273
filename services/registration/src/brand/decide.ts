import type { BrandCreated } from '@longcode/contracts';
import { ConflictError, ValidationError } from '@longcode/kit';
import type { BrandEvent, BrandState } from './brand.js';

export interface CreateBrand {
  type: 'CreateBrand';
  /** What the partner submitted, with the brand id the caller assigned. */
  data: BrandCreated;
}

export type BrandCommand = CreateBrand;

const einPattern = /^\d{2}-?\d{7}$/;

function createBrand(command: CreateBrand, state: BrandState): BrandEvent[] {
  if (state.exists) {
    throw new ConflictError('BRAND_ALREADY_EXISTS', `Brand ${command.data.brandId} already exists`);
  }
  const { entityType, ein, country } = command.data;
  const needsTaxId = entityType !== 'SOLE_PROPRIETOR';
  if (needsTaxId && !ein) {
    throw new ValidationError([{ field: 'ein', message: `is required for ${entityType} brands` }]);
  }
  if (ein && country === 'US' && !einPattern.test(ein)) {
    throw new ValidationError([{ field: 'ein', message: 'must be a US EIN: 9 digits, as NN-NNNNNNN' }]);
  }
  const normalisedEin =
    ein && country === 'US' ? `${ein.replace('-', '').slice(0, 2)}-${ein.replace('-', '').slice(2)}` : ein;
  return [{ type: 'longcode.registration.BrandCreated', data: { ...command.data, ein: normalisedEin } }];
}

/** Pure: what a command on a brand produces, or a domain error. */
export function decideBrand(command: BrandCommand, state: BrandState): BrandEvent[] {
  switch (command.type) {
    case 'CreateBrand':
      return createBrand(command, state);
    default: {
      const unhandled: never = command.type;
      return unhandled;
    }
  }
}
