import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { migrations } from '../../../migrations/index.js';
import { entities } from './entities.js';
import { CountingLogger } from './query-counter.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * `application` connections switch to `clsm_app` (see the application-role migration), so
 * row-level security holds for everything the API does; `owner` connections run migrations.
 */
export type ConnectAs = 'application' | 'owner';

export function createDataSource(url: string, log: Logger, poolSize = 10, connectAs: ConnectAs = 'application'): DataSource {
  const role = connectAs === 'application' ? ' -c role=clsm_app' : '';
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: ['query', 'error', 'warn', 'migration'],
    logger: new CountingLogger(log),
    maxQueryExecutionTime: 500,
    extra: {
      max: poolSize,
      // pg_trgm's default (0.6) misses one swapped pair in a six-letter word ("unafma"); a
      // session setting keeps `<%` and so the trigram index usable.
      options: `-c pg_trgm.word_similarity_threshold=0.5${role}`,
    },
  });
}

/** Applies pending migrations as the owner; returns the names of the ones applied. */
export async function migrateDatabase(url: string, log: Logger): Promise<string[]> {
  const owner = createDataSource(url, log, 1, 'owner');
  await owner.initialize();
  try {
    const applied = await owner.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await owner.destroy();
  }
}

/** Migrates the database, then connects the application's pool; returns the migrations applied. */
export async function openDatabase(dataSource: DataSource, log: Logger): Promise<string[]> {
  const applied = await migrateDatabase((dataSource.options as { url: string }).url, log);
  if (!dataSource.isInitialized) await dataSource.initialize();
  return applied;
}
