import kafkajs from 'kafkajs';
import { silentLogger } from '../logger.js';
import type { KafkaClient, KafkaClientConfig } from '../port.js';
import { createKafkajsAdmin } from './admin.js';
import { createKafkajsConsumer } from './consumer.js';
import { routeLogsTo } from './log.js';
import { createKafkajsProducer } from './producer.js';

export function createKafkajsClient(config: KafkaClientConfig): KafkaClient {
  const logger = config.logger ?? silentLogger();
  const kafka = new kafkajs.Kafka({
    clientId: config.clientId,
    brokers: config.brokers,
    logLevel: kafkajs.logLevel.INFO,
    logCreator: routeLogsTo(logger),
  });

  return {
    producer: (options) => createKafkajsProducer(kafka, { idempotent: options?.idempotent ?? true }),
    consumer: (options) => createKafkajsConsumer(kafka, options, logger),
    admin: () => createKafkajsAdmin(kafka),
  };
}
