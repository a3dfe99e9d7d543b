import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@clsm/api/embedded-postgres';
import { repoRoot } from './paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

// The end-to-end tests drive the built app, as `npm start` runs it.
export default async function setup(project: TestProject) {
  for (const built of ['api/dist/api/src/main.js', 'web/build/handler.js']) {
    if (!existsSync(path.join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  let server: EmbeddedDatabase | undefined;
  let dir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL ?? '';
  if (!adminUrl) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'clsm-e2e-'));
    server = await startEmbeddedPostgres(dir);
    adminUrl = server.url;
  }
  project.provide('adminDatabaseUrl', adminUrl);
  return async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
