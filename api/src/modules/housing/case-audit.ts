import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { readRecorded, recordRowAccess, type RowAccess } from '../audit/audit.service.js';

// Every read and change of a case lands in the audit log (append-only), one statement for a
// whole list. Details carry what was done, never the case's content.

export const caseAuditTarget = 'iml_case' as const;

export const caseActionLabels: Record<string, string> = {
  'iml_case.list': 'a vu le dossier dans une liste',
  'iml_case.read': 'a ouvert le dossier',
  'iml_case.live': 'a reçu une mise à jour du dossier, page ouverte',
  'iml_case.identity_read': 'a lu l’identité et les coordonnées',
  'iml_case.clinical_read': 'a lu les éléments cliniques',
  'iml_case.document_read': 'a ouvert un document',
  'iml_case.change': 'a modifié le dossier',
};

export type CaseAction = keyof typeof caseActionLabels;

export function caseAccess(viewer: Viewer, ip: string | null, caseIds: readonly string[], action: CaseAction, details: Record<string, unknown> = {}): RowAccess {
  return { table: caseAuditTarget, ids: caseIds, actorUserId: viewer.kind === 'user' ? viewer.userId : null, action, ip, details };
}

export function recordCaseAccess(
  manager: EntityManager,
  viewer: Viewer,
  ip: string | null,
  caseIds: readonly string[],
  action: CaseAction,
  details: Record<string, unknown> = {},
): Promise<void> {
  return recordRowAccess(manager, caseAccess(viewer, ip, caseIds, action, details));
}

/** Parts of cases (rows keyed by `case_id`), read and logged at once. */
export function readCaseParts<T extends ObjectLiteral>(
  manager: EntityManager,
  viewer: Viewer,
  ip: string | null,
  target: EntityTarget<T>,
  caseIds: readonly string[],
  action: CaseAction,
): Promise<T[]> {
  return readRecorded(manager, target, { column: 'case_id', recordColumn: 'case_id' }, caseAccess(viewer, ip, caseIds, action));
}
