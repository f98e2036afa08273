import { describe, expect, it } from 'vitest';
import { encodingOf } from './encoding.js';

describe('Encoding', () => {
  it.each([
    ['a short GSM text', 'Your code is 1234', 'GSM-7', 1],
    ['160 GSM characters', 'a'.repeat(160), 'GSM-7', 1],
    ['161 GSM characters: 153 a part', 'a'.repeat(161), 'GSM-7', 2],
    ['306 GSM characters', 'a'.repeat(306), 'GSM-7', 2],
    ['extension characters, two septets each', '€'.repeat(81), 'GSM-7', 2],
    ['accented letters of the GSM alphabet', 'Café à Zürich: ñ', 'GSM-7', 1],
    ['a character outside GSM', 'Hi ✅', 'UCS-2', 1],
    ['71 UCS-2 units: 67 a part', 'ç'.repeat(1) + 'ą'.repeat(70), 'UCS-2', 2],
    ['no text (an MMS)', '', 'GSM-7', 1],
  ])('%s is %s in %i part(s)', (_, text, encoding, parts) => {
    expect(encodingOf(text)).toEqual({ encoding, parts });
  });
});
