import type { EntityManager } from 'typeorm';
import { slugify } from '../text/fold.js';

type SluggedTable = 'partner' | 'working_group' | 'convention' | 'partner_service';

// Every creation of a slug in a table takes this transaction-scoped lock first, so two
// creations at once cannot pick the same one: call these in the transaction that inserts.
const lockSlugs = (manager: EntityManager, table: SluggedTable) => manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${table}.slug`]);

/** "nom", else "nom-2", "nom-3"…: the first not in `taken`. */
function firstFree(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}

/** A slug free in `table` for `name` ("nom", "nom-2"…). */
export async function uniqueSlug(manager: EntityManager, table: SluggedTable, name: string, fallback: string): Promise<string> {
  await lockSlugs(manager, table);
  const base = slugify(name, fallback);
  const [{ taken }] = await manager.query(`SELECT array_agg(slug) AS taken FROM "${table}" WHERE slug = $1 OR slug LIKE $1 || '-%'`, [base]);
  return firstFree(base, new Set<string>(taken ?? []));
}

/**
 * Free slugs for many new rows at once (an import): the table's slugs are read once under the
 * same lock, then handed out in memory. One query instead of one per row of a 50,000-row file.
 */
export async function slugAllocator(manager: EntityManager, table: SluggedTable, fallback: string): Promise<(name: string) => string> {
  await lockSlugs(manager, table);
  const rows: Array<{ slug: string }> = await manager.query(`SELECT slug FROM "${table}"`);
  const taken = new Set(rows.map((row) => row.slug));
  return (name: string) => {
    const slug = firstFree(slugify(name, fallback), taken);
    taken.add(slug);
    return slug;
  };
}
