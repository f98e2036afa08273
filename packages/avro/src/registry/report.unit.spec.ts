import { describe, expect, it } from 'vitest';
import { formatCompatibility } from './report.js';

describe('formatCompatibility', () => {
  it('prints one line per subject and the reasons under an incompatible one', () => {
    const text = formatCompatibility([
      { subject: 'longcode.a.Ok', compatible: true, messages: [], level: 'FULL_TRANSITIVE' },
      {
        subject: 'longcode.a.Bad',
        compatible: false,
        messages: ['field b has no default'],
        level: 'FULL_TRANSITIVE',
      },
    ]);
    expect(text).toBe(
      [
        'compatible   longcode.a.Ok (FULL_TRANSITIVE)',
        'INCOMPATIBLE longcode.a.Bad (FULL_TRANSITIVE)',
        '    - field b has no default',
      ].join('\n'),
    );
  });
});
