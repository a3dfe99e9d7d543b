import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The repository root, whether we run from src (vitest) or from dist (node).
const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, here.includes(`${path.sep}dist${path.sep}`) ? '../../../../..' : '../../..');

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  database: string;
  demoData: boolean;
  production: boolean;
  logLevel: string;
  webBuildDir: string;
  origin: string;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(repoRoot, '.data')),
    database: env.EMBEDDED_DATABASE ?? 'clsm',
    demoData: flag(env.DEMO_DATA, !production),
    production,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    webBuildDir: path.resolve(env.WEB_BUILD_DIR ?? path.join(repoRoot, 'web', 'build')),
    origin: env.ORIGIN ?? `http://localhost:${port}`,
  };
}
