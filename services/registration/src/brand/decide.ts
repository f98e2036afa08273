import type {
  BrandApproved,
  BrandCreated,
  BrandRejected,
  BrandResubmitted,
  BrandSubmitted,
  BrandSuspended,
  BrandVetted,
} from '@longcode/contracts';
import { ConflictError, NotFoundError, ValidationError } from '@longcode/kit';
import type { BrandEvent, BrandState, BrandStatus, ExistingBrand } from './brand.js';
import { brandDetailErrors, normaliseEin } from './details.js';

/** A partner creates a brand (with the id the caller assigned). */
export interface CreateBrand {
  type: 'CreateBrand';
  data: BrandCreated;
}
/** The registration provider took the brand (or took it again, after a resubmission). */
export interface RecordSubmission {
  type: 'RecordSubmission';
  data: BrandSubmitted;
}
/** The vetting provider's result arrived. */
export interface RecordVetting {
  type: 'RecordVetting';
  data: BrandVetted;
}
/** The registry accepted the brand. */
export interface ApproveBrand {
  type: 'ApproveBrand';
  data: BrandApproved;
}
/** The registry refused the brand. */
export interface RejectBrand {
  type: 'RejectBrand';
  data: BrandRejected;
}
/** The registry or a carrier suspended the brand. */
export interface SuspendBrand {
  type: 'SuspendBrand';
  data: BrandSuspended;
}
/** The partner corrected a rejected brand. */
export interface ResubmitBrand {
  type: 'ResubmitBrand';
  data: BrandResubmitted;
}

export type BrandCommand =
  | CreateBrand
  | RecordSubmission
  | RecordVetting
  | ApproveBrand
  | RejectBrand
  | SuspendBrand
  | ResubmitBrand;

function createBrand({ data }: CreateBrand, state: BrandState): BrandEvent[] {
  if (state.exists) throw new ConflictError('BRAND_ALREADY_EXISTS', `Brand ${data.brandId} already exists`);
  const errors = brandDetailErrors(data);
  if (errors.length > 0) throw new ValidationError(errors);
  return [
    {
      type: 'longcode.registration.BrandCreated',
      data: { ...data, ein: normaliseEin(data.ein, data.country) },
    },
  ];
}

function existing(state: BrandState, brandId: string): ExistingBrand {
  if (!state.exists) throw new NotFoundError('BRAND_NOT_FOUND', `Brand ${brandId} does not exist`);
  return state;
}

/** Refuses, with a stable code, a transition the brand's status does not allow. */
function requireStatus(brand: ExistingBrand, allowed: BrandStatus, code: string, action: string) {
  if (brand.status !== allowed) {
    throw new ConflictError(
      code,
      `Brand ${brand.brandId} is ${brand.status}; only a ${allowed} brand can be ${action}`,
      {
        details: { status: brand.status },
      },
    );
  }
}

function recordSubmission({ data }: RecordSubmission, state: BrandState): BrandEvent[] {
  requireStatus(existing(state, data.brandId), 'PENDING', 'BRAND_NOT_PENDING', 'submitted');
  return [{ type: 'longcode.registration.BrandSubmitted', data }];
}

function recordVetting({ data }: RecordVetting, state: BrandState): BrandEvent[] {
  const brand = existing(state, data.brandId);
  if (brand.status === 'SUSPENDED') {
    throw new ConflictError('BRAND_SUSPENDED', `Brand ${data.brandId} is suspended; it cannot be vetted`);
  }
  if (!Number.isInteger(data.score) || data.score < 0 || data.score > 100) {
    throw new ValidationError([{ field: 'score', message: 'must be an integer from 0 to 100' }]);
  }
  return [{ type: 'longcode.registration.BrandVetted', data }];
}

function approveBrand({ data }: ApproveBrand, state: BrandState): BrandEvent[] {
  requireStatus(existing(state, data.brandId), 'PENDING', 'BRAND_NOT_PENDING', 'approved');
  return [{ type: 'longcode.registration.BrandApproved', data }];
}

function rejectBrand({ data }: RejectBrand, state: BrandState): BrandEvent[] {
  requireStatus(existing(state, data.brandId), 'PENDING', 'BRAND_NOT_PENDING', 'rejected');
  if (data.reasons.length === 0)
    throw new ValidationError([{ field: 'reasons', message: 'must give at least one reason' }]);
  return [{ type: 'longcode.registration.BrandRejected', data }];
}

function suspendBrand({ data }: SuspendBrand, state: BrandState): BrandEvent[] {
  requireStatus(existing(state, data.brandId), 'APPROVED', 'BRAND_NOT_APPROVED', 'suspended');
  return [{ type: 'longcode.registration.BrandSuspended', data }];
}

function resubmitBrand({ data }: ResubmitBrand, state: BrandState): BrandEvent[] {
  const brand = existing(state, data.brandId);
  requireStatus(brand, 'REJECTED', 'BRAND_NOT_REJECTED', 'resubmitted');
  const errors = brandDetailErrors({ ...brand, ...data });
  if (errors.length > 0) throw new ValidationError(errors);
  return [
    {
      type: 'longcode.registration.BrandResubmitted',
      data: { ...data, ein: normaliseEin(data.ein, brand.country) },
    },
  ];
}

/** Pure: what a command on a brand produces, or a domain error. */
export function decideBrand(command: BrandCommand, state: BrandState): BrandEvent[] {
  switch (command.type) {
    case 'CreateBrand':
      return createBrand(command, state);
    case 'RecordSubmission':
      return recordSubmission(command, state);
    case 'RecordVetting':
      return recordVetting(command, state);
    case 'ApproveBrand':
      return approveBrand(command, state);
    case 'RejectBrand':
      return rejectBrand(command, state);
    case 'SuspendBrand':
      return suspendBrand(command, state);
    case 'ResubmitBrand':
      return resubmitBrand(command, state);
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}
