import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

// PostgreSQL's COPY, text format: one line per row, fields separated by tabs, NULL as \N, and
// backslash escapes for the characters that would break a line.

export type CopyValue = string | number | boolean | Date | null | undefined | readonly (string | number)[] | Buffer | Record<string, unknown>;

const needsEscape = /[\\\t\n\r]/;

function escapeText(text: string): string {
  if (!needsEscape.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** A PostgreSQL array literal: every element quoted, so commas, braces and spaces stay inside. */
function arrayLiteral(items: readonly (string | number)[]): string {
  return `{${items.map((item) => `"${String(item).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** One field of a COPY line. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`COPY field is not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  if (Array.isArray(value)) return escapeText(arrayLiteral(value));
  return escapeText(JSON.stringify(value));
}

export const copyLine = (row: readonly CopyValue[]): string => `${row.map(copyField).join('\t')}\n`;

export interface CopyTarget {
  table: string;
  columns: readonly string[];
  /**
   * The table is under row-level security. COPY FROM refuses such a table to anyone RLS applies
   * to (its owner too, when it is FORCEd): the rows go through a temporary table and one
   * INSERT … SELECT, which the owner's policy admits.
   */
  rowLevelSecurity?: boolean;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const chunkSize = 256 * 1024;

/** Lines in chunks of about 256 KiB: fewer, larger writes to the socket. */
async function* chunks(rows: Iterable<readonly CopyValue[]> | AsyncIterable<readonly CopyValue[]>, onRows: (count: number) => void): AsyncGenerator<string> {
  let buffer = '';
  let count = 0;
  for await (const row of rows) {
    buffer += copyLine(row);
    count += 1;
    if (buffer.length >= chunkSize) {
      yield buffer;
      onRows(count);
      buffer = '';
      count = 0;
    }
  }
  if (buffer) {
    yield buffer;
    onRows(count);
  }
}

/**
 * Streams `rows` into `target` with one COPY statement; returns how many rows PostgreSQL took.
 * Rows are produced as the socket drains, so generating them overlaps with PostgreSQL's work and
 * memory stays bounded whatever the table's size.
 */
export async function copyRows(
  client: pg.ClientBase,
  target: CopyTarget,
  rows: Iterable<readonly CopyValue[]> | AsyncIterable<readonly CopyValue[]>,
  onRows: (count: number) => void = () => undefined,
): Promise<number> {
  const columns = target.columns.map(quoted).join(', ');
  const into = target.rowLevelSecurity ? quoted(`scale_staging_${target.table}`) : quoted(target.table);
  if (target.rowLevelSecurity) {
    await client.query(`DROP TABLE IF EXISTS ${into}`);
    await client.query(`CREATE TEMP TABLE ${into} (LIKE ${quoted(target.table)} INCLUDING DEFAULTS)`);
  }
  const stream = client.query(copyFrom(`COPY ${into} (${columns}) FROM STDIN`));
  await pipeline(Readable.from(chunks(rows, onRows), { objectMode: false }), stream);
  if (!target.rowLevelSecurity) return stream.rowCount;
  const { rowCount } = await client.query(`INSERT INTO ${quoted(target.table)} (${columns}) SELECT ${columns} FROM ${into}`);
  await client.query(`DROP TABLE ${into}`);
  return rowCount ?? 0;
}
