export { type KafkaClientName, kafkaClients } from './clients.js';
export { KafkaError } from './errors.js';
export type * from './port.js';
export { keptForever } from './topics.js';
