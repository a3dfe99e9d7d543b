import { afterAll, beforeAll } from 'vitest';
import { loadDemoData } from '../../demo/load-demo.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { MailOutbox, testDeps } from '../../test-support/test-deps.js';
import { startTestServer } from '../../test-support/test-server.js';

/** A database with the demo network and its demo accounts, the HTTP app, and its mail outbox. */
export function useAccountsServer(options: { production?: boolean } = {}) {
  const env = {} as {
    database: Awaited<ReturnType<typeof createTestDatabase>>;
    server: Awaited<ReturnType<typeof startTestServer>>;
    outbox: MailOutbox;
  };
  beforeAll(async () => {
    env.database = await createTestDatabase();
    await loadDemoData(env.database.dataSource, { withAccounts: true });
    env.outbox = new MailOutbox();
    env.server = await startTestServer(env.database.dataSource, testDeps(env.database.dataSource, { mailer: env.outbox, ...options }));
  });
  afterAll(async () => {
    await env.server?.close();
    await env.database?.drop();
  });
  return env;
}
