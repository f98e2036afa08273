import type { TopicSpec } from './port.js';

/** The specs of the topics not in `existing`, one per name (the last one given wins). */
export function missingTopics(specs: TopicSpec[], existing: Iterable<string>): TopicSpec[] {
  const present = new Set(existing);
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  return [...byName.values()].filter((spec) => !present.has(spec.name));
}
