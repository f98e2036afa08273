import { ProviderError } from '@longcode/kit';
import { describe, expect, it } from 'vitest';
import { createTelnyxLookup } from './lookup.js';
import { type Call, fetchFailed, fixture } from './spec-support.js';

/** The lookup adapter with a fetch that records its calls and answers with `status` and `body`. */
function lookupAnswering(answer: { status: number; body?: unknown } | { fails: unknown }) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    calls.push({
      url: String(input),
      method: init.method,
      redirect: init.redirect,
      headers: new Headers(init.headers),
      body: init.body,
    });
    if ('fails' in answer) throw answer.fails;
    return new Response(answer.body === undefined ? '' : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  return {
    lookup: createTelnyxLookup({ baseUrl: 'https://api.telnyx.com', apiKey: 'KEY0123', fetch }),
    calls,
  };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the lookup to fail');
    },
    (error: unknown) => error as ProviderError,
  );

describe('Telnyx number lookup', () => {
  it('asks for the carrier data set of the number, with the Bearer key', async () => {
    const { lookup, calls } = lookupAnswering({ status: 200, body: fixture('lookup.response-att.json') });
    await lookup.lookup('+12145550187');
    expect(calls[0]?.url).toBe('https://api.telnyx.com/v2/number_lookup/%2B12145550187?type=carrier');
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer KEY0123');
  });

  describe('when Telnyx answers', () => {
    it.each([
      ['lookup.response-att.json', '+12145550187', 'att', 'New Cingular Wireless PCS, LLC', false],
      [
        'lookup.response-verizon.json',
        '+12125550123',
        'verizon',
        'Cellco Partnership dba Verizon Wireless',
        false,
      ],
      ['lookup.response-tmobile-ported.json', '+12065550142', 'tmobile', 'T-Mobile USA, Inc.', true],
      [
        'lookup.response-sprint-no-normalized.json',
        '+19135550164',
        'tmobile',
        'Sprint Spectrum, L.P.',
        false,
      ],
    ])('%s is a mobile number of %s', async (file, number, carrier, carrierName, ported) => {
      const { lookup } = lookupAnswering({ status: 200, body: fixture(file) });
      expect(await lookup.lookup(number)).toEqual({
        phoneNumber: number,
        carrier,
        carrierName,
        lineType: 'mobile',
        ported,
      });
    });

    it("reads the docs' own example as a ported VoIP number of another carrier", async () => {
      const { lookup } = lookupAnswering({ status: 200, body: fixture('lookup.response-reference.json') });
      expect(await lookup.lookup('+13129457420')).toEqual({
        phoneNumber: '+13129457420',
        carrier: 'other',
        carrierName: 'Telnyx/4',
        lineType: 'voip',
        ported: true,
      });
    });

    it('falls back to the portability record when the carrier block is missing', async () => {
      const body = fixture('lookup.response-tmobile-ported.json') as { data: Record<string, unknown> };
      delete body.data.carrier;
      const { lookup } = lookupAnswering({ status: 200, body });
      expect(await lookup.lookup('+12065550142')).toMatchObject({ carrier: 'tmobile', lineType: 'mobile' });
    });

    it('fails for good when the answer names no carrier at all', async () => {
      const { lookup } = lookupAnswering({ status: 200, body: { data: { phone_number: '+12065550142' } } });
      const error = await failureOf(lookup.lookup('+12065550142'));
      expect(error).toBeInstanceOf(ProviderError);
      expect(error.retriable).toBe(false);
    });
  });

  describe('when Telnyx refuses or fails', () => {
    it('a 422 (a number it will not look up) is not retriable', async () => {
      const { lookup } = lookupAnswering({ status: 422, body: fixture('lookup.error-422-canadian.json') });
      const error = await failureOf(lookup.lookup('+14165550123'));
      expect(error).toBeInstanceOf(ProviderError);
      expect([error.retriable, error.status]).toEqual([false, 422]);
      expect(error.message).toContain('is a Canadian number');
    });

    it('a 500 is retriable', async () => {
      const { lookup } = lookupAnswering({ status: 500, body: fixture('lookup.error-500.json') });
      const error = await failureOf(lookup.lookup('+12065550142'));
      expect([error.retriable, error.status]).toEqual([true, 500]);
    });

    it('a 429 is retriable', async () => {
      const { lookup } = lookupAnswering({ status: 429, body: fixture('send.error-429.json') });
      expect((await failureOf(lookup.lookup('+12065550142'))).retriable).toBe(true);
    });

    it('no connection is retriable', async () => {
      const { lookup } = lookupAnswering({ fails: fetchFailed('ECONNREFUSED', 'connect ECONNREFUSED') });
      expect((await failureOf(lookup.lookup('+12065550142'))).retriable).toBe(true);
    });
  });
});
