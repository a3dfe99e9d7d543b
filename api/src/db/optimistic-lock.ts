import type { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../errors/errors.js';

const conflictMessage =
  'Cet élément a été modifié entre-temps par quelqu’un d’autre. Rechargez la page pour voir la version actuelle.';

/**
 * Moves a row to its next version if it is still at `version`: `UPDATE … WHERE version = n`
 * with the row count checked, so that of two edits made on one version only the first lands.
 */
export async function bumpVersion(manager: EntityManager, table: string, id: string, version: number): Promise<number> {
  const [rows]: [Array<{ version: number }>, number] = await manager.query(
    `UPDATE "${table}" SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING version`,
    [id, version],
  );
  if (rows.length === 1) return rows[0].version;
  const [current] = await manager.query(`SELECT version FROM "${table}" WHERE id = $1`, [id]);
  if (!current) throw new NotFoundError('Cet élément n’existe plus.');
  throw new ConflictError(conflictMessage, current.version);
}
