import {
  type BaseOptions,
  ConfigResourceTypes,
  GenericError,
  IncrementalAlterConfigOperationTypes,
  MultipleErrors,
  Admin as PlatformaticAdmin,
} from '@platformatic/kafka';
import pRetry from 'p-retry';
import type { Admin, TopicSpec } from '../port.js';
import { configChanges, missingTopics } from '../topics.js';
import { isRetriable, wrap } from './errors.js';
import { clientSlot } from './slot.js';

export function createPlatformaticAdmin(base: BaseOptions): Admin {
  const slot = clientSlot('admin', () => new PlatformaticAdmin(base));

  return {
    connect: () => wrap('admin.connect', async () => void (await slot.open().listApis())),
    ensureTopics: (topics) =>
      wrap('admin.ensureTopics', async () => {
        const admin = slot.current();
        const missing = missingTopics(topics, await admin.listTopics());
        // One request per topic: partitions and configs are per request in its API.
        await Promise.all(missing.map((topic) => createTopic(admin, topic)));
        // A topic just created may not be described yet (its metadata is still spreading): asked again.
        for (const topic of topics) {
          if (!topic.config) continue;
          await pRetry(() => holdConfig(admin, topic), {
            retries: 8,
            minTimeout: 100,
            maxTimeout: 2000,
            shouldRetry: ({ error }) => isRetriable(error),
          });
        }
      }),
    topicConfig: (name) => wrap('admin.topicConfig', () => configOf(slot.current(), name)),
    deleteTopics: (names) =>
      wrap('admin.deleteTopics', async () => {
        const admin = slot.current();
        const existing = new Set(await admin.listTopics());
        const present = names.filter((name) => existing.has(name));
        if (present.length > 0) await admin.deleteTopics({ topics: present });
      }),
    disconnect: () => wrap('admin.disconnect', () => slot.close()),
  };
}

async function configOf(admin: PlatformaticAdmin, name: string): Promise<Record<string, string>> {
  const [described] = await admin.describeConfigs({
    resources: [{ resourceType: ConfigResourceTypes.TOPIC, resourceName: name }],
  });
  return Object.fromEntries((described?.configs ?? []).map((c) => [c.name, c.value ?? '']));
}

/** Sets, one by one (IncrementalAlterConfigs), the values the topic lacks; its other settings stay. */
async function holdConfig(admin: PlatformaticAdmin, topic: TopicSpec): Promise<void> {
  const changes = configChanges(topic, await configOf(admin, topic.name));
  if (changes.length === 0) return;
  await admin.incrementalAlterConfigs({
    resources: [
      {
        resourceType: ConfigResourceTypes.TOPIC,
        resourceName: topic.name,
        configs: changes.map(([name, value]) => ({
          name,
          value,
          configOperation: IncrementalAlterConfigOperationTypes.SET,
        })),
      },
    ],
  });
}

async function createTopic(admin: PlatformaticAdmin, topic: TopicSpec): Promise<void> {
  try {
    await admin.createTopics({
      topics: [topic.name],
      partitions: topic.partitions ?? -1,
      replicas: -1,
      configs: Object.entries(topic.config ?? {}).map(([name, value]) => ({ name, value })),
    });
  } catch (error) {
    // Created meanwhile by someone else (or auto-created): that is what we wanted.
    if (!alreadyExists(error)) throw error;
  }
}

function alreadyExists(error: unknown): boolean {
  if (error instanceof MultipleErrors) return error.findBy('apiId', 'TOPIC_ALREADY_EXISTS') !== null;
  return error instanceof GenericError && error.apiId === 'TOPIC_ALREADY_EXISTS';
}
