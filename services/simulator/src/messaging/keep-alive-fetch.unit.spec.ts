import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeepAliveFetch } from './keep-alive-fetch.js';

const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A receiver on a free port answering `status`, after `delayMs`; what it got lands in `received`. */
async function receiver(status: number, delayMs = 0) {
  const received: Array<{ method?: string; headers: IncomingHttpHeaders; body: string; socket: unknown }> =
    [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ method: request.method, headers: request.headers, body, socket: request.socket });
      setTimeout(() => response.writeHead(status).end('ignored'), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received };
}

describe('Keep-alive fetch', () => {
  it('posts the body and headers and answers the status, over one reused connection', async () => {
    const { url, received } = await receiver(202);
    const transport = createKeepAliveFetch({ maxSockets: 4 });
    closers.push(transport.close);
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-a': '1' },
      body: '{"a":1}',
    };
    const first = await transport.fetch(url, init);
    const second = await transport.fetch(url, init);
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(received[0]).toMatchObject({ method: 'POST', body: '{"a":1}', headers: { 'x-a': '1' } });
    expect(received[1]?.socket).toBe(received[0]?.socket);
  });

  it('is aborted by its signal', async () => {
    const { url } = await receiver(200, 1000);
    const transport = createKeepAliveFetch({ maxSockets: 4 });
    closers.push(transport.close);
    const answer = transport.fetch(url, { method: 'POST', body: '{}', signal: AbortSignal.timeout(20) });
    await expect(answer).rejects.toThrow();
  });

  it('fails when nothing listens', async () => {
    const transport = createKeepAliveFetch({ maxSockets: 4 });
    closers.push(transport.close);
    await expect(
      transport.fetch('http://127.0.0.1:1/hooks', { method: 'POST', body: '{}' }),
    ).rejects.toThrow();
  });
});
