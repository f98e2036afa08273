import {
  type BaseOptions,
  MessagesStreamFallbackModes,
  MessagesStreamModes,
  Consumer as PlatformaticConsumer,
  stringDeserializer,
} from '@platformatic/kafka';
import { type ConsumerSettings, consumerDefaults } from '../consumer-defaults.js';
import type { Consumer, ConsumerOptions, KafkaLogger } from '../port.js';
import { type ConsumeLoop, startConsumeLoop, type WireConsumer } from './consume-loop.js';
import { misuse, wrap } from './errors.js';
import { clientSlot } from './slot.js';

export function createPlatformaticConsumer(
  base: BaseOptions,
  options: ConsumerOptions,
  logger: KafkaLogger,
): Consumer {
  const settings = consumerDefaults(options);
  const slot = clientSlot('consumer', () => newConsumer(base, options.groupId, settings, logger));
  // One stream serves every subscribed topic, so fromBeginning holds for all of them once asked for.
  const subscription = { topics: new Set<string>(), fromBeginning: false };
  let loop: ConsumeLoop | undefined;

  const stop = async () => {
    const running = loop;
    loop = undefined;
    await running?.stop();
  };

  return {
    connect: () => wrap('consumer.connect', async () => void (await slot.open().listApis())),
    subscribe: async (topics, subscribeOptions) => {
      for (const topic of topics) subscription.topics.add(topic);
      subscription.fromBeginning ||= subscribeOptions?.fromBeginning ?? false;
    },
    run: ({ eachBatch }) =>
      wrap('consumer.run', async () => {
        if (loop) throw misuse('consumer.run: already running');
        const consumer = slot.current();
        const topics = [...subscription.topics];
        const fallbackMode = subscription.fromBeginning
          ? MessagesStreamFallbackModes.EARLIEST
          : MessagesStreamFallbackModes.LATEST;
        const open = () => consumer.consume({ topics, mode: MessagesStreamModes.COMMITTED, fallbackMode });
        loop = await startConsumeLoop({
          consumer,
          open,
          eachBatch,
          logger,
          maxBatchSize: settings.maxBatchSize,
        });
      }),
    stop: () => wrap('consumer.stop', stop),
    disconnect: () =>
      wrap('consumer.disconnect', async () => {
        await stop();
        await slot.close();
      }),
  };
}

function newConsumer(
  base: BaseOptions,
  groupId: string,
  settings: ConsumerSettings,
  logger: KafkaLogger,
): WireConsumer {
  const consumer = new PlatformaticConsumer<string, Buffer, string, string>({
    ...base,
    groupId,
    sessionTimeout: settings.sessionTimeoutMs,
    rebalanceTimeout: settings.rebalanceTimeoutMs,
    heartbeatInterval: settings.heartbeatIntervalMs,
    maxWaitTime: settings.maxWaitTimeMs,
    minBytes: settings.minBytes,
    autocommit: false,
    highWaterMark: settings.maxBatchSize,
    deserializers: {
      key: stringDeserializer,
      headerKey: stringDeserializer,
      headerValue: stringDeserializer,
    },
  });
  // It has no logger option; what it reports comes as events. A failed background rejoin is an
  // 'error' event, which would crash the process if nobody listened.
  consumer.on('error', (error: Error) =>
    logger.error({ client: 'platformatic', err: error }, 'consumer group error'),
  );
  consumer.on('consumer:heartbeat:error', ({ error }) =>
    logger.warn({ client: 'platformatic', groupId, err: error }, 'consumer heartbeat failed'),
  );
  consumer.on('consumer:group:join', ({ memberId, generationId, assignments }) =>
    logger.debug(
      { client: 'platformatic', groupId, memberId, generationId, assignments },
      'joined the group',
    ),
  );
  return consumer;
}
