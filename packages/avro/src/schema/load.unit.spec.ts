import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { record } from '../fixtures.js';
import { loadSchemas } from './load.js';

describe('loadSchemas', () => {
  let dir: string;
  const write = async (path: string, content: unknown) => {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'longcode-schemas-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads every .avsc under <dir>/<service>/, recursively, and nothing else', async () => {
    await write('common/Money.avsc', record('common', 'Money', [{ name: 'micros', type: 'long' }]));
    await write(
      'billing/v1/Charged.avsc',
      record('billing', 'Charged', [{ name: 'm', type: 'longcode.common.Money' }]),
    );
    await write('billing/README.md', '# not a schema');
    const loaded = await loadSchemas(dir);
    expect(loaded.map(({ fullName, service }) => [fullName, service])).toEqual([
      ['longcode.billing.Charged', 'billing'],
      ['longcode.common.Money', 'common'],
    ]);
    expect(loaded[0]?.file).toBe(join(dir, 'billing/v1/Charged.avsc'));
  });

  it('refuses a schema outside a service folder', async () => {
    await write('Loose.avsc', record('x', 'Loose', []));
    await expect(loadSchemas(dir)).rejects.toThrow(/Loose\.avsc: schema files belong in/);
  });

  it('names the file that does not parse', async () => {
    await write('registration/BrandCreated.avsc', '{"type": "record", "name": ');
    await expect(loadSchemas(dir)).rejects.toThrow(
      `${join(dir, 'registration/BrandCreated.avsc')}: invalid JSON`,
    );
  });
});
