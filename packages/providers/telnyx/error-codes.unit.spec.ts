import { describe, expect, it } from 'vitest';
import { TELNYX_MESSAGING_CODES } from './error-codes.js';
import { delivered, rawFixture, reminder, telnyxAnswering } from './spec-support.js';

const codes = (list: string) => list.split(' ');

/** May succeed later with nobody changing anything (rate limits, outages, temporary blocks, queues). */
const RETRIABLE = codes(
  '10007 10008 10011 40002 40004 40005 40006 40008 40011 40014 40016 40018 40151 40318 ' + '40320 40333',
);
/** Decided by a carrier downstream, once the message had left Telnyx; every other code is `failed`. */
const UNDELIVERED = codes(
  '40001 40002 40003 40004 40005 40006 40008 40009 40011 40012 40013 40016 40017 40018 ' + '40019 40020',
);
const NOT_RETRIABLE = codes(
  '10001 10002 10003 10004 10005 10006 10009 10010 10015 10016 20002 20006 20012 20013 ' +
    '20014 20015 20016 20017 20100 40001 40003 40009 40010 40012 40013 40015 40017 40019 ' +
    '40020 40100 40150 40155 40300 40301 40302 40304 40305 40306 40307 40308 40309 40310 ' +
    '40311 40312 40313 40314 40315 40316 40317 40319 40321 40322 40323 40325 40328 40329 ' +
    '40330 40331',
);
const ALL = [...RETRIABLE, ...NOT_RETRIABLE].sort();

const { provider } = telnyxAnswering({ status: 200 });

function finalizedWith(code: string) {
  const body = JSON.parse(rawFixture('webhook.message-finalized-delivery-failed.json').toString('utf8'));
  body.data.payload.errors = [{ code, title: 'As Telnyx words it', detail: 'Details.' }];
  return provider.parseWebhook(delivered(Buffer.from(JSON.stringify(body))))[0];
}

describe('Telnyx messaging > error codes', () => {
  it("maps exactly the codes of Telnyx's catalogue listed here", () => {
    expect(Object.keys(TELNYX_MESSAGING_CODES).sort()).toEqual(ALL);
  });

  describe.each(ALL)('code %s', (code) => {
    const retriable = RETRIABLE.includes(code);
    const status = UNDELIVERED.includes(code) ? 'undelivered' : 'failed';

    it(`in a message.finalized is ${status}, ${retriable ? '' : 'not '}retriable`, () => {
      expect(finalizedWith(code)).toMatchObject({ status, errorCode: code, retriable });
    });

    it(`answered to a send with a 400 is rejected, ${retriable ? '' : 'not '}retriable`, async () => {
      const body = { errors: [{ code: Number(code), title: 'As Telnyx words it' }] };
      const { provider: sender } = telnyxAnswering({ status: 400, body });
      expect(await sender.send(reminder)).toMatchObject({ outcome: 'rejected', code, retriable });
    });
  });
});
