import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';

// Every read and change of a case lands in the audit log (append-only), one statement for a
// whole list. Details carry what was done, never the case's content.

export const caseAuditTarget = 'iml_case';

export const caseActionLabels: Record<string, string> = {
  'iml_case.list': 'a vu le dossier dans une liste',
  'iml_case.read': 'a ouvert le dossier',
  'iml_case.live': 'a reçu une mise à jour du dossier, page ouverte',
  'iml_case.identity_read': 'a lu l’identité et les coordonnées',
  'iml_case.clinical_read': 'a lu les éléments cliniques',
  'iml_case.document_read': 'a ouvert un document',
  'iml_case.change': 'a modifié le dossier',
};

export async function recordCaseAccess(
  manager: EntityManager,
  viewer: Viewer,
  ip: string | null,
  caseIds: readonly string[],
  action: keyof typeof caseActionLabels,
  details: Record<string, unknown> = {},
): Promise<void> {
  if (!caseIds.length) return;
  await manager.query(
    `INSERT INTO audit_event (actor_user_id, action, target_type, target_id, territory_id, ip, details)
     SELECT $1, $2, $3, c.id::text, c.territory_id, $5, $6 FROM iml_case c WHERE c.id = ANY($4::uuid[])`,
    [viewer.kind === 'user' ? viewer.userId : null, action, caseAuditTarget, caseIds, ip, JSON.stringify(details)],
  );
}
