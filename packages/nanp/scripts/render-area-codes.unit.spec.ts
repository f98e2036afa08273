import { describe, expect, it } from 'vitest';
import { renderAreaCodesModule, type Sources } from './render-area-codes.js';

function sources(areaCodes: Record<string, unknown>, zone = 'America/New_York'): Sources {
  return {
    areaCodes,
    areacodesVersion: '0.0.0',
    areacodesLicense: 'Licence text\n\nsecond paragraph\n',
    tzLookupVersion: '0.0.0',
    tzLookup: () => zone,
  };
}

function local(stateCode: string, city = 'Somewhere') {
  return { type: 'local', city, state: 'x', stateCode, location: { latitude: 40, longitude: -74 } };
}

describe('renderAreaCodesModule', () => {
  it('writes the geographic codes sorted, with their centroid zone', () => {
    const text = renderAreaCodesModule(sources({ '917': local('NY', 'New York'), '212': local('NY') }));
    expect(text.indexOf("areaCode: '212'")).toBeLessThan(text.indexOf("areaCode: '917'"));
    expect(text).toContain("city: 'New York', timeZone: 'America/New_York' }");
  });

  it('marks the file generated and carries the source licence', () => {
    const text = renderAreaCodesModule(sources({ '212': local('NY') }));
    expect(text.split('\n')[0]).toMatch(/^\/\/ Generated .*do not edit/);
    expect(text).toContain('// Licence text\n//\n// second paragraph\n');
  });

  it('leaves out toll-free entries and codes never put into service', () => {
    const tollFree = { type: 'toll-free', city: null, stateCode: null, location: {} };
    const text = renderAreaCodesModule(sources({ '212': local('NY'), '800': tollFree, '278': local('MI') }));
    expect(text).not.toContain("'800'");
    expect(text).not.toContain("'278'");
  });

  it('adds codes the source lacks and title-cases lower-case city names', () => {
    const text = renderAreaCodesModule(sources({ '707': local('CA', 'santa rosa') }));
    expect(text).toContain("city: 'Santa Rosa'");
    expect(text).toContain("areaCode: '787', stateCode: 'PR'");
  });

  it('quotes a city name holding an apostrophe as the formatter would', () => {
    expect(renderAreaCodesModule(sources({ '208': local('ID', "Coeur d'Alene") }))).toContain(
      `city: "Coeur d'Alene"`,
    );
  });

  it('refuses a code outside the US, so a person decides', () => {
    expect(() => renderAreaCodesModule(sources({ '416': local('ON') }))).toThrow(/not a US state/);
  });

  it('refuses a centroid whose zone is not a US zone', () => {
    expect(() => renderAreaCodesModule(sources({ '212': local('NY') }, 'America/Nuuk'))).toThrow(
      /LOCATION_FIXES/,
    );
  });

  it('refuses an entry of an unknown shape', () => {
    expect(() => renderAreaCodesModule(sources({ '212': { type: 'local' } }))).toThrow(/unexpected/);
  });
});
