import type { BaseOptions } from '@platformatic/kafka';
import { silentLogger } from '../logger.js';
import type { KafkaClient, KafkaClientConfig } from '../port.js';
import { createPlatformaticAdmin } from './admin.js';
import { createPlatformaticConsumer } from './consumer.js';
import { createPlatformaticProducer } from './producer.js';

export function createPlatformaticClient(config: KafkaClientConfig): KafkaClient {
  const logger = config.logger ?? silentLogger();
  const base: BaseOptions = {
    clientId: config.clientId,
    bootstrapBrokers: config.brokers,
    // Like kafkajs: whether a missing topic is created is left to the broker's auto.create.topics.enable.
    autocreateTopics: true,
  };

  return {
    producer: (options) => createPlatformaticProducer(base, { idempotent: options?.idempotent ?? true }),
    consumer: (options) => createPlatformaticConsumer(base, options, logger),
    admin: () => createPlatformaticAdmin(base),
  };
}
