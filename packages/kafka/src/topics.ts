import type { TopicSpec } from './port.js';

/**
 * The settings of a topic whose records are kept forever (Kafka's default deletes them after a week):
 * a dead-letter topic holds what still has to be looked at.
 */
export const keptForever: Readonly<Record<string, string>> = { 'retention.ms': '-1' };

/** The settings of `spec` that the topic does not have yet, as `[name, value]` pairs. */
export function configChanges(spec: TopicSpec, current: Record<string, string>): Array<[string, string]> {
  return Object.entries(spec.config ?? {}).filter(([name, value]) => current[name] !== value);
}

/** The specs of the topics not in `existing`, one per name (the last one given wins). */
export function missingTopics(specs: TopicSpec[], existing: Iterable<string>): TopicSpec[] {
  const present = new Set(existing);
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  return [...byName.values()].filter((spec) => !present.has(spec.name));
}
