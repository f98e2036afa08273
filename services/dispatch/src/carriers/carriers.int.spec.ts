import { randomUUID } from 'node:crypto';
import { createLogger, ProviderError } from '@longcode/kit';
import type { Carrier, NumberLookup } from '@longcode/providers';
import { approvedThroughput, stackFromEnv } from '@longcode/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLimiter } from '../pacing/limiter.js';
import { consumed, startDispatchHarness } from '../testing/harness.js';
import { createRecipientCarriers } from './recipients.js';

let h: Awaited<ReturnType<typeof startDispatchHarness>>;
const redis = new Redis(stackFromEnv(process.env).redisUrl);
beforeAll(async () => {
  h = await startDispatchHarness();
});
afterAll(async () => {
  await h?.stop();
  await redis.quit();
});
const logger = createLogger({ level: 'silent', service: 'dispatch' });
const DAY = 86_400_000;

/** A lookup vendor (our port) that knows some numbers, refuses some, and is down for others. */
function fakeLookup(carriers: Record<string, Carrier | 'down' | 'refused'>) {
  const asked: string[] = [];
  const lookup: NumberLookup = {
    async lookup(phoneNumber) {
      asked.push(phoneNumber);
      const carrier = carriers[phoneNumber] ?? 'other';
      if (carrier === 'down')
        throw new ProviderError('lookup answered 503', { retriable: true, status: 503 });
      if (carrier === 'refused')
        throw new ProviderError('lookup answered 422', { retriable: false, status: 422 });
      return { phoneNumber, carrier, carrierName: null, lineType: 'mobile', ported: false };
    },
  };
  return { lookup, asked };
}

let n = 0;
const number = (area: string) => `+1${area}555${String(1000 + ++n).slice(-4)}`;

describe('Recipient carriers (cache in MariaDB)', () => {
  it('looks a recipient up once, then answers from the cache, in this instance and any other', async () => {
    const to = number('206');
    const vendor = fakeLookup({ [to]: 'tmobile' });
    const first = createRecipientCarriers({ db: h.db, lookup: vendor.lookup, logger });
    const known = await first.resolve(h.db, [to, to]);
    expect(known.carrierOf(to)).toBe('tmobile');
    await known.remember();
    const another = createRecipientCarriers({ db: h.db, lookup: vendor.lookup, logger });
    expect((await another.resolve(h.db, [to])).carrierOf(to)).toBe('tmobile');
    expect(vendor.asked).toEqual([to]);
  });

  it('looks a recipient up again once its answer is older than the maximum age (it may have ported)', async () => {
    const to = number('214');
    const carriers: Record<string, Carrier> = { [to]: 'att' };
    const vendor = fakeLookup(carriers);
    await (
      await createRecipientCarriers({ db: h.db, lookup: vendor.lookup, logger }).resolve(h.db, [to])
    ).remember();
    carriers[to] = 'verizon'; // ported
    const later = (days: number) =>
      createRecipientCarriers({
        db: h.db,
        lookup: vendor.lookup,
        logger,
        now: () => new Date(Date.now() + days * DAY),
        freshness: { maxAgeMs: 30 * DAY },
      });
    expect((await later(29).resolve(h.db, [to])).carrierOf(to)).toBe('att');
    expect(vendor.asked).toEqual([to]);
    const afterPorting = await later(31).resolve(h.db, [to]);
    expect(afterPorting.carrierOf(to)).toBe('verizon');
    expect(vendor.asked).toEqual([to, to]);
  });

  it('leaves a recipient unknown when the lookup fails, and pauses lookups after an outage', async () => {
    const [down, next] = [number('312'), number('312')];
    const vendor = fakeLookup({ [down]: 'down', [next]: 'verizon' });
    const carriers = createRecipientCarriers({ db: h.db, lookup: vendor.lookup, logger, concurrency: 1 });
    const known = await carriers.resolve(h.db, [down, next]);
    expect([known.carrierOf(down), known.carrierOf(next)]).toEqual([null, null]);
    await known.remember();
    expect((await carriers.resolve(h.db, [next])).carrierOf(next)).toBe(null);
    expect(vendor.asked).toEqual([down]);
  });

  it('remembers a number the vendor refused, as unknown, without asking again at every pass', async () => {
    const to = number('416');
    const vendor = fakeLookup({ [to]: 'refused' });
    const carriers = createRecipientCarriers({ db: h.db, lookup: vendor.lookup, logger });
    const known = await carriers.resolve(h.db, [to]);
    await known.remember();
    expect((await carriers.resolve(h.db, [to])).carrierOf(to)).toBe(null);
    expect(vendor.asked).toEqual([to]);
  });
});

