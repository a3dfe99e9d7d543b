import type { EntityManager } from 'typeorm';
import { slugify } from '../text/fold.js';

/**
 * A slug free in `table` for `name` ("nom", "nom-2"…). Takes a transaction-scoped lock, so two
 * creations at once cannot pick the same one: call it in the transaction that inserts.
 */
export async function uniqueSlug(manager: EntityManager, table: 'partner' | 'working_group' | 'convention', name: string, fallback: string): Promise<string> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${table}.slug`]);
  const base = slugify(name, fallback);
  const [{ taken }] = await manager.query(`SELECT array_agg(slug) AS taken FROM "${table}" WHERE slug = $1 OR slug LIKE $1 || '-%'`, [base]);
  const takenSet = new Set<string>(taken ?? []);
  let slug = base;
  for (let n = 2; takenSet.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}
