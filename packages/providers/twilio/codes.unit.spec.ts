import { describe, expect, it } from 'vitest';
import { MAPPED_CODES } from './codes.js';
import { fixtureText, receiver, SMS, signedWebhook, twilioAnswering } from './spec-support.js';

/** Every code the adapter maps, with whether sending again may succeed (fixtures/README.md says why). */
const EXPECTED: ReadonlyArray<readonly [code: string, retriable: boolean]> = [
  ['20003', false],
  ['20429', true],
  ['20503', true],
  ['21211', false],
  ['21212', false],
  ['21408', false],
  ['21602', false],
  ['21606', false],
  ['21610', false],
  ['21611', true],
  ['21612', false],
  ['21614', false],
  ['21617', false],
  ['21703', false],
  ['21704', false],
  ['21730', true],
  ['30001', true],
  ['30002', false],
  ['30003', true],
  ['30004', false],
  ['30005', false],
  ['30006', false],
  ['30007', false],
  ['30008', true],
  ['30010', false],
  ['30017', true],
  ['30018', false],
  ['30019', false],
  ['30020', true],
  ['30021', true],
  ['30022', true],
  ['30023', true],
  ['30024', true],
  ['30027', true],
  ['30032', false],
  ['30033', false],
  ['30034', false],
  ['30035', true],
  ['30036', true],
  ['30410', true],
  ['30450', false],
  ['30500', true],
];

/** A recorded status callback for `status` with `code` as its ErrorCode. */
function callbackWith(status: 'failed' | 'undelivered', code: string): string {
  return fixtureText(`status-callback.${status}.txt`).replace(/^ErrorCode=\d+/, `ErrorCode=${code}`);
}

describe('Twilio messaging > error codes', () => {
  it('maps exactly the codes listed here', () => {
    expect([...MAPPED_CODES].sort()).toEqual(EXPECTED.map(([code]) => code));
  });

  describe.each(EXPECTED)('code %s', (code, retriable) => {
    it.each(['failed', 'undelivered'] as const)(
      `in a %s callback keeps Twilio's status, retriable: ${retriable}`,
      (status) => {
        const [receipt] = receiver().parseWebhook(signedWebhook(callbackWith(status, code)));
        expect(receipt).toMatchObject({ kind: 'receipt', status, errorCode: code, retriable });
        expect(receipt?.kind === 'receipt' && receipt.errorDescription).toEqual(expect.any(String));
      },
    );

    it(`answered to a send with 400 is rejected, retriable: ${retriable}`, async () => {
      const body = {
        code: Number(code),
        message: `error ${code}`,
        more_info: `https://www.twilio.com/docs/errors/${code}`,
        status: 400,
      };
      const { provider } = twilioAnswering({ status: 400, body });
      expect(await provider.send(SMS)).toEqual({
        outcome: 'rejected',
        code,
        description: `error ${code}`,
        retriable,
        retryAfterMs: null,
      });
    });
  });
});
