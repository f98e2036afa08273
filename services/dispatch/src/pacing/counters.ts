import type { CampaignThroughput } from '@longcode/contracts';
import { tmobileDayWindow } from '@longcode/sendable';

/**
 * The throughput counters one message draws on, each a fixed window shared by every dispatch instance
 * (in Redis). Recipients' carriers are not known before sending (no lookup yet), so every message counts
 * against AT&T's and T-Mobile's limits alike: the pace is never above what either allows.
 */
export interface Counter {
  key: string;
  limit: number;
  /** What this message uses: segments for SMS limits, 1 for MMS and message counts. */
  amount: number;
  /** When the window ends: the counter starts again then. */
  resetsAt: Date;
  /** What the message waits on when this counter is full. */
  blocks: { scope: 'campaign' | 'brand' | 'sender'; id: string };
  rule: string;
}

export interface PacedMessage {
  campaignId: string;
  brandId: string;
  from: string;
  segments: number;
  mms: boolean;
}

const floorTo = (now: Date, ms: number) => Math.floor(now.getTime() / ms) * ms;

function utcDay(now: Date) {
  const start = new Date(now);
  start.setUTCHours(0, 0, 0, 0);
  return { key: start.toISOString().slice(0, 10), end: new Date(start.getTime() + 86_400_000) };
}

function utcMonth(now: Date) {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { key: now.toISOString().slice(0, 7), end };
}

export function countersFor(m: PacedMessage, t: CampaignThroughput, now: Date, senderMps: number): Counter[] {
  const counters: Counter[] = [];
  const minute = floorTo(now, 60_000);
  const tpm = m.mms ? t.attMmsTpm : t.attSmsTpm;
  const perNumber = t.attTpmScope === 'NUMBER';
  counters.push({
    key: `pace:att:${perNumber ? m.from : m.campaignId}:${minute}`,
    limit: tpm,
    amount: m.mms ? 1 : m.segments,
    resetsAt: new Date(minute + 60_000),
    blocks: perNumber ? { scope: 'sender', id: m.from } : { scope: 'campaign', id: m.campaignId },
    rule: `AT&T class ${t.attMessageClass}: ${tpm} ${m.mms ? 'MMS' : 'segments'} a minute per ${perNumber ? 'number' : 'campaign'}`,
  });
  if (t.tmobileDailyCap !== null) {
    const day = tmobileDayWindow(now);
    const scopeId = t.tmobileCapSharedByBrand ? m.brandId : m.campaignId;
    counters.push({
      key: `pace:tmo:${scopeId}:${day.start.getTime()}`,
      limit: t.tmobileDailyCap,
      amount: m.segments,
      resetsAt: day.end,
      blocks: t.tmobileCapSharedByBrand
        ? { scope: 'brand', id: m.brandId }
        : { scope: 'campaign', id: m.campaignId },
      rule: `T-Mobile ${t.tmobileTier}: ${t.tmobileDailyCap} a day per ${t.tmobileCapSharedByBrand ? 'brand' : 'campaign'} (Pacific day)`,
    });
  }
  if (senderMps > 0) {
    const second = floorTo(now, 1_000);
    counters.push({
      key: `pace:mps:${m.from}:${second}`,
      limit: senderMps,
      amount: 1,
      resetsAt: new Date(second + 1_000),
      blocks: { scope: 'sender', id: m.from },
      rule: `${senderMps} messages a second per number`,
    });
  }
  if (t.dailyLimit !== null) {
    const day = utcDay(now);
    counters.push({
      key: `pace:day:${m.campaignId}:${day.key}`,
      limit: t.dailyLimit,
      amount: 1,
      resetsAt: day.end,
      blocks: { scope: 'campaign', id: m.campaignId },
      rule: `campaign limit: ${t.dailyLimit} messages a day`,
    });
  }
  if (t.monthlyLimit !== null) {
    const month = utcMonth(now);
    counters.push({
      key: `pace:month:${m.campaignId}:${month.key}`,
      limit: t.monthlyLimit,
      amount: 1,
      resetsAt: month.end,
      blocks: { scope: 'campaign', id: m.campaignId },
      rule: `campaign limit: ${t.monthlyLimit} messages a month`,
    });
  }
  return counters;
}
