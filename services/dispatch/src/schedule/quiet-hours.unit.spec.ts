import { describe, expect, it } from 'vitest';
import { quietHoursDecision } from './quiet-hours.js';

/** A marketing message to `to` at the instant `iso` (written with its local offset). */
const marketing = (to: string, iso: string) =>
  quietHoursDecision({ to, useCase: 'MARKETING', now: new Date(iso) });
const notBefore = (decision: ReturnType<typeof quietHoursDecision>) =>
  decision.allowed ? null : decision.notBefore.toISOString();
const iso = (local: string) => new Date(local).toISOString();

const NY = '+12125550123'; // 212: America/New_York
const LA = '+12135550123'; // 213: America/Los_Angeles
const PHOENIX = '+16025550123'; // 602: America/Phoenix, no DST
const HONOLULU = '+18085550123'; // 808: Pacific/Honolulu
const ALASKA = '+19075550123'; // 907: America/Anchorage and America/Adak (one hour behind)
const MIAMI = '+13055550123'; // 305: Florida, 08:00–20:00
const PANHANDLE = '+18505550123'; // 850: Florida, America/Chicago and America/New_York
const TOLL_FREE = '+18005550123';

describe('Quiet hours > marketing > the 08:00–21:00 window in the recipient’s zone', () => {
  it.each([
    ['New York, winter', NY, '-05:00', '2025-01-15'],
    ['Los Angeles, summer', LA, '-07:00', '2025-07-15'],
    ['Phoenix, summer', PHOENIX, '-07:00', '2025-07-15'],
    ['Phoenix, winter (same offset: no DST)', PHOENIX, '-07:00', '2025-01-15'],
    ['Honolulu', HONOLULU, '-10:00', '2025-07-15'],
  ])('%s: holds 07:59, sends 08:00 and 20:59, holds 21:00', (_, to, offset, day) => {
    expect(notBefore(marketing(to, `${day}T07:59:00${offset}`))).toBe(iso(`${day}T08:00:00${offset}`));
    expect(marketing(to, `${day}T08:00:00${offset}`)).toEqual({ allowed: true });
    expect(marketing(to, `${day}T20:59:59${offset}`)).toEqual({ allowed: true });
    const next = new Date(Date.parse(`${day}T08:00:00${offset}`) + 86_400_000).toISOString();
    expect(notBefore(marketing(to, `${day}T21:00:00${offset}`))).toBe(next);
  });

  it('says why, in the recipient’s local time and with the rule', () => {
    const decision = marketing(NY, '2025-01-15T07:59:00-05:00');
    expect(decision.allowed ? '' : decision.reason).toBe(
      'QUIET_HOURS: 07:59 in America/New_York is outside 08:00–21:00 (47 CFR 64.1200(c)(1))',
    );
  });

  it('holds a message at 03:00 until 08:00 the same day', () => {
    expect(notBefore(marketing(LA, '2025-07-15T03:00:00-07:00'))).toBe(iso('2025-07-15T08:00:00-07:00'));
  });
});

describe('Quiet hours > Florida, Oklahoma, Maryland > the window ends at 20:00', () => {
  it('sends at 19:59 in Miami and holds 20:00 until 08:00 the next day', () => {
    expect(marketing(MIAMI, '2025-07-15T19:59:00-04:00')).toEqual({ allowed: true });
    const decision = marketing(MIAMI, '2025-07-15T20:00:00-04:00');
    expect(notBefore(decision)).toBe(iso('2025-07-16T08:00:00-04:00'));
    expect(decision.allowed ? '' : decision.reason).toContain('Fla. Stat. § 501.616(6)');
  });
  it.each([
    ['Oklahoma City', '+14055550123', '-05:00'],
    ['Baltimore', '+14105550123', '-04:00'],
  ])('%s too', (_, to, offset) => {
    expect(marketing(to, `2025-07-15T19:59:00${offset}`)).toEqual({ allowed: true });
    expect(notBefore(marketing(to, `2025-07-15T20:00:00${offset}`))).toBe(
      iso(`2025-07-16T08:00:00${offset}`),
    );
  });
});

