import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres.js';
import { ensureDatabase } from '../db/ensure-database.js';
import { createLogger } from '../logging/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

// One PostgreSQL per run, and a template database migrated once; each test file then
// copies the template into a database of its own.
export default async function setup(project: TestProject) {
  let server: EmbeddedDatabase | undefined;
  let dir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'clsm-api-test-'));
    server = await startEmbeddedPostgres(dir);
    adminUrl = server.url;
  }
  const template = `clsm_template_${process.pid}`;
  await migrateDatabase(await ensureDatabase(adminUrl, template), createLogger('warn'));
  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
