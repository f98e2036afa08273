import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CONFIG_EXIT_CODE, ConfigError, loadConfig, parseConfigOrExit } from './config.js';
import { port, url } from './config-fields.js';

const schema = z.object({
  DATABASE_URL: url(['mysql']),
  HTTP_PORT: port().default(8080),
  SERVICE_NAME: z.string(),
});

describe('loadConfig', () => {
  describe('when every variable is valid', () => {
    it('returns the parsed values, with defaults for the absent optional ones', () => {
      const config = loadConfig(schema, { DATABASE_URL: 'mysql://db/dispatch', SERVICE_NAME: 'dispatch' });
      expect(config).toEqual({
        DATABASE_URL: 'mysql://db/dispatch',
        HTTP_PORT: 8080,
        SERVICE_NAME: 'dispatch',
      });
    });
  });

  describe('when several variables are missing or bad', () => {
    it('names every one of them with its reason in one message', () => {
      const run = () => loadConfig(schema, { HTTP_PORT: 'abc' });
      expect(run).toThrow(ConfigError);
      expect(run).toThrow(
        [
          'Invalid configuration:',
          '  - DATABASE_URL: required',
          '  - HTTP_PORT: expected an integer between 1 and 65535, got "abc"',
          '  - SERVICE_NAME: required',
        ].join('\n'),
      );
    });

    it('exposes the problems one by one', () => {
      const error = catchError(() => loadConfig(schema, { DATABASE_URL: 'http://x', SERVICE_NAME: 'd' }));
      expect(error.problems).toEqual([
        { variable: 'DATABASE_URL', reason: 'expected a URL starting with mysql://, got "http://"' },
      ]);
    });
  });

  describe('when a variable is set but empty', () => {
    it('reports it as required', () => {
      const error = catchError(() => loadConfig(schema, { DATABASE_URL: 'mysql://db/x', SERVICE_NAME: '' }));
      expect(error.problems).toEqual([{ variable: 'SERVICE_NAME', reason: 'required' }]);
    });
  });
});

describe('parseConfigOrExit', () => {
  describe('when the configuration is bad', () => {
    it('prints the message to stderr and exits with EX_CONFIG (78)', () => {
      const written: string[] = [];
      const exit = (code: number): never => {
        throw new Error(`exit ${code}`);
      };
      const stderr = { write: (text: string) => written.push(text) };
      expect(() => parseConfigOrExit(schema, {}, { exit, stderr })).toThrow(`exit ${CONFIG_EXIT_CODE}`);
      expect(CONFIG_EXIT_CODE).toBe(78);
      expect(written.join('')).toContain('  - DATABASE_URL: required\n');
    });
  });

  describe('when the configuration is valid', () => {
    it('returns it without exiting', () => {
      const exit = (): never => {
        throw new Error('must not exit');
      };
      const env = { DATABASE_URL: 'mysql://db/x', SERVICE_NAME: 's', HTTP_PORT: '3000' };
      expect(parseConfigOrExit(schema, env, { exit }).HTTP_PORT).toBe(3000);
    });
  });
});

function catchError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
