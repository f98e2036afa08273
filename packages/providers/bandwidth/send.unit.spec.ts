import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './send-answer.js';
import { bandwidthAnswering, basic, config, fixture, networkError, outbound } from './spec-support.js';

const accepted = () => bandwidthAnswering({ status: 202, body: fixture('send.response-202.json') });
const answering = (status: number, name?: string, headers?: Record<string, string>) =>
  bandwidthAnswering({ status, body: name ? fixture(name) : undefined, headers });

describe('Bandwidth messaging > send > the request', () => {
  it("posts the message to the account's messages with the API user's Basic credentials", async () => {
    const { provider, calls } = accepted();
    await provider.send(outbound);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('https://messaging.bandwidth.com/api/v2/users/9900000/messages');
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.headers.get('authorization')).toBe(basic(config.username, config.password));
    expect(calls[0]?.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('sends the application, the recipient as a list, the text, and our message id as the tag', async () => {
    const { provider, calls } = accepted();
    await provider.send(outbound);
    expect(calls[0]?.body).toEqual(fixture('send.request.json'));
  });

  it("sends an MMS's media URLs", async () => {
    const { provider, calls } = accepted();
    await provider.send({
      ...outbound,
      messageId: 'msg_01JNQ7ZK3M5N8P2R6T9V0W1XYB',
      text: 'Acme Dental: here is the map to our new office. Reply STOP to opt out.',
      mediaUrls: ['https://cdn.acmedental.example/map.png'],
    });
    expect(calls[0]?.body).toEqual(fixture('send.request-mms.json'));
  });

  it('leaves out an empty text when media carries the message', async () => {
    const { provider, calls } = accepted();
    await provider.send({ ...outbound, text: '', mediaUrls: ['https://cdn.acmedental.example/map.png'] });
    expect(calls[0]?.body).not.toHaveProperty('text');
  });

  it.each([
    ['https://messaging.bandwidth.com/', 'https://messaging.bandwidth.com/api/v2/users/9900000/messages'],
    [
      'https://messaging.bandwidth.com/api/v2',
      'https://messaging.bandwidth.com/api/v2/users/9900000/messages',
    ],
    ['http://127.0.0.1:4090', 'http://127.0.0.1:4090/api/v2/users/9900000/messages'],
  ])('takes the origin or the API root as base URL (%s)', async (baseUrl, url) => {
    const { provider, calls } = bandwidthAnswering({ status: 202, body: { id: 'm1' } }, { baseUrl });
    await provider.send(outbound);
    expect(calls[0]?.url).toBe(url);
  });
});

describe('Bandwidth messaging > send > when Bandwidth accepts the message (202)', () => {
  it("returns Bandwidth's message id and segment count", async () => {
    const { provider } = accepted();
    expect(await provider.send(outbound)).toEqual({
      outcome: 'accepted',
      providerMessageId: '1589228074636lm4k2je7j7jklbn2',
      segments: 1,
    });
  });

  it('without a segment count, the count is unknown', async () => {
    const { provider } = bandwidthAnswering({ status: 202, body: { id: '1589228074636lm4k2je7j7jklbn2' } });
    expect(await provider.send(outbound)).toMatchObject({ outcome: 'accepted', segments: null });
  });

  it.each([
    ['no message id', { status: 202, body: { owner: '+12025550187' } }],
    ['a body that is not JSON', { status: 202, body: '<html>' }],
    ['a body cut off', { status: 202, cutBody: true }],
  ])('with %s, the outcome is unknown (it was taken: it must not be sent again)', async (_, behaviour) => {
    const { provider } = bandwidthAnswering(behaviour);
    expect(await provider.send(outbound)).toMatchObject({ outcome: 'unknown' });
  });
});

describe('Bandwidth messaging > send > when Bandwidth refuses the request', () => {
  it('400 is rejected for good, with each field at fault', async () => {
    const { provider } = answering(400, 'send.error-400.json');
    expect(await provider.send(outbound)).toEqual({
      outcome: 'rejected',
      code: 'request-validation',
      description:
        "Your request could not be accepted (from: '+invalid' must be replaced with a valid E164 formatted telephone number)",
      retriable: false,
      retryAfterMs: null,
    });
  });

  it.each([
    [401, 'send.error-401.json', 'unauthorized', 'Authentication Failed'],
    [403, 'send.error-403.json', 'forbidden', 'Access Denied'],
    [404, 'send.error-404.json', 'http-404', 'Not Found'],
    [
      415,
      'send.error-415.json',
      'unsupported-content-type',
      "Content type 'text/plain;charset=UTF-8' not supported. Please use 'application/json'",
    ],
  ])('%i is rejected for good', async (status, name, code, description) => {
    const { provider } = answering(status, name);
    expect(await provider.send(outbound)).toEqual({
      outcome: 'rejected',
      code,
      description,
      retriable: false,
      retryAfterMs: null,
    });
  });

  it('an error without a body is rejected with its status', async () => {
    const { provider } = answering(405);
    expect(await provider.send(outbound)).toMatchObject({
      outcome: 'rejected',
      code: 'http-405',
      description: 'Bandwidth answered 405',
      retriable: false,
    });
  });
});

describe('Bandwidth messaging > send > when Bandwidth is too busy or failing', () => {
  it('429 (its queue is full) is rejected, to be tried again later', async () => {
    const { provider } = answering(429, 'send.error-429.json');
    expect(await provider.send(outbound)).toMatchObject({
      outcome: 'rejected',
      code: 'max-message-queue-size-exceeded',
      description: expect.stringContaining('The SMS queue for your account is full'),
      retriable: true,
      retryAfterMs: null,
    });
  });

  it('429 with Retry-After says how long to wait', async () => {
    const { provider } = answering(429, 'send.error-429.json', { 'retry-after': '30' });
    expect(await provider.send(outbound)).toMatchObject({ retriable: true, retryAfterMs: 30_000 });
  });

  it.each([500, 503])('%i is rejected, to be tried again later', async (status) => {
    const { provider } = answering(status, 'send.error-500.json', { 'retry-after': '5' });
    expect(await provider.send(outbound)).toEqual({
      outcome: 'rejected',
      code: 'internal-server-error',
      description: 'An internal server error occurred. Please try again later.',
      retriable: true,
      retryAfterMs: 5_000,
    });
  });

  it("502 or 504 with Bandwidth's own error body is rejected, to be tried again later", async () => {
    const { provider } = answering(504, 'send.error-500.json');
    expect(await provider.send(outbound)).toMatchObject({ outcome: 'rejected', retriable: true });
  });

  it.each([
    [502, undefined],
    [504, '<html><body>504 Gateway Time-out</body></html>'],
    [504, { message: 'Endpoint request timed out' }],
  ])(
    "%i from a gateway (not Bandwidth's body) is unknown: the request may have got through",
    async (status, body) => {
      const { provider } = bandwidthAnswering({ status, body });
      expect(await provider.send(outbound)).toMatchObject({ outcome: 'unknown' });
    },
  );
});

describe('Bandwidth messaging > send > when the network fails', () => {
  it('no answer within the timeout is unknown', async () => {
    const { provider } = bandwidthAnswering('never answers', { timeoutMs: 20 });
    expect(await provider.send(outbound)).toEqual({
      outcome: 'unknown',
      reason: 'Bandwidth did not answer within 20 ms',
    });
  });

  it.each([
    ['ECONNREFUSED', 'connect ECONNREFUSED 203.0.113.7:443'],
    ['ENOTFOUND', 'getaddrinfo ENOTFOUND messaging.bandwidth.com'],
    ['UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error'],
  ])('%s (no connection, nothing sent) is rejected, to be tried again', async (code, message) => {
    const { provider } = bandwidthAnswering({ fails: networkError(code, message) });
    expect(await provider.send(outbound)).toEqual({
      outcome: 'rejected',
      code,
      description: `Could not connect to Bandwidth: ${message}`,
      retriable: true,
      retryAfterMs: null,
    });
  });

  it('refused on every address (Happy Eyeballs) is rejected too', async () => {
    const refused = (address: string) =>
      Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
    const cause = new AggregateError([refused('203.0.113.7:443'), refused('[2001:db8::7]:443')]);
    const { provider } = bandwidthAnswering({ fails: new TypeError('fetch failed', { cause }) });
    expect(await provider.send(outbound)).toMatchObject({ outcome: 'rejected', code: 'ECONNREFUSED' });
  });

  it.each([
    ['UND_ERR_SOCKET', 'other side closed'],
    ['ECONNRESET', 'read ECONNRESET'],
  ])('%s (the connection lost on the way) is unknown', async (code, message) => {
    const { provider } = bandwidthAnswering({ fails: networkError(code, message) });
    expect(await provider.send(outbound)).toEqual({
      outcome: 'unknown',
      reason: `The request to Bandwidth failed: ${message}`,
    });
  });
});

describe('Bandwidth messaging > send > Retry-After', () => {
  const now = new Date('2026-03-09T15:04:05.000Z');

  it('reads delay-seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 09 Mar 2026 15:04:35 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 09 Mar 2026 15:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