/** A campaign of its own brand whose T-Mobile day allows 2 segments, ready to send. */
async function cappedCampaign() {
  const campaignId = randomUUID();
  const sender = number('646');
  await h.sendable(
    consumed('longcode.registration.CampaignApproved', {
      campaignId,
      brandId: `brand-${campaignId}`,
      registryCampaignId: 'CCARR01',
      useCase: '2FA',
      throughput: approvedThroughput({ tmobileDailyCap: 2, tmobileCapSharedByBrand: true }),
    }),
    consumed('longcode.numbers.NumberAssigned', {
      phoneNumber: sender,
      campaignId,
      areaCode: '646',
      region: 'NY',
    }),
  );
  const account = { 'x-account-id': 'acct-1' };
  return {
    async send(to: string) {
      const r = await h.app.inject({
        method: 'POST',
        url: '/messages',
        headers: account,
        payload: { campaignId, to, text: 'Acme: your code is 123456' },
      });
      expect(r.statusCode).toBe(202);
      return r.json().id as string;
    },
    async statusOf(id: string) {
      return (await h.app.inject({ url: `/messages/${id}`, headers: account })).json().status as string;
    },
  };
}

describe('Submitter > pacing by carrier', () => {
  it("holds only T-Mobile's (and unknown) recipients once the brand's T-Mobile day is used up", async () => {
    const { send, statusOf } = await cappedCampaign();
    const [tmo1, tmo2, tmo3, vzw1, vzw2, att1, down] = [
      number('206'),
      number('206'),
      number('206'),
      number('212'),
      number('212'),
      number('214'),
      number('702'),
    ];
    const vendor = fakeLookup({
      [tmo1]: 'tmobile',
      [tmo2]: 'tmobile',
      [tmo3]: 'tmobile',
      [vzw1]: 'verizon',
      [vzw2]: 'verizon',
      [att1]: 'att',
      [down]: 'down',
    });
    const submitter = h.submitter({
      limiter: createLimiter(redis),
      carriers: createRecipientCarriers({ db: h.db, lookup: vendor.lookup, logger, pauseAfterFailureMs: 0 }),
    });
    const full = [await send(tmo1), await send(tmo2)];
    await submitter.runOnce();
    expect(await Promise.all(full.map(statusOf))).toEqual(['sent', 'sent']);

    const held = [await send(tmo3), await send(down)];
    const going = [await send(vzw1), await send(att1)];
    await submitter.runOnce();
    expect(await Promise.all(going.map(statusOf))).toEqual(['sent', 'sent']);
    // A recipient never looked up before, accepted after the cap filled, is looked up and goes.
    const later = await send(vzw2);
    await submitter.runOnce();
    await submitter.runOnce();
    expect(await statusOf(later)).toBe('sent');
    // Held: still accepted (untouched, due), never handed to the provider.
    expect(await Promise.all(held.map(statusOf))).toEqual(['accepted', 'accepted']);
    expect(h.fake.sent.filter((m) => m.to === tmo3 || m.to === down)).toEqual([]);
  });

  it('while lookups are down, holds new recipients of the full brand and still sends to known Verizon ones', async () => {
    const { send, statusOf } = await cappedCampaign();
    const [tmo1, tmo2, vzw, fresh] = [number('206'), number('206'), number('212'), number('212')];
    const carriers: Record<string, Carrier | 'down'> = {
      [tmo1]: 'tmobile',
      [tmo2]: 'tmobile',
      [vzw]: 'verizon',
    };
    const vendor = fakeLookup(carriers);
    const submitter = h.submitter({
      limiter: createLimiter(redis),
      carriers: createRecipientCarriers({
        db: h.db,
        lookup: vendor.lookup,
        logger,
        pauseAfterFailureMs: 60_000,
      }),
    });
    const before = [await send(tmo1), await send(tmo2), await send(vzw)];
    await submitter.runOnce();
    expect(await Promise.all(before.map(statusOf))).toEqual(['sent', 'sent', 'sent']);

    carriers[fresh] = 'down';
    const waiting = await send(fresh);
    await submitter.runOnce(); // its lookup fails: counted against every carrier, T-Mobile's is full
    const again = await send(vzw);
    await submitter.runOnce();
    await submitter.runOnce();
    expect(await statusOf(again)).toBe('sent');
    expect(await statusOf(waiting)).toBe('accepted');
    expect(vendor.asked.filter((asked) => asked === fresh)).toHaveLength(1);
  });
});
