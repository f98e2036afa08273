/** A schema file cannot be used: bad JSON, bad Avro, or it breaks the schemas/ layout rules. */
export class SchemaLoadError extends Error {
  readonly code = 'AVRO_SCHEMA_INVALID';

  constructor(
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
    this.name = 'SchemaLoadError';
  }
}

export interface InvalidField {
  /** Dotted path of the offending value, e.g. `entityType` or `addresses.0.zip` (`` for the root). */
  path: string;
  /** The Avro type the value should have had. */
  expected: string;
}

/** A value does not match its event's schema. Values are not quoted in the message (they may be personal data). */
export class AvroValidationError extends Error {
  readonly code = 'AVRO_VALUE_INVALID';

  constructor(
    readonly fullName: string,
    readonly fields: InvalidField[],
  ) {
    const list = fields.map((f) => `${f.path || '(root)'} (expected ${f.expected})`).join(', ');
    super(`invalid ${fullName}: ${list}`);
    this.name = 'AvroValidationError';
  }
}

/** The schema registry refused a request or could not be reached. */
export class SchemaRegistryError extends Error {
  readonly code = 'SCHEMA_REGISTRY_ERROR';
  readonly retriable: boolean;
  readonly status: number | undefined;

  constructor(message: string, options: { status?: number; retriable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'SchemaRegistryError';
    this.status = options.status;
    this.retriable = options.retriable ?? (options.status === undefined || options.status >= 500);
  }
}
