import type { Scope } from '../keys/scopes.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A public route answered by an internal service at the same path without `/v1`. */
export interface Forwarded {
  method: Method;
  path: string;
  service: 'dispatch' | 'registration' | 'numbers' | 'compliance';
  scope: Scope;
  summary: string;
  tag: string;
  /** Whether it takes a JSON body (POSTs that only act, like submit, take none). */
  noBody?: true;
  /** The body's JSON schema, where the gateway publishes it (checked here, before forwarding). */
  body?: object;
  /** The query string's JSON schema, where the gateway publishes it. */
  querystring?: object;
  /** A longer description for the OpenAPI document. */
  description?: string;
  /** What a success is answered with, by status, where the gateway publishes it (refusals are problems, always). */
  success?: Record<number, object>;
  /** The numbers a send texts (counted against the account's destination spread before forwarding). */
  destinations?: (body: unknown) => unknown[];
}

/** A schema with the one-line description its status shows in the OpenAPI document. */
export const described = (schema: object, description: string) => ({ ...schema, description });
