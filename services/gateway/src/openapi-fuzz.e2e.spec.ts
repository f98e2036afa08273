import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openAccount, type Platform, partnerJourney, stackFromEnv, startPlatform } from '@longcode/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Schemathesis (scripts/test-tools.sh installs it) generates requests from the gateway's OpenAPI
 * document — valid ones and ones that bend every constraint — and sends them through the running
 * services with a real key: none may be answered 5xx, and every answer must match what the document says.
 */
const schemathesis = fileURLToPath(new URL('../../../.local/venv/bin/schemathesis', import.meta.url));
let platform: Platform;
let key: string;

beforeAll(async () => {
  platform = await startPlatform(stackFromEnv(process.env), {
    services: { gateway: { ACCOUNT_LIMIT_PER_MINUTE: '10000000', DESTINATION_PREFIXES_PER_HOUR: '100000' } },
  });
  let accountId: string;
  ({ accountId, key } = await openAccount(platform, 'Fuzzed Partner', {
    name: 'fuzz',
    limitPerMinute: 1_000_000,
    limitPerHour: 100_000_000,
  }));
  // Something to find: a campaign with a number, so generated requests also reach real records.
  await partnerJourney(platform, accountId).readyToSend();
}, 240_000);
afterAll(async () => platform?.stop());

describe('The partner API under generated requests', () => {
  it('answers at least 2,000 of them without a 5xx, each as its OpenAPI document says', async () => {
    if (!existsSync(schemathesis)) {
      throw new Error(`${schemathesis} is missing: scripts/test.sh installs it (bash scripts/test-tools.sh)`);
    }
    const args = [
      'run',
      `${platform.gateway.url}/openapi.json`,
      '--header',
      `Authorization: Bearer ${key}`,
      '--checks',
      'not_a_server_error,response_schema_conformance',
      // The operator's routes take the operator token, not a key.
      '--exclude-path-regex',
      '^/admin',
      '--max-examples',
      '60',
      '--seed',
      '20261122',
      '--no-color',
    ];
    const run = await promisify(execFile)(schemathesis, args, {
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout?: string; code?: number }) => ({
      stdout: error.stdout ?? '',
      failed: error.code ?? 1,
    }));
    const output = run.stdout;
    const generated = Number(/(\d+) generated/.exec(output)?.[1] ?? 0);
    expect('failed' in run ? output.slice(-4000) : 'exit 0').toBe('exit 0');
    expect(generated).toBeGreaterThanOrEqual(2000);
  }, 900_000);
});