describe('Quiet hours > an area code spanning several zones > open only when open in every zone', () => {
  it('850 (Central and Eastern): waits for 08:00 Central, i.e. 09:00 Eastern', () => {
    expect(notBefore(marketing(PANHANDLE, '2025-07-15T08:30:00-04:00'))).toBe(
      iso('2025-07-15T08:00:00-05:00'),
    );
    expect(marketing(PANHANDLE, '2025-07-15T09:00:00-04:00')).toEqual({ allowed: true });
  });
  it('850: stops at 20:00 Eastern, i.e. 19:00 Central, until 08:00 Central the next day', () => {
    expect(marketing(PANHANDLE, '2025-07-15T18:59:00-05:00')).toEqual({ allowed: true });
    const decision = marketing(PANHANDLE, '2025-07-15T19:00:00-05:00');
    expect(notBefore(decision)).toBe(iso('2025-07-16T08:00:00-05:00'));
    expect(decision.allowed ? '' : decision.reason).toContain('20:00 in America/New_York');
  });
  it('907 (Alaska and the Aleutians): 08:00 Anchorage waits for 08:00 Adak; 21:00 Anchorage is the end', () => {
    expect(notBefore(marketing(ALASKA, '2025-07-15T08:00:00-08:00'))).toBe(iso('2025-07-15T08:00:00-09:00'));
    expect(marketing(ALASKA, '2025-07-15T09:00:00-08:00')).toEqual({ allowed: true });
    expect(marketing(ALASKA, '2025-07-15T20:59:00-08:00')).toEqual({ allowed: true });
    expect(notBefore(marketing(ALASKA, '2025-07-15T21:00:00-08:00'))).toBe(iso('2025-07-16T08:00:00-09:00'));
  });
});

describe('Quiet hours > DST in America/New_York > notBefore is 08:00 local', () => {
  it('spring forward (9 March 2025): from Saturday 22:00 EST to Sunday 08:00 EDT, 9 hours later', () => {
    expect(notBefore(marketing(NY, '2025-03-08T22:00:00-05:00'))).toBe(iso('2025-03-09T08:00:00-04:00'));
    expect(notBefore(marketing(NY, '2025-03-09T01:30:00-05:00'))).toBe(iso('2025-03-09T08:00:00-04:00'));
    expect(notBefore(marketing(NY, '2025-03-09T07:59:00-04:00'))).toBe(iso('2025-03-09T08:00:00-04:00'));
    expect(marketing(NY, '2025-03-09T08:00:00-04:00')).toEqual({ allowed: true });
  });
  it('fall back (2 November 2025): from Saturday 21:30 EDT to Sunday 08:00 EST, 11½ hours later', () => {
    expect(notBefore(marketing(NY, '2025-11-01T21:30:00-04:00'))).toBe(iso('2025-11-02T08:00:00-05:00'));
    expect(notBefore(marketing(NY, '2025-11-02T01:30:00-04:00'))).toBe(iso('2025-11-02T08:00:00-05:00'));
    expect(notBefore(marketing(NY, '2025-11-02T01:30:00-05:00'))).toBe(iso('2025-11-02T08:00:00-05:00'));
    expect(marketing(NY, '2025-11-02T20:59:00-05:00')).toEqual({ allowed: true });
    expect(notBefore(marketing(NY, '2025-11-02T21:00:00-05:00'))).toBe(iso('2025-11-03T08:00:00-05:00'));
  });
});

describe('Quiet hours > toll-free or unknown area codes > the strictest window in every US zone', () => {
  it('opens at 08:00 Honolulu (14:00 EDT) and closes at 20:00 Eastern', () => {
    expect(notBefore(marketing(TOLL_FREE, '2025-07-15T13:59:00-04:00'))).toBe(
      iso('2025-07-15T14:00:00-04:00'),
    );
    expect(marketing(TOLL_FREE, '2025-07-15T14:00:00-04:00')).toEqual({ allowed: true });
    expect(marketing(TOLL_FREE, '2025-07-15T19:59:00-04:00')).toEqual({ allowed: true });
    expect(notBefore(marketing(TOLL_FREE, '2025-07-15T20:00:00-04:00'))).toBe(
      iso('2025-07-16T14:00:00-04:00'),
    );
  });
  it('in winter Honolulu is five hours behind: 13:00 EST', () => {
    expect(notBefore(marketing(TOLL_FREE, '2025-01-15T09:00:00-05:00'))).toBe(
      iso('2025-01-15T13:00:00-05:00'),
    );
  });
  it.each([
    ['a Canadian number', '+14165550123'],
    ['a number that is not NANP', '+442071234567'],
  ])('treats %s the same way', (_, to) => {
    expect(notBefore(marketing(to, '2025-07-15T13:59:00-04:00'))).toBe(iso('2025-07-15T14:00:00-04:00'));
    expect(marketing(to, '2025-07-15T14:00:00-04:00')).toEqual({ allowed: true });
  });
});

