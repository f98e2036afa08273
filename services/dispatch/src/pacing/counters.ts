import type { CampaignThroughput } from '@longcode/contracts';
import type { Carrier } from '@longcode/providers';
import { tmobileDayWindow } from '@longcode/sendable';

/**
 * The throughput counters one message draws on, each a fixed window shared by every dispatch instance
 * (in Redis). AT&T's per-minute limit counts only messages to AT&T's subscribers and T-Mobile's daily cap
 * only messages to T-Mobile's (Sprint and Metro included); the number's rate and the campaign's own day
 * and month limits count every message. A recipient whose carrier is not known (never looked up, or the
 * lookup failed) counts against every carrier's limit: the pace is never above what any of them allows.
 */
export interface Counter {
  key: string;
  limit: number;
  /** What this message uses: segments for SMS limits, 1 for MMS and message counts. */
  amount: number;
  /** When the window ends: the counter starts again then. */
  resetsAt: Date;
  /** What the message waits on when this counter is full. */
  blocks: Blocks;
  rule: string;
}

/** The carriers with limits of their own: their counters hold only messages to their subscribers. */
export type PacedCarrier = 'att' | 'tmobile';

/**
 * What a full counter holds until its window ends: the messages of a campaign, a brand or a sender number;
 * with a carrier, only those of them to that carrier's subscribers (and to recipients of no known carrier).
 */
export interface Blocks {
  scope: 'campaign' | 'brand' | 'sender';
  id: string;
  carrier?: PacedCarrier;
}

export interface PacedMessage {
  campaignId: string;
  brandId: string;
  from: string;
  segments: number;
  mms: boolean;
  /** The recipient's carrier; null when not known (the message then counts against every carrier). */
  carrier: Carrier | null;
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
  if (m.carrier === null || m.carrier === 'att') counters.push(attCounter(m, t, now));
  if (t.tmobileDailyCap !== null && (m.carrier === null || m.carrier === 'tmobile'))
    counters.push(tmobileCounter(m, t, t.tmobileDailyCap, now));
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

/** AT&T's messages (SMS segments, or MMS) a minute, per campaign or per number as the class says. */
function attCounter(m: PacedMessage, t: CampaignThroughput, now: Date): Counter {
  const minute = floorTo(now, 60_000);
  const tpm = m.mms ? t.attMmsTpm : t.attSmsTpm;
  const perNumber = t.attTpmScope === 'NUMBER';
  return {
    key: `pace:att:${perNumber ? m.from : m.campaignId}:${minute}`,
    limit: tpm,
    amount: m.mms ? 1 : m.segments,
    resetsAt: new Date(minute + 60_000),
    blocks: perNumber
      ? { scope: 'sender', id: m.from, carrier: 'att' }
      : { scope: 'campaign', id: m.campaignId, carrier: 'att' },
    rule: `AT&T class ${t.attMessageClass}: ${tpm} ${m.mms ? 'MMS' : 'segments'} a minute per ${perNumber ? 'number' : 'campaign'}`,
  };
}

/** T-Mobile's daily cap (segments), per brand or per campaign, over the Pacific day. */
function tmobileCounter(m: PacedMessage, t: CampaignThroughput, cap: number, now: Date): Counter {
  const day = tmobileDayWindow(now);
  const scopeId = t.tmobileCapSharedByBrand ? m.brandId : m.campaignId;
  return {
    key: `pace:tmo:${scopeId}:${day.start.getTime()}`,
    limit: cap,
    amount: m.segments,
    resetsAt: day.end,
    blocks: t.tmobileCapSharedByBrand
      ? { scope: 'brand', id: m.brandId, carrier: 'tmobile' }
      : { scope: 'campaign', id: m.campaignId, carrier: 'tmobile' },
    rule: `T-Mobile ${t.tmobileTier}: ${cap} a day per ${t.tmobileCapSharedByBrand ? 'brand' : 'campaign'} (Pacific day)`,
  };
}
