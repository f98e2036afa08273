import { dockerEngineAvailable } from './stack.js';

/**
 * vitest globalSetup: with a Docker engine and no stack configured, start the stack in containers and
 * point the test workers at it; otherwise the tests use the local stack (infra/local/up.sh).
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.KAFKA_BROKERS || !dockerEngineAvailable(process.env)) return undefined;
  const { startContainerStack } = await import('./containers.js');
  const { stack, stop } = await startContainerStack();
  process.env.KAFKA_BROKERS = stack.kafkaBrokers.join(',');
  process.env.SCHEMA_REGISTRY_URL = stack.schemaRegistryUrl;
  process.env.MYSQL_URL = stack.mysqlUrl;
  process.env.REDIS_URL = stack.redisUrl;
  return stop;
}
