import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { ensureDatabase } from '../db/ensure-database.js';

/** A throwaway database for a tool run: on DATABASE_URL's server, or an embedded one. */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `clsm_tool_${process.pid}_${Date.now()}`;
  if (process.env.DATABASE_URL) return work(await ensureDatabase(process.env.DATABASE_URL, name));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clsm-tool-'));
  const server = await startEmbeddedPostgres(dir);
  try {
    return await work(await ensureDatabase(server.url, name));
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
