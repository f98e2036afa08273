import type { InboundRecord } from './inbound.js';
import type { OutboundRecord, WebhookReport } from './record.js';

/** What GET /simulator/messages filters on: each given field must match exactly. */
export interface MessageFilter {
  from?: string;
  to?: string;
  text?: string;
}

interface Counters {
  accepted: number;
  refused: number;
  refusedByCode: Record<string, number>;
  rateLimited: number;
  serverErrors: number;
  deliveryFailures: number;
  reordered: number;
  duplicatesSent: number;
  inbound: number;
  webhooks: { delivered: number; failed: number; dropped: number };
}

const emptyCounters = (): Counters => ({
  accepted: 0,
  refused: 0,
  refusedByCode: {},
  rateLimited: 0,
  serverErrors: 0,
  deliveryFailures: 0,
  reordered: 0,
  duplicatesSent: 0,
  inbound: 0,
  webhooks: { delivered: 0, failed: 0, dropped: 0 },
});

/**
 * Every submission, counted, and the last `retained` accepted (and injected inbound) messages kept for a
 * look (in memory only, oldest dropped first: the simulator runs in a bounded heap). The counters cover
 * everything since start or the last clear; the per-recipient and per-(from, to, text) counts cover the
 * messages retained.
 */
export function createMessageStore({ retained }: { retained: number }) {
  let outbound = createRing<OutboundRecord>(retained);
  let inbound = createRing<InboundRecord>(retained);
  let counters = emptyCounters();

  return {
    accepted(record: OutboundRecord, flags: { failing: boolean; reordered: boolean }): void {
      counters.accepted += 1;
      if (flags.failing) counters.deliveryFailures += 1;
      if (flags.reordered) counters.reordered += 1;
      outbound.add(record);
    },
    refused(code: string): void {
      counters.refused += 1;
      counters.refusedByCode[code] = (counters.refusedByCode[code] ?? 0) + 1;
    },
    rateLimited(): void {
      counters.rateLimited += 1;
    },
    serverError(): void {
      counters.serverErrors += 1;
    },
    inbound(record: InboundRecord): void {
      counters.inbound += 1;
      inbound.add(record);
    },
    /** A webhook delivery ended (delivered, or given up after its attempts). */
    delivered(report: WebhookReport): void {
      if (report.delivered) counters.webhooks.delivered += 1;
      else counters.webhooks.failed += 1;
      if (report.duplicate) counters.duplicatesSent += 1;
    },
    /** A webhook not even tried: the delivery queue was full. */
    dropped(): void {
      counters.webhooks.dropped += 1;
    },
    list(filter: MessageFilter, limit: number): OutboundRecord[] {
      const matching = outbound.values().filter((record) => matches(record, filter));
      return matching.slice(Math.max(0, matching.length - limit));
    },
    /** A retained accepted message by its id (a scan: for an occasional look, not the send path). */
    find(id: string): OutboundRecord | undefined {
      return outbound.values().find((record) => record.id === id);
    },
    inboundList(limit: number): InboundRecord[] {
      const all = inbound.values();
      return all.slice(Math.max(0, all.length - limit));
    },
    stats() {
      return { ...counters, retained: outbound.size(), ...countsOf(outbound.values()) };
    },
    clear(): void {
      outbound = createRing<OutboundRecord>(retained);
      inbound = createRing<InboundRecord>(retained);
      counters = emptyCounters();
    },
  };
}

export type MessageStore = ReturnType<typeof createMessageStore>;

function matches(record: OutboundRecord, filter: MessageFilter): boolean {
  return (
    (filter.from === undefined || record.from === filter.from) &&
    (filter.to === undefined || record.to === filter.to) &&
    (filter.text === undefined || record.text === filter.text)
  );
}

/** Accepted messages per recipient, and every (from, to, text) accepted more than once: a double send. */
function countsOf(records: OutboundRecord[]) {
  const byRecipient: Record<string, number> = {};
  const bySubmission = new Map<string, { from: string; to: string; text: string; count: number }>();
  for (const { from, to, text } of records) {
    byRecipient[to] = (byRecipient[to] ?? 0) + 1;
    const key = JSON.stringify([from, to, text]);
    const seen = bySubmission.get(key);
    if (seen) seen.count += 1;
    else bySubmission.set(key, { from, to, text, count: 1 });
  }
  const repeated = [...bySubmission.values()].filter((submission) => submission.count > 1);
  return { byRecipient, repeatedSubmissions: repeated.reduce((sum, s) => sum + s.count - 1, 0), repeated };
}

/** The last `capacity` items added, oldest first. */
function createRing<T>(capacity: number) {
  const items: T[] = [];
  let next = 0;
  return {
    add(item: T): void {
      if (items.length < capacity) items.push(item);
      else items[next] = item;
      next = (next + 1) % capacity;
    },
    values(): T[] {
      return items.length < capacity ? [...items] : [...items.slice(next), ...items.slice(0, next)];
    },
    size: () => items.length,
  };
}
