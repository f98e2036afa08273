import avsc from 'avsc';
import { describe, expect, it } from 'vitest';
import { resolutionProblems } from './diagnose.js';

const record = (fields: unknown[]) =>
  avsc.Type.forSchema({ type: 'record', name: 'T', namespace: 'longcode.t', fields } as never);
const v1 = record([{ name: 'a', type: 'string' }]);

describe('resolutionProblems', () => {
  it('finds nothing for an added field with a default', () => {
    const next = record([
      { name: 'a', type: 'string' },
      { name: 'b', type: ['null', 'string'], default: null },
    ]);
    expect(resolutionProblems(next, v1, 1, 'FULL_TRANSITIVE')).toEqual([]);
  });

  describe('when a field without default is removed', () => {
    const next = record([]);
    it('is a forward problem: old readers need it', () => {
      expect(resolutionProblems(next, v1, 1, 'FULL_TRANSITIVE')).toEqual([
        'FULL_TRANSITIVE: readers of version 1 cannot read events written with the new schema: no matching field for default-less longcode.t.T.a',
      ]);
    });
    it('is no problem under BACKWARD', () => {
      expect(resolutionProblems(next, v1, 1, 'BACKWARD')).toEqual([]);
    });
  });

  it('reports an added field without default as a backward problem', () => {
    const next = record([
      { name: 'a', type: 'string' },
      { name: 'b', type: 'string' },
    ]);
    expect(resolutionProblems(next, v1, 3, 'FULL')).toEqual([
      'FULL: the new schema cannot read events written with version 3: no matching field for default-less longcode.t.T.b',
    ]);
  });
});
