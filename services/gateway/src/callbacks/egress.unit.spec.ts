import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  callbackUrlProblem,
  createCallbackFetch,
  isPublicAddress,
  PrivateDestinationError,
  plainlyPrivate,
} from './egress.js';

describe('Callback egress', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.9', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['::ffff:127.0.0.1', false],
    // IPv4-compatible (::127.0.0.1, as a URL writes it), NAT64 and 6to4 forms of private addresses.
    ['::7f00:1', false],
    ['::a00:1', false],
    ['64:ff9b::a9fe:a9fe', false],
    ['2002:7f00:1::', false],
    ['0:0:0:0:0:ffff:a9fe:a9fe', false],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('sees plainly private URLs before any request', () => {
    expect(plainlyPrivate('http://localhost:4030/messages')).toBe(true);
    expect(plainlyPrivate('http://[::1]/x')).toBe(true);
    expect(plainlyPrivate('http://169.254.169.254/latest/meta-data')).toBe(true);
    expect(plainlyPrivate('https://hooks.example.com/longcode')).toBe(false);
  });

  it.each([
    'http://2130706433/hook',
    'http://0177.0.0.1/hook',
    'http://0x7f.1/hook',
    'http://127.1/hook',
    'http://[::127.0.0.1]/hook',
    'http://[::ffff:7f00:1]/hook',
    'http://localhost./hook',
    'http://metadata.google.internal./computeMetadata',
  ])('sees %s as plainly private (decimal, octal, short and IPv6 forms; a trailing dot)', (url) => {
    expect(plainlyPrivate(url)).toBe(true);
    expect(callbackUrlProblem(url, false)).toMatch(/public address/);
    expect(callbackUrlProblem(url, true)).toBeNull();
  });

  it.each(['http://1.2.3.4.5/hook', 'http://256.1.1.1/hook', 'http://0x100000000/'])(
    'answers %s, which a URL parser refuses, as a problem rather than failing',
    (url) => {
      expect(callbackUrlProblem(url, false)).toMatch(/valid URL/);
      expect(callbackUrlProblem(url, true)).toMatch(/valid URL/);
    },
  );

  describe('posting', () => {
    async function withServer(status: number, run: (url: string, hits: () => number) => Promise<void>) {
      let hits = 0;
      const server = createServer((_, response) => {
        hits += 1;
        response.statusCode = status;
        if (status === 302) response.setHeader('location', 'http://127.0.0.1:1/elsewhere');
        response.end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        await run(`http://127.0.0.1:${(server.address() as { port: number }).port}/hook`, () => hits);
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    }
    const init = { headers: { 'content-type': 'application/json' }, body: '{}' };

    it('refuses a private destination without calling it, by literal address or by a name that resolves to one', async () => {
      await withServer(204, async (url, hits) => {
        const guarded = createCallbackFetch({ allowPrivate: false });
        await expect(guarded(url, init)).rejects.toBeInstanceOf(PrivateDestinationError);
        await expect(guarded(url.replace('127.0.0.1', 'localhost'), init)).rejects.toThrow();
        expect(hits()).toBe(0);
      });
    });

    it('reaches it when private networks are allowed, and answers a redirect without following it', async () => {
      await withServer(204, async (url, hits) => {
        expect(await createCallbackFetch({ allowPrivate: true })(url, init)).toBe(204);
        expect(hits()).toBe(1);
      });
      await withServer(302, async (url) => {
        expect(await createCallbackFetch({ allowPrivate: true })(url, init)).toBe(302);
      });
    });
  });
});
