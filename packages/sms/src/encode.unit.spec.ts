import { describe, expect, it } from 'vitest';
import { encode } from './index.js';

const EMOJI = '\u{1F600}'; // 😀, outside the BMP: a surrogate pair
const gsm = (n: number) => 'a'.repeat(n);

describe('encode > GSM-7', () => {
  it.each([
    [1, 1],
    [160, 1],
    [161, 2],
    [153 * 2, 2],
    [307, 3],
    [153 * 10, 10],
    [153 * 10 + 1, 11],
  ])('fits %i basic characters in %i segment(s)', (length, segments) => {
    const body = encode(gsm(length));
    expect(body.encoding).toBe('GSM-7');
    expect(body.segments).toBe(segments);
    expect(body.characters).toBe(length);
  });

  it('carries 160 septets in a single segment and 153 in each concatenated one', () => {
    expect(encode(gsm(160)).unitsPerSegment).toBe(160);
    expect(encode(gsm(161)).unitsPerSegment).toBe(153);
  });

  it('takes no segment for an empty text', () => {
    expect(encode('')).toMatchObject({ encoding: 'GSM-7', segments: 0, characters: 0 });
  });

  it('keeps the accented letters, Greek capitals and symbols of the default alphabet in GSM-7', () => {
    expect(encode('Café à Zürich? Ça coute £5, ¥8 ou 3€. ΔΦΓΛΩΠΨΣΘΞ @_§¿¡\n\r').encoding).toBe('GSM-7');
  });

  it('treats accented letters missing from the default alphabet as outside GSM-7', () => {
    expect(encode('Ça coûte').encoding).toBe('UCS-2');
    expect(encode('ç').encoding).toBe('UCS-2');
  });

  it.each(['^', '{', '}', '\\', '[', '~', ']', '|', '€', '\f'])(
    'counts the extension character %j as two septets',
    (char) => {
      expect(encode(char.repeat(80))).toMatchObject({ encoding: 'GSM-7', segments: 1, characters: 80 });
      expect(encode(char.repeat(81))).toMatchObject({ encoding: 'GSM-7', segments: 2, characters: 81 });
    },
  );

  it('fills a single segment with an escape pair on its last two septets', () => {
    expect(encode(`${gsm(158)}€`).segments).toBe(1);
    expect(encode(`${gsm(159)}€`).segments).toBe(2);
  });

  it('moves an escape pair that would straddle a segment boundary whole to the next segment', () => {
    // 152 + 2 + 152 = 306 septets, exactly two segments' worth; but the € cannot start on septet 153,
    // so segment 1 carries 152, segment 2 carries € + 151, and the last "b" needs a third.
    expect(encode(`${gsm(152)}€${'b'.repeat(152)}`).segments).toBe(3);
    expect(encode(`${gsm(151)}€${'b'.repeat(153)}`).segments).toBe(2);
  });
});

describe('encode > UCS-2', () => {
  const ucs = (n: number) => `ж${'a'.repeat(n - 1)}`;

  it.each([
    [70, 1],
    [71, 2],
    [67 * 2, 2],
    [135, 3],
    [67 * 10, 10],
    [67 * 10 + 1, 11],
  ])('fits %i BMP characters in %i segment(s)', (length, segments) => {
    const body = encode(ucs(length));
    expect(body.encoding).toBe('UCS-2');
    expect(body.segments).toBe(segments);
  });

  it('carries 70 code units in a single segment and 67 in each concatenated one', () => {
    expect(encode(ucs(70)).unitsPerSegment).toBe(70);
    expect(encode(ucs(71)).unitsPerSegment).toBe(67);
  });

  it('switches the whole message to UCS-2 for one character outside GSM-7', () => {
    const body = encode(`${gsm(100)}ж`);
    expect(body).toMatchObject({ encoding: 'UCS-2', segments: 2, characters: 101, unitsPerSegment: 67 });
    expect(encode(gsm(101)).segments).toBe(1);
  });

  it('counts an emoji as two code units but one character', () => {
    expect(encode(`${gsm(68)}${EMOJI}`)).toMatchObject({ encoding: 'UCS-2', segments: 1, characters: 69 });
    expect(encode(`${gsm(69)}${EMOJI}`)).toMatchObject({ encoding: 'UCS-2', segments: 2, characters: 70 });
    expect(encode(EMOJI.repeat(35)).segments).toBe(1);
    expect(encode(EMOJI.repeat(36)).segments).toBe(2);
  });

  it('moves an emoji that would straddle a segment boundary whole to the next segment', () => {
    // 66 + 2 + 66 = 134 units, exactly two segments' worth; the emoji cannot start on unit 67.
    expect(encode(`${gsm(66)}${EMOJI}${'b'.repeat(66)}`).segments).toBe(3);
    expect(encode(`${gsm(65)}${EMOJI}${'b'.repeat(67)}`).segments).toBe(2);
  });
});

describe('encode > smart encoding', () => {
  const pasted = 'It\u2019s \u2014 fine\u2026';

  it('turns curly quotes, dashes and ellipses into GSM-7', () => {
    expect(encode(pasted, { smartEncoding: true })).toEqual({
      encoding: 'GSM-7',
      segments: 1,
      characters: 14,
      unitsPerSegment: 160,
      text: "It's - fine...",
      replaced: [
        { from: '\u2019', to: "'", count: 1 },
        { from: '\u2014', to: '-', count: 1 },
        { from: '\u2026', to: '...', count: 1 },
      ],
    });
  });

  it('is off by default, leaving the message UCS-2 and untouched', () => {
    expect(encode(pasted)).toMatchObject({ encoding: 'UCS-2', text: pasted, replaced: [] });
    expect(encode(pasted, { smartEncoding: false })).toMatchObject({ encoding: 'UCS-2', text: pasted });
  });

  it('counts each replaced character, in order of first appearance', () => {
    const body = encode('\u201cA\u201d \u201cB\u201d\u00a0\u2022', { smartEncoding: true });
    expect(body.text).toBe('"A" "B" -');
    expect(body.replaced).toEqual([
      { from: '\u201c', to: '"', count: 2 },
      { from: '\u201d', to: '"', count: 2 },
      { from: '\u00a0', to: ' ', count: 1 },
      { from: '\u2022', to: '-', count: 1 },
    ]);
  });

  it('removes invisible characters', () => {
    expect(encode('to\u200bday', { smartEncoding: true })).toMatchObject({
      encoding: 'GSM-7',
      text: 'today',
    });
  });

  it('still replaces lookalikes when an emoji keeps the message UCS-2, as Twilio does', () => {
    const body = encode(`It\u2019s ${EMOJI}`, { smartEncoding: true });
    expect(body).toMatchObject({ encoding: 'UCS-2', text: `It's ${EMOJI}`, characters: 6 });
    expect(body.replaced).toEqual([{ from: '\u2019', to: "'", count: 1 }]);
  });

  it('counts segments on the replaced text, which can be longer', () => {
    expect(encode('\u2026'.repeat(53), { smartEncoding: true })).toMatchObject({
      characters: 159,
      segments: 1,
    });
    expect(encode('\u2026'.repeat(54), { smartEncoding: true })).toMatchObject({
      characters: 162,
      segments: 2,
    });
  });
});
