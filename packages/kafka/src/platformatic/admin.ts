import {
  type BaseOptions,
  GenericError,
  MultipleErrors,
  Admin as PlatformaticAdmin,
} from '@platformatic/kafka';
import type { Admin, TopicSpec } from '../port.js';
import { missingTopics } from '../topics.js';
import { wrap } from './errors.js';
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
      }),
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
