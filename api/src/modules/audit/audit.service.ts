import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { entityFromJson } from '../../db/entity-from-json.js';

export interface AuditEntry {
  actorUserId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  territoryId?: string | null;
  ip?: string | null;
  subjectKey?: string | null;
  // Identifiers and field names only: never health data, never a password or a token.
  details?: Record<string, unknown>;
}

/** Appends to the audit log, in the caller's transaction when it has one. */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_event (actor_user_id, action, target_type, target_id, territory_id, ip, subject_key, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      entry.actorUserId ?? null,
      entry.action,
      entry.targetType ?? null,
      entry.targetId ?? null,
      entry.territoryId ?? null,
      entry.ip ?? null,
      entry.subjectKey ?? null,
      JSON.stringify(entry.details ?? {}),
    ],
  );
}

/** Who read or changed which records of a private table, and how. */
export interface RowAccess {
  table: 'iml_case' | 'support_request';
  ids: readonly string[];
  actorUserId: string | null;
  action: string;
  ip: string | null;
  details?: Record<string, unknown>;
}

// One audit row per record of `table` whose id matches `ids` (an SQL condition on r.id), with the
// record's territory. Parameters: $1 actor, $2 action, $3 table, $4 the ids, $5 ip, $6 details;
// a statement logging several reads names each other action's parameter in `action`.
export const rowAccessInsert = (table: RowAccess['table'], ids: string, action = '$2') =>
  `INSERT INTO audit_event (actor_user_id, action, target_type, target_id, territory_id, ip, details)
   SELECT $1, ${action}, $3, r.id::text, r.territory_id, $5, $6 FROM ${table} r WHERE r.id ${ids}`;

export const rowAccessValues = (entry: RowAccess): unknown[] => [entry.actorUserId, entry.action, entry.table, [...new Set(entry.ids)], entry.ip, JSON.stringify(entry.details ?? {})];

/**
 * One audit row per record of `table` among `ids`, with the record's territory: the reads of a
 * whole list in one statement. Only the rows the transaction can see are logged.
 */
export async function recordRowAccess(manager: EntityManager, entry: RowAccess): Promise<void> {
  if (!entry.ids.length) return;
  await manager.query(rowAccessInsert(entry.table, '= ANY($4::uuid[])'), rowAccessValues(entry));
}

/**
 * The rows of `target` whose `column` is among `entry.ids`, read and logged in one statement:
 * one audit row per record of `entry.table` they belong to (through `recordColumn`). The log
 * cannot miss a read, and the parts of a board's cases cost one round trip each, not two.
 */
export async function readRecorded<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  where: { column: string; recordColumn: string },
  entry: RowAccess,
): Promise<T[]> {
  const { tableName } = manager.connection.getMetadata(target);
  const rows: Array<{ row: Record<string, unknown> }> = await manager.query(
    `WITH found AS (SELECT * FROM ${tableName} WHERE ${where.column} = ANY($4::uuid[])),
          logged AS (${rowAccessInsert(entry.table, `IN (SELECT ${where.recordColumn} FROM found)`)})
     SELECT to_jsonb(found) AS row FROM found`,
    rowAccessValues(entry),
  );
  return rows.map(({ row }) => entityFromJson(manager.connection, target, row));
}
