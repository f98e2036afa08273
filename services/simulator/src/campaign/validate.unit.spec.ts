import { describe, expect, it } from 'vitest';
import { type CreateBrandRequest, newTelnyxBrand } from '../brand/brand.js';
import { checkBrand, validateCampaignBuilder } from './validate.js';

const valid = {
  brandId: 'b-1',
  usecase: 'MIXED',
  subUsecases: ['ACCOUNT_NOTIFICATION', 'MARKETING'],
  description: 'Appointment reminders and offers for patients of Acme Dental who opted in.',
  messageFlow: 'Patients opt in on the intake form at https://acmedental.example/intake.',
  sample1: 'Acme Dental: your cleaning is on Tue 3/10 at 2:30pm. Reply STOP to opt out.',
  sample2: 'Acme Dental: 20% off whitening this week. Reply STOP to opt out.',
  helpKeywords: 'HELP,INFO',
  optoutKeywords: 'STOP',
  subscriberOptin: true,
  embeddedLink: false,
  termsAndConditions: true,
  webhookURL: 'http://127.0.0.1:4010/webhooks/registration/telnyx?referenceId=c-1',
};

const errorsFor = (body: unknown) => {
  const validation = validateCampaignBuilder(body);
  return validation.ok ? [] : validation.errors.map((e) => `${e.code} ${e.source?.pointer ?? ''}`.trim());
};

describe('Simulated Telnyx > validateCampaignBuilder', () => {
  it('accepts a complete campaign', () => {
    expect(validateCampaignBuilder(valid)).toEqual({ ok: true, request: valid });
  });

  it('refuses a body that is not an object with 400', () => {
    expect(validateCampaignBuilder('campaign')).toMatchObject({ ok: false, status: 400 });
  });

  it('names every missing required field (10004), samples included', () => {
    expect(validateCampaignBuilder({ termsAndConditions: true })).toMatchObject({ ok: false, status: 422 });
    expect(errorsFor({ termsAndConditions: true })).toEqual([
      '10004 /brandId',
      '10004 /usecase',
      '10004 /description',
      '10004 /messageFlow',
      '10004 /sample1',
    ]);
  });

  it('takes one to five samples', () => {
    const { sample2: _, ...oneSample } = valid;
    expect(errorsFor(oneSample)).toEqual([]);
    expect(errorsFor({ ...valid, sample3: 'c', sample4: 'd', sample5: 'e' })).toEqual([]);
    expect(errorsFor({ ...valid, sample1: '' })).toEqual(['10004 /sample1']);
  });

  it('checks types', () => {
    expect(errorsFor({ ...valid, sample2: ['x'], numberPool: 'no', subUsecases: 'MARKETING' })).toEqual([
      '10020 /sample2',
      '10020 /numberPool',
      '10020 /subUsecases',
    ]);
  });

  it("checks formats: TCR's use cases, comma separated keywords, URLs, accepted terms", () => {
    expect(
      errorsFor({
        ...valid,
        usecase: 'NEWSLETTER',
        subUsecases: ['MARKETING', 'GOSSIP'],
        helpKeywords: 'HELP, INFO',
        optinKeywords: 'START,',
        webhookURL: 'ftp://hooks.example',
        termsAndConditions: false,
      }),
    ).toEqual([
      '10015 /usecase',
      '10015 /subUsecases',
      '10015 /helpKeywords',
      '10015 /optinKeywords',
      '10003 /webhookURL',
      '10015 /termsAndConditions',
    ]);
  });
});

describe('Simulated Telnyx > checkBrand', () => {
  const request: CreateBrandRequest = {
    entityType: 'PRIVATE_PROFIT',
    displayName: 'Acme Dental',
    country: 'US',
    email: 'ops@acmedental.example',
    vertical: 'HEALTHCARE',
  };
  const brand = newTelnyxBrand(request, 'b-1', new Date('2026-01-01T00:00:00Z'));

  it('takes a brand TCR registered', () => {
    const registered = { ...brand, status: 'OK' as const };
    expect(checkBrand('b-1', registered)).toEqual({ ok: true, brand: registered });
  });

  it('answers 404 (10005) for a brand it does not know', () => {
    expect(checkBrand('nope', undefined)).toMatchObject({
      ok: false,
      status: 404,
      errors: [{ code: '10005' }],
    });
  });

  it.each(['REGISTRATION_PENDING', 'REGISTRATION_FAILED'] as const)(
    'refuses a brand %s with 422',
    (status) => {
      expect(checkBrand('b-1', { ...brand, status })).toMatchObject({
        ok: false,
        status: 422,
        errors: [{ code: '10015', source: { pointer: '/brandId' }, detail: expect.stringContaining(status) }],
      });
    },
  );
});
