import type { EntityManager } from 'typeorm';
import { editablePartnerSql } from '../../auth/policy.js';
import type { SignedInViewer } from '../../auth/viewer.js';
import { entityFromJson } from '../../db/entity-from-json.js';
import { SqlParams } from '../../db/sql-params.js';
import { notifyArguments, type HubEvent } from '../../events/event-bus.js';
import { geocodingRequest } from '../../geocoding/geocoding.worker.js';
import type { EditableField } from './partner-fields.js';
import type { FieldChange } from './partner-history.js';
import { communeAssignments, communePlacement } from './partner-placement.js';
import { Partner } from './partner.entity.js';
import { searchDocumentSql, searchedFields, type DocumentColumn } from './partner.search-index.js';

/** What an edit of an entry is made of. */
export type EditContent =
  // Checked values of the row's own fields; those equal to the row's are no change.
  | { fields: Array<[EditableField, unknown]> }
  // Changes already written elsewhere (its contacts) while holding the row's lock.
  | { changes: FieldChange[] };

export interface PartnerEdit {
  partnerId: string;
  expectedVersion: number;
  editor: SignedInViewer;
  event: HubEvent;
  content: EditContent;
}

const addressFields: ReadonlySet<string> = new Set(['address', 'postalCode', 'commune']);

// The whole row for the API's answer; the search document is read only by SQL.
const rowJson = (row: string) => `to_jsonb(${row}) - 'search_document'`;
const fromJson = (manager: EntityManager, json: Record<string, unknown>) => entityFromJson(manager.connection, Partner, json);

// The audit line's territory: the entry's first, in the order the territories loader lists them.
const auditTerritory = (partnerId: string) =>
  `(SELECT pt.territory_id FROM partner_territory pt JOIN territory t ON t.id = pt.territory_id WHERE pt.partner_id = ${partnerId} ORDER BY t.name LIMIT 1)`;

interface Writes {
  set: string[];
  /** Each column's value for the search document, when the edit touches what it is made of. */
  document: ((column: DocumentColumn) => string) | null;
  /** The condition on the row as it is for the edit to change anything. */
  changed: string;
  returning: string;
  /** The changes (n, field, before, after), read once `updated` holds the written row. */
  changes: string;
  /** The condition on `updated` for the address to have changed. */
  moved: string | null;
}

function fieldWrites(manager: EntityManager, fields: Array<[EditableField, unknown]>, params: SqlParams): Writes {
  const metadata = manager.connection.getMetadata(Partner);
  const written = fields.map(([field, given], n) => {
    const column = metadata.findColumnWithPropertyName(field)!;
    const value = `${params.add(given)}::${column.type as string}${column.isArray ? '[]' : ''}`;
    return { field, given, column: column.databaseName, value, before: `before_${n}`, after: `after_${n}` };
  });
  const values = new Map<string, string>(written.map((w) => [w.column, w.value]));
  const set = written.map((w) => `${w.column} = ${w.value}`);
  const commune = written.find((w) => w.field === 'commune');
  if (commune) set.push(...communeAssignments(commune.value, params, communePlacement(commune.given as string | null)));
  const moved = written.filter((w) => addressFields.has(w.field)).map((w) => `u.${w.before} IS DISTINCT FROM u.${w.after}`);
  return {
    set,
    document: written.some((w) => searchedFields.has(w.field)) ? (column) => values.get(column) ?? `p.${column}` : null,
    changed: written.map((w) => `p.${w.column} IS DISTINCT FROM ${w.value}`).join(' OR ') || 'false',
    returning: written.map((w) => `, to_jsonb(old.${w.column}) AS ${w.before}, to_jsonb(new.${w.column}) AS ${w.after}`).join(''),
    changes: `SELECT c.n, c.field, c.before, c.after FROM updated u
      CROSS JOIN LATERAL (VALUES ${written.map((w, n) => `(${n}, ${params.add(w.field)}::text, u.${w.before}, u.${w.after})`).join(', ')}) AS c(n, field, before, after)
      WHERE c.before IS DISTINCT FROM c.after`,
    moved: moved.length ? moved.join(' OR ') : null,
  };
}

