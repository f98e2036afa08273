import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, loadConfig } from './config.js';
import { csv, durationMs, enumOf, flag, logLevel, port, trustedProxies, url } from './config-fields.js';

/** The reason loadConfig gives for VALUE, or the parsed value. */
function parse(field: z.ZodType, value: string): unknown {
  try {
    return loadConfig(z.object({ VALUE: field }), { VALUE: value }).VALUE;
  } catch (error) {
    if (error instanceof ConfigError) return error.problems[0]?.reason;
    throw error;
  }
}

describe('config fields', () => {
  describe('port', () => {
    it('accepts 1 to 65535 as a number', () => {
      expect(parse(port(), '1')).toBe(1);
      expect(parse(port(), '65535')).toBe(65535);
    });
    it.each(['0', '65536', '80.5', '-1', 'http'])('refuses %s, quoting it', (raw) => {
      expect(parse(port(), raw)).toBe(`expected an integer between 1 and 65535, got "${raw}"`);
    });
  });

  describe('durationMs', () => {
    it('accepts a whole number of milliseconds', () => {
      expect(parse(durationMs(), '10000')).toBe(10_000);
    });
    it('refuses a duration with a unit', () => {
      expect(parse(durationMs(), '10s')).toBe(
        'expected a duration in milliseconds (a non-negative integer), got "10s"',
      );
    });
  });

  describe('url', () => {
    it('keeps a valid URL as a string', () => {
      expect(parse(url(), 'https://example.com/x')).toBe('https://example.com/x');
    });
    it('refuses a relative URL without echoing it', () => {
      expect(parse(url(), '/secret-path')).toBe('expected an absolute URL');
    });
    it('refuses another protocol, naming the allowed ones but not the credentials', () => {
      const reason = parse(url(['mysql', 'mariadb']), 'http://user:hunter2@db');
      expect(reason).toBe('expected a URL starting with mysql:// or mariadb://, got "http://"');
    });
  });

  describe('flag', () => {
    it('reads true/false and 1/0, and refuses anything else rather than reading it as true', () => {
      expect(['true', '1', 'false', '0'].map((raw) => parse(flag(), raw))).toEqual([
        true,
        true,
        false,
        false,
      ]);
      expect(parse(flag(), 'no')).toBe('expected true or false, got "no"');
    });
  });

  describe('trustedProxies', () => {
    it('reads addresses, CIDR ranges and named ranges', () => {
      expect(parse(trustedProxies(), ' 10.0.0.0/8, 192.168.1.10 ,fd00::/8, loopback')).toEqual([
        '10.0.0.0/8',
        '192.168.1.10',
        'fd00::/8',
        'loopback',
      ]);
    });
    it('refuses what is not an address or a range, naming it', () => {
      expect(parse(trustedProxies(), '10.0.0.0/8, proxy.internal')).toBe(
        'expected the proxies\' addresses, CIDR ranges, loopback, linklocal or uniquelocal, got "proxy.internal"',
      );
      // A hop count cannot tell a proxy from a client sending the header itself.
      expect(parse(trustedProxies(), '1')).toContain('got "1"');
      expect(parse(trustedProxies(), '10.0.0.0/33')).toContain('got "10.0.0.0/33"');
    });
  });

  describe('csv', () => {
    it('splits, trims and drops empty items', () => {
      expect(parse(csv(), ' a:9092, b:9092 ,,')).toEqual(['a:9092', 'b:9092']);
    });
  });

  describe('enumOf', () => {
    it('accepts one of the values', () => {
      expect(parse(enumOf(['telnyx', 'twilio']), 'twilio')).toBe('twilio');
    });
    it('refuses another, listing the allowed values', () => {
      expect(parse(enumOf(['telnyx', 'twilio']), 'Twilio')).toBe(
        'expected one of telnyx, twilio, got "Twilio"',
      );
    });
  });

  describe('logLevel', () => {
    it('accepts pino levels and refuses the rest', () => {
      expect(parse(logLevel(), 'debug')).toBe('debug');
      expect(parse(logLevel(), 'verbose')).toContain('expected one of fatal, error, warn, info');
    });
  });
});
