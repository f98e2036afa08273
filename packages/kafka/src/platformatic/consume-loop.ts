import { setTimeout as sleep } from 'node:timers/promises';
import type { MessagesStream, Consumer as PlatformaticConsumer } from '@platformatic/kafka';
import type { Batch, BatchControl, ConsumerRunOptions, KafkaLogger } from '../port.js';
import { deliverUntilHandled } from '../redelivery.js';
import { toIncomingMessage, type WireMessage } from './messages.js';
import { byPartition, streamReader } from './stream-reader.js';

/** A stream fails only after the client's own retries; then wait a little before opening another. */
const REOPEN_DELAY_MS = 2_000;

export type WireConsumer = PlatformaticConsumer<string, Buffer, string, string>;
export type WireStream = MessagesStream<string, Buffer, string, string>;

export interface ConsumeLoopDeps {
  consumer: WireConsumer;
  /** Opens a message stream; the first call joins the group. */
  open(): Promise<WireStream>;
  eachBatch: ConsumerRunOptions['eachBatch'];
  logger: KafkaLogger;
  maxBatchSize: number;
}

export interface ConsumeLoop {
  /** Lets the in-flight batch finish (and commit), closes the stream and leaves the group. */
  stop(): Promise<void>;
}

/** Opens the first stream (so the group is joined when this resolves), then consumes in the background. */
export async function startConsumeLoop(deps: ConsumeLoopDeps): Promise<ConsumeLoop> {
  const stopping = new AbortController();
  let stream = await deps.open();
  // Next offset to hand out per partition: a stream re-fetches from the committed offset after a
  // rebalance, so messages it had already buffered may come twice; those are skipped.
  const positions = new Map<string, bigint>();

  const consume = async () => {
    while (!stopping.signal.aborted) {
      try {
        await pump(stream, positions, stopping.signal, deps);
        if (stopping.signal.aborted) return;
        deps.logger.warn({ client: 'platformatic' }, 'message stream ended; reopening it');
      } catch (error) {
        deps.logger.error({ client: 'platformatic', err: error }, 'message stream failed; reopening it');
        if (!(await pause(REOPEN_DELAY_MS, stopping.signal))) return;
      }
      await closeQuietly(stream);
      stream = await reopen(deps, stopping.signal, stream);
    }
  };
  const running = consume();

  return {
    stop: async () => {
      stopping.abort();
      await running;
      await stream.close();
      await deps.consumer.leaveGroup();
    },
  };
}

async function pump(
  stream: WireStream,
  positions: Map<string, bigint>,
  signal: AbortSignal,
  deps: ConsumeLoopDeps,
): Promise<void> {
  const reader = streamReader<WireMessage>(stream);
  for (;;) {
    const messages = await reader.read(deps.maxBatchSize, signal);
    if (messages === null || signal.aborted) return;
    for (const group of byPartition(messages)) {
      if (signal.aborted) return;
      await handle(group, positions, signal, deps);
    }
  }
}

async function handle(
  group: WireMessage[],
  positions: Map<string, bigint>,
  signal: AbortSignal,
  deps: ConsumeLoopDeps,
): Promise<void> {
  const [first] = group;
  if (!first) return;
  const { topic, partition } = first;
  const key = `${topic}:${partition}`;
  const owned = () => isAssigned(deps.consumer, topic, partition);
  if (!owned()) {
    positions.delete(key);
    return;
  }
  const fresh = group.filter((message) => message.offset >= (positions.get(key) ?? 0n));
  const last = fresh.at(-1);
  if (!last) return;

  const batch: Batch = { topic, partition, messages: fresh.map(toIncomingMessage) };
  // Heartbeats are sent by the client in the background.
  const control: BatchControl = { heartbeat: async () => {}, isRunning: () => !signal.aborted };
  const keepAlive = async () => owned();
  const handled = await deliverUntilHandled(deps.eachBatch, batch, control, {
    signal,
    logger: deps.logger,
    keepAlive,
  });
  if (!handled) return;
  positions.set(key, last.offset + 1n);
  // Commits last.offset + 1 with the partition's leader epoch.
  if (owned()) await last.commit();
}

function isAssigned(consumer: WireConsumer, topic: string, partition: number): boolean {
  return consumer.assignments?.some((a) => a.topic === topic && a.partitions.includes(partition)) ?? false;
}

async function reopen(deps: ConsumeLoopDeps, signal: AbortSignal, current: WireStream): Promise<WireStream> {
  while (!signal.aborted) {
    try {
      return await deps.open();
    } catch (error) {
      deps.logger.error({ client: 'platformatic', err: error }, 'could not reopen the message stream');
      await pause(REOPEN_DELAY_MS, signal);
    }
  }
  return current;
}

async function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

async function closeQuietly(stream: WireStream): Promise<void> {
  try {
    await stream.close();
  } catch {
    // Already failed; its error was logged.
  }
}
