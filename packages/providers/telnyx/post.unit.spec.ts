import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postJson } from './post.js';

/**
 * The send's at-most-once rule rests on how Node's own fetch reports failures (`cause.code`, the
 * `TimeoutError` name): these run it against sockets on this machine, no fake fetch.
 */
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listening(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/messages`;
}

const post = (url: string) =>
  postJson({ fetch: globalThis.fetch, url, apiKey: 'KEY', body: {}, timeoutMs: 200 });

describe("Telnyx messaging > post, with Node's fetch", () => {
  it('a port nobody listens on is not sent', async () => {
    const url = await listening(() => {});
    await new Promise((resolve) => servers.pop()?.close(resolve));
    expect(await post(url)).toMatchObject({ kind: 'not-sent', code: 'ECONNREFUSED' });
  });

  it('a server that never answers is lost after the timeout', async () => {
    const url = await listening(() => {});
    expect(await post(url)).toEqual({ kind: 'lost', reason: 'Telnyx did not answer within 200 ms' });
  });

  it('a server that drops the connection after reading the request is lost', async () => {
    const url = await listening((request) => request.socket.destroy());
    expect(await post(url)).toMatchObject({ kind: 'lost' });
  });

  it('a redirect is answered as it is, not followed', async () => {
    const url = await listening((_, response) => {
      response.writeHead(302, { location: '/elsewhere' });
      response.end();
    });
    expect(await post(url)).toMatchObject({ kind: 'answered', status: 302 });
  });

  it('an answer is answered, with its status, headers and JSON', async () => {
    const url = await listening((_, response) => {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
      response.end('{"errors":[{"code":"10011"}]}');
    });
    const answer = await post(url);
    expect(answer).toMatchObject({ kind: 'answered', status: 429, body: { errors: [{ code: '10011' }] } });
    expect(answer.kind === 'answered' && answer.headers.get('retry-after')).toBe('1');
  });
});
