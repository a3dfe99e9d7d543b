import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import { copyRows, type CopyTarget, type CopyValue } from './copy.js';
import type { ScaleCounts } from './counts.js';
import type { Progress } from './progress.js';
import type { Random } from './random.js';

/** What every writer works with: one owner connection (for COPY and for the app's SQL helpers). */
export interface ScaleContext {
  client: pg.ClientBase;
  /** The same connection, for the application's own functions (search documents, party keys). */
  manager: EntityManager;
  progress: Progress;
  random: Random;
  counts: ScaleCounts;
  /** Rows written per table. */
  written: Map<string, number>;
}

/** Writes one table with COPY, showing its progress line; `total` is what is expected (0: unknown). */
export async function writeTable(
  context: ScaleContext,
  target: CopyTarget,
  total: number,
  rows: Iterable<readonly CopyValue[]> | AsyncIterable<readonly CopyValue[]>,
): Promise<number> {
  const line = context.progress.table(target.table, total);
  const written = await copyRows(context.client, target, rows, (count) => line.add(count));
  line.finish(written);
  context.written.set(target.table, (context.written.get(target.table) ?? 0) + written);
  return written;
}
