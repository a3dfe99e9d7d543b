import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createDataSource } from '../db/data-source.js';
import { createLogger } from '../logging/logger.js';

export const testLog = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of this test file's own, copied from the migrated template. */
export async function createTestDatabase(): Promise<{ dataSource: DataSource; drop(): Promise<void> }> {
  const name = `clsm_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`));
  const url = new URL(inject('adminDatabaseUrl'));
  url.pathname = `/${name}`;
  const dataSource = createDataSource(url.toString(), testLog, 4);
  await dataSource.initialize();
  return {
    dataSource,
    async drop() {
      await dataSource.destroy();
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
