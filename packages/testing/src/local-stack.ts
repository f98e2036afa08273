import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export type StackPart = 'kafka' | 'mariadb' | 'redis' | 'registry';

/** The pid of a part of the local stack that infra/local/up.sh started and that is still alive. */
export function localStackPid(part: StackPart, stateDir = `${repoRoot}.local`): number | undefined {
  const file = `${stateDir}/run/${part}.pid`;
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

const exited = (pid: number) =>
  new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      try {
        process.kill(pid, 0);
      } catch {
        clearInterval(poll);
        resolve();
      }
    }, 50);
  });

/** Kills a part of the local stack with SIGKILL (a crash, not a shutdown). */
export async function crashLocalStackPart(part: StackPart): Promise<void> {
  const pid = localStackPid(part);
  if (!pid) throw new Error(`${part} was not started by infra/local/up.sh here: nothing to crash`);
  process.kill(pid, 'SIGKILL');
  await exited(pid);
}

/** Runs infra/local/up.sh, which starts again whatever is down and waits until it is healthy. */
export async function bringLocalStackUp(): Promise<void> {
  const child = spawn('bash', ['infra/local/up.sh'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`infra/local/up.sh exited with ${code}:\n${output}`);
}
