/**
 * What this instance knows is over a limit until a window ends: campaigns, brands and sender numbers
 * whose due messages it leaves alone meanwhile (so they neither spin nor starve the others).
 */
export function createBlocks(now: () => Date) {
  const until = new Map<string, number>();
  return {
    add(blocks: { scope: 'campaign' | 'brand' | 'sender'; id: string }, end: Date) {
      const key = `${blocks.scope}|${blocks.id}`;
      until.set(key, Math.max(until.get(key) ?? 0, end.getTime()));
    },
    current() {
      const t = now().getTime();
      const found = { campaign: [] as string[], brand: [] as string[], sender: [] as string[] };
      for (const [key, end] of until) {
        if (end <= t) {
          until.delete(key);
          continue;
        }
        const [scope, id] = key.split('|') as ['campaign' | 'brand' | 'sender', string];
        found[scope].push(id);
      }
      return found;
    },
  };
}
