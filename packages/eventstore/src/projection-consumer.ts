import {
  type Batch,
  type ConsumerOptions,
  type IncomingMessage,
  type KafkaClient,
  keptForever,
} from '@longcode/kafka';
import type { Database } from './database.js';
import { fromHeaders, headerNames } from './envelope.js';
import { isRetriableDatabaseError } from './errors.js';
import { applyOnce, type BatchEventHandler, type ConsumedEvent, type EventHandler } from './inbox.js';
import type { EventSerde, Logger } from './ports.js';
import { defaultRetryPolicy, nextHop, type RetryPolicy, retryHeaders } from './retry-policy.js';
import { inBatchSpan, inConsumerSpan } from './trace.js';

export interface ProjectionConsumerDeps {
  kafka: KafkaClient;
  db: Database;
  serde: EventSerde;
  logger: Logger;
  /** Consumer group, also the inbox's consumer name. */
  groupId: string;
  topics: string[];
  /** Either one event at a time (each in its own span, child of the event's trace)… */
  handle?: EventHandler;
  /** …or a batch at a time, for set-based projections (one span per batch, linked to each event's trace). */
  handleBatch?: BatchEventHandler;
  retryTopic: string;
  deadLetterTopic: string;
  retryPolicy?: RetryPolicy;
  fromBeginning?: boolean;
  /**
   * The event types this projection applies; others on its topics are passed over unread (not decoded,
   * no inbox row: a projection they cannot change has nothing to deduplicate). All when not given.
   */
  eventTypes?: readonly string[];
  /** Fetch in bigger batches, for a projection that can be a little behind (see ConsumerOptions.gather). */
  gather?: ConsumerOptions['gather'];
  clock?: () => Date;
}

export interface ProjectionConsumer {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Consumes event topics into a projection: a batch in one transaction with its inbox rows; when the
 * batch fails, message by message, and a message that still fails goes to the retry topic (then,
 * after the policy's attempts, to the dead-letter topic with its reason) while the rest go on.
 * Database outages are not the message's fault: the batch is redelivered instead.
 */
export function createProjectionConsumer(deps: ProjectionConsumerDeps): ProjectionConsumer {
  const policy = deps.retryPolicy ?? defaultRetryPolicy;
  const clock = deps.clock ?? (() => new Date());
  const producer = deps.kafka.producer({ idempotent: true });
  const main = deps.kafka.consumer({
    groupId: deps.groupId,
    ...(deps.gather ? { gather: deps.gather } : {}),
  });
  const retry = deps.kafka.consumer({ groupId: `${deps.groupId}.retry` });

  async function decode(message: IncomingMessage): Promise<ConsumedEvent> {
    if (!message.value) throw new Error('message has no value');
    const envelope = fromHeaders(message.headers);
    const { fullName, value } = await deps.serde.decode(message.value);
    if (fullName !== envelope.type)
      throw new Error(`value is a ${fullName} but ce_type says ${envelope.type}`);
    return {
      ...envelope,
      data: value,
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      publishedAt: new Date(Number(message.timestamp)),
    };
  }

  const handler = traceHandler(deps);

  async function applyOne(message: IncomingMessage): Promise<void> {
    const event = await decode(message);
    await applyOnce(deps.db, deps.groupId, [event], handler, clock);
  }

  async function forward(message: IncomingMessage, error: unknown) {
    const hop = nextHop({ ...message, error }, policy, clock(), deps.groupId);
    const topic = hop.destination === 'retry' ? deps.retryTopic : deps.deadLetterTopic;
    deps.logger.warn(
      {
        err: error,
        topic: message.topic,
        offset: message.offset,
        to: topic,
        attempt: hop.headers[retryHeaders.attempt],
      },
      hop.destination === 'retry'
        ? 'event failed; scheduled for retry'
        : 'event failed for good; dead-lettered',
    );
    await producer.send(topic, [{ key: message.key, value: message.value, headers: hop.headers }]);
  }

  async function oneByOne(messages: IncomingMessage[]) {
    for (const message of messages) {
      try {
        await applyOne(message);
      } catch (error) {
        if (isRetriableDatabaseError(error)) throw error;
        await forward(message, error);
      }
    }
  }

  const wanted = deps.eventTypes ? new Set(deps.eventTypes) : undefined;
  const applies = (message: IncomingMessage) =>
    !wanted || wanted.has(message.headers[headerNames.type] ?? '');

  async function onMainBatch(batch: Batch) {
    const messages = batch.messages.filter(applies);
    if (messages.length === 0) return;
    try {
      const events = await Promise.all(messages.map(decode));
      await applyOnce(deps.db, deps.groupId, events, handler, clock);
    } catch (error) {
      if (isRetriableDatabaseError(error)) throw error;
      await oneByOne(messages);
    }
  }

  async function onRetryBatch(batch: Batch, control: { heartbeat(): Promise<void>; isRunning(): boolean }) {
    for (const message of batch.messages) {
      const due = Number(message.headers[retryHeaders.notBefore] ?? 0);
      while (control.isRunning() && Date.now() < due) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(due - Date.now(), 1000)));
        await control.heartbeat();
      }
      if (!control.isRunning()) throw new Error('consumer stopping before a due retry');
      await oneByOne([message]);
    }
  }

  return {
    async start() {
      const admin = deps.kafka.admin();
      await admin.connect();
      await admin.ensureTopics([
        { name: deps.retryTopic, partitions: 1 },
        // Poison messages wait there until someone looks: never deleted by age.
        { name: deps.deadLetterTopic, partitions: 1, config: keptForever },
      ]);
      await admin.disconnect();
      await producer.connect();
      for (const [consumer, topics] of [
        [main, deps.topics],
        [retry, [deps.retryTopic]],
      ] as const) {
        await consumer.connect();
        await consumer.subscribe([...topics], { fromBeginning: deps.fromBeginning ?? true });
      }
      await main.run({ eachBatch: onMainBatch });
      await retry.run({ eachBatch: onRetryBatch });
    },
    async stop() {
      await Promise.all([main.stop(), retry.stop()]);
      await Promise.all([main.disconnect(), retry.disconnect()]);
      await producer.disconnect();
    },
  };
}

const carrierOf = (event: ConsumedEvent): Record<string, string> =>
  event.traceparent
    ? { traceparent: event.traceparent, ...(event.tracestate ? { tracestate: event.tracestate } : {}) }
    : {};

function traceHandler({
  handle,
  handleBatch,
}: Pick<ProjectionConsumerDeps, 'handle' | 'handleBatch'>): BatchEventHandler {
  if (handleBatch && !handle) {
    return (events, trx) =>
      inBatchSpan(
        events.map(carrierOf),
        `${events[0]?.topic} process`,
        { 'messaging.batch.message_count': events.length },
        () => handleBatch(events, trx),
      );
  }
  if (handle && !handleBatch) {
    return async (events, trx) => {
      for (const event of events) {
        await inConsumerSpan(
          carrierOf(event),
          `${event.topic} process`,
          {
            'messaging.system': 'kafka',
            'messaging.destination.name': event.topic,
            'messaging.message.id': event.eventId,
            'longcode.event.type': event.type,
          },
          () => handle(event, trx),
        );
      }
    };
  }
  throw new Error('a projection consumer takes exactly one of handle and handleBatch');
}
