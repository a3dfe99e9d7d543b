import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { migrations } from '../../../migrations/index.js';
import { entities } from './entities.js';
import { CountingLogger } from './query-counter.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export function createDataSource(url: string, log: Logger, poolSize = 10): DataSource {
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
      options: '-c pg_trgm.word_similarity_threshold=0.5',
    },
  });
}

/** Connects and applies pending migrations; returns the names of the ones applied. */
export async function openDatabase(dataSource: DataSource): Promise<string[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
