import type { VerizonThroughput } from './types.js';

/**
 * Verizon publishes no per-campaign or per-brand 10DLC throughput and filters on content rather than
 * capping (Telnyx, 2026-04-10). Older Bandwidth pages quote 6,000 SMS a minute per number; that figure
 * is not current vendor documentation, so dispatch gets no cap to pace against here.
 */
export function verizonThroughput(): VerizonThroughput {
  return { capped: false };
}
