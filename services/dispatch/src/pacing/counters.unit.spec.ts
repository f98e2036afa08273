import type { CampaignThroughput } from '@longcode/contracts';
import type { Carrier } from '@longcode/providers';
import { describe, expect, it } from 'vitest';
import { countersFor } from './counters.js';

const throughput = (t: Partial<CampaignThroughput> = {}): CampaignThroughput => ({
  attMessageClass: 'E',
  attSmsTpm: 240,
  attMmsTpm: 150,
  attTpmScope: 'CAMPAIGN',
  tmobileTier: 'LOW',
  tmobileDailyCap: 2000,
  tmobileCapSharedByBrand: true,
  verizonCapped: false,
  dailyLimit: null,
  monthlyLimit: null,
  tablesAsOf: '2026-04-10',
  ...t,
});
const message = {
  campaignId: 'c1',
  brandId: 'b1',
  from: '+12125550100',
  segments: 3,
  mms: false,
  carrier: null,
};
const now = new Date('2026-11-02T15:04:30.250Z');

describe('Pacing counters', () => {
  it("counts an SMS's segments against AT&T's per-minute campaign limit and T-Mobile's brand day", () => {
    const [att, tmo] = countersFor(message, throughput(), now, 0);
    expect(att).toMatchObject({
      limit: 240,
      amount: 3,
      resetsAt: new Date('2026-11-02T15:05:00.000Z'),
      blocks: { scope: 'campaign', id: 'c1' },
    });
    // Pacific midnight on 3 Nov 2026 (PST, UTC-8): 08:00Z.
    expect(tmo).toMatchObject({
      limit: 2000,
      amount: 3,
      resetsAt: new Date('2026-11-03T08:00:00.000Z'),
      blocks: { scope: 'brand', id: 'b1' },
    });
  });
  it('counts an MMS as one against the MMS rate', () => {
    expect(countersFor({ ...message, mms: true }, throughput(), now, 0)[0]).toMatchObject({
      limit: 150,
      amount: 1,
    });
  });
  it('keys AT&T per number when the class sets the rate per number', () => {
    expect(countersFor(message, throughput({ attTpmScope: 'NUMBER' }), now, 0)[0]?.blocks).toEqual({
      scope: 'sender',
      id: '+12125550100',
      carrier: 'att',
    });
  });
  it('adds the per-number rate and the campaign day and month limits when they exist', () => {
    const counters = countersFor(
      message,
      throughput({ tmobileDailyCap: null, dailyLimit: 500, monthlyLimit: 9000 }),
      now,
      5,
    );
    expect(counters.map((c) => [c.blocks.scope, c.limit])).toEqual([
      ['campaign', 240],
      ['sender', 5],
      ['campaign', 500],
      ['campaign', 9000],
    ]);
    expect(counters.at(-1)?.resetsAt).toEqual(new Date('2026-12-01T00:00:00.000Z'));
  });

  describe('by the recipient’s carrier', () => {
    const limits = throughput({ dailyLimit: 500, monthlyLimit: 9000 });
    const rules = (carrier: Carrier | null) =>
      countersFor({ ...message, carrier }, limits, now, 5).map((c) => c.key.split(':')[1]);

    it("counts a message to an AT&T subscriber against AT&T's limit, not T-Mobile's", () => {
      expect(rules('att')).toEqual(['att', 'mps', 'day', 'month']);
    });
    it("counts a message to a T-Mobile subscriber against T-Mobile's cap, not AT&T's", () => {
      expect(rules('tmobile')).toEqual(['tmo', 'mps', 'day', 'month']);
    });
    it.each(['verizon', 'uscellular', 'other'] as const)(
      'counts a message to a %s subscriber against neither carrier, only the number and campaign limits',
      (carrier) => {
        expect(rules(carrier)).toEqual(['mps', 'day', 'month']);
      },
    );
    it('counts a message to a recipient of no known carrier against both, as before lookups', () => {
      expect(rules(null)).toEqual(['att', 'tmo', 'mps', 'day', 'month']);
    });
    it('says which carrier’s recipients a full carrier counter holds; the others hold every message', () => {
      const counters = countersFor(message, limits, now, 5);
      expect(counters.map((c) => c.blocks)).toEqual([
        { scope: 'campaign', id: 'c1', carrier: 'att' },
        { scope: 'brand', id: 'b1', carrier: 'tmobile' },
        { scope: 'sender', id: '+12125550100' },
        { scope: 'campaign', id: 'c1' },
        { scope: 'campaign', id: 'c1' },
      ]);
    });
  });
});
