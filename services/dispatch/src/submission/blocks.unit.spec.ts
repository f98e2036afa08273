import { describe, expect, it } from 'vitest';
import { createBlocks } from './blocks.js';

describe('Blocks', () => {
  let now = new Date('2026-11-02T15:00:00Z');
  const at = (iso: string) => new Date(iso);

  it("keeps a carrier's full counter apart from the scopes that hold every message, until its window ends", () => {
    const blocks = createBlocks(() => now);
    blocks.add({ scope: 'brand', id: 'b1', carrier: 'tmobile' }, at('2026-11-03T08:00:00Z'));
    blocks.add({ scope: 'campaign', id: 'c1', carrier: 'att' }, at('2026-11-02T15:01:00Z'));
    blocks.add({ scope: 'sender', id: '+12125550100' }, at('2026-11-02T15:00:01Z'));
    expect(blocks.current()).toEqual({
      campaign: [],
      brand: [],
      sender: ['+12125550100'],
      carriers: [
        { carrier: 'tmobile', scopes: { campaign: [], brand: ['b1'], sender: [] } },
        { carrier: 'att', scopes: { campaign: ['c1'], brand: [], sender: [] } },
      ],
    });
    now = at('2026-11-02T15:01:00Z');
    expect(blocks.current()).toEqual({
      campaign: [],
      brand: [],
      sender: [],
      carriers: [{ carrier: 'tmobile', scopes: { campaign: [], brand: ['b1'], sender: [] } }],
    });
  });
});
