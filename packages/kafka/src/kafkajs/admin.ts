import kafkajs, { type Kafka, type Admin as KafkajsAdmin } from 'kafkajs';
import pRetry from 'p-retry';
import type { Admin, TopicSpec } from '../port.js';
import { configChanges, missingTopics } from '../topics.js';
import { isRetriable, wrap } from './errors.js';

// kafkajs is CommonJS: under Node's own ESM loader only its default export is there.
const { ConfigResourceTypes, ConfigSource } = kafkajs;

export function createKafkajsAdmin(kafka: Kafka): Admin {
  const admin = kafka.admin();

  return {
    connect: () => wrap('admin.connect', () => admin.connect()),
    ensureTopics: (topics) =>
      wrap('admin.ensureTopics', () =>
        // Services starting together create the same topics: a topic another one just created can be
        // listed before every broker hosts it (UNKNOWN_TOPIC_OR_PARTITION), which passes if asked again.
        pRetry(
          async () => {
            const missing = missingTopics(topics, await admin.listTopics());
            // Resolves false instead of failing when a topic appeared meanwhile (e.g. auto-created).
            if (missing.length > 0) {
              await admin.createTopics({ waitForLeaders: true, topics: missing.map(toTopicConfig) });
            }
            await admin.fetchTopicMetadata({ topics: topics.map((topic) => topic.name) });
            for (const topic of topics) if (topic.config) await holdConfig(admin, topic);
          },
          { retries: 8, minTimeout: 100, maxTimeout: 2000, shouldRetry: ({ error }) => isRetriable(error) },
        ),
      ),
    topicConfig: (name) =>
      wrap('admin.topicConfig', async () =>
        Object.fromEntries((await entriesOf(admin, name)).map((e) => [e.configName, e.configValue])),
      ),
    deleteTopics: (names) =>
      wrap('admin.deleteTopics', async () => {
        const existing = new Set(await admin.listTopics());
        const present = names.filter((name) => existing.has(name));
        if (present.length > 0) await admin.deleteTopics({ topics: present });
      }),
    disconnect: () => wrap('admin.disconnect', () => admin.disconnect()),
  };
}

async function entriesOf(admin: KafkajsAdmin, name: string) {
  const { resources } = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name }],
  });
  return resources[0]?.configEntries ?? [];
}

/**
 * Alters the topic when it lacks a value asked for. kafkajs speaks AlterConfigs, which replaces every
 * setting the topic has of its own, so those it has are sent again with the new ones.
 */
async function holdConfig(admin: KafkajsAdmin, topic: TopicSpec): Promise<void> {
  const entries = await entriesOf(admin, topic.name);
  const changes = configChanges(topic, Object.fromEntries(entries.map((e) => [e.configName, e.configValue])));
  if (changes.length === 0) return;
  const own = entries
    .filter((e) => e.configSource === ConfigSource.TOPIC_CONFIG)
    .map((e): [string, string] => [e.configName, e.configValue]);
  const wanted = Object.entries(Object.fromEntries([...own, ...changes]));
  await admin.alterConfigs({
    validateOnly: false,
    resources: [
      {
        type: ConfigResourceTypes.TOPIC,
        name: topic.name,
        configEntries: wanted.map(([name, value]) => ({ name, value })),
      },
    ],
  });
}

function toTopicConfig(topic: TopicSpec) {
  return {
    topic: topic.name,
    numPartitions: topic.partitions ?? -1,
    configEntries: Object.entries(topic.config ?? {}).map(([name, value]) => ({ name, value })),
  };
}
