import { areaCodeInfo, areaCodeOf } from '@longcode/nanp';
import type { SendableSender } from '@longcode/sendable';

/**
 * Which of the campaign's numbers texts this recipient: the one that texted them before (sticky: replies
 * reach the same conversation), else one in the recipient's area code, else one in their state, else one
 * picked by a stable hash of the recipient (the same recipient always lands on the same number, and
 * recipients spread evenly over the pool). Undefined when the pool is empty.
 */
export function chooseSender(
  pool: readonly SendableSender[],
  to: string,
  sticky: string | null,
): SendableSender | undefined {
  if (pool.length === 0) return undefined;
  const kept = sticky ? pool.find((s) => s.phoneNumber === sticky) : undefined;
  if (kept) return kept;
  const areaCode = areaCodeOf(to);
  const local = pool.filter((s) => s.areaCode === areaCode);
  if (local.length > 0) return pick(local, to);
  const state = areaCode ? areaCodeInfo(areaCode)?.stateCode : undefined;
  const inState = state ? pool.filter((s) => s.region === state) : [];
  return pick(inState.length > 0 ? inState : pool, to);
}

function pick(candidates: readonly SendableSender[], to: string): SendableSender | undefined {
  let hash = 2166136261; // FNV-1a
  for (let i = 0; i < to.length; i++) hash = Math.imul(hash ^ to.charCodeAt(i), 16777619) >>> 0;
  return candidates[hash % candidates.length];
}
