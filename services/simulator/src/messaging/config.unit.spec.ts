import { ConfigError, loadConfig } from '@longcode/kit';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../config.js';

describe('Simulator config > messaging', () => {
  it('has defaults for every messaging variable', () => {
    expect(loadConfig(configSchema, { SIM_API_KEY: 'k' })).toMatchObject({
      SIM_MESSAGING_WEBHOOK_URL: 'http://127.0.0.1:4050/webhooks/messaging/telnyx',
      SIM_SEED: 'longcode',
      SIM_MESSAGES_PER_SECOND: 100,
      SIM_SEND_ERROR_RATE: 0,
      SIM_MESSAGE_SENT_DELAY_MS: 50,
      SIM_MESSAGE_DELIVERY_DELAY_MS: 200,
      SIM_DELIVERY_FAILURE_RATE: 0,
      SIM_DUPLICATE_RATE: 0,
      SIM_REORDER_RATE: 0,
      SIM_WEBHOOK_CONCURRENCY: 64,
      SIM_MESSAGES_RETAINED: 10_000,
    });
  });

  it('reads rates from 0 to 1, a limit of 0 (none), and the blocked recipients as a regex', () => {
    const config = loadConfig(configSchema, {
      SIM_API_KEY: 'k',
      SIM_DUPLICATE_RATE: '0.05',
      SIM_REORDER_RATE: '1',
      SIM_MESSAGES_PER_SECOND: '0',
      SIM_BLOCKED_RECIPIENTS: '^\\+1312555',
    });
    expect(config).toMatchObject({
      SIM_DUPLICATE_RATE: 0.05,
      SIM_REORDER_RATE: 1,
      SIM_MESSAGES_PER_SECOND: 0,
    });
    expect(config.SIM_BLOCKED_RECIPIENTS?.test('+13125550002')).toBe(true);
  });

  it('names every bad messaging variable', () => {
    const env = {
      SIM_API_KEY: 'k',
      SIM_SEND_ERROR_RATE: '1.5',
      SIM_DELIVERY_FAILURE_RATE: 'often',
      SIM_MESSAGES_PER_SECOND: '-1',
      SIM_WEBHOOK_CONCURRENCY: '0',
      SIM_MESSAGING_WEBHOOK_URL: 'not a url',
    };
    const error = (() => {
      try {
        loadConfig(configSchema, env);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.variable).sort()).toEqual([
      'SIM_DELIVERY_FAILURE_RATE',
      'SIM_MESSAGES_PER_SECOND',
      'SIM_MESSAGING_WEBHOOK_URL',
      'SIM_SEND_ERROR_RATE',
      'SIM_WEBHOOK_CONCURRENCY',
    ]);
  });
});
