import { randomBytes } from 'node:crypto';
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
  // Origins allowed to open the GraphQL WebSocket (browsers send `Origin` on the upgrade).
  webSocketOrigins: string[];
  auth: {
    secret: string;
    sessionTtlHours: number;
    secureCookies: boolean;
    // Failed sign-ins allowed per account and per address within the window.
    maxFailuresPerAccount: number;
    maxFailuresPerAddress: number;
    failureWindowMinutes: number;
  };
  smtpUrl: string | undefined;
  mailFrom: string;
  // Address search (issue #6): the Base Adresse Nationale by default, or none.
  geocoder: { provider: 'ban' | 'none'; url: string; timeoutMs: number };
  publicCacheSeconds: number;
  housing: HousingSettings;
}

// Housing cases (issue #7): the key of the pseudonyms' hashes, and how long a closed case
// keeps what could name the person.
export interface HousingSettings {
  pseudonymKey: string;
  retentionMonths: number;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/** Anonymous GraphQL answers are kept at most this long by default; any public write empties them. */
export const defaultPublicCacheSeconds = 60;

function nonNegative(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new Error(`${name} must be a number, 0 or more: ${value}`);
  return number;
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`${name} must be a positive number: ${value}`);
  return number;
}

/** The public origin (ORIGIN), and the hub reached directly on this machine at its port. */
export function webSocketOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const port = Number(env.PORT ?? 3000);
  const origin = env.ORIGIN ?? `http://localhost:${port}`;
  let configured: string;
  try {
    configured = new URL(origin).origin;
  } catch {
    throw new Error(`ORIGIN is not a URL: ${origin}`);
  }
  return [...new Set([configured, `http://localhost:${port}`, `http://127.0.0.1:${port}`])];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port: ${env.PORT}`);
  if (production && !env.AUTH_SECRET) throw new Error('AUTH_SECRET must be set in production');
  const origin = env.ORIGIN ?? `http://localhost:${port}`;
  const secret = env.AUTH_SECRET ?? randomBytes(32).toString('hex');
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
    origin,
    webSocketOrigins: webSocketOrigins(env),
    auth: {
      secret,
      sessionTtlHours: positive(env.SESSION_TTL_HOURS, 8, 'SESSION_TTL_HOURS'),
      secureCookies: flag(env.SECURE_COOKIES, origin.startsWith('https:')),
      maxFailuresPerAccount: positive(env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT, 5, 'SIGN_IN_MAX_FAILURES_PER_ACCOUNT'),
      maxFailuresPerAddress: positive(env.SIGN_IN_MAX_FAILURES_PER_ADDRESS, 20, 'SIGN_IN_MAX_FAILURES_PER_ADDRESS'),
      failureWindowMinutes: positive(env.SIGN_IN_FAILURE_WINDOW_MINUTES, 15, 'SIGN_IN_FAILURE_WINDOW_MINUTES'),
    },
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Hub du CLSM <ne-pas-repondre@localhost>',
    geocoder: {
      provider: geocoderProvider(env.GEOCODER ?? (env.NODE_ENV === 'test' ? 'none' : 'ban')),
      url: env.GEOCODER_URL || 'https://api-adresse.data.gouv.fr/search/',
      timeoutMs: positive(env.GEOCODER_TIMEOUT_MS, 3000, 'GEOCODER_TIMEOUT_MS'),
    },
    publicCacheSeconds: nonNegative(env.PUBLIC_CACHE_SECONDS, defaultPublicCacheSeconds, 'PUBLIC_CACHE_SECONDS'),
    housing: {
      pseudonymKey: env.HOUSING_PSEUDONYM_KEY || secret,
      retentionMonths: positive(env.HOUSING_RETENTION_MONTHS, 24, 'HOUSING_RETENTION_MONTHS'),
    },
  };
}

function geocoderProvider(value: string): 'ban' | 'none' {
  if (value === 'ban' || value === 'none') return value;
  throw new Error(`GEOCODER must be ban or none: ${value}`);
}
