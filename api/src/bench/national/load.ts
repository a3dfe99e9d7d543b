import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { LoadResult, LoadSpec } from './load-spec.js';
import { pinned } from './servers.js';

const runner = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-runner.js');

/** One autocannon run in its own process, pinned to `core` when given. */
export async function drive(spec: LoadSpec, core: number | null): Promise<LoadResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clsm-bench-'));
  try {
    const file = path.join(dir, 'spec.json');
    await writeFile(file, JSON.stringify(spec));
    const [command, ...args] = pinned([process.execPath, runner, file], core);
    const { stdout } = await promisify(execFile)(command, args, { maxBuffer: 1 << 20 });
    return JSON.parse(stdout.trim().split('\n').pop()!) as LoadResult;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Posts one body and returns the parsed answer. */
export async function post(url: string, body: string, cookie?: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  return response.json();
}
