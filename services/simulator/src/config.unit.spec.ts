import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, loadConfig } from '@longcode/kit';
import { describe, expect, it } from 'vitest';
import { configSchema } from './config.js';

const { privateKey } = generateKeyPairSync('ed25519');

describe('Simulator config', () => {
  it('needs only the API key', () => {
    expect(loadConfig(configSchema, { SIM_API_KEY: 'k' })).toMatchObject({
      HTTP_PORT: 4090,
      SIM_BRAND_DECISION_DELAY_MS: 500,
      SIM_VETTING_SCORE: 75,
      SIM_WEBHOOK_MAX_ATTEMPTS: 5,
      SIM_WEBHOOK_URL: 'http://127.0.0.1:4010/webhooks/registration/telnyx',
    });
  });

  it('reads the rejection pattern as a case-insensitive regex', () => {
    const config = loadConfig(configSchema, { SIM_API_KEY: 'k', SIM_REJECT_LEGAL_NAME_PATTERN: '^shady' });
    expect(config.SIM_REJECT_LEGAL_NAME_PATTERN?.test('Shady Leads Inc')).toBe(true);
  });

  it('reads the campaign rules: a rejection pattern, and a decision delay of its own if given', () => {
    const config = loadConfig(configSchema, {
      SIM_API_KEY: 'k',
      SIM_REJECT_CAMPAIGN_DESCRIPTION_PATTERN: 'payday loan',
      SIM_CAMPAIGN_DECISION_DELAY_MS: '50',
    });
    expect(config.SIM_REJECT_CAMPAIGN_DESCRIPTION_PATTERN?.test('PAYDAY LOAN offers')).toBe(true);
    expect(config.SIM_CAMPAIGN_DECISION_DELAY_MS).toBe(50);
    expect(loadConfig(configSchema, { SIM_API_KEY: 'k' }).SIM_CAMPAIGN_DECISION_DELAY_MS).toBeUndefined();
  });

  it.each([
    ['PEM', privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()],
    ['base64 PKCS#8', privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')],
  ])('reads a %s signing key', (_, value) => {
    const config = loadConfig(configSchema, { SIM_API_KEY: 'k', SIM_SIGNING_PRIVATE_KEY: value });
    expect(config.SIM_SIGNING_PRIVATE_KEY?.asymmetricKeyType).toBe('ed25519');
  });

  it('names every bad variable', () => {
    const env = {
      SIM_API_KEY: 'k',
      SIM_REJECT_LEGAL_NAME_PATTERN: '(',
      SIM_REJECT_CAMPAIGN_DESCRIPTION_PATTERN: '[',
      SIM_VETTING_SCORE: '101',
      SIM_SIGNING_PRIVATE_KEY: 'bm90IGEga2V5',
    };
    const error = (() => {
      try {
        loadConfig(configSchema, env);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.variable)).toEqual([
      'SIM_REJECT_LEGAL_NAME_PATTERN',
      'SIM_REJECT_CAMPAIGN_DESCRIPTION_PATTERN',
      'SIM_VETTING_SCORE',
      'SIM_SIGNING_PRIVATE_KEY',
    ]);
  });
});
