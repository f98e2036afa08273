import type { Kafka } from 'kafkajs';
import pRetry from 'p-retry';
import type { Admin, TopicSpec } from '../port.js';
import { missingTopics } from '../topics.js';
import { isRetriable, wrap } from './errors.js';

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
          },
          { retries: 8, minTimeout: 100, maxTimeout: 2000, shouldRetry: ({ error }) => isRetriable(error) },
        ),
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

function toTopicConfig(topic: TopicSpec) {
  return {
    topic: topic.name,
    numPartitions: topic.partitions ?? -1,
    configEntries: Object.entries(topic.config ?? {}).map(([name, value]) => ({ name, value })),
  };
}
