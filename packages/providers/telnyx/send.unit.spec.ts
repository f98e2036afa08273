import { describe, expect, it } from 'vitest';
import { fetchFailed, fixture, reminder, telnyxAnswering } from './spec-support.js';

const accepted = { status: 200, body: fixture('send.response.json') };

describe('Telnyx messaging > send', () => {
  describe('when Telnyx takes the message', () => {
    it("is accepted with Telnyx's id and its number of parts", async () => {
      const { provider } = telnyxAnswering(accepted);
      expect(await provider.send(reminder)).toEqual({
        outcome: 'accepted',
        providerMessageId: '40385f64-5717-4562-b3fc-2c963f66afa6',
        segments: 1,
      });
    });

    it('has no segment count when the answer has no parts', async () => {
      const body = fixture('send.response.json') as { data: Record<string, unknown> };
      delete body.data.parts;
      const { provider } = telnyxAnswering({ status: 200, body });
      expect(await provider.send(reminder)).toMatchObject({ outcome: 'accepted', segments: null });
    });

    it('is unknown when a 2xx names no message (which message Telnyx took, if any, cannot be told)', async () => {
      const { provider } = telnyxAnswering({ status: 200, raw: '<html>OK</html>' });
      expect(await provider.send(reminder)).toEqual({
        outcome: 'unknown',
        reason: 'Telnyx answered 200 without a message id',
      });
    });
  });

  describe('when Telnyx refuses the message', () => {
    it('a 422 for an invalid number is rejected for good', async () => {
      const { provider } = telnyxAnswering({
        status: 422,
        body: fixture('send.error-422-invalid-number.json'),
      });
      expect(await provider.send(reminder)).toEqual({
        outcome: 'rejected',
        code: '10016',
        description:
          'Phone number must be in +E.164 format: The specified phone number parameter must be in +E.164 format. (/to)',
        retriable: false,
        retryAfterMs: null,
      });
    });

    it("a 400 for an invalid 'to' address (40310) is rejected for good", async () => {
      const { provider } = telnyxAnswering({ status: 400, body: fixture('send.error-400-invalid-to.json') });
      expect(await provider.send(reminder)).toMatchObject({
        outcome: 'rejected',
        code: '40310',
        retriable: false,
      });
    });

    it("a recipient who texted STOP (40300) is rejected for good, in Telnyx's words", async () => {
      const { provider } = telnyxAnswering({ status: 409, body: fixture('send.error-stop.json') });
      expect(await provider.send(reminder)).toEqual({
        outcome: 'rejected',
        code: '40300',
        description:
          "Blocked due to STOP message: Messages cannot be sent from '+13125550001' to '+13125550002' due to an existing block rule.",
        retriable: false,
        retryAfterMs: null,
      });
    });

    it('a 401 (bad API key) is rejected for good', async () => {
      const { provider } = telnyxAnswering({ status: 401, body: fixture('send.error-401.json') });
      expect(await provider.send(reminder)).toMatchObject({ code: '10009', retriable: false });
    });

    it('a 4xx whose code is temporary (40318 queue full) may be tried again', async () => {
      const body = { errors: [{ code: '40318', title: 'Queue full' }] };
      const { provider } = telnyxAnswering({ status: 400, body });
      expect(await provider.send(reminder)).toMatchObject({ code: '40318', retriable: true });
    });

    it('a redirect is rejected for good (a wrong base URL, not a message Telnyx took)', async () => {
      const { provider } = telnyxAnswering({
        status: 301,
        raw: '',
        headers: { location: 'https://x.example/' },
      });
      expect(await provider.send(reminder)).toMatchObject({
        outcome: 'rejected',
        code: 'HTTP_301',
        retriable: false,
      });
    });

    it('a 4xx with no Telnyx error body is rejected under its HTTP status', async () => {
      const { provider } = telnyxAnswering({ status: 404, raw: 'Not Found' });
      expect(await provider.send(reminder)).toEqual({
        outcome: 'rejected',
        code: 'HTTP_404',
        description: 'Telnyx answered HTTP 404',
        retriable: false,
        retryAfterMs: null,
      });
    });
  });

  describe('when Telnyx says to slow down or is failing', () => {
    it('a 429 with Retry-After may be tried again after that many seconds', async () => {
      const { provider } = telnyxAnswering({
        status: 429,
        body: fixture('send.error-429.json'),
        headers: { 'retry-after': '2', 'x-ratelimit-reset': '9' },
      });
      expect(await provider.send(reminder)).toEqual({
        outcome: 'rejected',
        code: '10011',
        description: 'Too many requests: You have exceeded the maximum number of allowed requests.',
        retriable: true,
        retryAfterMs: 2000,
      });
    });

    it('a 429 with only x-ratelimit-reset waits until the window resets', async () => {
      const { provider } = telnyxAnswering({
        status: 429,
        body: fixture('send.error-429.json'),
        headers: { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '7' },
      });
      expect(await provider.send(reminder)).toMatchObject({ retriable: true, retryAfterMs: 7000 });
    });

    it('a 429 without either header may be tried again, when is up to the caller', async () => {
      const { provider } = telnyxAnswering({ status: 429, body: fixture('send.error-429.json') });
      expect(await provider.send(reminder)).toMatchObject({ retriable: true, retryAfterMs: null });
    });

    it("a 500 with Telnyx's error body may be tried again", async () => {
      const { provider } = telnyxAnswering({ status: 500, body: fixture('send.error-500.json') });
      expect(await provider.send(reminder)).toEqual({
        outcome: 'rejected',
        code: '10007',
        description: 'Unexpected error: An unexpected error occured.',
        retriable: true,
        retryAfterMs: null,
      });
    });

    it('a 503 without a body may be tried again, after its Retry-After', async () => {
      const { provider } = telnyxAnswering({ status: 503, raw: '', headers: { 'retry-after': '30' } });
      expect(await provider.send(reminder)).toMatchObject({
        outcome: 'rejected',
        code: 'HTTP_503',
        retriable: true,
        retryAfterMs: 30_000,
      });
    });

    it("a 504 from a gateway without Telnyx's body is unknown: Telnyx may have taken the message", async () => {
      const { provider } = telnyxAnswering({ status: 504, raw: '<html>Gateway Timeout</html>' });
      expect(await provider.send(reminder)).toEqual({
        outcome: 'unknown',
        reason: 'a gateway timed out waiting for Telnyx (504)',
      });
    });

    it("a 504 carrying Telnyx's own error is Telnyx's refusal, and may be tried again", async () => {
      const body = {
        errors: [{ code: '10008', title: 'Request timeout', detail: 'The request timed out.' }],
      };
      const { provider } = telnyxAnswering({ status: 504, body });
      expect(await provider.send(reminder)).toMatchObject({
        outcome: 'rejected',
        code: '10008',
        retriable: true,
      });
    });
  });

  describe('when the request may have reached Telnyx but no answer came back', () => {
    it('a timeout is unknown, never a rejection', async () => {
      const { provider } = telnyxAnswering('never answers', { timeoutMs: 20 });
      expect(await provider.send(reminder)).toEqual({
        outcome: 'unknown',
        reason: 'Telnyx did not answer within 20 ms',
      });
    });

    it('a connection lost mid-request is unknown', async () => {
      const { provider } = telnyxAnswering({ fails: fetchFailed('UND_ERR_SOCKET', 'other side closed') });
      expect(await provider.send(reminder)).toEqual({
        outcome: 'unknown',
        reason: 'the connection to Telnyx failed: fetch failed: other side closed',
      });
    });

    it('a 2xx whose body is cut off is unknown', async () => {
      const { provider } = telnyxAnswering({ bodyFails: 200 });
      expect(await provider.send(reminder)).toMatchObject({ outcome: 'unknown' });
    });

    it('an error status whose body is cut off is still a refusal', async () => {
      const { provider } = telnyxAnswering({ bodyFails: 503 });
      expect(await provider.send(reminder)).toMatchObject({
        outcome: 'rejected',
        code: 'HTTP_503',
        retriable: true,
      });
    });
  });

  describe('when nothing reached Telnyx', () => {
    it('a refused connection is rejected and may be tried again', async () => {
      const { provider } = telnyxAnswering({
        fails: fetchFailed('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:443'),
      });
      expect(await provider.send(reminder)).toEqual({
        outcome: 'rejected',
        code: 'ECONNREFUSED',
        description:
          'Telnyx could not be reached, nothing was sent: fetch failed: connect ECONNREFUSED 127.0.0.1:443 (ECONNREFUSED)',
        retriable: true,
        retryAfterMs: null,
      });
    });

    it('every address of the host refusing (an AggregateError) is the same', async () => {
      const refused = (address: string) =>
        Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
      const cause = new AggregateError([refused('::1:443'), refused('127.0.0.1:443')], 'connect failed');
      const { provider } = telnyxAnswering({ fails: new TypeError('fetch failed', { cause }) });
      expect(await provider.send(reminder)).toMatchObject({ outcome: 'rejected', code: 'ECONNREFUSED' });
    });

    it('a host name that does not resolve is rejected and may be tried again', async () => {
      const { provider } = telnyxAnswering({
        fails: fetchFailed('ENOTFOUND', 'getaddrinfo ENOTFOUND api.telnyx.com'),
      });
      expect(await provider.send(reminder)).toMatchObject({
        outcome: 'rejected',
        code: 'ENOTFOUND',
        retriable: true,
      });
    });
  });
});
