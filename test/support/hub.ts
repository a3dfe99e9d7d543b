import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { freePort } from '@clsm/api/embedded-postgres';
import { ensureDatabase } from '@clsm/api/ensure-database';
import { mainScript } from './paths.js';

export interface HubProcess {
  url: string;
  logs: string[];
  /** The hub's database, when the test started it on one of its own (to add accounts). */
  databaseUrl?: string;
  stop(): Promise<number | null>;
}

/** Starts the built hub (`node api/dist/.../main.js`) and waits until it answers /readyz. */
export async function startHubProcess(env: Record<string, string> = {}): Promise<HubProcess> {
  // A given PORT lets a test restart the hub where its clients expect it.
  const port = Number(env.PORT) || (await freePort());
  const child: ChildProcess = spawn(process.execPath, [mainScript], {
    env: { ...process.env, NODE_ENV: 'production', AUTH_SECRET: 'e2e-secret', LOG_LEVEL: 'info', PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}`, GEOCODER: 'none', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean)));
  child.stderr?.on('data', (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the hub exited early:\n${logs.join('\n')}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`the hub did not become ready:\n${logs.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    logs,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A hub on a database of its own, with the demo data of the Metz network. */
export async function startHubWithFreshDatabase(env: Record<string, string> = {}): Promise<HubProcess> {
  const databaseUrl = await ensureDatabase(inject('adminDatabaseUrl'), `clsm_e2e_${randomBytes(6).toString('hex')}`);
  return Object.assign(await startHubProcess({ DATABASE_URL: databaseUrl, DEMO_DATA: 'true', ...env }), { databaseUrl });
}

export async function postGraphql(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> } | undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json, headers: response.headers };
}
