import type { z } from 'zod';

/** The environment as `main.ts` hands it over (`process.env`): only main reads it. */
export type Env = Readonly<Record<string, string | undefined>>;

export interface ConfigProblem {
  variable: string;
  reason: string;
}

/** Every missing or bad variable at once, so one restart is enough to fix them all. */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    const lines = problems.map((p) => `  - ${p.variable}: ${p.reason}`);
    super(['Invalid configuration:', ...lines].join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/**
 * Parses `env` with `schema` (a zod object whose keys are variable names).
 * Empty values count as missing. Throws a ConfigError naming every bad variable.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: Env): z.output<S> {
  const present = withoutEmptyValues(env);
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => toProblem(issue, present)));
}

export interface ExitOptions {
  exit?: (code: number) => never;
  stderr?: { write(text: string): unknown };
}

/** EX_CONFIG from sysexits.h: "something was found in an unconfigured or misconfigured state". */
export const CONFIG_EXIT_CODE = 78;

/** loadConfig for `main.ts`: prints the ConfigError and exits with 78 instead of throwing it. */
export function parseConfigOrExit<S extends z.ZodObject>(
  schema: S,
  env: Env,
  { exit = (code) => process.exit(code), stderr = process.stderr }: ExitOptions = {},
): z.output<S> {
  try {
    return loadConfig(schema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    stderr.write(`${error.message}\n`);
    return exit(CONFIG_EXIT_CODE);
  }
}

function withoutEmptyValues(env: Env): Record<string, string> {
  const present: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') present[name] = value;
  }
  return present;
}

function toProblem(issue: z.core.$ZodIssue, env: Record<string, string>): ConfigProblem {
  const variable = issue.path.map(String).join('.') || '(configuration)';
  const missing = issue.path.length > 0 && env[String(issue.path[0])] === undefined;
  return { variable, reason: missing ? 'required' : issue.message };
}
