import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface TestStack {
  kafkaBrokers: string[];
  schemaRegistryUrl: string;
  /** Server URL without a database: mysql://user:password@host:port */
  mysqlUrl: string;
  /** The same server's Unix socket, when it is on this machine (the local stack's MariaDB). */
  mysqlSocket?: string;
  redisUrl: string;
}

export type Env = Record<string, string | undefined>;

/** The local stack's addresses (infra/local/up.sh, or docker-compose.yml): the defaults. */
export const localStackDefaults: TestStack = {
  kafkaBrokers: ['127.0.0.1:9092'],
  schemaRegistryUrl: 'http://127.0.0.1:8081/apis/ccompat/v7',
  mysqlUrl: 'mysql://longcode:longcode@127.0.0.1:3306',
  redisUrl: 'redis://127.0.0.1:6379',
};

/** Reads the stack's addresses from the same variables the services use. */
export function stackFromEnv(env: Env): TestStack {
  return {
    kafkaBrokers: (env.KAFKA_BROKERS ?? localStackDefaults.kafkaBrokers.join(','))
      .split(',')
      .map((s) => s.trim()),
    schemaRegistryUrl: env.SCHEMA_REGISTRY_URL ?? localStackDefaults.schemaRegistryUrl,
    mysqlUrl: env.MYSQL_URL ?? localStackDefaults.mysqlUrl,
    ...(env.MYSQL_SOCKET ? { mysqlSocket: env.MYSQL_SOCKET } : {}),
    redisUrl: env.REDIS_URL ?? localStackDefaults.redisUrl,
  };
}

/** True when a Docker engine answers (not merely a docker client on the PATH). */
export function dockerEngineAvailable(env: Env): boolean {
  if (env.LONGCODE_TEST_STACK === 'local') return false;
  const socket = env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  if (socket.startsWith('unix://') && !existsSync(socket.slice('unix://'.length))) return false;
  try {
    execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'pipe', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}
