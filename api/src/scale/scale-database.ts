import path from 'node:path';
import { repoRoot } from '../config/config.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { ensureDatabase } from '../db/ensure-database.js';

export interface ScaleDatabase {
  /** URL of the database holding the national-scale network. */
  url: string;
  /** URL of the server's maintenance database, for statistics such as pg_stat_statements. */
  adminUrl: string;
  stop(): Promise<void>;
}

const databaseName = process.env.SCALE_DATABASE ?? 'clsm_scale';

// The benchmark counts SQL statements per request from pg_stat_statements (top-level ones:
// a SQL function called per row is not a statement of the request); bulk loading wants
// a larger WAL budget than the defaults.
const scaleSettings = {
  shared_preload_libraries: 'pg_stat_statements',
  shared_buffers: '1GB',
  work_mem: '32MB',
  maintenance_work_mem: '512MB',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
  synchronous_commit: 'off',
};

/**
 * The database of the scale generator and of the benchmark: DATABASE_URL's server when set,
 * otherwise an embedded cluster kept in `.data/scale` (SCALE_DATA_DIR) so that one generated
 * network serves many benchmark runs.
 */
export async function openScaleDatabase(log: (message: string) => void = () => undefined): Promise<ScaleDatabase> {
  if (process.env.DATABASE_URL) {
    const adminUrl = process.env.DATABASE_URL;
    return { url: await ensureDatabase(adminUrl, databaseName), adminUrl, stop: async () => undefined };
  }
  const dir = path.resolve(process.env.SCALE_DATA_DIR ?? path.join(repoRoot, '.data', 'scale'));
  const server = await startEmbeddedPostgres(dir, log, scaleSettings);
  return { url: await ensureDatabase(server.url, databaseName), adminUrl: server.url, stop: server.stop };
}
