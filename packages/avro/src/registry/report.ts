import type { CompatibilityResult } from './compatibility.js';

/** One line per subject, reasons indented under an incompatible one. */
export function formatCompatibility(results: CompatibilityResult[]): string {
  if (results.length === 0) return 'no event schemas found';
  return results
    .flatMap(({ subject, compatible, messages, level }) => [
      `${compatible ? 'compatible  ' : 'INCOMPATIBLE'} ${subject}${level ? ` (${level})` : ''}`,
      ...messages.map((message) => `    - ${message}`),
    ])
    .join('\n');
}
