import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { entityFromJson } from '../../db/entity-from-json.js';
import { SqlParams } from '../../db/sql-params.js';
import { rowAccessInsert, rowAccessValues } from '../audit/audit.service.js';
import { caseAccess, caseAuditTarget, type CaseAction } from './case-audit.js';
import { caseParts, partsToRead, readsPartField, type CasePartName } from './case-parts.js';
import { rolesOnCase } from './case-scope.js';
import { ImlCase } from './iml-case.entity.js';

// A case page in one statement: the case, the parts its query asks for that the viewer's roles on
// the case read, and the audit rows of every read, run inside the viewer's case scope so that
// row-level security filters each table as it would filter a read of its own.

export interface CasePage {
  row: ImlCase;
  /** The parts read, each for the loader of that name; a part the policy refuses is absent. */
  parts: Map<CasePartName, ObjectLiteral[]>;
}

export async function readCasePage(
  manager: EntityManager,
  viewer: Viewer,
  ip: string | null,
  caseId: string,
  action: CaseAction,
  asked: ReadonlySet<string>,
): Promise<CasePage | null> {
  const toRead = partsToRead(viewer, asked);
  const params = new SqlParams(rowAccessValues(caseAccess(viewer, ip, [caseId], action)));
  const ctes = [`found AS (SELECT * FROM ${caseAuditTarget} WHERE id = ANY($4::uuid[]))`, `logged AS (${rowAccessInsert(caseAuditTarget, 'IN (SELECT id FROM found)')})`];
  const selects = [`SELECT 'case' AS part, to_jsonb(found) AS row, 0::bigint AS n FROM found`];
  toRead.forEach(({ name, keys }, index) => {
    const part = caseParts[name];
    const { tableName, columns } = manager.connection.getMetadata(part.entity);
    ctes.push(`part${index} AS (SELECT * FROM ${tableName} WHERE case_id IN (SELECT id FROM found WHERE party_keys && ${params.add(keys)}::text[]))`);
    if ('action' in part) ctes.push(`logged${index} AS (${rowAccessInsert(caseAuditTarget, `IN (SELECT case_id FROM part${index})`, params.add(part.action))})`);
    // Columns TypeORM leaves out of reads (a document's content) stay in the database here too.
    const hidden = columns.filter((column) => !column.isSelect).map((column) => column.databaseName);
    const order = 'order' in part ? `row_number() OVER (ORDER BY ${part.order.column} ${part.order.direction})` : '0';
    selects.push(`SELECT '${name}', to_jsonb(p) - ${params.add(hidden)}::text[], ${order} FROM part${index} p`);
  });
  const rows: Array<{ part: 'case' | CasePartName; row: Record<string, unknown> }> = await manager.query(
    `WITH ${ctes.join(',\n')}\n${selects.join('\nUNION ALL ')}\nORDER BY n`,
    params.values,
  );
  const found = rows.find(({ part }) => part === 'case');
  if (!found) return null;
  const row = entityFromJson(manager.connection, ImlCase, found.row);
  const roles = rolesOnCase(viewer, row.partyKeys);
  const parts = new Map<CasePartName, ObjectLiteral[]>();
  for (const { name, fields } of toRead) {
    if (!fields.some((field) => readsPartField(field, roles))) continue;
    parts.set(
      name,
      rows.filter(({ part }) => part === name).map(({ row: json }) => entityFromJson(manager.connection, caseParts[name].entity, json)),
    );
  }
  return { row, parts };
}
