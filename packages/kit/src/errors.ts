/**
 * Errors the platform throws on purpose.
 *
 * Domain errors say why a request was refused, with a stable `code` a partner can
 * branch on and the HTTP `status` the error handler answers with. Infrastructure
 * errors say that a dependency failed, and whether trying again may help; only the
 * consumer runner decides between retry, dead-letter and skip.
 */

export interface DomainErrorOptions {
  /** HTTP status the error handler answers with; 422 (a business rule refused) unless given. */
  status?: number;
  /** Extra, client-safe facts about the refusal (ids, limits); sent as `details`. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class DomainError extends Error {
  /** Stable, upper snake case (`BRAND_NOT_FOUND`): part of the public API. */
  readonly code: string;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, message: string, options: DomainErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = options.status ?? 422;
    this.details = options.details;
  }
}

export interface FieldError {
  /** Path of the offending field, dotted (`address.city`, `recipients.0`). */
  field: string;
  message: string;
}

export class ValidationError extends DomainError {
  readonly errors: readonly FieldError[];

  constructor(
    errors: readonly FieldError[],
    options: { code?: string; message?: string; details?: Record<string, unknown> } = {},
  ) {
    super(options.code ?? 'VALIDATION_FAILED', options.message ?? describeFieldErrors(errors), {
      status: 400,
      details: options.details,
    });
    this.errors = errors;
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, message: string, options: Omit<DomainErrorOptions, 'status'> = {}) {
    super(code, message, { ...options, status: 404 });
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, options: Omit<DomainErrorOptions, 'status'> = {}) {
    super(code, message, { ...options, status: 409 });
  }
}

export class InfrastructureError extends Error {
  /** True when the same operation may succeed if tried again (a timeout, a lost connection). */
  readonly retriable: boolean;

  constructor(message: string, options: { retriable: boolean; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.retriable = options.retriable;
  }
}

function describeFieldErrors(errors: readonly FieldError[]): string {
  if (errors.length === 1 && errors[0]) return `Invalid ${errors[0].field}: ${errors[0].message}`;
  return `The request has ${errors.length} invalid fields`;
}
