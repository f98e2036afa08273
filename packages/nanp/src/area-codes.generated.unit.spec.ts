import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAreaCodesModule } from '../scripts/render-area-codes.js';
import { loadSources } from '../scripts/sources.js';

const checkedIn = readFileSync(new URL('./area-codes.generated.ts', import.meta.url), 'utf8');

describe('area-codes.generated.ts', () => {
  it('is what the generator writes from the installed sources (run `pnpm generate` if not)', () => {
    expect(renderAreaCodesModule(loadSources())).toBe(checkedIn);
  });

  it('comes out the same on every run', () => {
    expect(renderAreaCodesModule(loadSources())).toBe(renderAreaCodesModule(loadSources()));
  });
});
