import {
  type TelnyxError,
  type TelnyxValidation,
  telnyxError,
  validateTelnyxBody,
} from '../telnyx-errors.js';
import { type CreateBrandRequest, ENTITY_TYPES, STOCK_EXCHANGES, VERTICALS } from './brand.js';

/** Text fields of `CreateBrand` and their maximum lengths, as Telnyx's OpenAPI gives them. */
const MAX_LENGTHS: Record<string, number> = {
  entityType: 50,
  displayName: 100,
  companyName: 100,
  ein: 20,
  phone: 20,
  street: 100,
  city: 100,
  state: 20,
  postalCode: 10,
  country: 2,
  email: 100,
  website: 100,
  vertical: 50,
  stockSymbol: 10,
  stockExchange: 10,
  webhookURL: 2000,
  webhookFailoverURL: 2000,
};

const REQUIRED = ['entityType', 'displayName', 'country', 'email', 'vertical'];
const E164 = /^\+[1-9]\d{1,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * What Telnyx checks when the brand is created: 400 for a body that is not an object, 422 naming each bad
 * field. What only the registry finds out (a malformed EIN, an unverifiable name) comes later, by webhook.
 */
export function validateCreateBrand(body: unknown): TelnyxValidation<CreateBrandRequest> {
  return validateTelnyxBody<CreateBrandRequest>(body, {
    shape: (fields) => [...typeErrors(fields), ...requiredErrors(fields)],
    format: formatErrors,
  });
}

function typeErrors(fields: Record<string, unknown>): TelnyxError[] {
  return Object.entries(MAX_LENGTHS).flatMap(([field, max]) => {
    const value = fields[field];
    if (value === undefined || value === null) return [];
    if (typeof value !== 'string')
      return [telnyxError('10020', `The '${field}' parameter must be of type 'string'.`, field)];
    if (value.length > max)
      return [telnyxError('10015', `The '${field}' parameter must be at most ${max} characters.`, field)];
    return [];
  });
}

function requiredErrors(fields: Record<string, unknown>): TelnyxError[] {
  const required = [...REQUIRED];
  const entityType = fields.entityType;
  if (entityType !== 'SOLE_PROPRIETOR' && entityType !== 'GOVERNMENT') required.push('companyName');
  if (entityType === 'NON_PROFIT') required.push('ein');
  if (entityType === 'PUBLIC_PROFIT') required.push('stockSymbol', 'stockExchange');
  return required
    .filter((field) => fields[field] === undefined || fields[field] === null || fields[field] === '')
    .map((field) => telnyxError('10004', `The '${field}' parameter is required.`, field));
}

function formatErrors(request: CreateBrandRequest): TelnyxError[] {
  const errors: TelnyxError[] = [];
  const oneOf = (field: keyof CreateBrandRequest, allowed: readonly string[]) => {
    const value = request[field];
    if (value !== undefined && !allowed.includes(value)) {
      errors.push(
        telnyxError('10015', `The '${field}' parameter must be one of ${allowed.join(', ')}.`, field),
      );
    }
  };
  oneOf('entityType', ENTITY_TYPES);
  oneOf('vertical', VERTICALS);
  oneOf('stockExchange', STOCK_EXCHANGES);
  if (!/^[A-Z]{2}$/.test(request.country)) {
    errors.push(
      telnyxError('10015', "The 'country' parameter must be an ISO 3166-1 alpha-2 code.", 'country'),
    );
  }
  if (!EMAIL.test(request.email)) {
    errors.push(telnyxError('10019', "The 'email' parameter is not a valid email address.", 'email'));
  }
  if (request.phone !== undefined && !E164.test(request.phone)) {
    errors.push(telnyxError('10016', "The 'phone' parameter must be in +E.164 format.", 'phone'));
  }
  for (const field of ['website', 'webhookURL', 'webhookFailoverURL'] as const) {
    const value = request[field];
    if (value !== undefined && !/^https?:$/.test(URL.canParse(value) ? new URL(value).protocol : '')) {
      errors.push(telnyxError('10003', `The '${field}' parameter must be an http(s) URL.`, field));
    }
  }
  if (request.country === 'US') errors.push(...usAddressErrors(request));
  return errors;
}

/** "State. Must be 2 letters code for United States." "Use 5 digit zipcode for United States." */
function usAddressErrors({ state, postalCode }: CreateBrandRequest): TelnyxError[] {
  const errors: TelnyxError[] = [];
  if (state !== undefined && !/^[A-Z]{2}$/.test(state)) {
    errors.push(
      telnyxError('10015', "The 'state' parameter must be a 2-letter code in the United States.", 'state'),
    );
  }
  if (postalCode !== undefined && !/^\d{5}$/.test(postalCode)) {
    errors.push(telnyxError('10015', "The 'postalCode' parameter must be a 5-digit ZIP code.", 'postalCode'));
  }
  return errors;
}
