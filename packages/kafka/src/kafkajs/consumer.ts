import type { EachBatchPayload, Kafka } from 'kafkajs';
import { consumerDefaults } from '../consumer-defaults.js';
import type {
  Batch,
  BatchControl,
  Consumer,
  ConsumerOptions,
  ConsumerRunOptions,
  KafkaLogger,
} from '../port.js';
import { deliverUntilHandled } from '../redelivery.js';
import { wrap } from './errors.js';
import { toIncomingMessage } from './messages.js';

export function createKafkajsConsumer(kafka: Kafka, options: ConsumerOptions, logger: KafkaLogger): Consumer {
  const settings = consumerDefaults(options);
  const consumer = kafka.consumer({
    groupId: options.groupId,
    sessionTimeout: settings.sessionTimeoutMs,
    rebalanceTimeout: settings.rebalanceTimeoutMs,
    heartbeatInterval: settings.heartbeatIntervalMs,
    maxWaitTimeInMs: settings.maxWaitTimeMs,
    minBytes: settings.minBytes,
  });
  let stopping = new AbortController();

  return {
    connect: () => wrap('consumer.connect', () => consumer.connect()),
    subscribe: (topics, subscribeOptions) =>
      wrap('consumer.subscribe', () =>
        consumer.subscribe({ topics, fromBeginning: subscribeOptions?.fromBeginning ?? false }),
      ),
    run: (runOptions) =>
      wrap('consumer.run', () => {
        stopping = new AbortController();
        const handle = handleBatch(runOptions, {
          signal: stopping.signal,
          logger,
          maxBatchSize: settings.maxBatchSize,
        });
        // Offsets are resolved and committed by handleBatch only, after eachBatch succeeded.
        return consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: handle });
      }),
    stop: () =>
      wrap('consumer.stop', () => {
        stopping.abort();
        // kafkajs waits for the in-flight eachBatch (which commits what it handled), then leaves the group.
        return consumer.stop();
      }),
    disconnect: () =>
      wrap('consumer.disconnect', () => {
        stopping.abort();
        return consumer.disconnect();
      }),
  };
}

interface HandleContext {
  signal: AbortSignal;
  logger: KafkaLogger;
  maxBatchSize: number;
}

/**
 * Splits the kafkajs batch into batches of at most maxBatchSize and delivers them in order.
 * Errors of kafkajs itself (heartbeat, commit) are rethrown unwrapped: kafkajs needs to see them
 * to rejoin the group, after which it fetches again from the last committed offset.
 */
function handleBatch({ eachBatch }: ConsumerRunOptions, context: HandleContext) {
  return async (payload: EachBatchPayload): Promise<void> => {
    const { batch } = payload;
    const control: BatchControl = {
      heartbeat: () => wrap('consumer.heartbeat', () => payload.heartbeat()),
      isRunning: () => payload.isRunning() && !context.signal.aborted,
    };
    for (const messages of chunks(batch.messages, context.maxBatchSize)) {
      if (!control.isRunning() || payload.isStale()) return;
      const ours: Batch = {
        topic: batch.topic,
        partition: batch.partition,
        messages: messages.map((message) => toIncomingMessage(batch.topic, batch.partition, message)),
      };
      const keepAlive = async () => {
        await payload.heartbeat();
        return !payload.isStale();
      };
      const redelivery = { signal: context.signal, logger: context.logger, keepAlive };
      if (!(await deliverUntilHandled(eachBatch, ours, control, redelivery))) return;
      for (const message of messages) payload.resolveOffset(message.offset);
      await payload.commitOffsetsIfNecessary(payload.uncommittedOffsets());
    }
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
