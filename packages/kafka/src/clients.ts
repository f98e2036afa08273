import { createKafkajsClient } from './kafkajs/client.js';
import { createPlatformaticClient } from './platformatic/client.js';
import type { KafkaClientFactory } from './port.js';

/** Every adapter of the port. A new client is one folder and one line here. */
export const kafkaClients = {
  kafkajs: createKafkajsClient,
  platformatic: createPlatformaticClient,
} satisfies Record<string, KafkaClientFactory>;

export type KafkaClientName = keyof typeof kafkaClients;
