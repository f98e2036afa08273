import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { record } from '../fixtures.js';
import { runCodegen } from './run.js';

describe('runCodegen', () => {
  let dir: string;
  let options: { schemasDir: string; outFile: string };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'longcode-codegen-'));
    options = { schemasDir: join(dir, 'schemas'), outFile: join(dir, 'out/generated/events.ts') };
    await mkdir(join(dir, 'schemas/billing'), { recursive: true });
    await writeFile(
      join(dir, 'schemas/billing/Charged.avsc'),
      JSON.stringify(record('billing', 'Charged', [])),
    );
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the file, after which the check passes', async () => {
    expect(await runCodegen({ ...options, check: true })).toMatchObject({ ok: false });
    expect(await runCodegen({ ...options, check: false })).toEqual({
      ok: true,
      message: `wrote ${options.outFile}`,
    });
    expect(await readFile(options.outFile, 'utf8')).toContain('export interface Charged {');
    expect(await runCodegen({ ...options, check: true })).toMatchObject({ ok: true });
  });

  describe('when the file was edited by hand', () => {
    it('fails the check, naming the file and the fix', async () => {
      await runCodegen({ ...options, check: false });
      await writeFile(options.outFile, '// edited\n', { flag: 'a' });
      expect(await runCodegen({ ...options, check: true })).toEqual({
        ok: false,
        message: `${options.outFile} is out of date with ${options.schemasDir}: run "pnpm codegen" and commit the result`,
      });
    });
  });
});
