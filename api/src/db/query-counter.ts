import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from 'pino';

// Counts SQL statements per unit of work (a request, a test), so N+1 regressions are measurable.
const counter = new AsyncLocalStorage<{ statements: number }>();

export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const box = { statements: 0 };
  const result = await counter.run(box, work);
  return { result, statements: box.statements };
}

export function withStatementCounter<T>(box: { statements: number }, work: () => T): T {
  return counter.run(box, work);
}

export class CountingLogger implements TypeOrmLogger {
  constructor(private readonly out: Logger) {}

  logQuery(query: string): void {
    const box = counter.getStore();
    if (box) box.statements += 1;
    if (this.out.isLevelEnabled('trace')) this.out.trace({ sql: query }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    this.out.error({ err: error, sql: query }, 'sql error');
  }

  logQuerySlow(time: number, query: string): void {
    this.out.warn({ ms: time, sql: query }, 'slow sql');
  }

  logSchemaBuild(message: string): void {
    this.out.debug(message);
  }

  logMigration(message: string): void {
    this.out.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    this.out[level === 'log' ? 'debug' : level]({ message }, 'typeorm');
  }
}
