import avsc, { type Type } from 'avsc';
import { avscOptions } from '../schema/types.js';
import { type RegistryRequest, subjectPath } from './http.js';
import { type CompatibilityLevel, levelRules } from './levels.js';

const problem = (read: () => unknown): string | undefined => {
  try {
    read();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};

/** Why `candidate` cannot live beside `previous` (registered as `version`) under `level`, in words. Pure. */
export function resolutionProblems(
  candidate: Type,
  previous: Type,
  version: number,
  level: CompatibilityLevel,
): string[] {
  const rules = levelRules(level);
  const backward = rules.backward ? problem(() => candidate.createResolver(previous)) : undefined;
  const forward = rules.forward ? problem(() => previous.createResolver(candidate)) : undefined;
  return [
    ...(backward
      ? [`${level}: the new schema cannot read events written with version ${version}: ${backward}`]
      : []),
    ...(forward
      ? [`${level}: readers of version ${version} cannot read events written with the new schema: ${forward}`]
      : []),
  ];
}

/**
 * Reasons for an incompatibility the registry reported without any (Apicurio's compatibility endpoint
 * answers only `is_compatible`): replays the subject's level with avsc's schema resolution.
 */
export async function diagnose(
  request: RegistryRequest,
  subject: string,
  candidate: Type,
  level: CompatibilityLevel,
  versions: number[],
): Promise<string[]> {
  const compared = levelRules(level).transitive ? versions : versions.slice(-1);
  const messages: string[] = [];
  for (const version of compared) {
    const { schema } = await request<{ schema: string }>('GET', subjectPath(subject, `/versions/${version}`));
    const previous = avsc.Type.forSchema(JSON.parse(schema), avscOptions());
    messages.push(...resolutionProblems(candidate, previous, version, level));
  }
  return messages.length > 0
    ? messages
    : [`${level}: the registry reports the schema incompatible but gave no reason`];
}
