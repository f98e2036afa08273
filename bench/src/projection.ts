import type { BatchEventHandler } from '@longcode/eventstore';
import type { LatencySummary } from './stats.js';
import type { MessageSent } from './world.js';

/** The read model, written set-based: one multi-row upsert per batch. */
export const project: BatchEventHandler = async (events, trx) => {
  const perStream = new Map<string, { events: number; status: string }>();
  for (const consumed of events) {
    const entry = perStream.get(consumed.streamId) ?? { events: 0, status: '' };
    entry.events += 1;
    entry.status = (consumed.data as MessageSent).status;
    perStream.set(consumed.streamId, entry);
  }
  const rows = [...perStream];
  await trx.raw(
    `INSERT INTO bench_projection (stream_id, events, last_status) VALUES ${rows.map(() => '(?, ?, ?)').join(', ')}
     ON DUPLICATE KEY UPDATE events = events + VALUES(events), last_status = VALUES(last_status)`,
    rows.flatMap(([stream, entry]) => [stream, entry.events, entry.status]),
  );
};

export interface ProjectorReport {
  latencyMs: LatencySummary;
  appendToPublishMs: LatencySummary;
  peakRssMiB: number;
}
