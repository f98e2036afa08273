import { SchemaRegistryError } from '../errors.js';

const contentType = 'application/vnd.schemaregistry.v1+json';

/** Calls the Confluent REST API at `baseUrl` (for Apicurio: `<host>/apis/ccompat/v7`); non-2xx answers throw. */
export type RegistryRequest = <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => Promise<T>;

export const subjectPath = (subject: string, rest = ''): string =>
  `/subjects/${encodeURIComponent(subject)}${rest}`;

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

export function createRegistryRequest(baseUrl: string): RegistryRequest {
  const root = baseUrl.replace(/\/+$/, '');
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${root}${path}`, {
        method,
        headers: { accept: contentType, 'content-type': contentType },
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch (error) {
      throw new SchemaRegistryError(`${method} ${path}: registry unreachable`, {
        retriable: true,
        cause: error,
      });
    }
    const text = await response.text();
    const data = parseJson(text);
    if (!response.ok) {
      const reason = (data as { message?: string } | undefined)?.message ?? text;
      throw new SchemaRegistryError(`${method} ${path}: ${response.status} ${reason}`, {
        status: response.status,
      });
    }
    return data as T;
  };
}