function givenChanges(changes: FieldChange[], params: SqlParams): Writes {
  return {
    set: [],
    document: changes.some((change) => searchedFields.has(change.field)) ? (column) => `p.${column}` : null,
    changed: 'true',
    returning: '',
    changes: `SELECT c.n, c.field, c.before, c.after
      FROM ROWS FROM (jsonb_to_recordset(${params.add(JSON.stringify(changes))}::jsonb) AS (field text, before jsonb, after jsonb)) WITH ORDINALITY AS c(field, before, after, n)`,
    moved: null,
  };
}

/**
 * An edit in one statement: if the editor may edit the entry, it is still at the expected
 * version and something changes, the UPDATE writes the next version (search document and
 * place included), and the same statement records the history lines, the audit line, the
 * geocoding request of a new address and the live event (sent by PostgreSQL on commit).
 * The right is part of the UPDATE's condition: a row it rejects is never locked, so nobody
 * without the right can make an editor wait. Null when nothing was written.
 */
export async function applyPartnerEdit(manager: EntityManager, edit: PartnerEdit): Promise<Partner | null> {
  const params = new SqlParams();
  const partnerId = params.add(edit.partnerId);
  const editor = params.add(edit.editor.userId);
  const writes = 'fields' in edit.content ? fieldWrites(manager, edit.content.fields, params) : givenChanges(edit.content.changes, params);
  const document = writes.document ? [`search_document = ${searchDocumentSql(writes.document, params)}`] : [];
  const geocoding = writes.moved ? `, geocoding AS (${geocodingRequest(`SELECT u.id FROM updated u WHERE ${writes.moved}`)})` : '';
  const [channel, payload] = notifyArguments(edit.event).map((value) => params.add(value));
  const rows: Array<{ partner: Record<string, unknown> }> = await manager.query(
    `WITH updated AS (
       UPDATE partner p SET ${[...writes.set, ...document, 'version = p.version + 1', 'updated_at = now()'].join(', ')}
       WHERE p.id = ${partnerId} AND ${editablePartnerSql(edit.editor, params)}
         AND p.version = ${params.add(edit.expectedVersion)} AND (${writes.changed})
       RETURNING new.id, new.version, ${rowJson('new')} AS partner${writes.returning}),
     changes AS (${writes.changes}),
     history AS (
       INSERT INTO partner_change (partner_id, changed_by, version, field, before, after)
       SELECT u.id, ${editor}, u.version, c.field, c.before, c.after FROM updated u, changes c ORDER BY c.n),
     audit AS (
       INSERT INTO audit_event (actor_user_id, action, target_type, target_id, territory_id, details)
       SELECT ${editor}, 'partner.updated', 'partner', u.id::text,
              ${auditTerritory('u.id')},
              jsonb_build_object('fields', (SELECT jsonb_agg(c.field ORDER BY c.n) FROM changes c), 'version', u.version)
       FROM updated u)${geocoding}
     SELECT u.partner, pg_notify(${channel}, ${payload}) FROM updated u`,
    params.values,
  );
  return rows.length ? fromJson(manager, rows[0].partner) : null;
}

/**
 * Locks the entry for an edit that writes elsewhere first (its contacts); null when the editor
 * may not edit it or it does not exist, and then the row is not locked.
 */
export async function lockEditable(manager: EntityManager, partnerId: string, editor: SignedInViewer): Promise<Partner | null> {
  const params = new SqlParams();
  const [row] = await manager.query(
    `SELECT ${rowJson('p')} AS partner FROM partner p WHERE p.id = ${params.add(partnerId)} AND ${editablePartnerSql(editor, params)} FOR UPDATE`,
    params.values,
  );
  return row ? fromJson(manager, row.partner) : null;
}

/** The entry as it is (null if it does not exist) and its territories: what tells why an edit wrote nothing. */
export async function readEditState(manager: EntityManager, partnerId: string): Promise<{ partner: Partner | null; territories: string[] }> {
  const [row] = await manager.query(
    `SELECT (SELECT ${rowJson('p')} FROM partner p WHERE p.id = $1) AS partner,
            array(SELECT pt.territory_id FROM partner_territory pt WHERE pt.partner_id = $1) AS territories`,
    [partnerId],
  );
  return { partner: row.partner ? fromJson(manager, row.partner) : null, territories: row.territories };
}
