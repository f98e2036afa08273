import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  failing,
  fixtureText,
  MMS,
  OUTBOUND_SID,
  ok,
  SERVICE_SID,
  SMS,
  twilioAnswering,
} from './spec-support.js';

const MESSAGES_URL = `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;

describe('Twilio messaging > send', () => {
  describe('the request', () => {
    it("posts the form to the account's Messages.json with HTTP Basic, as Twilio documents", async () => {
      const { provider, calls } = twilioAnswering(ok('message.created.json'));
      await provider.send(SMS);
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ method: 'POST', url: MESSAGES_URL });
      const basic = Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64');
      expect(calls[0]?.headers.get('authorization')).toBe(`Basic ${basic}`);
      expect(calls[0]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
      expect(calls[0]?.headers.get('accept')).toBe('application/json');
      expect(calls[0]?.body).toBe(fixtureText('create-message.request.txt'));
    });

    it('sends each medium as one MediaUrl, through the Messaging Service, still from our number', async () => {
      const { provider, calls } = twilioAnswering(ok('message.created-service.json'), {
        messagingServiceSid: SERVICE_SID,
      });
      await provider.send(MMS);
      expect(calls[0]?.body).toBe(fixtureText('create-message-mms-service.request.txt'));
      const form = new URLSearchParams(calls[0]?.body);
      expect(form.getAll('MediaUrl')).toEqual(MMS.mediaUrls);
      expect(form.has('StatusCallback')).toBe(false);
    });

    it('leaves out an empty Body (media only)', async () => {
      const { provider, calls } = twilioAnswering(ok('message.created.json'));
      await provider.send({ ...MMS, text: '' });
      expect(new URLSearchParams(calls[0]?.body).has('Body')).toBe(false);
    });

    it("calls the configured origin instead of Twilio's (the simulator)", async () => {
      const { provider, calls } = twilioAnswering(ok('message.created.json'), {
        baseUrl: 'http://127.0.0.1:4010/',
      });
      await provider.send(SMS);
      expect(calls[0]?.url).toBe(`http://127.0.0.1:4010/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`);
    });
  });

  describe('when Twilio creates the message', () => {
    it("is accepted under the Message's sid, with its segments", async () => {
      const { provider } = twilioAnswering(ok('message.created.json'));
      expect(await provider.send(SMS)).toEqual({
        outcome: 'accepted',
        providerMessageId: OUTBOUND_SID,
        segments: 1,
      });
    });

    it('has no segment count yet through a Messaging Service (num_segments "0")', async () => {
      const { provider } = twilioAnswering(ok('message.created-service.json'));
      expect(await provider.send(MMS)).toEqual({
        outcome: 'accepted',
        providerMessageId: 'MM7e11b26bf2cd3b808877031abb012704',
        segments: null,
      });
    });

    it('is unknown when the 201 does not name the sid', async () => {
      for (const answer of [
        { status: 201, text: '' },
        { status: 201, text: '<html>' },
        { status: 200, body: {} },
      ]) {
        const { provider } = twilioAnswering(answer);
        expect(await provider.send(SMS)).toMatchObject({ outcome: 'unknown' });
      }
    });

    it('is unknown when the 201 answer is cut off before its body', async () => {
      const { provider } = twilioAnswering({ status: 201, bodyLost: true });
      expect(await provider.send(SMS)).toMatchObject({ outcome: 'unknown' });
    });
  });

  describe('when Twilio refuses the message', () => {
    it("is rejected for good with Twilio's code and message: 400 with 21211 (invalid To)", async () => {
      const { provider } = twilioAnswering(failing('error-21211.json'));
      expect(await provider.send(SMS)).toEqual({
        outcome: 'rejected',
        code: '21211',
        description: "The 'To' number +1415555012 is not a valid phone number.",
        retriable: false,
        retryAfterMs: null,
      });
    });

    it('is rejected for good for an unsubscribed recipient (21610), a blocked region (21408), bad credentials (20003)', async () => {
      for (const [name, code] of [
        ['error-21610.json', '21610'],
        ['error-21408.json', '21408'],
        ['error-20003.json', '20003'],
      ] as const) {
        const { provider } = twilioAnswering(failing(name));
        expect(await provider.send(SMS)).toMatchObject({ outcome: 'rejected', code, retriable: false });
      }
    });

    it("is retriable when Twilio's code says the sender's queue is full (21611)", async () => {
      const { provider } = twilioAnswering(failing('error-21611.json'));
      expect(await provider.send(SMS)).toMatchObject({ outcome: 'rejected', code: '21611', retriable: true });
    });

    it('is rejected with the HTTP status as code when the body is not Twilio JSON', async () => {
      const { provider } = twilioAnswering({ status: 400, text: 'Bad Request' });
      expect(await provider.send(SMS)).toEqual({
        outcome: 'rejected',
        code: 'HTTP_400',
        description: 'Bad Request',
        retriable: false,
        retryAfterMs: null,
      });
    });

    it('is still rejected when the error body is lost on the way', async () => {
      const { provider } = twilioAnswering({ status: 400, bodyLost: true });
      expect(await provider.send(SMS)).toMatchObject({
        outcome: 'rejected',
        code: 'HTTP_400',
        retriable: false,
      });
    });
  });

  describe('when Twilio asks to come back later', () => {
    it('is rejected, retriable after Retry-After, on 429 (20429)', async () => {
      const { provider } = twilioAnswering(failing('error-20429.json', { 'retry-after': '2' }));
      expect(await provider.send(SMS)).toEqual({
        outcome: 'rejected',
        code: '20429',
        description: 'Too Many Requests',
        retriable: true,
        retryAfterMs: 2000,
      });
    });

    it('is retriable without a delay when 429 has no Retry-After', async () => {
      const { provider } = twilioAnswering(failing('error-20429.json'));
      expect(await provider.send(SMS)).toMatchObject({ retriable: true, retryAfterMs: null });
    });

    it('reads a Retry-After given as an HTTP date', async () => {
      const at = new Date(Date.now() + 60_000).toUTCString();
      const { provider } = twilioAnswering(failing('error-20429.json', { 'retry-after': at }));
      const result = await provider.send(SMS);
      expect(result.outcome === 'rejected' && result.retryAfterMs).toBeGreaterThan(55_000);
    });

    it('is rejected, retriable, on 503 (20503, service unavailable)', async () => {
      const { provider } = twilioAnswering(failing('error-20503.json', { 'retry-after': '30' }));
      expect(await provider.send(SMS)).toMatchObject({
        outcome: 'rejected',
        code: '20503',
        retriable: true,
        retryAfterMs: 30_000,
      });
    });
  });

  describe('when it cannot be known whether Twilio took the message', () => {
    it('is unknown on 500 (20500): Twilio warns a retried send may reach the customer twice', async () => {
      const { provider } = twilioAnswering(failing('error-20500.json'));
      const result = await provider.send(SMS);
      expect(result).toMatchObject({ outcome: 'unknown' });
      expect(result.outcome === 'unknown' && result.reason).toContain('20500');
    });

    it('is unknown on a gateway error (502, 504)', async () => {
      for (const status of [502, 504]) {
        const { provider } = twilioAnswering({ status, text: '<html>Bad Gateway</html>' });
        expect(await provider.send(SMS)).toMatchObject({ outcome: 'unknown' });
      }
    });

    it('is unknown when Twilio does not answer in time', async () => {
      const { provider } = twilioAnswering('no answer');
      const result = await provider.send(SMS);
      expect(result).toMatchObject({ outcome: 'unknown' });
      expect(result.outcome === 'unknown' && result.reason).toContain('TimeoutError');
    });

    it('is unknown when the connection drops once the request may have left', async () => {
      const { provider } = twilioAnswering('connection reset');
      expect(await provider.send(SMS)).toMatchObject({ outcome: 'unknown' });
    });
  });

  describe('when Twilio cannot be reached at all', () => {
    it('is rejected, retriable: a refused connection sent nothing', async () => {
      const { provider } = twilioAnswering('connection refused');
      expect(await provider.send(SMS)).toMatchObject({
        outcome: 'rejected',
        code: 'ECONNREFUSED',
        retriable: true,
        retryAfterMs: null,
      });
    });

    it("is rejected, retriable, when Twilio's name does not resolve", async () => {
      const { provider } = twilioAnswering('dns failure');
      expect(await provider.send(SMS)).toMatchObject({
        outcome: 'rejected',
        code: 'ENOTFOUND',
        retriable: true,
      });
    });
  });
});
