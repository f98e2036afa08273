import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface RunningService {
  url: string;
  process: ChildProcess;
  output(): string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Node's flags for every service process (a bounded heap), shared with scripts/services.sh. */
export const serviceNodeOptions = (): string[] =>
  readFileSync(`${repoRoot}services/node-options`, 'utf8').trim().split(/\s+/);

/** The built service (scripts/build-service.mjs), as scripts/services.sh runs it. */
function serviceCommand(name: string): string[] {
  const bundle = `services/${name}/dist/main.mjs`;
  if (!existsSync(`${repoRoot}${bundle}`)) {
    throw new Error(`${bundle} is missing: run \`pnpm build\` first (scripts/test.sh does)`);
  }
  return [...serviceNodeOptions(), bundle];
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs the built service as its own process, exactly as scripts/services.sh does, and waits for /readyz. */
export async function startService(
  name: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<RunningService> {
  const port = Number(env.HTTP_PORT ?? (await freePort()));
  const child = spawn(process.execPath, serviceCommand(name), {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env, HTTP_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready within ${timeoutMs} ms:\n${output}`);
    }
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs a built service to completion (for start-up failures) and returns its exit code and output. */
export async function runServiceToExit(
  name: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, serviceCommand(name), {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}
