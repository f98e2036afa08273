/** Compatibility levels of the Confluent API (all honoured by Apicurio 3's ccompat API). */
export const compatibilityLevels = [
  'NONE',
  'BACKWARD',
  'BACKWARD_TRANSITIVE',
  'FORWARD',
  'FORWARD_TRANSITIVE',
  'FULL',
  'FULL_TRANSITIVE',
] as const;

export type CompatibilityLevel = (typeof compatibilityLevels)[number];

/**
 * The default: new code replays old events (backward), old consumers read new producers' events during a
 * rolling deploy (forward), and both hold for every version ever written (transitive).
 */
export const defaultCompatibility: CompatibilityLevel = 'FULL_TRANSITIVE';

export const isCompatibilityLevel = (text: string): text is CompatibilityLevel =>
  (compatibilityLevels as readonly string[]).includes(text);

/** Which directions a level checks, and whether against every earlier version or only the latest. */
export function levelRules(level: CompatibilityLevel): {
  backward: boolean;
  forward: boolean;
  transitive: boolean;
} {
  return {
    backward: level.startsWith('BACKWARD') || level.startsWith('FULL'),
    forward: level.startsWith('FORWARD') || level.startsWith('FULL'),
    transitive: level.endsWith('_TRANSITIVE'),
  };
}
