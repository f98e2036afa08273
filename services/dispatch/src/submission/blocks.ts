import type { Blocks, PacedCarrier } from '../pacing/counters.js';

export interface BlockedScopes {
  campaign: string[];
  brand: string[];
  sender: string[];
}

/** What is held now: every message of some scopes, and only those to a carrier's subscribers of others. */
export interface Blocked extends BlockedScopes {
  carriers: Array<{ carrier: PacedCarrier; scopes: BlockedScopes }>;
}

const noScopes = (): BlockedScopes => ({ campaign: [], brand: [], sender: [] });

/**
 * What this instance knows is over a limit until a window ends: campaigns, brands and sender numbers
 * whose due messages it leaves alone meanwhile (so they neither spin nor starve the others). A carrier's
 * full counter holds only the messages of its scope to that carrier's subscribers (and to recipients of
 * no known carrier, which count against every carrier).
 */
export function createBlocks(now: () => Date) {
  const until = new Map<string, number>();
  return {
    add(blocks: Blocks, end: Date) {
      const key = `${blocks.scope}|${blocks.carrier ?? ''}|${blocks.id}`;
      until.set(key, Math.max(until.get(key) ?? 0, end.getTime()));
    },
    current(): Blocked {
      const t = now().getTime();
      const all = noScopes();
      const byCarrier = new Map<PacedCarrier, BlockedScopes>();
      for (const [key, end] of until) {
        if (end <= t) {
          until.delete(key);
          continue;
        }
        const [scope, carrier, ...id] = key.split('|') as [keyof BlockedScopes, PacedCarrier | '', string];
        const scopes = carrier === '' ? all : (byCarrier.get(carrier) ?? noScopes());
        if (carrier !== '') byCarrier.set(carrier, scopes);
        scopes[scope].push(id.join('|'));
      }
      return { ...all, carriers: [...byCarrier].map(([carrier, scopes]) => ({ carrier, scopes })) };
    },
  };
}
