import { Pool } from 'undici';

export interface LoadClient {
  post(
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/**
 * The HTTP client of the load loops: undici's `request` over a pool of keep-alive connections, one per
 * concurrent client. The load generator shares the two cores with what it measures, and global `fetch`
 * took about a fifth of the machine's CPU during the gateway benchmark (perf, `--deferred` run).
 */
export function createLoadClient(origin: string, connections: number): LoadClient {
  const pool = new Pool(origin, { connections });
  return {
    async post(path, body, headers) {
      const answer = await pool.request({
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      const text = await answer.body.text();
      return { status: answer.statusCode, body: text ? JSON.parse(text) : {} };
    },
    close: () => pool.close(),
  };
}
