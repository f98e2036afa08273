import { areaCodeInfo, areaCodeOf } from '@longcode/nanp';
import { describe, expect, it } from 'vitest';
import { availableNumber, isOfferable, searchInventory } from './inventory.js';
import { readSearchFilters } from './search.js';

const nothingTaken = (_e164: string) => false;
const search = (areaCodes: string[], limit = 10, seed = 'seed-1', isTaken = nothingTaken) =>
  searchInventory({ seed, areaCodes, pattern: {}, limit, isTaken });

describe('Inventory > searchInventory', () => {
  it('gives the same numbers for the same seed and area codes, others for another seed', () => {
    expect(search(['970'])).toEqual(search(['970']));
    expect(search(['970'])).toHaveLength(10);
    expect(search(['970'], 10, 'seed-2')).not.toEqual(search(['970']));
  });

  it('gives valid numbers of the area code: exchange 2–9, never N11 nor 555', () => {
    for (const e164 of search(['970'], 100)) {
      expect(e164).toMatch(/^\+1970[2-9]\d{6}$/);
      expect(e164.slice(5, 8)).not.toMatch(/^(\d11|555)$/);
    }
  });

  it('skips the numbers taken, and fills the list with the next ones', () => {
    const [first, second, ...rest] = search(['970'], 5);
    const taken = new Set([first, second]);
    const after = search(['970'], 5, 'seed-1', (e164) => taken.has(e164));
    expect(after.slice(0, 3)).toEqual(rest);
    expect(after).toHaveLength(5);
    expect(after).not.toContain(first);
  });

  it('lets the area codes take turns', () => {
    const found = search(['212', '718', '917'], 6);
    expect(found.map((e164) => e164.slice(2, 5))).toEqual(['212', '718', '917', '212', '718', '917']);
  });

  it('names one number with a complete pattern, unless it is taken', () => {
    const exact = (isTaken = nothingTaken) =>
      searchInventory({
        seed: 's',
        areaCodes: ['970'],
        pattern: { startsWith: '2345678' },
        limit: 5,
        isTaken,
      });
    expect(exact()).toEqual(['+19702345678']);
    expect(exact((e164) => e164 === '+19702345678')).toEqual([]);
  });

  it('finds numbers ending with a pattern', () => {
    const found = searchInventory({
      seed: 's',
      areaCodes: ['970'],
      pattern: { endsWith: '7' },
      limit: 5,
      isTaken: nothingTaken,
    });
    expect(found).toHaveLength(5);
    for (const e164 of found) expect(e164.endsWith('7')).toBe(true);
  });
});

describe('Inventory > isOfferable', () => {
  it.each([
    ['+19702345678', true],
    ['+12125550123', false], // 555-01XX is fiction
    ['+12124115678', false], // N11 exchange
    ['+18002345678', false], // toll-free
    ['+14162345678', false], // Toronto: not US
    ['+19701345678', false], // exchange starting with 1
    ['+1970234567', false],
  ])('%s → %s', (e164, offerable) => {
    expect(isOfferable(e164)).toBe(offerable);
  });
});

describe('Inventory > availableNumber', () => {
  it("answers in Telnyx's AvailablePhoneNumber shape, with state, city and prices as decimal strings", () => {
    expect(availableNumber('+13122345678')).toEqual({
      phone_number: '+13122345678',
      record_type: 'available_phone_number',
      phone_number_type: 'local',
      best_effort: false,
      reservable: true,
      quickship: true,
      vanity_format: null,
      features: [{ name: 'sms' }, { name: 'mms' }, { name: 'voice' }, { name: 'fax' }, { name: 'emergency' }],
      cost_information: { currency: 'USD', monthly_cost: '1.00', upfront_cost: '1.00' },
      region_information: [
        { region_type: 'state', region_name: 'IL' },
        { region_type: 'country_code', region_name: 'US' },
        { region_type: 'rate_center', region_name: 'CHICAGO' },
        { region_type: 'location', region_name: 'Chicago' },
      ],
    });
  });
});

describe('Inventory > readSearchFilters', () => {
  const areaCodesOf = (query: Record<string, string>) => {
    const read = readSearchFilters(query);
    if (!read.ok) throw new Error('expected the filters to be read');
    return read.filters.areaCodes;
  };

  it("reads a state as its area codes, and a city among them (the area's main city)", () => {
    const ny = areaCodesOf({ 'filter[administrative_area]': 'ny' });
    expect(ny).toContain('212');
    expect(ny.every((code) => areaCodeInfo(code)?.stateCode === 'NY')).toBe(true);
    expect(areaCodesOf({ 'filter[administrative_area]': 'IL', 'filter[locality]': 'chicago' })).toContain(
      '312',
    );
  });

  it('finds no area code for what the stock has not: another country, toll-free, a feature it lacks', () => {
    expect(areaCodesOf({ 'filter[national_destination_code]': '970', 'filter[country_code]': 'CA' })).toEqual(
      [],
    );
    expect(areaCodesOf({ 'filter[national_destination_code]': '800' })).toEqual([]);
    expect(
      areaCodesOf({ 'filter[national_destination_code]': '970', 'filter[features]': 'sms,hd_voice' }),
    ).toEqual([]);
    expect(
      areaCodesOf({ 'filter[national_destination_code]': '970', 'filter[features]': 'sms,mms' }),
    ).toEqual(['970']);
    expect(
      areaCodesOf({ 'filter[national_destination_code]': '212', 'filter[administrative_area]': 'CA' }),
    ).toEqual([]);
  });

  it('searches every US area code without a place', () => {
    const all = areaCodesOf({});
    expect(all.length).toBeGreaterThan(300);
    expect(all.every((code) => areaCodeOf(`+1${code}2345678`) === code)).toBe(true);
  });

  it.each([
    ['filter[limit]', '0'],
    ['filter[limit]', '101'],
    ['filter[national_destination_code]', '97'],
    ['filter[administrative_area]', 'New York'],
    ['filter[phone_number][starts_with]', '12a'],
  ])('refuses %s=%s, naming it', (name, value) => {
    const read = readSearchFilters({ [name]: value });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]?.detail).toContain(name);
  });
});
