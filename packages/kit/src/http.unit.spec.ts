import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictError, DomainError, InfrastructureError, NotFoundError, ValidationError } from './errors.js';
import { buildHttpApp } from './http.js';
import { createCapturedLogger } from './log-capture.js';

const PROBLEM = 'application/problem+json; charset=utf-8';

function appThrowing(error: unknown) {
  const { logger, lines } = createCapturedLogger();
  const app = buildHttpApp({ logger, service: 'test' });
  app.get('/boom', async () => {
    throw error;
  });
  return { app, lines };
}

describe('buildHttpApp > errors', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => app?.close());

  async function problemFrom(error: unknown) {
    const built = appThrowing(error);
    app = built.app;
    const response = await app.inject({ method: 'GET', url: '/boom' });
    return { response, body: response.json(), lines: built.lines };
  }

  describe('when a handler throws a DomainError', () => {
    it('answers its status as problem+json with a type built from its code', async () => {
      const error = new DomainError('MESSAGE_RECIPIENT_OPTED_OUT', 'The recipient opted out', {
        details: { recipient: '+15550100' },
      });
      const { response, body } = await problemFrom(error);
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toBe(PROBLEM);
      expect(body).toEqual({
        type: 'https://longcode.dev/problems/message-recipient-opted-out',
        title: 'Message recipient opted out',
        status: 422,
        detail: 'The recipient opted out',
        code: 'MESSAGE_RECIPIENT_OPTED_OUT',
        details: { recipient: '+15550100' },
      });
    });
  });

  describe.each([
    ['NotFoundError', new NotFoundError('BRAND_NOT_FOUND', 'No brand b1'), 404, 'BRAND_NOT_FOUND'],
    [
      'ConflictError',
      new ConflictError('CAMPAIGN_ALREADY_APPROVED', 'Approved already'),
      409,
      'CAMPAIGN_ALREADY_APPROVED',
    ],
  ])('when a handler throws a %s', (_name, error, status, code) => {
    it(`answers ${status} with its code and message`, async () => {
      const { response, body } = await problemFrom(error);
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toBe(PROBLEM);
      expect(body).toMatchObject({ status, code, detail: (error as Error).message });
    });
  });

  describe('when a handler throws a DomainError with a 5xx status', () => {
    it('keeps its code but hides its message', async () => {
      const error = new DomainError('PROVIDER_UNAVAILABLE', 'telnyx token t0k3n rejected', { status: 502 });
      const { response, body } = await problemFrom(error);
      expect(response.statusCode).toBe(502);
      expect(body).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', detail: 'An unexpected error occurred.' });
      expect(response.body).not.toContain('t0k3n');
    });
  });

  describe('when a handler throws a ValidationError', () => {
    it('answers 400 listing each bad field', async () => {
      const errors = [{ field: 'to', message: 'must be E.164' }];
      const { response, body } = await problemFrom(new ValidationError(errors));
      expect(response.statusCode).toBe(400);
      expect(body).toMatchObject({ code: 'VALIDATION_FAILED', status: 400, errors });
      expect(body.type).toBe('https://longcode.dev/problems/validation-failed');
    });
  });

  describe('when a handler throws an unknown error', () => {
    it('answers 500 without its message, and logs it with the stack', async () => {
      const { response, body, lines } = await problemFrom(new Error('password=hunter2 in SQL'));
      expect(response.statusCode).toBe(500);
      expect(response.headers['content-type']).toBe(PROBLEM);
      expect(body).toMatchObject({
        status: 500,
        code: 'INTERNAL_ERROR',
        detail: 'An unexpected error occurred.',
      });
      expect(response.body).not.toContain('hunter2');
      const logged = lines.find((line) => line.msg === 'request failed');
      expect(logged?.err).toMatchObject({
        message: 'password=hunter2 in SQL',
        stack: expect.stringContaining('http.unit.spec.ts'),
      });
    });
  });

  describe('when a handler throws a retriable InfrastructureError', () => {
    it('answers 503 without its message', async () => {
      const error = new InfrastructureError('mysql at 10.0.0.5 refused', { retriable: true });
      const { response, body } = await problemFrom(error);
      expect(response.statusCode).toBe(503);
      expect(body.code).toBe('SERVICE_UNAVAILABLE');
      expect(response.body).not.toContain('10.0.0.5');
    });
  });

  describe('when the body fails the route schema', () => {
    it('answers 400 VALIDATION_FAILED with one entry per bad field', async () => {
      const { logger } = createCapturedLogger();
      app = buildHttpApp({ logger, service: 'test' });
      const schema = {
        body: {
          type: 'object',
          required: ['to', 'text'],
          additionalProperties: false,
          properties: { to: { type: 'string' }, text: { type: 'string' }, priority: { type: 'integer' } },
        },
      };
      app.post('/messages', { schema }, async () => ({ ok: true }));
      const response = await app.inject({
        method: 'POST',
        url: '/messages',
        payload: { priority: 'high', colour: 'red' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toBe(PROBLEM);
      const body = response.json();
      expect(body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(body.errors).toEqual(
        expect.arrayContaining([
          { field: 'to', message: 'is required' },
          { field: 'text', message: 'is required' },
          { field: 'priority', message: 'must be integer' },
          { field: 'colour', message: 'is not a field this takes' },
        ]),
      );
    });
  });

  describe('when the router refuses the URL before any route', () => {
    it('answers with a problem too (a path parameter over its length: 414)', async () => {
      app = appThrowing(new Error('unused')).app;
      app.get('/numbers/:phoneNumber', async () => ({ ok: true }));
      const response = await app.inject({ method: 'GET', url: `/numbers/${'x'.repeat(500)}` });
      expect(response.statusCode).toBe(414);
      expect(response.headers['content-type']).toBe(PROBLEM);
      expect(response.json()).toMatchObject({ status: 414, code: 'URI_TOO_LONG' });
    });
  });

  describe('when the body is not valid JSON', () => {
    it("answers 400 BAD_REQUEST with fastify's explanation", async () => {
      app = appThrowing(new Error('unused')).app;
      app.post('/messages', async () => ({ ok: true }));
      const headers = { 'content-type': 'application/json' };
      const response = await app.inject({ method: 'POST', url: '/messages', payload: '{"to":', headers });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toBe(PROBLEM);
      expect(response.json()).toMatchObject({ code: 'BAD_REQUEST', title: 'Bad Request', status: 400 });
    });
  });

  describe('when no route matches', () => {
    it('answers 404 ROUTE_NOT_FOUND as problem+json', async () => {
      app = appThrowing(new Error('unused')).app;
      const response = await app.inject({ method: 'GET', url: '/nowhere?x=1' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toBe(PROBLEM);
      expect(response.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', detail: 'No route for GET /nowhere' });
    });
  });
});

describe('buildHttpApp > the client address', () => {
  const clientOf = async (trustProxy: string[] | undefined, remoteAddress: string) => {
    const { logger } = createCapturedLogger();
    const app = buildHttpApp({
      logger,
      service: 'test',
      ...(trustProxy === undefined ? {} : { trustProxy }),
    });
    app.get('/ip', async (request) => ({ ip: request.ip }));
    try {
      const response = await app.inject({
        method: 'GET',
        url: '/ip',
        remoteAddress,
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      return response.json().ip;
    } finally {
      await app.close();
    }
  };

  it('is the connection’s peer, whatever X-Forwarded-For says, unless proxies are trusted', async () => {
    expect(await clientOf(undefined, '198.51.100.7')).toBe('198.51.100.7');
  });

  it('is the one X-Forwarded-For names when the peer is a trusted proxy, and only then', async () => {
    expect(await clientOf(['10.0.0.0/8'], '10.1.2.3')).toBe('203.0.113.9');
    expect(await clientOf(['10.0.0.0/8'], '198.51.100.7')).toBe('198.51.100.7');
  });
});
