import { describe, expect, it } from 'vitest';
import { DOCUMENTED_CODES } from './error-codes.js';
import { bandwidthAnswering, delivered, rawFixture } from './spec-support.js';

const { provider } = bandwidthAnswering({ status: 202, body: {} });

/** Bandwidth's message-failed example with another code, as the receipt it becomes. */
function receiptFor(errorCode: number) {
  const events = JSON.parse(rawFixture('callback.message-failed.json').toString());
  events[0].errorCode = errorCode;
  events[0].description = '';
  const [receipt] = provider.parseWebhook(delivered(Buffer.from(JSON.stringify(events))));
  return receipt;
}

/** Bandwidth's table (https://dev.bandwidth.com/docs/messaging/errors), section by section. */
const expected: Array<[string, number[], 'failed' | 'undelivered', boolean]> = [
  [
    'Bandwidth detected client errors: not passed on, and the same again would fail again',
    [
      4001, 4301, 4302, 4303, 4350, 4360, 4401, 4403, 4404, 4405, 4406, 4407, 4408, 4409, 4410, 4411, 4412,
      4420, 4421, 4431, 4432, 4433, 4434, 4435, 4451, 4452, 4470, 4481, 4482, 4492, 4493,
    ],
    'failed',
    false,
  ],
  [
    'carrier reported client errors: refused downstream, for good',
    [
      4700, 4711, 4712, 4720, 4721, 4730, 4740, 4750, 4751, 4752, 4753, 4770, 4771, 4772, 4773, 4774, 4775,
      4790, 4791, 4792, 4793, 4795,
    ],
    'undelivered',
    false,
  ],
  [
    'carrier reported client errors that pass (unreachable handset, volumetric limits)',
    [4701, 4702, 4780, 4781, 4785],
    'undelivered',
    true,
  ],
  [
    'Bandwidth service failures: not passed on, may succeed again',
    [5100, 5101, 5106, 5111, 5201, 5211, 5220, 5231, 5501, 5999],
    'failed',
    true,
  ],
  [
    'carrier reported service failures (and 5500, reported by the carrier)',
    [5500, 5600, 5610, 5620, 5630, 5650],
    'undelivered',
    true,
  ],
  ['ambiguous downstream failures: the message may have arrived', [9902, 9999], 'undelivered', false],
];

describe('Bandwidth messaging > parseWebhook > message-failed error codes', () => {
  it('covers every code in the table exactly once', () => {
    const listed = expected.flatMap(([, codes]) => codes);
    expect([...listed].sort()).toEqual([...DOCUMENTED_CODES].sort());
  });

  describe.each(expected)('%s', (_, codes, status, retriable) => {
    it.each(codes)('%i', (code) => {
      expect(receiptFor(code)).toMatchObject({ status, retriable, errorCode: String(code) });
    });
  });

  it("names each code by Bandwidth's name when the callback has no description", () => {
    expect(receiptFor(4405)).toMatchObject({ errorDescription: 'rejected-unallocated-from-number' });
    expect(receiptFor(4720)).toMatchObject({ errorDescription: 'invalid-destination-address' });
    expect(receiptFor(4775)).toMatchObject({ errorDescription: 'destination-rejected-due-to-user-opt-out' });
    expect(receiptFor(9902)).toMatchObject({ errorDescription: 'delivery-receipt-expired' });
  });

  describe('codes Bandwidth has not documented, read from their digits', () => {
    it.each([
      [4476, 'failed', false],
      [4099, 'failed', false],
      [4799, 'undelivered', false],
      [5300, 'failed', true],
      [5700, 'undelivered', true],
      [9100, 'undelivered', false],
      [1234, 'failed', false],
    ] as const)('%i: %s, retriable %s', (code, status, retriable) => {
      expect(receiptFor(code)).toMatchObject({
        status,
        retriable,
        errorCode: String(code),
        errorDescription: null,
      });
    });
  });
});
