import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../db/embedded-postgres.js';

// `api-uncached`: the API with its cache of anonymous answers off, to show what computing them costs.
export type ServerKind = 'api' | 'api-uncached' | 'floor' | 'postgraphile';

export interface RunningServer {
  kind: ServerKind;
  url: string;
  stop(): Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const entry: Record<ServerKind, string> = {
  api: path.resolve(here, '../../cluster.js'),
  'api-uncached': path.resolve(here, '../../cluster.js'),
  floor: path.join(here, 'floor.js'),
  postgraphile: path.join(here, 'postgraphile-server.js'),
};

/** `taskset -c <core>` when pinning is asked for and the machine has more than one core. */
export function pinned(command: string[], core: number | null): string[] {
  return core === null ? command : ['taskset', '-c', String(core), ...command];
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server stopped (${child.exitCode}):\n${output()}`);
    const up = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' })
      .then((response) => response.ok)
      .catch(() => false);
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer in 2 minutes:\n${output()}`);
}

/** Starts one server of the comparison on its own port, pinned to `core` when given. */
export async function startServer(kind: ServerKind, databaseUrl: string, options: { core: number | null; processes?: number }): Promise<RunningServer> {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    ORIGIN: `http://127.0.0.1:${port}`,
    NODE_ENV: 'production',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    GEOCODER: 'none',
    WEB_CONCURRENCY: String(options.processes ?? 1),
    ...(kind === 'api-uncached' ? { PUBLIC_CACHE_SECONDS: '0' } : {}),
  };
  const [command, ...args] = pinned([process.execPath, entry[kind]], options.core);
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child, () => output);
  return {
    kind,
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
