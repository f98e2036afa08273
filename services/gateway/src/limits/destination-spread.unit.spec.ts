import { describe, expect, it } from 'vitest';
import { prefixOf } from './destination-spread.js';

describe('A destination prefix', () => {
  it('is +1 and the NPA-NXX of a NANP number', () => {
    expect(prefixOf('+13125550123')).toBe('+1312555');
  });

  it('is none for what is not a NANP number (dispatch refuses those on their own)', () => {
    expect([prefixOf('+447700900123'), prefixOf('3125550123'), prefixOf(5)]).toEqual([null, null, null]);
  });
});
