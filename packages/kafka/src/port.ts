/**
 * Our Kafka port. The rest of the code depends on these types only; each adapter folder
 * (`kafkajs/`, `platformatic/`) implements them for one client library.
 */

export type Headers = Record<string, string>;

export interface OutgoingMessage {
  key: string | null;
  value: Buffer | null;
  headers?: Headers;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Headers;
  timestamp: string;
}

export interface Producer {
  connect(): Promise<void>;
  /** Resolves when every message is acknowledged by all in-sync replicas. Order within a key is kept. */
  send(topic: string, messages: OutgoingMessage[]): Promise<void>;
  disconnect(): Promise<void>;
}

export interface Batch {
  topic: string;
  partition: number;
  messages: IncomingMessage[];
}

export interface BatchControl {
  heartbeat(): Promise<void>;
  isRunning(): boolean;
}

export interface ConsumerRunOptions {
  /**
   * Offsets of a batch are committed only after this resolves. If it throws, the adapter waits (backoff),
   * then redelivers the same batch from its first message; nothing is committed past an unprocessed message.
   */
  eachBatch(batch: Batch, control: BatchControl): Promise<void>;
}

export interface Consumer {
  connect(): Promise<void>;
  subscribe(topics: string[], options?: { fromBeginning?: boolean }): Promise<void>;
  /** Joins the group, starts the loop and returns. */
  run(options: ConsumerRunOptions): Promise<void>;
  /** Stops fetching, waits for the in-flight batch, commits it, and leaves the group. */
  stop(): Promise<void>;
  disconnect(): Promise<void>;
}

export interface TopicSpec {
  name: string;
  partitions?: number;
  /** Topic-level settings (e.g. `retention.ms`), by name; held by new and existing topics alike. */
  config?: Record<string, string>;
}

export interface Admin {
  connect(): Promise<void>;
  /**
   * Creates the topics that do not exist yet, and gives every topic the `config` values asked for: an
   * existing topic with other values is altered; its partitions and its other settings stay as they are.
   */
  ensureTopics(topics: TopicSpec[]): Promise<void>;
  /** A topic's settings as the broker applies them (its own and those it inherits), by name. */
  topicConfig(name: string): Promise<Record<string, string>>;
  /** Deletes the topics that exist; missing names are ignored. */
  deleteTopics(names: string[]): Promise<void>;
  disconnect(): Promise<void>;
}

export interface ConsumerOptions {
  groupId: string;
  sessionTimeoutMs?: number;
  maxBatchSize?: number;
  /**
   * Bigger batches for a consumer that need not be quick: a fetch waits on the broker until it has
   * `minBytes` or `maxWaitTimeMs` has passed (by default it answers with the first record).
   */
  gather?: { minBytes: number; maxWaitTimeMs: number };
}

export interface KafkaClient {
  /** `idempotent` defaults to true: acks=all and enable.idempotence. */
  producer(options?: { idempotent?: boolean }): Producer;
  consumer(options: ConsumerOptions): Consumer;
  admin(): Admin;
}

export type LogFn = (objOrMsg: object | string, msg?: string) => void;

export interface KafkaLogger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

export interface KafkaClientConfig {
  brokers: string[];
  clientId: string;
  logger?: KafkaLogger;
}

export type KafkaClientFactory = (config: KafkaClientConfig) => KafkaClient;
