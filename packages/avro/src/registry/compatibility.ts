import type { Type } from 'avsc';
import { SchemaRegistryError } from '../errors.js';
import { diagnose } from './diagnose.js';
import { type RegistryRequest, subjectPath } from './http.js';
import { type CompatibilityLevel, isCompatibilityLevel, levelRules } from './levels.js';

export interface CompatibilityResult {
  subject: string;
  compatible: boolean;
  /** Why not, when incompatible: the registry's own messages, or a local diagnosis when it gives none. */
  messages: string[];
  /** The level the registry applied (the subject's, else the registry-wide default); absent for a new subject. */
  level?: CompatibilityLevel;
}

interface CompatibilityResponse {
  is_compatible: boolean;
  messages?: string[];
}

const isNotFound = (error: unknown): boolean => error instanceof SchemaRegistryError && error.status === 404;

/** The subject's compatibility level, or the registry-wide one when the subject has none. */
export async function subjectLevel(request: RegistryRequest, subject: string): Promise<CompatibilityLevel> {
  type Config = { compatibilityLevel: string };
  const config = await request<Config>('GET', `/config/${encodeURIComponent(subject)}`).catch((error) => {
    if (isNotFound(error)) return request<Config>('GET', '/config');
    throw error;
  });
  const level = config.compatibilityLevel.toUpperCase();
  if (!isCompatibilityLevel(level)) {
    throw new SchemaRegistryError(`unknown compatibility level ${level} for ${subject}`);
  }
  return level;
}

/** The subject's registered versions; none when it does not exist yet. */
export async function versionsOf(request: RegistryRequest, subject: string): Promise<number[]> {
  return request<number[]>('GET', subjectPath(subject, '/versions')).catch((error) => {
    if (isNotFound(error)) return [];
    throw error;
  });
}

/**
 * Asks the registry whether `schemaText` may become the next version of `subject` (a new subject always may).
 * A transitive level is checked against every version (`POST /compatibility/subjects/{s}/versions`), any other
 * against the latest. Apicurio 3.0.9's `/versions/latest` checks only the latest even under a transitive level,
 * and its `/versions` checks every version even under a non-transitive one.
 */
export async function checkSubject(
  request: RegistryRequest,
  subject: string,
  schemaText: string,
  candidate: Type,
): Promise<CompatibilityResult> {
  const versions = await versionsOf(request, subject);
  if (versions.length === 0) return { subject, compatible: true, messages: [] };
  const level = await subjectLevel(request, subject);
  const against = levelRules(level).transitive ? '/versions' : '/versions/latest';
  const path = `/compatibility${subjectPath(subject, against)}?verbose=true`;
  const response = await request<CompatibilityResponse>('POST', path, { schema: schemaText });
  if (response.is_compatible) return { subject, compatible: true, messages: [], level };
  const messages = response.messages?.length
    ? response.messages
    : await diagnose(request, subject, candidate, level, versions);
  return { subject, compatible: false, messages, level };
}
