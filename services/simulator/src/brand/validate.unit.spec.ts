import { describe, expect, it } from 'vitest';
import { validateCreateBrand } from './validate.js';

const valid = {
  entityType: 'PRIVATE_PROFIT',
  displayName: 'Acme Dental',
  companyName: 'Acme Dental LLC',
  ein: '12-3456789',
  phone: '+12024567890',
  street: '123 Main St',
  city: 'New York',
  state: 'NY',
  postalCode: '10001',
  country: 'US',
  email: 'ops@acmedental.example',
  website: 'https://acmedental.example',
  vertical: 'HEALTHCARE',
  webhookURL: 'http://127.0.0.1:4010/webhooks/registration/telnyx',
};

const errorsFor = (body: unknown) => {
  const validation = validateCreateBrand(body);
  return validation.ok ? [] : validation.errors.map((e) => `${e.code} ${e.source?.pointer ?? ''}`.trim());
};

describe('Simulated Telnyx > validateCreateBrand', () => {
  it('accepts a complete brand', () => {
    expect(validateCreateBrand(valid)).toEqual({ ok: true, request: valid });
  });

  it('refuses a body that is not an object with 400', () => {
    expect(validateCreateBrand([1, 2])).toMatchObject({
      ok: false,
      status: 400,
      errors: [{ code: '10015' }],
    });
  });

  it('names every missing required field (10004)', () => {
    const validation = validateCreateBrand({ entityType: 'PRIVATE_PROFIT' });
    expect(validation).toMatchObject({ ok: false, status: 422 });
    expect(errorsFor({ entityType: 'PRIVATE_PROFIT' })).toEqual([
      '10004 /displayName',
      '10004 /country',
      '10004 /email',
      '10004 /vertical',
      '10004 /companyName',
    ]);
  });

  it('requires an EIN of a non-profit, stock symbol and exchange of a public company', () => {
    expect(errorsFor({ ...valid, entityType: 'NON_PROFIT', ein: undefined })).toEqual(['10004 /ein']);
    expect(errorsFor({ ...valid, entityType: 'PUBLIC_PROFIT' })).toEqual([
      '10004 /stockSymbol',
      '10004 /stockExchange',
    ]);
  });

  it('does not require a legal name of a sole proprietor', () => {
    expect(errorsFor({ ...valid, entityType: 'SOLE_PROPRIETOR', companyName: undefined })).toEqual([]);
  });

  it('checks types and lengths', () => {
    expect(errorsFor({ ...valid, displayName: 42, city: 'x'.repeat(101) })).toEqual([
      '10020 /displayName',
      '10015 /city',
    ]);
  });

  it('checks formats: enums, E.164, email, URLs, US state and ZIP', () => {
    expect(
      errorsFor({
        ...valid,
        entityType: 'LLC',
        vertical: 'DENTAL',
        phone: '202-456-7890',
        email: 'not-an-email',
        website: 'ftp://acme.example',
        state: 'New York',
        postalCode: '1001',
      }),
    ).toEqual([
      '10015 /entityType',
      '10015 /vertical',
      '10019 /email',
      '10016 /phone',
      '10003 /website',
      '10015 /state',
      '10015 /postalCode',
    ]);
  });
});
