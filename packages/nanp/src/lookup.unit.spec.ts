import { describe, expect, it } from 'vitest';
import { areaCodeInfo, areaCodeOf, areaCodesOfState, isUsNumber, US_STATE_CODES } from './index.js';

describe('areaCodeOf', () => {
  it('reads the area code of a +1 number in E.164', () => {
    expect(areaCodeOf('+12025550123')).toBe('202');
    expect(areaCodeOf('+19395550123')).toBe('939');
  });

  it.each([
    ['another country', '+442025550123'],
    ['no plus sign', '12025550123'],
    ['no country code', '+2025550123'],
    ['9 digits', '+1202555012'],
    ['11 digits', '+120255501234'],
    ['an area code starting 0', '+10255550123'],
    ['an area code starting 1', '+11255550123'],
    ['an exchange starting 0', '+12020550123'],
    ['an exchange starting 1', '+12021550123'],
    ['non-digits', '+1202555O123'],
    ['formatting', '+1 202-555-0123'],
    ['surrounding spaces', ' +12025550123'],
    ['the empty string', ''],
  ])('is null for %s', (_, input) => {
    expect(areaCodeOf(input)).toBeNull();
  });
});

describe('areaCodeInfo', () => {
  it.each([
    ['212', 'NY', 'New York'],
    ['213', 'CA', 'California'],
    ['305', 'FL', 'Florida'],
    ['405', 'OK', 'Oklahoma'],
    ['410', 'MD', 'Maryland'],
    ['512', 'TX', 'Texas'],
    ['907', 'AK', 'Alaska'],
    ['808', 'HI', 'Hawaii'],
    ['202', 'DC', 'District of Columbia'],
    ['787', 'PR', 'Puerto Rico'],
    ['671', 'GU', 'Guam'],
    ['340', 'VI', 'U.S. Virgin Islands'],
  ])('knows %s is in %s', (areaCode, stateCode, stateName) => {
    expect(areaCodeInfo(areaCode)).toMatchObject({ areaCode, stateCode, stateName, tollFree: false });
  });

  it.each([
    ['212', ['America/New_York']],
    ['808', ['Pacific/Honolulu']],
    ['602', ['America/Phoenix']],
    ['787', ['America/Puerto_Rico']],
    ['907', ['America/Anchorage', 'America/Adak']],
  ])('gives %s the time zones %j', (areaCode, timeZones) => {
    expect(areaCodeInfo(areaCode)?.timeZones).toEqual(timeZones);
  });

  describe('when the area keeps two local times', () => {
    it('lists both for the Florida panhandle (850) and its overlay (448)', () => {
      for (const areaCode of ['850', '448']) {
        expect(areaCodeInfo(areaCode)?.timeZones).toEqual(
          expect.arrayContaining(['America/Chicago', 'America/New_York']),
        );
      }
    });

    it('lists Mountain time for western South Dakota (605) besides Central', () => {
      expect(areaCodeInfo('605')?.timeZones).toEqual(['America/Chicago', 'America/Denver']);
    });
  });

  describe('when the code is an overlay put into service after the source data', () => {
    it.each([
      ['945', 'TX', '214'],
      ['771', 'DC', '202'],
      ['943', 'GA', '404'],
      ['939', 'PR', '787'],
    ])('knows %s is in %s, with the city and zones of %s', (areaCode, stateCode, parent) => {
      const info = areaCodeInfo(areaCode);
      expect(info?.stateCode).toBe(stateCode);
      expect(info?.city).toBe(areaCodeInfo(parent)?.city);
      expect(info?.timeZones).toEqual(areaCodeInfo(parent)?.timeZones);
    });
  });

  describe('when the code is toll-free', () => {
    it.each(['800', '833', '844', '855', '866', '877', '888'])(
      'flags %s with no state, city or zone',
      (code) => {
        expect(areaCodeInfo(code)).toEqual({
          areaCode: code,
          stateCode: null,
          stateName: null,
          timeZones: [],
          tollFree: true,
          city: null,
        });
      },
    );
  });

  it.each([
    ['Canadian (Toronto)', '416'],
    ['Canadian (Vancouver)', '604'],
    ['Caribbean (Jamaica)', '876'],
    ['Caribbean (Dominican Republic)', '809'],
    ['reserved for toll-free, not in service', '822'],
    ['never put into service', '278'],
    ['not an area code', '2025'],
  ])('knows nothing of a %s code', (_, areaCode) => {
    expect(areaCodeInfo(areaCode)).toBeUndefined();
  });
});

describe('areaCodesOfState', () => {
  it('lists Florida codes, sorted, overlays included', () => {
    const florida = areaCodesOfState('FL');
    expect(florida).toEqual(expect.arrayContaining(['305', '850', '448', '645']));
    expect(florida).not.toContain('212');
    expect(florida).toEqual([...florida].sort());
  });

  it('takes the state code in any case', () => {
    expect(areaCodesOfState('ny')).toEqual(areaCodesOfState('NY'));
    expect(areaCodesOfState('ny')).toContain('212');
  });

  it('lists no toll-free codes', () => {
    const all = US_STATE_CODES.flatMap(areaCodesOfState);
    expect(all).not.toContain('800');
  });

  it('is empty for an unknown state', () => {
    expect(areaCodesOfState('ZZ')).toEqual([]);
    expect(areaCodesOfState('ON')).toEqual([]);
  });

  it('returns a copy the caller may change', () => {
    areaCodesOfState('HI').push('999');
    expect(areaCodesOfState('HI')).toEqual(['808']);
  });
});

describe('isUsNumber', () => {
  it.each([
    ['a New York number', '+12125550123'],
    ['a Puerto Rico number', '+17875550123'],
    ['a Guam number', '+16715550123'],
    ['a toll-free number', '+18005550123'],
    ['a number on a recent overlay', '+19455550123'],
  ])('accepts %s', (_, e164) => {
    expect(isUsNumber(e164)).toBe(true);
  });

  it.each([
    ['a Canadian number', '+14165550123'],
    ['a Jamaican number', '+18765550123'],
    ['a UK number', '+442071234567'],
    ['a malformed number', '+1212555012'],
    ['a number on an unassigned code', '+12995550123'],
  ])('rejects %s', (_, e164) => {
    expect(isUsNumber(e164)).toBe(false);
  });
});

describe('US_STATE_CODES', () => {
  it('holds the 50 states, DC and the five territories', () => {
    expect(US_STATE_CODES).toHaveLength(56);
    expect(US_STATE_CODES).toEqual(expect.arrayContaining(['DC', 'PR', 'GU', 'VI', 'AS', 'MP', 'WY']));
  });
});
