import { describe, expect, it } from 'vitest';
import { encode } from './index.js';
import { SMART_ENCODING_TABLE } from './smart-encoding-table.js';

describe('smart encoding table', () => {
  it('replaces every listed character with GSM-7 text', () => {
    for (const [from, to] of SMART_ENCODING_TABLE) {
      const body = encode(from, { smartEncoding: true });
      expect({ from, encoding: body.encoding, text: body.text }).toEqual({
        from,
        encoding: 'GSM-7',
        text: to,
      });
    }
  });

  it('lists no character that is GSM-7 already', () => {
    for (const from of SMART_ENCODING_TABLE.keys()) {
      expect({ from, encoding: encode(from).encoding }).toEqual({ from, encoding: 'UCS-2' });
    }
  });

  it.each([
    ['curly single quotes', '\u2018a\u2019', "'a'"],
    ['curly double quotes', '\u201ca\u201d', '"a"'],
    ['guillemets', '\u00aba\u00bb', '"a"'],
    ['en and em dashes', '1\u20132 \u2014 3', '1-2 - 3'],
    ['an ellipsis', 'wait\u2026', 'wait...'],
    ['a no-break space', '10\u00a0AM', '10 AM'],
    ['a narrow no-break space', '10\u202fAM', '10 AM'],
    ['a thin space', 'a\u2009b', 'a b'],
    ['a bullet', '\u2022 item', '- item'],
    ['a byte order mark', '\ufeffHi', 'Hi'],
  ])('straightens %s', (_, input, output) => {
    expect(encode(input, { smartEncoding: true })).toMatchObject({ encoding: 'GSM-7', text: output });
  });
});