describe('Quiet hours > use cases', () => {
  it.each([
    '2FA',
    'ACCOUNT_NOTIFICATION',
    'DELIVERY_NOTIFICATION',
    'FRAUD_ALERT',
    'SECURITY_ALERT',
    'EMERGENCY',
    '2fa',
  ])('%s is transactional: sent at 03:00', (useCase) => {
    expect(quietHoursDecision({ to: NY, useCase, now: new Date('2025-01-15T03:00:00-05:00') })).toEqual({
      allowed: true,
    });
  });
  it.each([
    'MARKETING',
    'MIXED',
    'LOW_VOLUME',
    'SOLE_PROPRIETOR',
    'CUSTOMER_CARE',
    'POLLING_VOTING',
    'NEW_KIND',
  ])('%s keeps quiet hours', (useCase) => {
    const decision = quietHoursDecision({ to: NY, useCase, now: new Date('2025-01-15T03:00:00-05:00') });
    expect(notBefore(decision)).toBe(iso('2025-01-15T08:00:00-05:00'));
  });
});

describe('Quiet hours > a configured window', () => {
  const at = (to: string, local: string, config: object, useCase = 'MARKETING') =>
    quietHoursDecision({ to, useCase, now: new Date(local), ...config });
  const tenToSix = { perCampaignOverride: { start: '10:00', end: '18:00' } };

  it('the campaign’s window replaces the default', () => {
    expect(notBefore(at(NY, '2025-01-15T09:30:00-05:00', tenToSix))).toBe(iso('2025-01-15T10:00:00-05:00'));
    expect(at(NY, '2025-01-15T17:59:00-05:00', tenToSix)).toEqual({ allowed: true });
    const decision = at(NY, '2025-01-15T18:00:00-05:00', tenToSix);
    expect(notBefore(decision)).toBe(iso('2025-01-16T10:00:00-05:00'));
    expect(decision.allowed ? '' : decision.reason).toContain('10:00–18:00 (campaign window within 47 CFR');
  });
  it('the campaign’s window wins over the platform default', () => {
    const both = { window: { start: '09:00', end: '20:00' }, ...tenToSix };
    expect(notBefore(at(NY, '2025-01-15T09:30:00-05:00', both))).toBe(iso('2025-01-15T10:00:00-05:00'));
    const platformOnly = { window: { start: '09:00', end: '20:00' } };
    expect(at(NY, '2025-01-15T09:30:00-05:00', platformOnly)).toEqual({ allowed: true });
    expect(notBefore(at(NY, '2025-01-15T20:00:00-05:00', platformOnly))).toBe(
      iso('2025-01-16T09:00:00-05:00'),
    );
  });
  it('never widens the law: 07:00–23:00 still means 08:00–20:00 in Florida', () => {
    const wide = { perCampaignOverride: { start: '07:00', end: '23:00' } };
    expect(notBefore(at(MIAMI, '2025-07-15T07:30:00-04:00', wide))).toBe(iso('2025-07-15T08:00:00-04:00'));
    expect(notBefore(at(MIAMI, '2025-07-15T20:30:00-04:00', wide))).toBe(iso('2025-07-16T08:00:00-04:00'));
  });
  it('a window wholly outside the legal hours falls back to the legal window', () => {
    const dawn = { perCampaignOverride: { start: '05:00', end: '07:00' } };
    expect(at(NY, '2025-01-15T12:00:00-05:00', dawn)).toEqual({ allowed: true });
  });
  it('a window too narrow to be open in both zones of 850 at once falls back to the legal window', () => {
    const narrow = { perCampaignOverride: { start: '08:00', end: '08:30' } };
    expect(at(PANHANDLE, '2025-07-15T12:00:00-05:00', narrow)).toEqual({ allowed: true });
    expect(notBefore(at(PANHANDLE, '2025-07-15T07:00:00-05:00', narrow))).toBe(
      iso('2025-07-15T08:00:00-05:00'),
    );
  });
  it('applies to transactional use cases too, as the campaign chose', () => {
    const nineToFive = { perCampaignOverride: { start: '09:00', end: '17:00' } };
    const decision = at(NY, '2025-01-15T08:00:00-05:00', nineToFive, 'ACCOUNT_NOTIFICATION');
    expect(notBefore(decision)).toBe(iso('2025-01-15T09:00:00-05:00'));
    expect(at(NY, '2025-01-15T08:00:00-05:00', { window: { start: '09:00', end: '17:00' } }, '2FA')).toEqual({
      allowed: true,
    });
  });
  it('refuses a malformed window', () => {
    expect(() =>
      at(NY, '2025-01-15T12:00:00-05:00', { perCampaignOverride: { start: '8am', end: '21:00' } }),
    ).toThrow(RangeError);
    expect(() =>
      at(NY, '2025-01-15T12:00:00-05:00', { perCampaignOverride: { start: '21:00', end: '08:00' } }),
    ).toThrow(RangeError);
  });
});
