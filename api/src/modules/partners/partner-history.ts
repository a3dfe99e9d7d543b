import type { EntityManager } from 'typeorm';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// One history line per changed field: $1 the entry, $2 the editor, $3 the new version, $4 the changes.
const historyInsert = `INSERT INTO partner_change (partner_id, changed_by, version, field, before, after)
  SELECT $1, $2, $3, c.field, c.before, c.after FROM jsonb_to_recordset($4::jsonb) AS c(field text, before jsonb, after jsonb)`;

/** The history lines of one edit of an entry (one per changed field), in one statement. */
export async function recordPartnerChanges(manager: EntityManager, partnerId: string, userId: string, version: number, changes: FieldChange[]): Promise<void> {
  if (!changes.length) return;
  await manager.query(historyInsert, [partnerId, userId, version, JSON.stringify(changes)]);
}
