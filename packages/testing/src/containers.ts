import { GenericContainer, Network, type StartedTestContainer, Wait } from 'testcontainers';
import type { TestStack } from './stack.js';

/**
 * The same stack as docker-compose.yml, in containers, for machines with a Docker engine.
 * Started once per test run by the vitest global setup.
 */
export async function startContainerStack(): Promise<{ stack: TestStack; stop(): Promise<void> }> {
  const network = await new Network().start();
  const started: StartedTestContainer[] = [];
  const mysql = await new GenericContainer('mysql:8.4')
    .withEnvironment({ MYSQL_ROOT_PASSWORD: 'root', MYSQL_USER: 'longcode', MYSQL_PASSWORD: 'longcode' })
    .withCommand(['--character-set-server=utf8mb4', '--collation-server=utf8mb4_unicode_ci'])
    .withExposedPorts(3306)
    .withWaitStrategy(Wait.forLogMessage(/ready for connections.*port: 3306/))
    .start();
  started.push(mysql);
  await mysql.exec(['mysql', '-uroot', '-proot', '-e', "GRANT ALL ON `longcode\\_%`.* TO 'longcode'@'%'"]);
  const redis = await new GenericContainer('redis:7.4').withExposedPorts(6379).start();
  started.push(redis);
  const kafka = await new GenericContainer('apache/kafka:3.9.1')
    .withNetwork(network)
    .withNetworkAliases('kafka')
    .withExposedPorts({ container: 9092, host: 29092 })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: 'PLAINTEXT://:9092,INTERNAL://:29093,CONTROLLER://:9093',
      KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://127.0.0.1:29092,INTERNAL://kafka:29093',
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT',
      KAFKA_INTER_BROKER_LISTENER_NAME: 'INTERNAL',
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@kafka:9093',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_NUM_PARTITIONS: '3',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .start();
  started.push(kafka);
  const registry = await new GenericContainer('apicurio/apicurio-registry:3.0.9')
    .withNetwork(network)
    .withEnvironment({
      APICURIO_STORAGE_KIND: 'kafkasql',
      APICURIO_KAFKASQL_BOOTSTRAP_SERVERS: 'kafka:29093',
    })
    .withExposedPorts(8080)
    .withWaitStrategy(Wait.forHttp('/apis/ccompat/v7/subjects', 8080))
    .start();
  started.push(registry);
  return {
    stack: {
      kafkaBrokers: ['127.0.0.1:29092'],
      schemaRegistryUrl: `http://${registry.getHost()}:${registry.getMappedPort(8080)}/apis/ccompat/v7`,
      mysqlUrl: `mysql://longcode:longcode@${mysql.getHost()}:${mysql.getMappedPort(3306)}`,
      redisUrl: `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`,
    },
    async stop() {
      for (const container of started.reverse()) await container.stop();
      await network.stop();
    },
  };
}
