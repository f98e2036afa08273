/**
 * RFC 9457 problem details: how every error leaves an HTTP service.
 * Pure functions, so each mapping is tested without a server.
 */
import { STATUS_CODES } from 'node:http';
import type { FastifySchemaValidationError } from 'fastify';
import { DomainError, type FieldError, InfrastructureError, ValidationError } from './errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_TYPE_BASE = 'https://longcode.dev/problems/';
const INTERNAL_DETAIL = 'An unexpected error occurred.';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: readonly FieldError[];
  details?: Record<string, unknown>;
}

/** A fastify error as the error handler receives it: maybe a schema validation failure, maybe a 4xx. */
interface HttpError {
  statusCode?: number;
  validation?: FastifySchemaValidationError[];
  validationContext?: string;
}

export function problemFor(code: string, status: number, detail: string, title = titleFor(code)): Problem {
  return { type: `${PROBLEM_TYPE_BASE}${kebab(code)}`, title, status, detail, code };
}

/** The problem to answer with; 5xx problems never carry the error's own message. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ValidationError) return { ...fromDomainError(error), errors: error.errors };
  if (error instanceof DomainError) return fromDomainError(error);
  if (error instanceof InfrastructureError && error.retriable) {
    return problemFor('SERVICE_UNAVAILABLE', 503, 'The service is temporarily unavailable; try again later.');
  }
  const httpError = error as HttpError;
  if (Array.isArray(httpError.validation)) return fromSchemaValidation(httpError);
  const status = httpError.statusCode;
  if (error instanceof Error && status !== undefined && status >= 400 && status < 500) {
    const name = STATUS_CODES[status] ?? 'Bad Request';
    return problemFor(snake(name), status, error.message, name);
  }
  return problemFor('INTERNAL_ERROR', 500, INTERNAL_DETAIL, 'Internal Server Error');
}

function fromDomainError(error: DomainError): Problem {
  if (error.status >= 500) return problemFor(error.code, error.status, INTERNAL_DETAIL);
  const problem = problemFor(error.code, error.status, error.message);
  return error.details ? { ...problem, details: error.details } : problem;
}

function fromSchemaValidation({ validation = [], validationContext }: HttpError): Problem {
  const errors = validation.map((issue) => ({
    field: fieldOf(issue, validationContext),
    message:
      typeof issue.params.missingProperty === 'string'
        ? 'is required'
        : typeof issue.params.additionalProperty === 'string'
          ? 'is not a field this takes'
          : (issue.message ?? 'is invalid'),
  }));
  return { ...toProblem(new ValidationError(errors)), errors };
}

/** `address.city` for the body, `query.limit`, `params.id` or `headers.x-key` for the rest. */
function fieldOf(issue: FastifySchemaValidationError, context = 'body'): string {
  const segments = issue.instancePath.split('/').filter((s) => s !== '');
  const named = issue.params.missingProperty ?? issue.params.additionalProperty;
  if (typeof named === 'string') segments.push(named);
  const prefix = context === 'body' ? [] : [context === 'querystring' ? 'query' : context];
  return [...prefix, ...segments].join('.') || context;
}

function titleFor(code: string): string {
  const words = code.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function kebab(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function snake(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}
