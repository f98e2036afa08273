import type { Kafka } from 'kafkajs';
import type { Admin, TopicSpec } from '../port.js';
import { missingTopics } from '../topics.js';
import { wrap } from './errors.js';

export function createKafkajsAdmin(kafka: Kafka): Admin {
  const admin = kafka.admin();

  return {
    connect: () => wrap('admin.connect', () => admin.connect()),
    ensureTopics: (topics) =>
      wrap('admin.ensureTopics', async () => {
        const missing = missingTopics(topics, await admin.listTopics());
        if (missing.length === 0) return;
        // Resolves false instead of failing when a topic appeared meanwhile (e.g. auto-created).
        await admin.createTopics({ waitForLeaders: true, topics: missing.map(toTopicConfig) });
      }),
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
